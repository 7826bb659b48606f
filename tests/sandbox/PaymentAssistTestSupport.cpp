#include "PaymentAssistTestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

PaClient::PaClient(Sandbox& sandbox, QString apiKey, QString secret)
    : m_sandbox(sandbox)
    , m_key(std::move(apiKey))
    , m_secret(std::move(secret))
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

Reply PaClient::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                     const QByteArray& contentType)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_ca.isNull()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(m_ca);
        request.setSslConfiguration(ssl);
    }
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(12000);
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

namespace {

QByteArray encode(const PaClient::Params& params)
{
    QByteArray out;
    for (const auto& p : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

} // namespace

Reply PaClient::call(const QByteArray& method, const QString& endpoint, const Params& params)
{
    Params all;
    for (const auto& p : params) {
        if (!p.second.isEmpty())
            all.append(p);
    }
    const QString signature = PaymentAssistSignature::compute(all, m_secret.toUtf8());
    all.append({u"api_key"_s, m_key});
    all.append({u"signature"_s, signature});
    if (method == "GET")
        return raw("GET", u"/paymentassist/"_s + endpoint + u'?' + QString::fromLatin1(encode(all)));
    return raw("POST", u"/paymentassist/"_s + endpoint, encode(all));
}

Reply PaClient::callJson(const QString& endpoint, const QJsonObject& body, const QString& signature)
{
    QJsonObject o = body;
    o.insert(u"api_key"_s, m_key);
    o.insert(u"signature"_s, signature);
    return raw("POST", u"/paymentassist/"_s + endpoint, QJsonDocument(o).toJson(QJsonDocument::Compact),
               "application/json");
}

Reply PaClient::raw(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                    const QByteArray& contentType)
{
    return send(method, QUrl(m_sandbox.baseUrl().toString() + pathAndQuery), body, contentType);
}

Reply PaClient::begin(const QString& orderId, qint64 amount, const Params& extra)
{
    Params params = {{u"order_id"_s, orderId},           {u"amount"_s, QString::number(amount)},
                     {u"f_name"_s, u"Jane"_s},           {u"s_name"_s, u"Doe"_s},
                     {u"addr1"_s, u"1 High Street"_s},   {u"postcode"_s, u"BS1 4DJ"_s},
                     {u"email"_s, u"jane@example.com"_s}};
    for (const auto& e : extra) {
        bool replaced = false;
        for (auto& p : params) {
            if (p.first == e.first) {
                p.second = e.second;
                replaced = true;
            }
        }
        if (!replaced)
            params.append(e);
    }
    return call("POST", u"begin"_s, params);
}

QString PaClient::beginToken(const QString& orderId, qint64 amount, const Params& extra)
{
    const Reply r = begin(orderId, amount, extra);
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(u"data"_s).toObject().value(u"token"_s).toString();
}

QJsonObject PaClient::status(const QString& token)
{
    const Reply r = call("GET", u"status"_s, {{u"token"_s, token}});
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(u"data"_s).toObject();
}

Reply PaClient::customerSigns(const QString& token, const QString& name, const QString& card)
{
    const Reply page = raw("GET", u"/paymentassist/apply/"_s + token);
    EXPECT_EQ(page.status, 200);
    const QByteArray form = "name=" + QUrl::toPercentEncoding(name) +
                            "&card_number=" + QUrl::toPercentEncoding(card) + "&agree=1";
    return raw("POST", u"/paymentassist/apply/"_s + token + u"/sign"_s, form);
}

void PaymentAssistFixture::SetUp()
{
    SandboxOptions options;
    options.seedCount = 0;
    options.scenario = u"off"_s;
    adjust(options);
    sandbox = std::make_unique<Sandbox>(options, clock);
    auto started = sandbox->start();
    ASSERT_TRUE(started.ok()) << qPrintable(started.error());
    pa = std::make_unique<PaClient>(*sandbox, sandbox->options().paymentAssistApiKey,
                                    sandbox->options().paymentAssistSecret);
    if (!sandbox->caCertificate().isNull())
        pa->trustCa(sandbox->caCertificate());
}

void PaymentAssistFixture::TearDown()
{
    pa.reset();
    sandbox.reset();
}

} // namespace paydesk::sandbox::test
