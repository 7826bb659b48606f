#include "PaymentAssistWebhooks.h"

#include "PaymentAssistState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "paymentassist/PaymentAssistSignature.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

PaymentAssistWebhooks::PaymentAssistWebhooks(Sandbox& sandbox, PaymentAssistState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
    , m_nam(new QNetworkAccessManager(this))
    , m_random(sandbox.options().randomSeed ^ 0x3e6bu)
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_policy.baseMs = 1000;
    m_policy.capMs = 30000;
    m_policy.maxAttempts = 4; // the first attempt and up to 3 retries
    connect(&m_state, &PaymentAssistState::finalState, this, &PaymentAssistWebhooks::onFinalState);
}

PaymentAssistWebhooks::~PaymentAssistWebhooks()
{
    stop();
}

void PaymentAssistWebhooks::start()
{
    m_running = true;
    // Under --tls a webhook may point back at the sandbox itself (or at anything it signs).
    if (!m_sandbox.caCertificate().isNull() && !m_extraCas.contains(m_sandbox.caCertificate()))
        m_extraCas << m_sandbox.caCertificate();
}

void PaymentAssistWebhooks::stop()
{
    m_running = false;
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

QByteArray PaymentAssistWebhooks::payload(const QString& eventName, const QString& token, const QDateTime& at,
                                          const QByteArray& secret)
{
    const QString time = at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
    const QString signature = PaymentAssistSignature::compute(
        {{u"event_name"_s, eventName}, {u"event_time"_s, time}, {u"token"_s, token}}, secret);
    const QJsonObject body{{u"event_name"_s, eventName},
                           {u"event_data"_s, QJsonObject{{u"token"_s, token}}},
                           {u"event_time"_s, time},
                           {u"signature"_s, signature}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void PaymentAssistWebhooks::onFinalState(const QString& token, const QString& status)
{
    const PaApplication* app = m_state.application(token);
    if (!app || app->webhookUrl.isEmpty())
        return;
    const PaAccount* account = m_state.account(app->apiKey);
    if (!account)
        return;
    Delivery d;
    d.token = token;
    d.eventName = u"application."_s + status;
    d.url = app->webhookUrl;
    d.body = payload(d.eventName, token, app->finishedAt.isValid() ? app->finishedAt : m_state.clock().now(),
                     account->secret.toUtf8());
    const int id = m_nextId++;
    m_deliveries.insert(id, d);
    // Sent from the event loop, never inside the request that made the state change.
    QTimer::singleShot(0, this, [this, id] { attempt(id); });
}

void PaymentAssistWebhooks::attempt(int id)
{
    auto it = m_deliveries.find(id);
    if (it == m_deliveries.end() || it->delivered || it->gaveUp)
        return;
    Delivery& d = it.value();
    d.attempts += 1;
    QNetworkRequest request{QUrl(d.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("User-Agent", "PaymentAssist-Webhooks/sandbox");
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
        if (d.lastStatus == 200) {
            d.delivered = true;
            qCInfo(lcSandbox).noquote() << "paymentassist webhook" << d.eventName << "for" << d.token.left(8)
                                        << "delivered, attempt" << d.attempts;
            Q_EMIT delivered(d.token, d.eventName, d.attempts);
            return;
        }
        qCInfo(lcSandbox).noquote() << "paymentassist webhook" << d.eventName << "for" << d.token.left(8)
                                    << "attempt" << d.attempts << "failed: HTTP" << d.lastStatus;
        Q_EMIT attemptFailed(d.token, d.eventName, d.attempts, d.lastStatus);
        if (d.attempts >= m_policy.maxAttempts) {
            d.gaveUp = true;
            Q_EMIT gaveUp(d.token, d.eventName, d.attempts);
            return;
        }
        if (!m_running && m_sandbox.isRunning() == false)
            return;
        QTimer::singleShot(m_policy.delayBeforeAttempt(d.attempts + 1, m_random), this,
                           [this, id] { attempt(id); });
    });
}

} // namespace paydesk::sandbox
