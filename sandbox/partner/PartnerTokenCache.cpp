#include "PartnerTokenCache.h"

#include "SandboxLogging.h"
#include "payments/PaymentJson.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace paydesk::sandbox {

PartnerTokenCache::PartnerTokenCache(QNetworkAccessManager& nam, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
}

qint64 PartnerTokenCache::renewAfterMs(qint64 lifetimeS)
{
    return lifetimeS * 1000 * 3 / 4;
}

QString PartnerTokenCache::credentialsKey(const PartnerConfig& c)
{
    // A hash, so the secret is not kept twice in clear.
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& part : {c.authUrl, c.clientId, c.clientSecret, c.audience}) {
        h.addData(part.toUtf8());
        h.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(h.result().toHex());
}

void PartnerTokenCache::withToken(const RegisteredPartner& partner, QObject* context, Callback callback)
{
    Entry& e = m_entries[partner.id];
    const QString key = credentialsKey(partner.config);
    if (e.credentialsKey != key) {
        e.credentialsKey = key;
        e.token.clear();
        e.renewAtMs = 0;
    }
    if (!e.token.isEmpty() && m_clock.monotonicMs() < e.renewAtMs) {
        callback(e.token);
        return;
    }
    e.waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!e.fetching)
        fetch(partner);
}

void PartnerTokenCache::invalidate(const QString& partnerId)
{
    auto it = m_entries.find(partnerId);
    if (it != m_entries.end()) {
        it->token.clear();
        it->renewAtMs = 0;
    }
}

void PartnerTokenCache::fetch(const RegisteredPartner& partner)
{
    Entry& e = m_entries[partner.id];
    e.fetching = true;
    ++m_fetchCount;
    QNetworkRequest request{QUrl(partner.config.authUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body{{QLatin1StringView("grant_type"), QStringLiteral("client_credentials")},
                           {QLatin1StringView("client_id"), partner.config.clientId},
                           {QLatin1StringView("client_secret"), partner.config.clientSecret},
                           {QLatin1StringView("audience"), partner.config.audience}};
    QNetworkReply* reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString partnerId = partner.id;
    const QString key = e.credentialsKey;
    connect(reply, &QNetworkReply::finished, this, [this, reply, partnerId, key]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
        auto it = m_entries.find(partnerId);
        if (it == m_entries.end())
            return;
        if (status == 0) {
            finish(partnerId, fail(QStringLiteral("token request failed: %1").arg(reply->errorString())));
            return;
        }
        if (status < 200 || status > 299) {
            finish(partnerId, fail(QStringLiteral("token endpoint answered HTTP %1").arg(status)));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(data).object();
        const QString token = json.value(QLatin1StringView("access_token")).toString();
        const QJsonValue expires = json.value(QLatin1StringView("expires_in"));
        // Auth0 sends a number; a numeric string is read too (Apigee's habit). RFC 6749 makes
        // expires_in optional: without it the token is taken to live kDefaultLifetimeS.
        const bool absent = expires.isUndefined() || expires.isNull();
        const qint64 lifetimeS = absent ? kDefaultLifetimeS : PaymentJson::countFromJson(expires).value_or(0);
        const QString type = json.value(QLatin1StringView("token_type")).toString();
        if (token.isEmpty() || lifetimeS <= 0 ||
            (!type.isEmpty() && type.compare(u"Bearer", Qt::CaseInsensitive) != 0)) {
            finish(partnerId, fail(QStringLiteral("token endpoint answered without a usable Bearer token")));
            return;
        }
        if (it->credentialsKey == key) {
            it->token = token;
            it->renewAtMs = m_clock.monotonicMs() + renewAfterMs(lifetimeS);
        }
        qCDebug(lcSandboxPartner) << "token fetched for" << partnerId << "lifetime" << lifetimeS << "s";
        finish(partnerId, token);
    });
}

void PartnerTokenCache::finish(const QString& partnerId, const Result<QString, QString>& token)
{
    auto it = m_entries.find(partnerId);
    if (it == m_entries.end())
        return;
    it->fetching = false;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    if (!token)
        qCInfo(lcSandboxPartner) << "token for" << partnerId << "not available:" << token.error();
    for (const Waiter& w : waiters) {
        if (w.context)
            w.callback(token);
    }
}

} // namespace paydesk::sandbox
