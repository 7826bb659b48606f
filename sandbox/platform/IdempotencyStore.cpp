#include "IdempotencyStore.h"

#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace paydesk::sandbox {

IdempotencyStore::IdempotencyStore(Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

QByteArray IdempotencyStore::fingerprint(const QByteArray& method, const QString& path,
                                         const QByteArray& body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData("\n");
    hash.addData(path.toUtf8());
    hash.addData("\n");
    // QJsonObject keeps its keys sorted, so a re-serialised body ignores key order and spacing.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    hash.addData(doc.isNull() ? body.trimmed() : doc.toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

IdempotencyStore::Begin IdempotencyStore::begin(const QString& scope, const QString& key,
                                                const QByteArray& fingerprint)
{
    purgeExpired();
    Begin b;
    const QString k = id(scope, key);
    auto it = m_records.find(k);
    if (it != m_records.end() && !it->inFlight &&
        it->createdAt < m_clock.now().addSecs(-m_retentionSeconds)) {
        m_records.erase(it); // past retention: the key is new again
        it = m_records.end();
    }
    if (it == m_records.end()) {
        Record r;
        r.scope = scope;
        r.key = key;
        r.fingerprint = fingerprint;
        r.createdAt = m_clock.now();
        m_records.insert(k, r);
        return b;
    }
    if (it->fingerprint != fingerprint) {
        b.outcome = Outcome::Mismatch;
        return b;
    }
    if (it->inFlight || !it->completed) {
        b.outcome = Outcome::InFlight;
        return b;
    }
    b.outcome = Outcome::Replay;
    b.replay.status = it->status;
    b.replay.contentType = it->contentType;
    b.replay.body = it->body;
    b.replay.headers = it->headers;
    b.replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
    return b;
}

void IdempotencyStore::complete(const QString& scope, const QString& key, const HttpResponse& response)
{
    auto it = m_records.find(id(scope, key));
    if (it == m_records.end())
        return;
    it->completed = true;
    it->status = response.status;
    it->contentType = response.contentType;
    it->body = response.body;
    it->headers = response.headers;
}

void IdempotencyStore::release(const QString& scope, const QString& key)
{
    auto it = m_records.find(id(scope, key));
    if (it == m_records.end())
        return;
    it->inFlight = false;
    if (it->completed)
        Q_EMIT recordCompleted(*it);
    else
        m_records.erase(it); // nothing was stored: the key may be used again
}

void IdempotencyStore::load(const QList<Record>& records)
{
    for (Record r : records) {
        r.inFlight = false;
        r.completed = true;
        m_records.insert(id(r.scope, r.key), r);
    }
    m_lastPurgeMs = -1;
    purgeExpired();
}

void IdempotencyStore::purgeExpired()
{
    // A full scan; at most once a minute so that a burst of writes stays O(1) each.
    const qint64 nowMs = m_clock.monotonicMs();
    if (m_lastPurgeMs >= 0 && nowMs - m_lastPurgeMs < 60000 && m_clock.now() < m_lastPurgeAt.addSecs(60))
        return;
    m_lastPurgeMs = nowMs;
    m_lastPurgeAt = m_clock.now();
    const QDateTime cutoff = m_clock.now().addSecs(-m_retentionSeconds);
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (!it->inFlight && it->createdAt < cutoff)
            it = m_records.erase(it);
        else
            ++it;
    }
}

} // namespace paydesk::sandbox
