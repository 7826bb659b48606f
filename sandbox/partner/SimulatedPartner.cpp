#include "SimulatedPartner.h"

#include "PartnerRegistry.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "payments/PaymentJson.h"
#include "platform/PlatformState.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Code = PaymentStatus::Code;

constexpr size_t kSeenLimit = 20000;
constexpr int kMaxPolls = 40;
constexpr int kMaxRetries = 5;

HttpResponse auth0Error(int status, const QString& error, const QString& description)
{
    return HttpResponse::json(QJsonObject{{QLatin1StringView("error"), error},
                                          {QLatin1StringView("error_description"), description}},
                              status);
}

} // namespace

SimulatedPartner::SimulatedPartner(Sandbox& sandbox, PartnerRegistry& registry, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_registry(registry)
    , m_nam(new QNetworkAccessManager(this))
    , m_scenario(PartnerScenario::fromName(sandbox.options().scenario))
    , m_random(sandbox.options().randomSeed ^ 0x9a27e5u)
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_clientSecret = QStringLiteral("sim_") + randomToken(18);
    sandbox.http().addRoute(Method::Post, QStringLiteral("/partner/oauth/token"),
                            RouteOptions{QStringLiteral("partner.token"), RouteAuth::None, false, true},
                            [this](HttpRequest& r) { return handleToken(r); });
    sandbox.http().addRoute(Method::Post, QStringLiteral("/partner/webhook"),
                            RouteOptions{QStringLiteral("partner.webhook"), RouteAuth::None, false, true},
                            [this](HttpRequest& r) { return handleWebhook(r); });
}

SimulatedPartner::~SimulatedPartner() = default;

QString SimulatedPartner::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int SimulatedPartner::scaled(int ms) const
{
    return std::max(1, int(std::lround(double(ms) * m_timeScale)));
}

void SimulatedPartner::start()
{
    m_running = true;
    if (m_scenario == PartnerScenario::Kind::Off)
        return;
    if (m_partnerId.isEmpty()) {
        PartnerConfig c;
        c.webhookUrl = m_sandbox.baseUrl().toString() + QStringLiteral("/partner/webhook");
        c.authUrl = m_sandbox.baseUrl().toString() + QStringLiteral("/partner/oauth/token");
        c.clientId = m_clientId;
        c.clientSecret = m_clientSecret;
        c.audience = m_audience;
        auto added = m_registry.add(c, true);
        if (added)
            m_partnerId = added->id;
        else
            qCWarning(lcSandboxPartner) << "simulated partner not registered:" << added.error();
    }
    if (m_scenario == PartnerScenario::Kind::Lively)
        pickUpOpenPayments();
}

void SimulatedPartner::stop()
{
    m_running = false;
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

// --- its own endpoints ---------------------------------------------------------------------

HttpResponse SimulatedPartner::handleToken(const HttpRequest& r)
{
    // Auth0 accepts JSON and form bodies alike.
    QString grant, id, secret, audience;
    const QByteArray type = r.header("Content-Type");
    if (type.contains("application/x-www-form-urlencoded")) {
        QByteArray body = r.body();
        body.replace('+', "%20");
        const QUrlQuery form(QString::fromUtf8(body));
        grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        audience = form.queryItemValue(QStringLiteral("audience"), QUrl::FullyDecoded);
    } else {
        auto json = r.jsonObject();
        if (!json)
            return auth0Error(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The body must be JSON."));
        grant = json->value(QLatin1StringView("grant_type")).toString();
        id = json->value(QLatin1StringView("client_id")).toString();
        secret = json->value(QLatin1StringView("client_secret")).toString();
        audience = json->value(QLatin1StringView("audience")).toString();
    }
    if (grant != u"client_credentials")
        return auth0Error(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Only client_credentials is supported."));
    if (id != m_clientId || secret != m_clientSecret)
        return auth0Error(401, QStringLiteral("access_denied"), QStringLiteral("Unauthorized"));
    if (audience != m_audience)
        return auth0Error(401, QStringLiteral("access_denied"),
                          QStringLiteral("Service not found: %1").arg(audience.left(200)));
    const QString token = randomToken(32);
    const qint64 now = m_sandbox.clock().monotonicMs();
    // Drop expired tokens now and then so a long demo does not grow the table.
    for (auto it = m_issued.begin(); it != m_issued.end();)
        it = it.value() <= now ? m_issued.erase(it) : std::next(it);
    m_issued.insert(token, now + qint64(m_tokenLifetimeS) * 1000);
    ++m_tokensIssued;
    return HttpResponse::json(QJsonObject{{QLatin1StringView("access_token"), token},
                                          {QLatin1StringView("token_type"), QStringLiteral("Bearer")},
                                          {QLatin1StringView("expires_in"), m_tokenLifetimeS}});
}

HttpResponse SimulatedPartner::handleWebhook(const HttpRequest& r)
{
    const QString token = r.bearerToken();
    const auto issued = m_issued.constFind(token);
    if (token.isEmpty() || issued == m_issued.cend() || issued.value() <= m_sandbox.clock().monotonicMs()) {
        ++m_unauthorized;
        qCInfo(lcSandboxPartner) << "simulated partner: webhook without a valid token refused";
        HttpResponse refused = auth0Error(401, QStringLiteral("invalid_token"),
                                          QStringLiteral("A valid bearer token is required."));
        refused.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return refused;
    }
    auto json = r.jsonObject();
    if (!json)
        return json.error();
    auto event = CloudEvent::fromJson(json.value());
    if (!event)
        return HttpResponse::errors(400, {{QStringLiteral("event"), event.error()}});
    const QString key = event->dedupeKey();
    if (m_seen.contains(key)) {
        ++m_duplicates;
        return HttpResponse::noContent();
    }
    m_seen.insert(key);
    m_seenOrder.push_back(key);
    while (m_seenOrder.size() > kSeenLimit) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    ++m_eventsReceived;
    qCInfo(lcSandboxPartner) << "simulated partner received" << event->type << event->id << event->subject;
    Q_EMIT eventReceived(event->type, event->id, event->subject);
    // Answer first (204), work afterwards: the platform's delivery must not wait on us.
    const CloudEvent e = event.value();
    QTimer::singleShot(0, this, [this, e]() { onEvent(e); });
    return HttpResponse::noContent();
}

void SimulatedPartner::onEvent(const CloudEvent& event)
{
    if (!m_running)
        return;
    const QJsonObject context = event.data.value(QLatin1StringView("context")).toObject();
    const QString e = context.value(QLatin1StringView("enterpriseId")).toString();
    const QString s = context.value(QLatin1StringView("storeId")).toString();
    if (event.type == CloudEvent::kInitiated) {
        if (!e.isEmpty() && !s.isEmpty() && !event.subject.isEmpty())
            startRun(e, s, event.subject, 600);
    } else if (event.type == CloudEvent::kCancelled) {
        if (m_runs.contains(event.subject))
            finishRun(event.subject, QStringLiteral("cancelled by the dealer"));
    } else if (event.type == CloudEvent::kUpdated) {
        // New customer details: a real partner would re-send its own link; ours just re-reads.
        if (m_runs.contains(event.subject))
            qCDebug(lcSandboxPartner) << "simulated partner: customer details changed for" << event.subject;
    }
}

// --- scripts -------------------------------------------------------------------------------

void SimulatedPartner::startRun(const QString& e, const QString& s, const QString& paymentId,
                                int firstDelayMs)
{
    if (m_runs.contains(paymentId))
        return;
    Run run;
    run.enterpriseId = e;
    run.storeId = s;
    run.paymentId = paymentId;
    run.kind = PartnerScenario::pick(m_scenario, m_random);
    run.steps = PartnerScenario::steps(run.kind, m_random);
    m_runs.insert(paymentId, run);
    qCInfo(lcSandboxPartner) << "simulated partner:" << paymentId << "runs"
                             << PartnerScenario::nameOf(run.kind);
    QTimer::singleShot(scaled(firstDelayMs), this, [this, paymentId]() { fetchDetails(paymentId); });
}

void SimulatedPartner::fetchDetails(const QString& paymentId)
{
    if (!m_running || !m_runs.contains(paymentId))
        return;
    const Run& run = m_runs[paymentId];
    const QString path =
        u'/' + run.enterpriseId + u'/' + run.storeId + QStringLiteral("/v1/payments/") + paymentId;
    callPlatform(
        "GET", path, {}, {}, [this, paymentId](int status, const QByteArray& body, const QString& error) {
            auto it = m_runs.find(paymentId);
            if (it == m_runs.end())
                return;
            if (status != 200) {
                if ((status == 0 || status == 429 || status >= 500) && it->retries++ < kMaxRetries) {
                    QTimer::singleShot(scaled(1000) * it->retries, this,
                                       [this, paymentId]() { fetchDetails(paymentId); });
                    return;
                }
                finishRun(paymentId, QStringLiteral("payment details not available: %1").arg(error));
                return;
            }
            it->retries = 0;
            auto payment = PaymentJson::paymentFromJson(QJsonDocument::fromJson(body).object());
            if (!payment) {
                finishRun(paymentId,
                          QStringLiteral("payment details unreadable: %1").arg(payment.error().message));
                return;
            }
            it->payment = payment.value();
            const PaymentStatus current = it->payment.status;
            if (!current.isOpen()) {
                finishRun(paymentId, QStringLiteral("already %1").arg(current.toString()));
                return;
            }
            // The platform notifies the customer first; wait for that before acting for them.
            if (current.code() == Code::Initiated && it->polls++ < kMaxPolls) {
                QTimer::singleShot(scaled(500), this, [this, paymentId]() { fetchDetails(paymentId); });
                return;
            }
            // Picked up mid-way (a restart, a demo's seeded requests): skip what already happened.
            while (it->next < it->steps.size()) {
                const PaymentStatus step = it->steps.at(it->next).status;
                if (step != current && current.canTransitionTo(step))
                    break;
                ++it->next;
            }
            scheduleNextStep(paymentId);
        });
}

void SimulatedPartner::scheduleNextStep(const QString& paymentId)
{
    auto it = m_runs.find(paymentId);
    if (it == m_runs.end())
        return;
    if (it->next >= it->steps.size()) {
        finishRun(paymentId, QString());
        return;
    }
    it->stepKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    it->retries = 0;
    QTimer::singleShot(scaled(it->steps.at(it->next).delayMs), this,
                       [this, paymentId]() { sendStep(paymentId); });
}

void SimulatedPartner::sendStep(const QString& paymentId)
{
    if (!m_running)
        return;
    auto it = m_runs.find(paymentId);
    if (it == m_runs.end())
        return;
    const PartnerScenario::Step step = it->steps.at(it->next);
    QJsonObject body{{QLatin1StringView("status"), step.status.toString()}};
    if (step.status.code() == Code::Failed)
        body.insert(QLatin1StringView("failureReason"), step.failureReason);
    if (step.status.code() == Code::Paid) {
        static const QStringList kLast4{QStringLiteral("4242"), QStringLiteral("1881"),
                                        QStringLiteral("0005"), QStringLiteral("4444")};
        static const QStringList kBrands{QStringLiteral("VISA"), QStringLiteral("VISA"),
                                         QStringLiteral("MASTERCARD"), QStringLiteral("MASTERCARD")};
        const int card = int(m_random.bounded(4));
        body.insert(QLatin1StringView("amountPaid"), PaymentJson::moneyToJson(it->payment.amount));
        body.insert(QLatin1StringView("transactionReference"),
                    QStringLiteral("SIM-%1").arg(it->paymentId.left(8).toUpper()));
        body.insert(QLatin1StringView("card"), QJsonObject{{QLatin1StringView("brand"), kBrands.at(card)},
                                                           {QLatin1StringView("last4"), kLast4.at(card)}});
    }
    // A declined attempt's timeline note is its reason (the platform takes failureReason when no
    // note comes), as a real partner's would be; other steps say which script moved them.
    if (step.status.code() != Code::Failed)
        body.insert(QLatin1StringView("note"),
                    QStringLiteral("Simulated partner (%1)").arg(PartnerScenario::nameOf(it->kind)));
    const QString path = u'/' + it->enterpriseId + u'/' + it->storeId + QStringLiteral("/v1/payments/") +
                         paymentId + QStringLiteral("/status");
    callPlatform("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), it->stepKey,
                 [this, paymentId](int status, const QByteArray&, const QString& error) {
                     auto run = m_runs.find(paymentId);
                     if (run == m_runs.end())
                         return;
                     if (status >= 200 && status <= 299) {
                         qCInfo(lcSandboxPartner) << "simulated partner:" << paymentId << "→"
                                                  << run->steps.at(run->next).status.toString();
                         run->payment.status = run->steps.at(run->next).status;
                         ++run->next;
                         scheduleNextStep(paymentId);
                         return;
                     }
                     if ((status == 0 || status == 409 || status == 429 || status >= 500) &&
                         run->retries++ < kMaxRetries) {
                         // 409 may be our own key still in flight; the same key makes the retry safe.
                         if (status != 409 || error.contains(u"IDEMPOTENCY_KEY_IN_USE")) {
                             QTimer::singleShot(scaled(800) * run->retries, this,
                                                [this, paymentId]() { sendStep(paymentId); });
                             return;
                         }
                     }
                     // 409 illegal transition (cancelled, expired meanwhile), 4xx: the script ends.
                     finishRun(paymentId, QStringLiteral("status update refused: %1").arg(error));
                 });
}

void SimulatedPartner::finishRun(const QString& paymentId, const QString& why)
{
    auto it = m_runs.find(paymentId);
    if (it == m_runs.end())
        return;
    const QString last = it->payment.status.toString();
    if (why.isEmpty())
        qCInfo(lcSandboxPartner) << "simulated partner:" << paymentId << "script done at" << last;
    else
        qCInfo(lcSandboxPartner) << "simulated partner:" << paymentId << "script stopped:" << why;
    m_runs.erase(it);
    Q_EMIT scriptFinished(paymentId, last);
}

void SimulatedPartner::pickUpOpenPayments()
{
    // A lively demo: requests seeded before the partner "subscribed" get a script too, a few
    // at a time, as if the partner were catching up on events it had missed.
    PlatformState& state = m_sandbox.state();
    int picked = 0;
    for (const StoreInfo& store : state.stores()) {
        PaymentQuery query;
        query.statuses = {PaymentStatus(Code::Notified).toString(), PaymentStatus(Code::Viewed).toString(),
                          PaymentStatus(Code::InProgress).toString()};
        query.limit = 4;
        const FeedPage page = state.feed(store.enterpriseId, store.storeId, query);
        for (const Payment& p : page.payments) {
            startRun(p.enterpriseId, p.storeId, p.paymentId, 3000 + picked * 7000);
            ++picked;
        }
    }
}

// --- the partner's own platform client ---------------------------------------------------------

void SimulatedPartner::withPlatformToken(std::function<void(const Result<QString, QString>&)> callback)
{
    if (!m_platformToken.isEmpty() && m_sandbox.clock().monotonicMs() < m_platformTokenRenewAtMs) {
        callback(m_platformToken);
        return;
    }
    m_platformTokenWaiters.append(std::move(callback));
    if (m_fetchingPlatformToken)
        return;
    m_fetchingPlatformToken = true;
    QNetworkRequest request{
        QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/oauth/client_credential/accesstoken"))};
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(10000);
    const QByteArray form =
        "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_sandbox.partnerClientId()) +
        "&client_secret=" + QUrl::toPercentEncoding(m_sandbox.partnerClientSecret());
    QNetworkReply* reply = m_nam->post(request, form);
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        m_fetchingPlatformToken = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // An aborted reply (stop()) is closed: nothing to read.
        const QJsonObject json =
            reply->isOpen() ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
        Result<QString, QString> result = fail(QStringLiteral("platform token: HTTP %1").arg(status));
        const QString token = json.value(QLatin1StringView("access_token")).toString();
        if (status == 200 && !token.isEmpty()) {
            // Apigee sends expires_in as a string; renew at three quarters of the lifetime.
            const QJsonValue expires = json.value(QLatin1StringView("expires_in"));
            const qint64 lifetimeS =
                expires.isString() ? expires.toString().toLongLong() : expires.toInteger();
            m_platformToken = token;
            m_platformTokenRenewAtMs = m_sandbox.clock().monotonicMs() + std::max<qint64>(1, lifetimeS) * 750;
            result = token;
        }
        const auto waiters = std::exchange(m_platformTokenWaiters, {});
        for (const auto& w : waiters)
            w(result);
    });
}

void SimulatedPartner::callPlatform(const QByteArray& method, const QString& path, const QByteArray& body,
                                    const QString& idempotencyKey, PlatformReply callback, bool renewed)
{
    withPlatformToken([=, this](const Result<QString, QString>& token) {
        if (!m_running)
            return;
        if (!token) {
            callback(0, {}, token.error());
            return;
        }
        QNetworkRequest request{QUrl(m_sandbox.baseUrl().toString() + path)};
        request.setRawHeader("Authorization", "Bearer " + token.value().toUtf8());
        request.setTransferTimeout(10000);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
        QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
        connect(reply, &QNetworkReply::finished, this, [=, this]() {
            reply->deleteLater();
            if (!m_running)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
            if (status == 401 && !renewed) {
                // The token expired or was revoked: exactly one renewal, then one retry.
                m_platformToken.clear();
                callPlatform(method, path, body, idempotencyKey, callback, true);
                return;
            }
            const QString error =
                status == 0 ? reply->errorString()
                            : QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(data.left(300)));
            callback(status, data, error);
        });
    });
}

} // namespace paydesk::sandbox
