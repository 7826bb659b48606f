#include "ProviderSiteTester.h"

#include "api/ApiError.h"
#include "api/HttpClient.h"
#include "providers/ProviderAction.h"
#include "providers/democrance/DemocranceClient.h"
#include "providers/mykaarma/MyKaarmaClient.h"
#include "providers/paymentassist/PaymentAssistClient.h"

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

constexpr int kTestTimeoutMs = 15000;

using Done = std::function<void(bool ok, const QString& message)>;

QString describe(const ApiError& e, const ProviderSite& site)
{
    const QString who = ProviderSite::providerName(site.provider);
    const QString host = site.baseUrl.host();
    const QString detail = e.detail.isEmpty() ? QString() : u" (%1)"_s.arg(e.detail);
    switch (e.kind) {
    case ApiError::Kind::Network:
        return ProviderSiteTester::tr(
                   "Unreachable: PayDesk cannot reach %1. Check the address and the network%2.")
            .arg(host, detail);
    case ApiError::Kind::Tls:
        return ProviderSiteTester::tr(
                   "TLS: the secure connection to %1 was refused%2. If your company uses its own "
                   "certificate authority, choose its CA file on the Connection tab.")
            .arg(host, detail);
    case ApiError::Kind::Auth:
        return ProviderSiteTester::tr("Bad credentials: %1 refused them (%2).").arg(who, e.message);
    case ApiError::Kind::Parse:
        return ProviderSiteTester::tr("%1 answered, but not like the %2 API. Check the address.")
            .arg(host, who);
    case ApiError::Kind::Http:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Refused:
        if (e.httpStatus == 401 || e.httpStatus == 403)
            return ProviderSiteTester::tr("Bad credentials: %1 refused them (%2).").arg(who, e.message);
        return ProviderSiteTester::tr("%1 answered with an error: %2").arg(who, e.message);
    case ApiError::Kind::Cancelled:
        break;
    }
    return ProviderSiteTester::tr("The test was cancelled.");
}

/// One test on the worker thread: its transport and client, deleted when it has answered.
class Probe : public QObject
{
public:
    Probe(const HttpClient::Options& options, QObject* parent)
        : QObject(parent)
        , http(options, Scheduler::system(), this)
    {
    }

    void run(const ProviderSite& site, const QByteArray& secret, Done done)
    {
        auto finish = [this, site, done](Result<QString, ApiError> r) {
            if (r)
                done(true, *r);
            else
                done(false, describe(r.error(), site));
            deleteLater();
        };
        if (site.provider == ProviderId::paymentAssist()) {
            // GET /account: signed with the key and secret, changes nothing.
            auto* client = new PaymentAssistClient(http, site.baseUrl, site.account, secret, this);
            client->account(this, [site, finish](Result<QJsonObject, ApiError> r) {
                if (!r) {
                    finish(fail(r.error()));
                    return;
                }
                const QString name =
                    r->value(u"display_name"_s).toString(r->value(u"legal_name"_s).toString());
                finish(ProviderSiteTester::tr("Connected: %1 knows this site as “%2”.")
                           .arg(ProviderSite::providerName(site.provider), name));
            });
            return;
        }
        if (site.provider == ProviderId::democrance()) {
            // POST /api/v3/login/: a session is made and dropped with the client.
            auto* client = new DemocranceClient(http, site.baseUrl, site.account, secret, this);
            client->login(this, [site, finish](Result<QJsonObject, ApiError> r) {
                if (!r) {
                    finish(fail(r.error()));
                    return;
                }
                finish(ProviderSiteTester::tr("Connected: %1 accepted the credentials.")
                           .arg(ProviderSite::providerName(site.provider)));
            });
            return;
        }
        if (site.provider == ProviderId::myKaarma()) {
            // One order of the dealer-orders filter: reads only, and needs the dealer's scope.
            MyKaarmaSite mk;
            mk.siteId = site.siteId;
            mk.baseUrl = site.baseUrl;
            mk.username = site.account;
            mk.dealerUuid = site.dealerUuid;
            mk.departmentUuid = site.departmentUuid;
            auto* client = new MyKaarmaClient(http, mk, secret, this);
            MyKaarmaClient::OrderFilter filter;
            filter.pageSize = 1;
            client->dealerOrders(filter, this, [site, finish](Result<QJsonObject, ApiError> r) {
                if (!r) {
                    finish(fail(r.error()));
                    return;
                }
                finish(ProviderSiteTester::tr("Connected: %1 accepted the credentials.")
                           .arg(ProviderSite::providerName(site.provider)));
            });
            return;
        }
        finish(fail(ApiError::parse(u"unknown provider"_s)));
    }

    HttpClient http;
};

} // namespace

ProviderSiteTester::ProviderSiteTester(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"paydesk-site-test"_s);
    m_worker = new ProviderSiteTestWorker;
    m_worker->moveToThread(&m_thread);
    m_there = new ThreadMailbox;
    m_there->moveToThread(&m_thread);
    m_home = new ThreadMailbox(this);
    m_home->relay(m_worker, &ProviderSiteTestWorker::answered,
                  [this](int generation, bool ok, const QString& message) { done(generation, ok, message); });
    m_thread.start();
}

ProviderSiteTester::~ProviderSiteTester()
{
    // The worker and any test still running go on their own thread, before it stops.
    ProviderSiteTestWorker* worker = m_worker;
    m_there->run([worker] { delete worker; });
    m_thread.quit();
    m_thread.wait();
    delete m_there;
}

void ProviderSiteTester::run(const ConnectionProfile& profile, const ProviderSite& site,
                             const QByteArray& secret)
{
    const int generation = ++m_generation;
    m_running = true;
    HttpClient::Options options;
    options.transferTimeoutMs = std::min(profile.transferTimeoutMs, kTestTimeoutMs);
    options.trustedCaCertificates = profile.trustedCaCertificates();
    options.allowPlainHttpToLoopback = profile.localTestPlatform;
    // One attempt: the person is waiting for an answer, not for a retry schedule.
    options.retry.maxAttempts = 1;
    ProviderSiteTestWorker* worker = m_worker;
    m_there->post([worker, options, site, secret, generation] {
        auto* probe = new Probe(options, worker);
        // Back to the tester's thread by the signal, relayed through its mailbox.
        probe->run(site, secret, [worker, generation](bool ok, const QString& message) {
            Q_EMIT worker->answered(generation, ok, message);
        });
    });
}

void ProviderSiteTester::done(int generation, bool ok, const QString& message)
{
    if (generation != m_generation)
        return; // an abandoned run
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace paydesk::ui
