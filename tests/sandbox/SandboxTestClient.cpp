#include "SandboxTestClient.h"

#include "platform/PlatformState.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

namespace paydesk::sandbox::test {

QByteArray Reply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString Reply::firstErrorField() const
{
    return json()
        .value(QLatin1StringView("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1StringView("field"))
        .toString();
}

QString Reply::firstErrorCode() const
{
    return json()
        .value(QLatin1StringView("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1StringView("errorCode"))
        .toString();
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SandboxTestClient::SandboxTestClient(Sandbox& sandbox)
    : m_sandbox(sandbox)
{
}

Reply SandboxTestClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                              const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(timeoutMs + 2000);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.timedOut = !reply->isFinished();
    if (r.timedOut)
        reply->abort();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Reply SandboxTestClient::requestToken(const QString& clientId, const QString& secret)
{
    const QByteArray form = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(secret);
    return send("POST", QStringLiteral("/oauth/client_credential/accesstoken"), form,
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString SandboxTestClient::dealerToken()
{
    const Reply r = requestToken(m_sandbox.clientId(), m_sandbox.clientSecret());
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(QLatin1StringView("access_token")).toString();
}

QString SandboxTestClient::partnerToken()
{
    const Reply r = requestToken(m_sandbox.partnerClientId(), m_sandbox.partnerClientSecret());
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(QLatin1StringView("access_token")).toString();
}

Reply SandboxTestClient::get(const QString& pathAndQuery, const QString& token)
{
    return send("GET", pathAndQuery, {}, {{"Authorization", "Bearer " + token.toLatin1()}});
}

Reply SandboxTestClient::postJson(const QString& path, const QJsonObject& body, const QString& token,
                                  const QString& idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toLatin1()});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply SandboxTestClient::patchJson(const QString& path, const QJsonObject& body, const QString& token,
                                   const QString& idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toLatin1()});
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply SandboxTestClient::admin(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    return send(method, path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer " + m_sandbox.adminToken().toLatin1()}});
}

QString SandboxTestClient::storePrefix(int storeIndex) const
{
    const StoreInfo s = m_sandbox.state().stores().at(storeIndex);
    return u'/' + s.enterpriseId + u'/' + s.storeId + QStringLiteral("/v1");
}

QJsonObject SandboxTestClient::initiateBody(const QString& name, qint64 minor, const QString& currency)
{
    return QJsonObject{
        {QLatin1StringView("customer"),
         QJsonObject{{QLatin1StringView("name"), name},
                     {QLatin1StringView("email"), QStringLiteral("jane.doe@example.com")},
                     {QLatin1StringView("phone"), QStringLiteral("+447700900123")}}},
        {QLatin1StringView("channels"), QJsonArray{QStringLiteral("EMAIL"), QStringLiteral("SMS")}},
        {QLatin1StringView("reference"),
         QJsonObject{{QLatin1StringView("type"), QStringLiteral("REPAIR_ORDER")},
                     {QLatin1StringView("number"), QStringLiteral("RO-1001")}}},
        {QLatin1StringView("description"), QStringLiteral("Service and MOT")},
        {QLatin1StringView("amount"),
         QJsonObject{{QLatin1StringView("value"), QString::number(minor / 100.0, 'f', 2)},
                     {QLatin1StringView("currencyCode"), currency}}},
    };
}

QJsonObject SandboxTestClient::initiate(const QString& token, const QJsonObject& body, int storeIndex)
{
    const Reply r = postJson(storePrefix(storeIndex) + QStringLiteral("/payments"), body, token, newKey());
    EXPECT_EQ(r.status, 201) << r.body.constData();
    return r.json();
}

void SandboxFixture::SetUp()
{
    SandboxOptions options;
    options.seedCount = 40;
    options.scenario = QStringLiteral("off");
    options.notifyDelayMs = 50;
    adjust(options);
    sandbox = std::make_unique<Sandbox>(options);
    auto started = sandbox->start();
    ASSERT_TRUE(started.ok()) << qPrintable(started.error());
    client = std::make_unique<SandboxTestClient>(*sandbox);
}

void SandboxFixture::TearDown()
{
    client.reset();
    sandbox.reset();
}

} // namespace paydesk::sandbox::test
