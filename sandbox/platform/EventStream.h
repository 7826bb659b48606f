#pragma once

#include "ChangeEvent.h"
#include "http/HttpRequest.h"

#include <QObject>
#include <QPointer>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace paydesk::sandbox {

class HttpServer;
class PlatformState;

/**
 * The push channel: `GET /{enterpriseId}/{storeId}/v1/events/stream` upgraded to a
 * WebSocket (platform bearer token in the Authorization header, or `?access_token=` for
 * browsers). It covers exactly that one store.
 *
 * Each text message is one change record: the payment JSON of a feed entry (no history)
 * with its `sequence`. Resume with `?sinceSequence=N`: the channel first catches up from the
 * feed index (the latest change of each payment after N, in sequence order), then sends
 * every new change as it is committed. Without sinceSequence it starts live from "now". A
 * text message `{"sinceSequence":N}` from the client restarts the catch-up from N.
 * Sequences on one connection only ever increase: nothing is reordered or sent twice, and no
 * change is skipped except one superseded by a later change of the same payment during
 * catch-up (exactly what the feed does).
 *
 * Unknown store: the socket is closed with code 4404. The "push channel closed" fault is
 * closeAll().
 */
class EventStream : public QObject
{
    Q_OBJECT

public:
    EventStream(HttpServer& http, PlatformState& state, QObject* parent = nullptr);
    ~EventStream() override;

    /// Closes every open stream (code 1001, "going away"): the fault switch and shutdown.
    int closeAll();
    int connectionCount() const { return int(m_subscribers.size()); }

    static constexpr int kCatchUpChunk = 250;

private:
    struct Subscriber
    {
        std::unique_ptr<QWebSocket> socket;
        QString enterpriseId;
        QString storeId;
        qint64 cursor = 0;
        bool live = false;
        bool pumpScheduled = false;
    };

    void accept(std::unique_ptr<QWebSocket> socket, const QHash<QString, QString>& params);
    void onChange(const ChangeEvent& event);
    void schedulePump(Subscriber* subscriber);
    void pump(QWebSocket* socket);
    void restart(Subscriber* subscriber, qint64 sinceSequence);
    Subscriber* find(QWebSocket* socket) const;
    void remove(QWebSocket* socket);

    PlatformState& m_state;
    std::vector<std::unique_ptr<Subscriber>> m_subscribers;
};

} // namespace paydesk::sandbox
