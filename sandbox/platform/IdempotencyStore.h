#pragma once

#include "http/HttpResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

/**
 * Idempotency-Key bookkeeping with Stripe's and the IETF draft's semantics: the first answer
 * to a key is stored and replayed (even an error); the same key with a different request is
 * 422; a key whose first request has not been answered yet is 409. Keys are scoped per
 * client id and kept for the retention period (24 h by default).
 */
class IdempotencyStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Proceed,  ///< new key: run the handler, then complete() and release()
        Replay,   ///< answer `replay`
        InFlight, ///< 409
        Mismatch, ///< 422
    };
    struct Begin
    {
        Outcome outcome = Outcome::Proceed;
        HttpResponse replay;
    };

    struct Record
    {
        QString scope;
        QString key;
        QByteArray fingerprint;
        QDateTime createdAt;
        bool inFlight = true;
        bool completed = false;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    explicit IdempotencyStore(Clock& clock, QObject* parent = nullptr);

    void setRetentionSeconds(qint64 seconds) { m_retentionSeconds = seconds; }
    qint64 retentionSeconds() const { return m_retentionSeconds; }

    /// The fingerprint of a request: method, path and the body (canonical JSON when it parses).
    static QByteArray fingerprint(const QByteArray& method, const QString& path, const QByteArray& body);

    Begin begin(const QString& scope, const QString& key, const QByteArray& fingerprint);
    /// Stores the first answer to a key (it stays "in flight" until release()).
    void complete(const QString& scope, const QString& key, const HttpResponse& response);
    /// The answer has been written (or dropped): later requests with the key get the replay.
    void release(const QString& scope, const QString& key);

    int size() const { return int(m_records.size()); }
    QList<Record> records() const { return m_records.values(); }
    /// Restores persisted records (completed ones only).
    void load(const QList<Record>& records);
    void purgeExpired();

Q_SIGNALS:
    /// A completed answer that persistence may want to keep.
    void recordCompleted(const paydesk::sandbox::IdempotencyStore::Record& record);

private:
    static QString id(const QString& scope, const QString& key) { return scope + u'\n' + key; }

    Clock& m_clock;
    qint64 m_retentionSeconds = 24 * 3600;
    QHash<QString, Record> m_records;
    qint64 m_lastPurgeMs = -1;
    QDateTime m_lastPurgeAt;
};

} // namespace paydesk::sandbox
