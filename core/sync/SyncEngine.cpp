#include "SyncEngine.h"

#include "Logging.h"
#include "api/Authenticator.h"
#include "api/FeedPage.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/PushChannel.h"
#include "api/Scheduler.h"
#include "api/TokenProvider.h"
#include "payments/PaymentJson.h"
#include "store/PaymentStore.h"
#include "sync/FeedPageParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace paydesk {

SyncEngine::SyncEngine(PlatformClient& platform, const PushChannel& push, Authenticator& auth,
                       PaymentStore& store, Scheduler& scheduler, QString enterpriseId, QString storeId,
                       Options options, QObject* parent)
    : PaymentSource(parent)
    , m_platform(platform)
    , m_push(push)
    , m_auth(auth)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_enterpriseId(std::move(enterpriseId))
    , m_storeId(std::move(storeId))
    , m_options(std::move(options))
    , m_retry(m_options.retry)
    , m_pageLimit(m_options.pageSize)
{
    m_state.since = m_scheduler.clock().now();
}

SyncEngine::~SyncEngine()
{
    endBulkLoad();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SyncEngine::setTokenProvider(TokenProvider* tokens)
{
    if (m_tokens)
        m_tokens->disconnect(this);
    m_tokens = tokens;
    if (m_tokens)
        connect(m_tokens, &TokenProvider::stateChanged, this, &SyncEngine::onTokenStateChanged);
}

void SyncEngine::start()
{
    stop();
    ++m_generation;
    auto cursor = m_store.syncCursor(m_enterpriseId, m_storeId);
    if (!cursor) {
        qCWarning(lcSync) << "cannot read the sync cursor:" << cursor.error().detail;
        ApiError e = ApiError::parse(cursor.error().detail);
        e.message = cursor.error().message;
        setState(ConnectionState::Kind::Offline, e.message);
        Q_EMIT syncError(e);
        return;
    }
    m_cursor = cursor.value();
    // A store never synced, or a bulk load cut short: a first page that says more is coming
    // starts a bulk load (see onPage()).
    m_bulkCandidate = m_cursor == 0 || m_store.isIndexing();
    m_phase = Phase::FullSync;
    m_fullSyncDone = false;
    m_feedFailures = 0;
    m_reconnectAttempts = 0;
    m_pushViolations = 0;
    m_pushTokenRenewed = false;
    m_pageLimit = m_options.pageSize;
    m_burstPages = 0;
    m_linksDistrusted = false;
    qCInfo(lcSync) << "sync of store" << m_storeId << "starts from sequence" << m_cursor;
    setState(ConnectionState::Kind::Syncing);
    fetchPage();
}

void SyncEngine::stop()
{
    ++m_generation;
    m_phase = Phase::Stopped;
    abandonPages();
    endParser();
    m_pollDueMs = -1;
    endBulkLoad();
    if (m_socket) {
        QWebSocket* socket = m_socket.release();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    flushPush();
    if (m_state.kind != ConnectionState::Kind::Stopped)
        setState(ConnectionState::Kind::Stopped);
}

void SyncEngine::syncNow()
{
    if (m_phase == Phase::Stopped || m_state.kind == ConnectionState::Kind::SignInFailed)
        return;
    fetchPage();
}

void SyncEngine::fetchPage()
{
    // A read under way (a page with the parser or waiting to be written) goes on by itself.
    if (m_parsing > 0 || m_held)
        return;
    fetchPageSince(m_cursor);
}

void SyncEngine::fetchPageSince(qint64 since)
{
    if (m_fetching || m_phase == Phase::Stopped)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const quint64 fetch = ++m_fetchId;
    if (m_parser) {
        // During a read of several pages the answer's JSON is read on the parser's thread too.
        m_platform.fetchFeedAnswer(m_enterpriseId, m_storeId, since, m_pageLimit, this,
                                   [this, generation, fetch, since](Result<HttpResponse, ApiError> answer) {
                                       if (generation != m_generation || fetch != m_fetchId)
                                           return;
                                       onAnswer(std::move(answer), since);
                                   });
        return;
    }
    m_platform.fetchUnreadFeed(m_enterpriseId, m_storeId, since, m_pageLimit, this,
                               [this, generation, fetch](Result<UnreadFeedPage, ApiError> page) {
                                   if (generation != m_generation || fetch != m_fetchId)
                                       return;
                                   m_fetching = false;
                                   onPage(std::move(page));
                               });
}

void SyncEngine::onAnswer(Result<HttpResponse, ApiError> answer, qint64 since)
{
    m_fetching = false;
    if (!answer || !m_parser) {
        onPage(answer ? PlatformClient::readFeedAnswer(*answer, since) : fail(answer.error()));
        return;
    }
    // With the parser, after the page before it (if that one is still being read): the page is on
    // its way until its own fields are read, and the page held before it is written meanwhile.
    ++m_parsing;
    ++m_pagesParsedAside;
    ++m_answersReadAside;
    const quint64 generation = m_generation;
    const quint64 parse = m_parseId;
    // The next page's address from the answer's Link header: asked for now, before this answer is
    // read and the page before it written, so the platform prepares and sends it meanwhile. The
    // body says where the next page starts; onPage() checks the two agree before anything asked
    // this way is used. Asked as onPage() would ask: only while the burst goes on.
    const std::optional<qint64> next =
        m_linksDistrusted ? std::nullopt : PlatformClient::nextSinceFromLink(*answer, since);
    const bool askNext = next && m_burstPages + int(m_linkAsks.size()) + 1 < m_options.maxPagesPerBurst;
    m_linkAsks.append(askNext ? *next : -1);
    m_parser->readAnswer(std::move(answer).value(), since,
                         [this, generation, parse](Result<UnreadFeedPage, ApiError> page) {
                             if (generation != m_generation || parse != m_parseId)
                                 return;
                             if (m_answersToDrop > 0) {
                                 --m_answersToDrop;
                                 return;
                             }
                             --m_parsing;
                             const qint64 asked = m_linkAsks.isEmpty() ? -1 : m_linkAsks.takeFirst();
                             onPage(std::move(page), true, asked);
                         });
    if (!askNext) {
        if (m_held)
            writeHeld();
        return;
    }
    ++m_pagesAskedFromLinks;
    fetchPageSince(*next);
    writeHeldNextTurn();
}

void SyncEngine::dropLaterAnswers()
{
    if (m_fetching) {
        ++m_fetchId;
        m_fetching = false;
    }
    // The answers after it are still with the parser (it answers in order): their pages are
    // dropped when they come back, and no longer count as being read.
    m_answersToDrop += int(m_linkAsks.size());
    m_parsing -= int(m_linkAsks.size());
    m_linkAsks.clear();
    // A failure of what was asked for after it is not this page's.
    m_errorAfterParse.reset();
}

void SyncEngine::onPage(Result<UnreadFeedPage, ApiError> page, bool readAside, qint64 linkAsked)
{
    if (linkAsked >= 0) {
        // The page after this one was asked for from this answer's Link header. Used only when
        // this page's body says the same; otherwise it, and anything read after it, is dropped.
        const bool agrees = page && page->page.hasMore && page->page.nextSequence == linkAsked;
        if (!agrees) {
            dropLaterAnswers();
            if (page) {
                qCWarning(lcSync) << "feed of store" << m_storeId
                                  << "sent a next-page link its page does not agree with; links are not used";
                m_linksDistrusted = true;
            }
            linkAsked = -1;
        }
    }
    if (!page) {
        // The pages read before this one are written first: they moved the feed forward.
        if (m_parsing > 0) {
            m_errorAfterParse = page.error();
            return;
        }
        if (writeHeld())
            onFeedError(page.error());
        return;
    }
    ++m_pagesFetched;
    m_feedFailures = 0;
    const FeedPage& header = page->page;
    if (std::exchange(m_bulkCandidate, false) && header.hasMore && !m_bulkLoading) {
        auto bulk = m_store.beginBulkLoad();
        m_bulkLoading = bulk && *bulk;
    }
    // The next page is asked for before this one is read and written, so the platform prepares and
    // sends it meanwhile. It is dropped if this one cannot be read or written (the cursor did not move).
    const bool prefetch = linkAsked >= 0 || (header.hasMore && m_burstPages + 1 < m_options.maxPagesPerBurst);
    if (header.hasMore)
        ++m_burstPages;
    if (prefetch && linkAsked < 0)
        fetchPageSince(header.nextSequence);
    if (!prefetch && !m_held && m_parsing == 0) {
        // Nothing to overlap with: read here.
        onParsed(std::move(page->page), false, PlatformClient::parseFeedItems(page->items));
        return;
    }
    // Read on the parser's thread while the page before it is written (below, or when it is read).
    if (!m_parser)
        m_parser = new FeedPageParser(this);
    ++m_parsing;
    if (!readAside)
        ++m_pagesParsedAside;
    const quint64 generation = m_generation;
    const quint64 parse = m_parseId;
    m_parser->parse(std::move(page->items), [this, generation, parse, header = std::move(page->page),
                                             prefetch](Result<QList<Payment>, ApiError> payments) mutable {
        if (generation != m_generation || parse != m_parseId)
            return;
        --m_parsing;
        onParsed(std::move(header), prefetch, std::move(payments));
    });
    writeHeldNextTurn();
}

void SyncEngine::writeHeldNextTurn()
{
    if (!m_held)
        return;
    // In the next turn of this thread's loop: a request for the next page asked for in this turn
    // is sent in this one's, and would otherwise wait for the write.
    const quint64 generation = m_generation;
    const quint64 parse = m_parseId;
    QMetaObject::invokeMethod(
        this,
        [this, generation, parse] {
            if (generation == m_generation && parse == m_parseId)
                writeHeld();
        },
        Qt::QueuedConnection);
}

void SyncEngine::onParsed(FeedPage page, bool nextAsked, Result<QList<Payment>, ApiError> payments)
{
    if (!payments) {
        // Not written, nor anything after it: the cursor stays at the last page written, and the
        // next page, already asked for, is dropped.
        abandonPages();
        onFeedError(payments.error());
        return;
    }
    page.payments = std::move(payments).value();
    if (m_held && !writeHeld()) // pages are written in order (normally it is written already)
        return;
    m_held = HeldPage{std::move(page), nextAsked};
    // Held while the next page is on its way, and written once that page is with the parser, so
    // that writing this one and reading that one overlap.
    if (!nextAsked || !m_fetching || m_parsing > 0) {
        if (!writeHeld())
            return;
    }
    if (m_errorAfterParse && m_parsing == 0) {
        const ApiError error = *std::exchange(m_errorAfterParse, std::nullopt);
        if (writeHeld())
            onFeedError(error);
    }
}

bool SyncEngine::writeHeld()
{
    if (!m_held)
        return true;
    const HeldPage held = std::move(*m_held);
    m_held.reset();
    if (!commit(held.page.payments, held.page.nextSequence)) {
        abandonPages();
        ApiError e = ApiError::parse(QStringLiteral("could not write the cache"));
        onFeedError(e);
        return false;
    }
    afterWritten(held.page, held.nextAsked);
    return true;
}

void SyncEngine::abandonPages()
{
    ++m_fetchId;
    m_fetching = false;
    ++m_parseId;
    m_parsing = 0;
    m_linkAsks.clear();
    m_answersToDrop = 0;
    m_held.reset();
    m_errorAfterParse.reset();
}

void SyncEngine::endParser()
{
    // Later, not now: this may run inside one of the parser's answers.
    if (m_parser)
        std::exchange(m_parser, nullptr)->deleteLater();
}

void SyncEngine::afterWritten(const FeedPage& page, bool nextAsked)
{
    if (page.hasMore) {
        if (nextAsked)
            return; // the next page is on its way

        // Not an error: the feed moved forward every page. Pause, then go on from the cursor.
        m_burstPages = 0;
        qCInfo(lcSync) << "feed of store" << m_storeId << "read" << m_options.maxPagesPerBurst
                       << "pages in a row; goes on in" << m_options.burstPauseMs << "ms";
        const quint64 generation = m_generation;
        m_scheduler.callAfter(m_options.burstPauseMs, this, [this, generation] {
            if (generation == m_generation)
                fetchPage();
        });
        return;
    }
    m_burstPages = 0;
    endParser(); // a later read of several pages starts another
    switch (m_phase) {
    case Phase::FullSync:
        m_fullSyncDone = true;
        endBulkLoad();
        qCInfo(lcSync) << "full sync of store" << m_storeId << "done at sequence" << m_cursor;
        Q_EMIT fullSyncFinished();
        m_phase = Phase::Polling;
        if (m_options.usePush) {
            connectPush();
        } else {
            setState(ConnectionState::Kind::Polling);
            schedulePoll(m_options.pollIntervalMs);
        }
        break;
    case Phase::Polling:
        if (m_state.kind != ConnectionState::Kind::Polling && m_state.kind != ConnectionState::Kind::Syncing)
            setState(ConnectionState::Kind::Polling);
        else if (m_state.kind == ConnectionState::Kind::Syncing && !m_socket)
            setState(ConnectionState::Kind::Polling);
        schedulePoll(m_options.pollIntervalMs);
        break;
    case Phase::Push:
    case Phase::Stopped:
        break;
    }
}

bool SyncEngine::commit(const QList<Payment>& payments, qint64 nextSequence)
{
    if (payments.isEmpty() && nextSequence <= m_cursor)
        return true;
    auto applied = m_store.ingestFeedPage(payments, m_enterpriseId, m_storeId, nextSequence);
    if (!applied) {
        qCWarning(lcSync) << "cannot write a feed page:" << applied.error().detail;
        return false;
    }
    // The store announces what changed (PaymentStore::paymentsChanged).
    m_cursor = std::max(m_cursor, nextSequence);
    return true;
}

void SyncEngine::endBulkLoad()
{
    if (std::exchange(m_bulkLoading, false))
        m_store.endBulkLoad();
}

void SyncEngine::onFeedError(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled || m_phase == Phase::Stopped)
        return;
    Q_EMIT syncError(error);
    m_burstPages = 0;
    if (error.isReplyTooLarge() && m_pageLimit > 1) {
        // The same page would be too large again; smaller pages let the sync go on. Kept for this
        // run (start() goes back to Options::pageSize).
        m_pageLimit = std::max(1, m_pageLimit / 2);
        qCInfo(lcSync) << "feed page of store" << m_storeId << "too large; asking for" << m_pageLimit
                       << "payments a page";
    }
    if (error.kind == ApiError::Kind::Auth && m_tokens &&
        m_tokens->state() == TokenProvider::State::SignInFailed) {
        // Not a retry loop: wait until the credentials change (onTokenStateChanged restarts).
        setState(ConnectionState::Kind::SignInFailed, error.message);
        return;
    }
    ++m_feedFailures;
    const qint64 delay = m_retry.delayMs(m_feedFailures, error);
    qCInfo(lcSync) << "feed of store" << m_storeId << "failed (" << error.detail << "); next try in" << delay
                   << "ms";
    setState(ConnectionState::Kind::Offline, error.message);
    if (m_phase == Phase::Polling) {
        schedulePoll(delay);
        return;
    }
    const quint64 generation = m_generation;
    m_scheduler.callAfter(delay, this, [this, generation] {
        if (generation == m_generation)
            fetchPage();
    });
}

void SyncEngine::connectPush()
{
    if (m_socket || m_phase == Phase::Stopped)
        return;
    const quint64 generation = m_generation;
    m_auth.accessToken(this, [this, generation](Result<QString, ApiError> token) {
        if (generation != m_generation || m_socket)
            return;
        if (!token) {
            if (m_tokens && m_tokens->state() == TokenProvider::State::SignInFailed) {
                setState(ConnectionState::Kind::SignInFailed, token.error().message);
                return;
            }
            onPushClosed();
            return;
        }
        const QUrl url = m_platform.eventStreamUrl(m_enterpriseId, m_storeId, m_cursor);
        if (!m_push.allows(url)) {
            qCWarning(lcSync) << "refusing push channel URL" << url.toDisplayString(QUrl::RemoveQuery);
            setState(ConnectionState::Kind::Polling);
            schedulePoll(0);
            return;
        }
        // A too-large frame or message closes the channel with 1009 (too much data);
        // onPushClosed() reconnects with backoff.
        m_socket = m_push.createSocket();
        QWebSocket* socket = m_socket.get();
        connect(socket, &QWebSocket::connected, this, &SyncEngine::onPushConnected);
        connect(socket, &QWebSocket::textMessageReceived, this, &SyncEngine::onPushMessage);
        connect(socket, &QWebSocket::disconnected, this, &SyncEngine::onPushClosed);
        connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this, socket](QAbstractSocket::SocketError) {
                    // A failed handshake may never emit disconnected().
                    if (m_socket.get() == socket && socket->state() == QAbstractSocket::UnconnectedState)
                        onPushClosed();
                });
        m_pushToken = token.value();
        socket->open(m_push.openRequest(url, token.value()));
    });
}

void SyncEngine::onPushConnected()
{
    ++m_pushConnects;
    m_pushTokenRenewed = false;
    m_reconnectAttempts = 0;
    m_phase = Phase::Push;
    m_pollDueMs = -1; // live again: polling stops
    qCInfo(lcSync) << "push channel of store" << m_storeId << "open from sequence" << m_cursor;
    setState(ConnectionState::Kind::Live);
}

Result<std::optional<Payment>, QString> SyncEngine::readPushRecord(const QString& message)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1StringView("paymentId")))
        return std::optional<Payment>(); // a control message; nothing to store
    auto payment = PaymentJson::paymentFromJson(o);
    if (!payment)
        return fail(payment.error().field + QStringLiteral(": ") + payment.error().message);
    return std::optional<Payment>(std::move(payment).value());
}

void SyncEngine::onPushMessage(const QString& message)
{
    auto record = readPushRecord(message);
    if (!record) {
        // Skipping it would lose it for good once later records move the cursor past it, so
        // fall back to the feed, which reports the problem as an error and retries.
        qCWarning(lcSync) << "unreadable push record:" << record.error();
        if (m_socket)
            m_socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        return;
    }
    if (!record->has_value())
        return;
    Payment payment = std::move(**record);
    const qint64 sequence = payment.sequence;
    if (sequence <= std::max(m_cursor, m_pushBufferSequence))
        return; // already committed (or already buffered): a replay never doubles anything
    // This channel delivers: a later close for bad data starts the backoff from the bottom again.
    m_pushViolations = 0;
    m_pushBuffer.append(std::move(payment));
    m_pushBufferSequence = sequence;
    if (m_pushBuffer.size() >= m_options.pushBatchLimit) {
        flushPush();
        return;
    }
    if (!m_flushScheduled) {
        // Commit whatever arrived in this event-loop turn in one transaction.
        m_flushScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushScheduled = false;
                flushPush();
            },
            Qt::QueuedConnection);
    }
}

void SyncEngine::flushPush()
{
    if (m_pushBuffer.isEmpty())
        return;
    const QList<Payment> batch = std::exchange(m_pushBuffer, {});
    if (commit(batch, m_pushBufferSequence)) {
        m_pushRecords += static_cast<int>(batch.size());
        return;
    }
    // Not committed: the cursor did not move, so the resumed stream or the feed brings them again.
    m_pushBufferSequence = m_cursor;
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
}

bool SyncEngine::renewTokenAfterARefusedHandshake()
{
    // A handshake refused with 401 is an expired (or revoked) token, not a failure of the
    // channel: renew the token once and open the channel again at once, as HttpClient does for
    // a call (Authenticator::tokenRejected()). A second refusal in a row is left to the usual
    // backoff, and the feed's own 401 handling says whether the sign-in itself fails.
    if (!m_socket || m_pushTokenRenewed || m_phase == Phase::Stopped ||
        PushChannel::refusedHandshakeStatus(*m_socket) != 401)
        return false;
    m_pushTokenRenewed = true;
    qCInfo(lcSync) << "push channel of store" << m_storeId << "refused the access token; renewing it";
    QWebSocket* socket = m_socket.release();
    socket->disconnect(this);
    socket->deleteLater();
    m_auth.tokenRejected(std::exchange(m_pushToken, QString()));
    connectPush();
    return true;
}

void SyncEngine::onPushClosed()
{
    if (renewTokenAfterARefusedHandshake())
        return;
    flushPush();
    m_pushBufferSequence = 0;
    QString reason;
    if (m_socket) {
        const QWebSocketProtocol::CloseCode code = m_socket->closeCode();
        if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
            ++m_pushViolations;
            const ApiError e = ApiError::replyTooLarge(
                m_push.maxMessageBytes(),
                QStringLiteral("push message over %1 bytes").arg(m_push.maxMessageBytes()));
            qCWarning(lcSync) << "push channel of store" << m_storeId << "closed:" << e.detail;
            reason = e.message;
            Q_EMIT syncError(e);
        } else if (code == QWebSocketProtocol::CloseCodeDatatypeNotSupported) {
            ++m_pushViolations; // closed by onPushMessage() for an unreadable record
        }
        QWebSocket* socket = m_socket.release();
        socket->disconnect(this);
        socket->deleteLater();
    }
    if (m_phase == Phase::Stopped || m_state.kind == ConnectionState::Kind::SignInFailed)
        return;
    const bool wasLive = m_phase == Phase::Push;
    m_phase = Phase::Polling;
    if (wasLive) {
        qCInfo(lcSync) << "push channel of store" << m_storeId << "dropped; polling meanwhile";
        setState(ConnectionState::Kind::Polling, reason);
        schedulePoll(0);
    } else if (m_state.kind == ConnectionState::Kind::Syncing) {
        setState(ConnectionState::Kind::Polling, reason);
        schedulePoll(m_options.pollIntervalMs);
    }
    scheduleReconnect();
}

void SyncEngine::schedulePoll(qint64 delayMs)
{
    const qint64 due = m_scheduler.clock().monotonicMs() + delayMs;
    if (m_pollDueMs >= 0 && m_pollDueMs <= due)
        return;
    m_pollDueMs = due;
    const quint64 generation = m_generation;
    m_scheduler.callAfter(delayMs, this, [this, generation, due] {
        if (generation != m_generation || m_pollDueMs != due)
            return;
        m_pollDueMs = -1;
        if (m_phase == Phase::Polling && m_state.kind != ConnectionState::Kind::SignInFailed)
            fetchPage();
    });
}

void SyncEngine::scheduleReconnect()
{
    ++m_reconnectAttempts;
    const qint64 delay = m_retry.backoffMs(m_reconnectAttempts + m_pushViolations);
    const quint64 generation = m_generation;
    m_scheduler.callAfter(delay, this, [this, generation] {
        if (generation == m_generation && m_phase == Phase::Polling && !m_socket &&
            m_state.kind != ConnectionState::Kind::SignInFailed)
            connectPush();
    });
}

void SyncEngine::setState(ConnectionState::Kind kind, const QString& errorMessage)
{
    if (m_state.kind == kind && m_state.errorMessage == errorMessage)
        return;
    if (m_state.kind != kind)
        m_state.since = m_scheduler.clock().now(); // "offline since" keeps its first moment
    m_state.kind = kind;
    m_state.errorMessage = errorMessage;
    Q_EMIT stateChanged(m_state);
}

void SyncEngine::onTokenStateChanged()
{
    if (!m_tokens || m_phase == Phase::Stopped)
        return;
    switch (m_tokens->state()) {
    case TokenProvider::State::SignInFailed:
        setState(ConnectionState::Kind::SignInFailed, m_tokens->lastError().message);
        break;
    case TokenProvider::State::SigningIn:
        if (m_state.kind == ConnectionState::Kind::Syncing && !m_fullSyncDone && m_pagesFetched == 0)
            setState(ConnectionState::Kind::SigningIn);
        break;
    case TokenProvider::State::SignedIn:
    case TokenProvider::State::SignedOut:
        if (m_state.kind == ConnectionState::Kind::SigningIn)
            setState(ConnectionState::Kind::Syncing);
        else if (m_state.kind == ConnectionState::Kind::SignInFailed)
            start(); // the credentials changed: start over from the stored cursor
        break;
    }
}

} // namespace paydesk
