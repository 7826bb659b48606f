#include "MyKaarmaWebhooks.h"

#include "MyKaarmaApi.h"
#include "MyKaarmaState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

MyKaarmaWebhooks::MyKaarmaWebhooks(Sandbox& sandbox, MyKaarmaState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
    , m_nam(new QNetworkAccessManager(this))
    , m_random(sandbox.options().randomSeed ^ 0x3b6au)
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_policy.baseMs = 1000;
    m_policy.capMs = 30000;
    m_policy.maxAttempts = 4; // the first attempt and up to 3 retries
    connect(&m_state, &MyKaarmaState::paymentRequestFinal, this, &MyKaarmaWebhooks::onFinal);
}

MyKaarmaWebhooks::~MyKaarmaWebhooks()
{
    stop();
}

void MyKaarmaWebhooks::start()
{
    m_running = true;
    if (!m_sandbox.caCertificate().isNull() && !m_extraCas.contains(m_sandbox.caCertificate()))
        m_extraCas << m_sandbox.caCertificate();
}

void MyKaarmaWebhooks::stop()
{
    m_running = false;
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

void MyKaarmaWebhooks::onFinal(const QString& guid, const QString& status)
{
    const MkPaymentRequest* pr = m_state.paymentRequest(guid);
    if (!pr || pr->webHookUrl.isEmpty() || (status != u"PAID"_s && status != u"FAILED"_s))
        return;
    const MkInvoice* inv = m_state.invoice(pr->invoiceGuid);
    const MkOrder* order = inv ? m_state.order(inv->dealerOrderUuid) : nullptr;
    const bool paid = status == u"PAID"_s;
    QJsonObject body{
        {u"eventType"_s, paid ? u"PAYMENT_SUCCESS"_s : u"PAYMENT_FAILURE"_s},
        {u"paymentRequestGuid"_s, pr->guid},
        {u"invoiceId"_s, pr->invoiceGuid},
        {u"orderRef"_s, order ? order->orderNumber : pr->orderRef},
        {u"customerId"_s, order ? order->customerUuid : QString()},
        {u"departmentUuid"_s, pr->departmentUuid},
        {u"status"_s, status},
        {u"amount"_s, MyKaarmaApi::money(pr->amount)},
        {u"currency"_s, pr->currency},
        {u"timeStamp"_s, MyKaarmaApi::timeJson(pr->finishedAt)},
    };
    if (paid && inv && !inv->transactions.isEmpty()) {
        const MkTransaction& t = inv->transactions.last();
        body.insert(u"surchargeAmount"_s, MyKaarmaApi::money(t.surcharge));
        body.insert(u"totalAmount"_s, MyKaarmaApi::money(t.amount + t.surcharge));
        body.insert(u"transactionRefNum"_s, t.reference);
        body.insert(u"cardType"_s, t.cardBrand);
        body.insert(u"cardLast4"_s, t.last4);
    }
    Delivery d;
    d.guid = guid;
    d.eventType = body.value(u"eventType"_s).toString();
    d.url = pr->webHookUrl;
    d.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const int id = m_nextId++;
    m_deliveries.insert(id, d);
    // Sent from the event loop, never inside the request that made the change.
    QTimer::singleShot(0, this, [this, id] { attempt(id); });
}

void MyKaarmaWebhooks::attempt(int id)
{
    auto it = m_deliveries.find(id);
    if (it == m_deliveries.end() || it->delivered || it->gaveUp)
        return;
    Delivery& d = it.value();
    d.attempts += 1;
    QNetworkRequest request{QUrl(d.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("User-Agent", "myKaarma-Webhooks/sandbox");
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply* reply = m_nam->post(request, d.body);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] {
        reply->deleteLater();
        auto it = m_deliveries.find(id);
        if (it == m_deliveries.end())
            return;
        Delivery& d = it.value();
        d.lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (d.lastStatus >= 200 && d.lastStatus < 300) {
            d.delivered = true;
            qCInfo(lcSandbox).noquote() << "mykaarma webhook" << d.eventType << "for" << d.guid.left(8)
                                        << "delivered, attempt" << d.attempts;
            Q_EMIT delivered(d.guid, d.eventType, d.attempts);
            return;
        }
        qCInfo(lcSandbox).noquote() << "mykaarma webhook" << d.eventType << "for" << d.guid.left(8)
                                    << "attempt" << d.attempts << "failed: HTTP" << d.lastStatus;
        if (d.attempts >= m_policy.maxAttempts) {
            d.gaveUp = true;
            Q_EMIT gaveUp(d.guid, d.eventType, d.attempts);
            return;
        }
        if (!m_running)
            return;
        QTimer::singleShot(m_policy.delayBeforeAttempt(d.attempts + 1, m_random), this,
                           [this, id] { attempt(id); });
    });
}

} // namespace paydesk::sandbox
