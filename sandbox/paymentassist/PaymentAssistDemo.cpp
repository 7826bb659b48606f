#include "PaymentAssistDemo.h"

#include "PaymentAssistApi.h"
#include "PaymentAssistState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
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

using Status = PaApplication::Status;

const char* const kFirst[] = {"Amelia", "Oliver", "Isla",  "George", "Ava",  "Noah",  "Mia",    "Arthur",
                              "Grace",  "Leo",    "Freya", "Oscar",  "Ella", "Harry", "Sophie", "Jack"};
const char* const kLast[] = {"Smith",  "Jones",  "Taylor", "Brown",  "Williams", "Wilson", "Evans", "Thomas",
                             "Walker", "Wright", "Hughes", "Clarke", "Patel",    "Khan",   "Lewis", "Hall"};
const char* const kWork[] = {"Timing belt and water pump", "Clutch replacement",
                             "Four tyres and alignment",   "Major service and MOT",
                             "Brake discs and pads",       "Gearbox repair",
                             "Air conditioning regas",     "Turbocharger replacement"};
const char* const kStreets[] = {"High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane"};
const char* const kPostcodes[] = {"BS1 4DJ", "M1 2AB", "LS1 5QS", "B2 4QA", "NE1 7RU", "CF10 1EP"};

} // namespace

PaymentAssistDemo::PaymentAssistDemo(Sandbox& sandbox, PaymentAssistState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
    , m_nam(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_random(sandbox.options().randomSeed ^ 0xde70u)
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &PaymentAssistDemo::tick);
    sandbox.http().addRoute(
        QHttpServerRequest::Method::Get, u"/admin/paymentassist/applications"_s,
        RouteOptions{u"admin.paymentassist.applications"_s, RouteAuth::Admin, false, false},
        [this](HttpRequest&) { return list(); });
}

PaymentAssistDemo::~PaymentAssistDemo() = default;

void PaymentAssistDemo::start()
{
    const SandboxOptions& o = m_sandbox.options();
    if (!m_seeded && o.seedCount > 0 && m_state.applicationCount() == 0)
        seed(m_state, std::clamp(o.seedCount / 8, 14, 2000), o.randomSeed);
    m_seeded = true;
    // Applications already there are the seeded ones: the demo driver leaves them as they are.
    for (const PaApplication& a : m_state.applications())
        m_seen.insert(a.token);
    if (o.scenario == u"demo"_s)
        m_timer->start();
}

void PaymentAssistDemo::setPace(int tickMs, int openAfterSeconds, int thinkMs)
{
    m_timer->setInterval(std::max(1, tickMs));
    m_openAfterSeconds = std::max(0, openAfterSeconds);
    m_thinkMs = std::max(0, thinkMs);
}

void PaymentAssistDemo::stop()
{
    m_timer->stop();
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

void PaymentAssistDemo::seed(PaymentAssistState& state, int count, quint32 randomSeed)
{
    QRandomGenerator random(randomSeed ^ 0x5eedu);
    QStringList keys;
    for (const PaAccount& a : state.accounts()) {
        if (a.secret.startsWith(u"demo_"_s))
            keys << a.apiKey;
    }
    std::sort(keys.begin(), keys.end());
    if (keys.isEmpty())
        return;
    const QDateTime now = state.clock().now().toUTC();
    // Every state, the completed ones split between invoice uploaded and outstanding.
    const Status cycle[] = {Status::Completed, Status::Pending,   Status::Completed, Status::InProgress,
                            Status::Failed,    Status::Completed, Status::Expired,   Status::PendingCapture,
                            Status::Completed, Status::Pending,   Status::Failed,    Status::Completed,
                            Status::Expired,   Status::InProgress};
    const int cycleSize = int(std::size(cycle));
    // After the first round the states come as a month of a dealer's finance applications does:
    // mostly finished, a few still with the customer, none left unopened (an application nobody
    // opened is a recent one; the first round has those).
    const Status later[] = {Status::Completed, Status::InProgress, Status::Completed, Status::Failed,
                            Status::Completed, Status::Expired,    Status::Completed, Status::PendingCapture,
                            Status::Completed, Status::Failed,     Status::Completed, Status::Expired,
                            Status::Completed, Status::Completed};
    static_assert(std::size(later) == std::size(cycle));
    for (int i = 0; i < count; ++i) {
        PaApplication a;
        a.apiKey = i < cycleSize ? keys.first() : keys.at(int(random.bounded(quint32(keys.size()))));
        const PaAccount* account = state.account(a.apiKey);
        a.status = i < cycleSize ? cycle[i] : later[i % cycleSize];
        a.orderId = u"RO-%1"_s.arg(40000 + i * 7 + int(random.bounded(7u)));
        a.fName = QString::fromLatin1(kFirst[random.bounded(quint32(std::size(kFirst)))]);
        a.sName = QString::fromLatin1(kLast[random.bounded(quint32(std::size(kLast)))]);
        a.addr1 = u"%1 %2"_s.arg(1 + random.bounded(120u))
                      .arg(QString::fromLatin1(kStreets[random.bounded(quint32(std::size(kStreets)))]));
        a.postcode = QString::fromLatin1(kPostcodes[random.bounded(quint32(std::size(kPostcodes)))]);
        a.email = u"%1.%2@example.com"_s.arg(a.fName.toLower(), a.sName.toLower());
        a.telephone = u"07700 900%1"_s.arg(100 + random.bounded(899u));
        a.description = QString::fromLatin1(kWork[random.bounded(quint32(std::size(kWork)))]);
        a.regNo = u"%1%2%3 %4"_s.arg(QChar(u'A' + random.bounded(26u)))
                      .arg(QChar(u'A' + random.bounded(26u)))
                      .arg(10 + random.bounded(80u))
                      .arg(u"XYZ"_s);
        a.amount = 25000 + qint64(random.bounded(250u)) * 1000 + qint64(random.bounded(100u));
        a.planId = account ? account->defaultPlanId : 1;
        if (account && account->planIds.contains(6) && a.amount > 300000)
            a.planId = 6;
        a.amount = std::min<qint64>(a.amount, 300000);
        a.requiresInvoice = account ? account->requiresInvoice : true;
        a.autoCapture = a.status != Status::PendingCapture;
        const bool open = a.status == Status::Pending || a.status == Status::InProgress ||
                          a.status == Status::PendingCapture;
        // Open ones are recent (still within their 24 h), final ones up to 30 days old.
        const qint64 ageSeconds =
            open ? qint64(random.bounded(6u * 3600u)) + 300 : qint64(random.bounded(30u * 86400u)) + 86400;
        a.createdAt = now.addSecs(-ageSeconds);
        a.expiresAt = a.createdAt.addSecs(86400);
        if (a.status != Status::Pending)
            a.lastAccessedAt = std::min(a.createdAt.addSecs(60 + random.bounded(1800u)), now);
        if (a.status == Status::Expired) {
            a.lastAccessedAt = QDateTime();
            a.finishedAt = a.expiresAt;
        } else if (!open) {
            a.finishedAt = a.lastAccessedAt.addSecs(120 + random.bounded(600u));
        }
        if (a.status == Status::Completed) {
            // About half of the completed ones still need their invoice (funds not paid out).
            a.hasInvoice = !a.requiresInvoice || (i / cycleSize) % 2 == 1 || (i % cycleSize) > 5;
            if (a.hasInvoice) {
                a.invoiceType = u"pdf"_s;
                a.invoiceBytes = 20000 + random.bounded(40000u);
            }
        }
        state.insertSeeded(std::move(a));
    }
    qCInfo(lcSandbox) << "paymentassist: seeded" << count << "finance applications";
}

void PaymentAssistDemo::tick()
{
    ++m_ticks;
    const QDateTime now = m_state.clock().now();
    for (const PaApplication& a : m_state.applications()) {
        if (m_seen.contains(a.token) || m_driven.contains(a.token))
            continue;
        if (a.status != Status::Pending || a.createdAt.secsTo(now) < m_openAfterSeconds)
            continue;
        m_driven.insert(a.token);
        // About one in ten is left alone (it will expire, or the dealer expires it).
        if (m_random.bounded(10u) == 0)
            continue;
        drive(a.token);
    }
}

void PaymentAssistDemo::drive(const QString& token)
{
    const PaApplication* app = m_state.application(token);
    if (!app)
        return;
    const QString base = m_sandbox.baseUrl().toString() + PaymentAssistApi::basePath() + u"/apply/"_s + token;
    const QString name = app->customerName();
    const bool declines = m_random.bounded(6u) == 0;
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
    // The customer opens the link…
    QNetworkReply* opened = m_nam->get(request(base));
    connect(opened, &QNetworkReply::finished, this, [this, opened, base, name, declines, request] {
        opened->deleteLater();
        // …reads for a few seconds, then signs or declines.
        QTimer::singleShot(m_thinkMs + int(m_random.bounded(quint32(m_thinkMs) + 1)), this,
                           [this, base, name, declines, request] {
                               const QByteArray form = declines
                                                           ? QByteArray("reason=not+today")
                                                           : "name=" + QUrl::toPercentEncoding(name) +
                                                                 "&card_number=4111+1111+1111+1111&agree=1";
                               QNetworkReply* done =
                                   m_nam->post(request(base + (declines ? u"/decline"_s : u"/sign"_s)), form);
                               connect(done, &QNetworkReply::finished, done, &QObject::deleteLater);
                           });
    });
}

HttpResponse PaymentAssistDemo::list() const
{
    QJsonArray out;
    QList<PaApplication> apps = m_state.applications();
    std::sort(apps.begin(), apps.end(),
              [](const PaApplication& a, const PaApplication& b) { return a.createdAt > b.createdAt; });
    for (const PaApplication& a : std::as_const(apps)) {
        out.append(QJsonObject{
            {u"token"_s, a.token},
            {u"api_key"_s, a.apiKey},
            {u"order_id"_s, a.orderId},
            {u"status"_s, PaApplication::statusName(a.status)},
            {u"amount"_s, double(a.amount)},
            {u"plan_id"_s, a.planId},
            {u"pa_ref"_s, a.paRef.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.paRef)},
            {u"requires_invoice"_s, a.requiresInvoice},
            {u"has_invoice"_s, a.hasInvoice},
            {u"created_at"_s, a.createdAt.toUTC().toString(Qt::ISODate)},
            {u"customer_name"_s, a.customerName()},
            {u"reg_no"_s, a.regNo},
            {u"description"_s, a.description},
        });
    }
    return HttpResponse::json(QJsonObject{{u"applications"_s, out}});
}

} // namespace paydesk::sandbox
