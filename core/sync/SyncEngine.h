#pragma once

#include "ConnectionState.h"
#include "PaymentSource.h"
#include "api/ApiError.h"
#include "api/FeedPage.h"
#include "api/RetryPolicy.h"
#include "payments/Payment.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QWebSocket;

namespace paydesk {

class Authenticator;
class PaymentStore;
class PlatformClient;
class PushChannel;
class Scheduler;
class TokenProvider;
class FeedPageParser;
struct HttpResponse;

/**
 * Keeps the local cache of ONE store in step with Keyloop's platform (DESIGN.md "Data flow" 2):
 * the Keyloop kind of PaymentSource, one per store of a SyncSession.
 *
 * 1. Full sync: pages through the change feed from the stored cursor; each page is committed
 *    together with its cursor (PaymentStore::ingestFeedPage), so a crash resumes from the last
 *    committed page and never restarts or skips. The next page is asked for as soon as a page
 *    arrives, and during a read of several pages a page's records are read on a thread of the
 *    engine's own (FeedPageParser) while the page before it is written: a page is written once
 *    the next one is with the parser (or failed, or there is none). A page that cannot be read
 *    or written drops the pages after it; the cursor only ever moves with a written page. A store never
 * synced (cursor 0) whose first page says more is coming loads as part of the cache's bulk load
 * (PaymentStore::beginBulkLoad(): without its indexes, built again when the last engine's full sync ends or
 * it stops). A page that breaks the feed's progress rules (PlatformClient::checkFeedProgress) is a connection
 * error and its cursor is never stored; after maxPagesPerBurst pages in a row the engine pauses briefly, then
 * goes on.
 * 2. Then the WebSocket push channel (opened under PushChannel's rules, the same TLS and URL
 *    rules as HTTP), resumed from the stored sequence; every change record is committed with
 *    its sequence as the new cursor (records at or below the cursor are dropped, so a replay
 *    never doubles anything).
 * 3. When the channel drops: reconnect with backoff and poll the feed meanwhile (Polling); when
 *    the platform is unreachable, Offline since …, retrying with backoff; a refused sign-in
 *    stops everything until the credentials change (TokenProvider::resetSignIn()).
 *
 * All delays run on the injected Scheduler. Payments it writes are announced by the store
 * (PaymentStore::paymentsChanged); state() is this store's part of the status bar.
 */
class SyncEngine : public PaymentSource
{
    Q_OBJECT

public:
    struct Options
    {
        /// Payments per feed page (the sandbox allows up to 1000).
        int pageSize = 500;
        /// Feed polling interval while the push channel is down.
        qint64 pollIntervalMs = 15000;
        /// Use the push channel after the full sync; false = poll only.
        bool usePush = true;
        /// Backoff for reconnecting and for retrying after errors.
        RetryPolicy::Options retry = {500, 30000, 0.2, 60000, 1 << 30};
        /// Push records are committed in batches of at most this many (one transaction each).
        int pushBatchLimit = 1000;
        /**
         * Feed pages read back to back before the engine pauses for burstPauseMs and then goes on.
         * A full sync of 1M payments at 1000 a page is 1000 pages, so a big sync only pauses now
         * and then; a feed that keeps saying hasMore cannot keep the engine busy without a break.
         */
        int maxPagesPerBurst = 1000;
        qint64 burstPauseMs = 1000;
    };

    /// `push` gives the push channel its sockets (and its size limit); it must outlive the engine.
    SyncEngine(PlatformClient& platform, const PushChannel& push, Authenticator& auth, PaymentStore& store,
               Scheduler& scheduler, QString enterpriseId, QString storeId, Options options,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Optional: lets the state show "signing in" / "sign-in failed" as the token provider sees it.
    void setTokenProvider(TokenProvider* tokens);

    const QString& enterpriseId() const { return m_enterpriseId; }
    const QString& storeId() const { return m_storeId; }

    /// Starts (or resumes) syncing from the stored cursor.
    void start() override;
    /// Closes the push channel and stops every timer; the cache stays as it is.
    void stop() override;
    /// Polls the feed now (e.g. the user pressed "refresh", or the network came back).
    void syncNow();

    ConnectionState state() const override { return m_state; }
    /// The last committed sequence.
    qint64 cursor() const { return m_cursor; }
    /// Whether the first full sync since start() has finished.
    bool isFullSyncDone() const override { return m_fullSyncDone; }
    /// Counters for tests and diagnostics.
    int pagesFetched() const { return m_pagesFetched; }
    int pushRecordsApplied() const { return m_pushRecords; }
    int pushConnects() const { return m_pushConnects; }
    /// Feed pages handed to the parser's thread, their answer's JSON or their records (read while
    /// the page before them is written).
    int pagesParsedAside() const { return m_pagesParsedAside; }
    /// Of those, the pages whose answer's JSON was read there too (onAnswer()).
    int answersReadAside() const { return m_answersReadAside; }
    /// Feed pages asked for from the Link header of the answer before them, as that answer came
    /// (before its JSON was read).
    int pagesAskedFromLinks() const { return m_pagesAskedFromLinks; }
    /// Payments asked for per feed page now: Options::pageSize, halved after each too-large answer.
    int pageLimit() const { return m_pageLimit; }

    /**
     * One push message as the engine reads it: a payment record, nothing (a control message,
     * one without `paymentId`), or an error saying why it is unreadable (not a JSON object, or
     * a record PaymentJson refuses); the engine then closes the channel and falls back to the
     * feed, which never skips a record.
     */
    static Result<std::optional<Payment>, QString> readPushRecord(const QString& message);

    // stateChanged() and fullSyncFinished() come from PaymentSource.
Q_SIGNALS:
    /// A sync step failed (the engine keeps retrying unless sign-in failed).
    void syncError(const paydesk::ApiError& error);

private:
    enum class Phase
    {
        Stopped,
        FullSync,
        Push,
        Polling,
    };

    void fetchPage();
    void fetchPageSince(qint64 since);
    /// Ends this engine's part of the store's bulk load, if it takes part.
    void endBulkLoad();
    /// A feed answer whose JSON is still unread: read on the parser's thread, then onPage().
    void onAnswer(Result<HttpResponse, ApiError> answer, qint64 since);
    /**
     * `readAside`: the page's JSON was read on the parser's thread (onAnswer()). `linkAsked`: the
     * sinceSequence of the next page onAnswer() already asked for from the answer's Link header,
     * or -1.
     */
    void onPage(Result<UnreadFeedPage, ApiError> page, bool readAside = false, qint64 linkAsked = -1);
    /// Drops what was asked for after the page onPage() has (it failed, or its body does not say
    /// what its Link header said): the fetch on its way and the answers with the parser.
    void dropLaterAnswers();
    /// A page's records are read (on the parser's thread, or here): hold or write it.
    void onParsed(FeedPage page, bool nextAsked, Result<QList<Payment>, ApiError> payments);
    /// Writes the held page, if any; false when it could not be written (the read is abandoned).
    bool writeHeld();
    /// writeHeld() in the next turn of this thread's loop, unless the read is abandoned or
    /// stopped meanwhile.
    void writeHeldNextTurn();
    /// Drops the page asked for, the pages with the parser and the held one: the cursor stays at
    /// the last page written, and the next read starts from there.
    void abandonPages();
    /// Ends the parser's thread once the read it served is over (the feed's end, stop()).
    void endParser();
    /// After a feed page is written: the next page is on its way, or a pause, or the feed's end.
    void afterWritten(const FeedPage& page, bool nextAsked);
    bool commit(const QList<Payment>& payments, qint64 nextSequence);
    void onFeedError(const ApiError& error);
    void connectPush();
    void onPushConnected();
    void onPushMessage(const QString& message);
    void flushPush();
    void onPushClosed();
    /// After a push handshake refused with 401: renews the token once and reconnects; false when
    /// the close was something else (or the one renewal was already spent).
    bool renewTokenAfterARefusedHandshake();
    void schedulePoll(qint64 delayMs);
    void scheduleReconnect();
    void setState(ConnectionState::Kind kind, const QString& errorMessage = {});
    void onTokenStateChanged();

    PlatformClient& m_platform;
    const PushChannel& m_push;
    Authenticator& m_auth;
    PaymentStore& m_store;
    Scheduler& m_scheduler;
    QString m_enterpriseId;
    QString m_storeId;
    Options m_options;
    RetryPolicy m_retry;
    QPointer<TokenProvider> m_tokens;

    Phase m_phase = Phase::Stopped;
    ConnectionState m_state;
    qint64 m_cursor = 0;
    bool m_fullSyncDone = false;
    bool m_fetching = false;
    /// Bumped by every fetch: a reply that is not the latest fetch's is dropped.
    quint64 m_fetchId = 0;
    /// A page whose records are read, waiting to be written until the next page is with the parser.
    struct HeldPage
    {
        FeedPage page;
        /// The next page was asked for when this one came.
        bool nextAsked = false;
    };
    /// Reads pages' records on a thread of its own during a read of several pages (a child;
    /// ended when the read reaches the feed's end).
    FeedPageParser* m_parser = nullptr;
    /// Pages with the parser now, and the read they belong to (bumped by abandonPages()).
    int m_parsing = 0;
    quint64 m_parseId = 0;
    int m_pagesParsedAside = 0;
    int m_answersReadAside = 0;
    /// For each answer with the parser, in order: the next page asked for from its Link header
    /// (its sinceSequence), or -1.
    QList<qint64> m_linkAsks;
    /// The answers with the parser whose pages are dropped when they come back (the next ones:
    /// it answers in order), see dropLaterAnswers().
    int m_answersToDrop = 0;
    /// A Link header said other than its body: this run asks for each page from the body only.
    bool m_linksDistrusted = false;
    int m_pagesAskedFromLinks = 0;
    std::optional<HeldPage> m_held;
    /// The next page failed while the one before it was with the parser: reported once that one
    /// is written.
    std::optional<ApiError> m_errorAfterParse;
    /// This engine takes part in the store's bulk load (PaymentStore::beginBulkLoad()).
    bool m_bulkLoading = false;
    /// The first page of this run may start a bulk load (a store never synced, or one cut short).
    bool m_bulkCandidate = false;
    int m_feedFailures = 0;
    int m_reconnectAttempts = 0;
    /// Channels closed in a row for what they sent (too large, unreadable): a server that keeps
    /// doing it is reconnected to with growing backoff, not at once after each successful open.
    int m_pushViolations = 0;
    int m_pageLimit = 0;
    /// Pages read back to back since the last pause, end of feed or error.
    int m_burstPages = 0;
    /// Bumped by stop()/start(): timers and callbacks of an older run do nothing.
    quint64 m_generation = 0;
    qint64 m_pollDueMs = -1;
    std::unique_ptr<QWebSocket> m_socket;
    QList<Payment> m_pushBuffer;
    qint64 m_pushBufferSequence = 0;
    bool m_flushScheduled = false;
    int m_pagesFetched = 0;
    int m_pushRecords = 0;
    int m_pushConnects = 0;
    /// The token the current push channel was opened with.
    QString m_pushToken;
    /// A refused handshake already renewed the token since the channel was last open.
    bool m_pushTokenRenewed = false;
};

} // namespace paydesk
