#include "EventStream.h"

#include "PlatformState.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "payments/PaymentJson.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace paydesk::sandbox {

namespace {

QString record(const Payment& payment)
{
    return QString::fromUtf8(
        QJsonDocument(PaymentJson::paymentToJson(payment, false)).toJson(QJsonDocument::Compact));
}

// Stop filling a slow client's buffer beyond this; continue when it has drained.
constexpr qint64 kMaxBuffered = 4 * 1024 * 1024;

} // namespace

EventStream::EventStream(HttpServer& http, PlatformState& state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
    http.addWebSocketRoute(QStringLiteral("/{enterpriseId}/{storeId}/v1/events/stream"),
                           {QStringLiteral("events.stream"), RouteAuth::Platform, false, true},
                           [this](std::unique_ptr<QWebSocket> socket, const QHash<QString, QString>& params,
                                  const Principal&) { accept(std::move(socket), params); });
    connect(&m_state, &PlatformState::paymentChanged, this, &EventStream::onChange);
}

EventStream::~EventStream()
{
    for (auto& s : m_subscribers)
        s->socket->disconnect(this);
}

EventStream::Subscriber* EventStream::find(QWebSocket* socket) const
{
    for (const auto& s : m_subscribers) {
        if (s->socket.get() == socket)
            return s.get();
    }
    return nullptr;
}

void EventStream::remove(QWebSocket* socket)
{
    for (auto it = m_subscribers.begin(); it != m_subscribers.end(); ++it) {
        if ((*it)->socket.get() == socket) {
            (*it)->socket->disconnect(this);
            (*it)->socket.release()->deleteLater(); // we may be inside one of its signals
            m_subscribers.erase(it);
            return;
        }
    }
}

void EventStream::accept(std::unique_ptr<QWebSocket> socket, const QHash<QString, QString>& params)
{
    auto sub = std::make_unique<Subscriber>();
    sub->enterpriseId = params.value(QStringLiteral("enterpriseId"));
    sub->storeId = params.value(QStringLiteral("storeId"));
    if (!m_state.hasStore(sub->enterpriseId, sub->storeId)) {
        socket->close(QWebSocketProtocol::CloseCode(4404), QStringLiteral("unknown store"));
        socket.release()->deleteLater();
        return;
    }
    QWebSocket* ws = socket.get();
    sub->socket = std::move(socket);
    connect(ws, &QWebSocket::disconnected, this, [this, ws]() { remove(ws); });
    connect(ws, &QWebSocket::textMessageReceived, this, [this, ws](const QString& message) {
        Subscriber* s = find(ws);
        const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
        const QJsonValue since = o.value(QLatin1StringView("sinceSequence"));
        if (s && since.isDouble() && since.toInteger(-1) >= 0)
            restart(s, since.toInteger());
    });
    connect(ws, &QWebSocket::bytesWritten, this, [this, ws]() {
        if (Subscriber* s = find(ws); s && !s->live)
            schedulePump(s);
    });
    Subscriber* s = sub.get();
    m_subscribers.push_back(std::move(sub));

    const QUrlQuery query(ws->requestUrl());
    bool ok = false;
    const qint64 since = query.queryItemValue(QStringLiteral("sinceSequence")).toLongLong(&ok);
    if (ok && since >= 0) {
        restart(s, since);
    } else {
        s->cursor = m_state.latestSequence(s->enterpriseId, s->storeId);
        s->live = true;
    }
    qCInfo(lcSandboxPlatform) << "stream opened for" << s->enterpriseId << s->storeId << "from" << s->cursor;
}

void EventStream::restart(Subscriber* subscriber, qint64 sinceSequence)
{
    subscriber->cursor = sinceSequence;
    subscriber->live = false;
    schedulePump(subscriber);
}

void EventStream::schedulePump(Subscriber* subscriber)
{
    if (subscriber->pumpScheduled)
        return;
    subscriber->pumpScheduled = true;
    QPointer<QWebSocket> ws(subscriber->socket.get());
    QTimer::singleShot(0, this, [this, ws]() {
        if (ws)
            pump(ws);
    });
}

void EventStream::pump(QWebSocket* socket)
{
    Subscriber* s = find(socket);
    if (!s)
        return;
    s->pumpScheduled = false;
    if (s->live)
        return;
    if (socket->bytesToWrite() > kMaxBuffered)
        return; // bytesWritten schedules the next round
    PaymentQuery query;
    query.sinceSequence = s->cursor;
    query.limit = kCatchUpChunk;
    const FeedPage page = m_state.feed(s->enterpriseId, s->storeId, query);
    for (const Payment& p : page.payments) {
        socket->sendTextMessage(record(p));
        s->cursor = p.sequence;
    }
    if (page.hasMore) {
        schedulePump(s);
    } else {
        // Caught up. Everything after this point is committed later and arrives via onChange.
        s->cursor = std::max(s->cursor, page.latestSequence);
        s->live = true;
    }
}

void EventStream::onChange(const ChangeEvent& event)
{
    const Payment& p = event.payment;
    QString message;
    for (const auto& s : m_subscribers) {
        if (!s->live || s->storeId != p.storeId || s->enterpriseId != p.enterpriseId ||
            p.sequence <= s->cursor)
            continue;
        if (message.isEmpty())
            message = record(p);
        s->socket->sendTextMessage(message);
        s->cursor = p.sequence;
    }
}

int EventStream::closeAll()
{
    const int n = int(m_subscribers.size());
    std::vector<std::unique_ptr<Subscriber>> closing;
    closing.swap(m_subscribers);
    for (auto& s : closing) {
        s->socket->disconnect(this);
        s->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("push channel closed"));
        s->socket.release()->deleteLater();
    }
    return n;
}

} // namespace paydesk::sandbox
