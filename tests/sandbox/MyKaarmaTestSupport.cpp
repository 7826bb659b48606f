#include "MyKaarmaTestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

MkClient::MkClient(Sandbox& sandbox, QString username, QString password)
    : m_sandbox(sandbox)
    , m_http(sandbox)
    , m_user(std::move(username))
    , m_password(std::move(password))
{
    m_browser.setProxy(QNetworkProxy::NoProxy);
}

QList<QPair<QByteArray, QByteArray>> MkClient::headers() const
{
    QList<QPair<QByteArray, QByteArray>> h{{"Accept", "application/json"}};
    if (!m_user.isEmpty())
        h.append(qMakePair(QByteArray("Authorization"),
                           "Basic " + (m_user + u':' + m_password).toUtf8().toBase64()));
    return h;
}

Reply MkClient::post(const QString& path, const QJsonObject& body)
{
    return postRaw(path, withRawNumbers(body));
}

Reply MkClient::postRaw(const QString& path, const QByteArray& body)
{
    auto h = headers();
    h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return m_http.send("POST", u"/mykaarma"_s + path, body, h);
}

Reply MkClient::get(const QString& path)
{
    return m_http.send("GET", u"/mykaarma"_s + path, {}, headers());
}

Reply MkClient::withAuthorization(const QByteArray& method, const QString& path,
                                  const QByteArray& authorization, const QByteArray& body)
{
    QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        h.append(qMakePair(QByteArray("Authorization"), authorization));
    return m_http.send(method, u"/mykaarma"_s + path, body, h);
}

Reply MkClient::browse(const QByteArray& method, const QString& pathOrUrl, const QByteArray& form)
{
    const QString path = pathOrUrl.startsWith(u"http"_s) ? QUrl(pathOrUrl).path() : pathOrUrl;
    QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + path));
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_browser.sendCustomRequest(request, method, form);
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

QJsonArray MkClient::filter(const QString& departmentUuid, const QJsonObject& body, bool withInvoices)
{
    const Reply r = post(
        u"/payment/v2/departments/%1/dealer-orders/filter?fetchDealerOrderFromRedis=false&"
        "fetchInvoicesAndSignatureRequest=%2"_s.arg(departmentUuid, withInvoices ? u"true"_s : u"false"_s),
        body);
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(u"mykaarmaDealerOrderList"_s).toArray();
}

QString MkClient::demoCustomer()
{
    const QJsonArray orders = filter(m_sandbox.options().myKaarmaDepartmentUuid, {}, false);
    return orders.at(0)
        .toObject()
        .value(u"paymentDealerOrderDTO"_s)
        .toObject()
        .value(u"paymentCustomer"_s)
        .toObject()
        .value(u"customerUuid"_s)
        .toString();
}

QJsonObject MkClient::prepaymentBody(const QString& orderNumber, const QString& amountText)
{
    return QJsonObject{
        {u"dealerUuid"_s, m_sandbox.options().myKaarmaDealerUuid},
        {u"customerUuid"_s, demoCustomer()},
        {u"orderNumber"_s, orderNumber},
        {u"desc"_s, u"Deposit for parts"_s},
        {u"amount"_s, u"#n:"_s + amountText},
        {u"orderType"_s, u"RO"_s},
        {u"feeRequest"_s, QJsonObject{{u"fetchSurcharge"_s, true},
                                      {u"fetchApplicationFee"_s, true},
                                      {u"tenderType"_s, u"CREDIT"_s},
                                      {u"cardType"_s, u"VISA"_s},
                                      {u"transactionDepartment"_s, u"SERVICE"_s},
                                      {u"paymentType"_s, u"ONLINE"_s}}},
        {u"attributes"_s, QJsonObject{}},
    };
}

QByteArray withRawNumbers(const QJsonObject& json)
{
    QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    static const QRegularExpression marked(u"\"#n:([-+.0-9eE]+)\""_s);
    return QString::fromUtf8(text).replace(marked, u"\\1"_s).toUtf8();
}

void MyKaarmaFixture::SetUp()
{
    SandboxOptions options;
    options.seedCount = 0;
    options.scenario = u"off"_s;
    adjust(options);
    sandbox = std::make_unique<Sandbox>(options, clock);
    auto started = sandbox->start();
    ASSERT_TRUE(started.ok()) << qPrintable(started.error());
    mk = std::make_unique<MkClient>(*sandbox, options.myKaarmaUsername, options.myKaarmaPassword);
}

void MyKaarmaFixture::TearDown()
{
    mk.reset();
    sandbox.reset();
}

} // namespace paydesk::sandbox::test
