#include "DemocranceDemo.h"

#include "DemocranceApi.h"
#include "DemocranceState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "faults/FaultInjector.h"
#include "http/HttpServer.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Status = DemPayment::Status;

const char* const kFirst[] = {"Ahmed",  "Fatima", "Omar",  "Aisha", "James",  "Priya", "Yousef", "Mariam",
                              "Daniel", "Layla",  "Rahul", "Sara",  "Khalid", "Emma",  "Hassan", "Noor"};
const char* const kLast[] = {"Al Mansoori", "Khan",      "Haddad",  "Smith", "Nair",  "Al Suwaidi",
                             "Rahman",      "Fernandes", "Qureshi", "Brown", "Saleh", "Patel",
                             "Al Ali",      "Thomas",    "Aziz",    "Wilson"};
struct Vehicle
{
    const char* make;
    const char* model;
};
const Vehicle kVehicles[] = {{"Toyota", "Land Cruiser"}, {"Nissan", "Patrol"}, {"Lexus", "LX 600"},
                             {"Mitsubishi", "Pajero"},   {"Kia", "Sportage"},  {"Hyundai", "Tucson"},
                             {"Ford", "Explorer"},       {"Toyota", "Camry"},  {"Mercedes-Benz", "GLE"}};
struct Product
{
    const char* slug;
    const char* name;
    qint64 minPremium; ///< fils
    qint64 spread;
    int years;
};
const Product kProducts[] = {
    {"gap-insurance", "GAP Insurance", 125000, 225000, 3},
    {"extended-warranty", "Extended Warranty", 200000, 400000, 2},
    {"paint-protection", "Paint Protection", 80000, 70000, 5},
};

} // namespace

DemocranceDemo::DemocranceDemo(Sandbox& sandbox, DemocranceState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
    , m_nam(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_random(sandbox.options().randomSeed ^ 0xde77u)
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &DemocranceDemo::tick);
    sandbox.http().addRoute(QHttpServerRequest::Method::Get, u"/admin/democrance/policies"_s,
                            RouteOptions{u"admin.democrance.policies"_s, RouteAuth::Admin, false, false},
                            [this](HttpRequest&) { return list(); });
    sandbox.http().addRoute(QHttpServerRequest::Method::Post, u"/admin/democrance/recheck"_s,
                            RouteOptions{u"admin.democrance.recheck"_s, RouteAuth::Admin, false, false},
                            [this](HttpRequest&) {
                                const int found = m_state.recheck();
                                return HttpResponse::json(QJsonObject{{u"found"_s, found}});
                            });
}

DemocranceDemo::~DemocranceDemo() = default;

void DemocranceDemo::start()
{
    const SandboxOptions& o = m_sandbox.options();
    if (!m_seeded && o.seedCount > 0 && m_state.policyCount() == 0)
        seed(m_state, std::clamp(o.seedCount / 16, 14, 1000), o.randomSeed);
    m_seeded = true;
    // Payments already there are the seeded ones: the driver leaves them as they are.
    for (const DemPayment& p : m_state.payments())
        m_driven.insert(p.token);
    if (o.scenario == u"demo"_s)
        m_timer->start();
}

void DemocranceDemo::stop()
{
    m_timer->stop();
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

void DemocranceDemo::setPace(int tickMs, int payAfterSeconds)
{
    m_timer->setInterval(std::max(1, tickMs));
    m_payAfterSeconds = std::max(0, payAfterSeconds);
}

void DemocranceDemo::seed(DemocranceState& state, int perDealer, quint32 randomSeed)
{
    QRandomGenerator random(randomSeed ^ 0xd3a1u);
    const QDateTime now = state.clock().now().toUTC();
    // Every status in the first fourteen of each dealer; the rest follow the same cycle.
    const char* const cycle[] = {
        "S_NEW",    "S_QUOTED", "S_PENDING_APPROVAL", "S_ACTIVE", "S_CANCELLATION_REQUESTED", "S_CANCELLED",
        "S_ENDED",  "S_QUOTED", "S_ACTIVE",           "S_NEW",    "S_PENDING_APPROVAL",       "S_ACTIVE",
        "S_QUOTED", "S_ACTIVE"};
    const int cycleSize = int(std::size(cycle));
    int total = 0;
    for (const DemDealer& dealer : state.dealers()) {
        for (int i = 0; i < perDealer; ++i) {
            DemPolicy p;
            p.dealer = dealer.username;
            p.status = QString::fromLatin1(cycle[i % cycleSize]);
            const Product& product = kProducts[random.bounded(quint32(std::size(kProducts)))];
            p.productSlug = QString::fromLatin1(product.slug);
            p.productName = QString::fromLatin1(product.name);
            // Whole dirhams and a few fils, always integer minor units.
            p.premium = product.minPremium + qint64(random.bounded(quint32(product.spread / 100))) * 100 +
                        (random.bounded(4u) == 0 ? 50 : 0);
            // One quote of each dealer is complimentary: "No payment required" when initiated.
            if (i == 12)
                p.premium = 0;
            p.firstName = QString::fromUtf8(kFirst[random.bounded(quint32(std::size(kFirst)))]);
            p.lastName = QString::fromUtf8(kLast[random.bounded(quint32(std::size(kLast)))]);
            p.email = u"%1.%2@example.com"_s.arg(p.firstName.toLower(), p.lastName.toLower().remove(u' '));
            p.mobile = u"+97150%1"_s.arg(1000000 + random.bounded(8999999u));
            const Vehicle& v = kVehicles[random.bounded(quint32(std::size(kVehicles)))];
            p.make = QString::fromLatin1(v.make);
            p.model = QString::fromLatin1(v.model);
            p.registration =
                u"Dubai %1 %2"_s.arg(QChar(u'A' + random.bounded(26u))).arg(10000 + random.bounded(89999u));
            const bool open = p.status == u"S_NEW"_s || p.status == u"S_QUOTED"_s;
            const bool awaiting = open || p.status == u"S_PENDING_APPROVAL"_s;
            // Policies still awaiting payment are recent, as at a dealership's sales desk: a few
            // quoted in the last minutes, a good share today, the rest over the last three days;
            // the settled ones up to two months old. Their times interleave with the other
            // providers' activity on a dashboard sorted by the last change.
            qint64 ageSeconds = 0;
            if (awaiting) {
                const quint32 recency = random.bounded(100u);
                ageSeconds = recency < 8    ? 45 + qint64(random.bounded(555u))
                             : recency < 20 ? 600 + qint64(random.bounded(3000u))
                             : recency < 55 ? 3600 + qint64(random.bounded(20u * 3600u))
                                            : 86400 + qint64(random.bounded(2u * 86400u));
            } else {
                ageSeconds = 3600 + qint64(random.bounded(60u * 86400u));
            }
            p.created = now.addSecs(-ageSeconds);
            p.startDate = p.created.date();
            p.endDate = p.startDate.addYears(product.years).addDays(-1);
            if (p.status == u"S_ENDED"_s) {
                p.startDate = p.created.date().addYears(-product.years);
                p.endDate = p.created.date().addDays(-1);
            }
            // Its last change: a quote is as it was made; one pending approval was sent for it up
            // to two minutes later (its invoiced payment, when it has one); a paid one was
            // activated when its payment was recorded, later cancelled or ended ones some time after.
            if (open)
                p.modified = p.created;
            else if (awaiting)
                p.modified = p.created.addSecs(std::min<qint64>(120, ageSeconds / 2));
            else if (p.status == u"S_ACTIVE"_s)
                p.modified = p.created.addSecs(120 + 242);
            else
                p.modified = p.created.addSecs(600 + random.bounded(7200u));
            p.modified = std::min(p.modified, now);
            const QString number = state.insertPolicy(p);
            ++total;

            // The payments that brought them where they are.
            DemPayment pay;
            pay.policyNumber = number;
            pay.dealer = dealer.username;
            pay.amount = p.premium;
            pay.currency = p.currency.isEmpty() ? dealer.currency : p.currency;
            pay.created = awaiting && !open ? p.modified : std::min(p.created.addSecs(120), now);
            pay.expiresAt = pay.created.addSecs(86400);
            const bool paid = p.status == u"S_ACTIVE"_s || p.status == u"S_CANCELLATION_REQUESTED"_s ||
                              p.status == u"S_CANCELLED"_s || p.status == u"S_ENDED"_s;
            if (paid) {
                pay.gateway = dealer.cardGateways.value(0);
                pay.action = u"Payment required"_s;
                pay.status = Status::Paid;
                pay.gatewayResult = DemPayment::GatewayResult::Captured;
                pay.gatewayResultAt = std::min(pay.created.addSecs(240), now);
                pay.finishedAt = std::min(pay.gatewayResultAt.addSecs(2), now);
                pay.cardBrand = u"Visa"_s;
                pay.cardLast4 = u"1111"_s;
                state.insertSeededPayment(pay);
            } else if (p.status == u"S_PENDING_APPROVAL"_s &&
                       dealer.invoiceProducts.contains(p.productSlug)) {
                pay.gateway = u"invoice"_s;
                pay.action = u"Payment to be invoiced"_s;
                pay.status = Status::Invoiced;
                pay.finishedAt = pay.created;
                state.insertSeededPayment(pay);
            } else if (p.status == u"S_QUOTED"_s && i % cycleSize == 7) {
                // A quote whose first card payment was declined.
                pay.gateway = dealer.cardGateways.value(0);
                pay.action = u"Payment required"_s;
                pay.status = Status::Failed;
                pay.gatewayResult = DemPayment::GatewayResult::Declined;
                pay.gatewayResultAt = std::min(pay.created.addSecs(200), now);
                pay.finishedAt = std::min(pay.gatewayResultAt.addSecs(2), now);
                state.insertSeededPayment(pay);
            }
        }
    }
    qCInfo(lcSandbox) << "democrance: seeded" << total << "policies";
}

void DemocranceDemo::tick()
{
    ++m_ticks;
    const QDateTime now = m_state.clock().now();
    // Customers pay the card payments initiated through the API.
    for (const DemPayment& p : m_state.payments()) {
        if (m_driven.contains(p.token) || p.status != Status::Pending ||
            p.gatewayResult != DemPayment::GatewayResult::None || p.created.secsTo(now) < m_payAfterSeconds)
            continue;
        m_driven.insert(p.token);
        // About one in ten is left alone (it expires, or the dealer sends it again).
        if (m_random.bounded(10u) == 0)
            continue;
        pay(p.token, m_random.bounded(6u) == 0, m_random.bounded(8u) == 0);
    }
    // Now and then: a quote bought through the customer's own checkout, an invoice settled, a
    // new policy sold.
    const quint32 roll = m_random.bounded(20u);
    const QList<DemDealer> dealers = m_state.dealers();
    if (dealers.isEmpty())
        return;
    const DemDealer& dealer = dealers.at(int(m_random.bounded(quint32(dealers.size()))));
    if (roll == 0) {
        for (const DemPolicy& p : m_state.policies(dealer.username, {u"S_QUOTED"_s})) {
            if (p.premium == 0 || !p.lastPayment.isEmpty())
                continue;
            auto started =
                m_state.initiate(dealer.username, p.policyNumber, dealer.cardGateways.value(0), {});
            if (started)
                m_driven.remove(started->payment.token);
            break;
        }
    } else if (roll == 1) {
        for (const DemPayment& p : m_state.payments()) {
            if (p.status == Status::Invoiced && p.dealer == dealer.username) {
                // A tick that cannot settle it (already settled by an admin call) tries again later.
                (void)m_state.settleInvoice(p.token);
                break;
            }
        }
    } else if (roll == 2) {
        const QList<DemPolicy> all = m_state.policies(dealer.username);
        if (!all.isEmpty()) {
            DemPolicy p = all.at(int(m_random.bounded(quint32(all.size()))));
            p.policyNumber.clear();
            p.status = u"S_NEW"_s;
            p.lastPayment.clear();
            p.created = QDateTime();
            p.modified = QDateTime();
            p.startDate = now.date();
            p.endDate = p.startDate.addYears(3).addDays(-1);
            m_state.insertPolicy(p);
        }
    }
}

void DemocranceDemo::pay(const QString& token, bool declines, bool loseReturn)
{
    const QString page = m_sandbox.baseUrl().toString() + DemocranceApi::basePath() + u"/gateway/"_s + token;
    auto request = [this](const QString& url) {
        QNetworkRequest r{QUrl(url)};
        r.setTransferTimeout(10000);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (!m_sandbox.caCertificate().isNull()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificate(m_sandbox.caCertificate());
            r.setSslConfiguration(ssl);
        }
        return r;
    };
    // The customer opens the gateway page, types a card and pays (or is declined)…
    QNetworkReply* opened = m_nam->get(request(page));
    connect(opened, &QNetworkReply::finished, this, [this, opened, page, declines, loseReturn, request] {
        opened->deleteLater();
        const QByteArray card = declines ? "4000+0000+0000+0002" : "4111+1111+1111+1111";
        QNetworkReply* paid = m_nam->post(request(page + u"/pay"_s), "card_number=" + card);
        connect(paid, &QNetworkReply::finished, this, [this, paid, loseReturn, request] {
            paid->deleteLater();
            // …and the browser follows the gateway's redirect to /process/, unless that return
            // is lost (closed tab, dropped connection): then only the re-check finds the payment.
            const QUrl next = paid->url().resolved(QUrl(QString::fromUtf8(paid->rawHeader("Location"))));
            if (loseReturn || !next.path().contains(u"/payment/process"_s))
                return;
            QNetworkReply* back = m_nam->get(request(next.toString()));
            connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
        });
    });
}

HttpResponse DemocranceDemo::list() const
{
    QJsonArray out;
    QHash<QString, DemPayment> payments;
    for (const DemPayment& pay : m_state.payments())
        payments.insert(pay.token, pay);
    for (const DemDealer& d : m_state.dealers()) {
        for (const DemPolicy& p : m_state.policies(d.username)) {
            QJsonObject o{
                {u"dealer"_s, d.username},
                {u"policy_number"_s, p.policyNumber},
                {u"status"_s, p.status},
                {u"product"_s, p.productSlug},
                {u"premium"_s, DemocranceApi::decimal(p.premium)},
                {u"currency"_s, p.currency},
            };
            if (auto it = payments.constFind(p.lastPayment); it != payments.cend()) {
                o.insert(u"payment_token"_s, it->token);
                o.insert(u"payment_reference"_s, it->reference);
                o.insert(u"payment_status"_s, DemPayment::statusName(it->status));
            }
            out.append(o);
        }
    }
    return HttpResponse::json(QJsonObject{{u"policies"_s, out}});
}

} // namespace paydesk::sandbox
