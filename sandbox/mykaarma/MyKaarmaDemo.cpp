#include "MyKaarmaDemo.h"

#include "MyKaarmaApi.h"
#include "MyKaarmaState.h"
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

using PrStatus = MkPaymentRequest::Status;

enum class Kind
{
    OpenNothingSent,
    Sent,
    Viewed,
    PaidOnline,
    PaidInStore,
    PartlyPaid,
    Suspicious,
    Warranty,
    Expired,
    Failed,
};

const Kind kEveryState[] = {Kind::OpenNothingSent, Kind::Sent,       Kind::Viewed,     Kind::PaidOnline,
                            Kind::PaidInStore,     Kind::PartlyPaid, Kind::Suspicious, Kind::Warranty,
                            Kind::Expired,         Kind::Failed};

const char* const kFirst[] = {"Emily", "Michael", "Sophia", "James", "Olivia", "Daniel", "Ava",    "Ethan",
                              "Mia",   "Noah",    "Chloe",  "Lucas", "Grace",  "Mason",  "Harper", "Logan"};
const char* const kLast[] = {"Johnson", "Garcia",   "Miller", "Davis", "Martinez", "Lopez",
                             "Wilson",  "Anderson", "Thomas", "Moore", "Jackson",  "Martin",
                             "Lee",     "Perez",    "White",  "Harris"};
const char* const kWork[] = {"60k mile service",           "Front brake pads and rotors",
                             "Timing belt replacement",    "Four tires, mount and balance",
                             "A/C compressor replacement", "Transmission fluid service",
                             "Battery and alternator",     "Check engine light diagnosis"};
const char* const kParts[] = {"Floor mats, all-weather", "Roof rack cross bars",
                              "Wiper blades and cabin filter", "OEM wheel set"};
const char* const kVehicles[] = {"2021 Toyota RAV4",       "2019 Honda Accord",  "2022 Ford F-150",
                                 "2020 Chevrolet Equinox", "2018 Nissan Altima", "2023 Hyundai Tucson",
                                 "2017 Subaru Outback",    "2021 Jeep Wrangler"};

template<typename T, size_t N>
QString pick(QRandomGenerator& random, const T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(quint32(N))]);
}

QString customerOf(const MyKaarmaState& state, const QString& dealerUuid, int index)
{
    QList<MkCustomer> all;
    for (const MkCustomer& c : state.customers()) {
        if (c.dealerUuid == dealerUuid)
            all << c;
    }
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return a.customerKey < b.customerKey; });
    return all.isEmpty() ? QString() : all.at(index % all.size()).customerUuid;
}

/// One order in the state `kind` describes, with its invoice, payment requests and payments.
void addOrder(MyKaarmaState& state, const MkDepartment& d, Kind kind, const QString& number, qint64 amount,
              const QString& customerUuid, const QDateTime& orderDate, const QString& description,
              const QString& vehicle, QRandomGenerator& random)
{
    const QDateTime now = state.clock().now().toUTC();
    // What happened on the order happened `seconds` after it was opened — sooner for an order
    // opened less than a few hours ago (`share` of its age), never after now.
    const qint64 age = std::max<qint64>(0, orderDate.secsTo(now));
    const auto after = [&](qint64 seconds, double share) {
        return std::min(orderDate.addSecs(std::min(seconds, qint64(double(age) * share))), now);
    };
    MkOrder o;
    o.dealerUuid = d.dealerUuid;
    o.departmentUuid = d.departmentUuid;
    o.orderNumber = number;
    o.orderType = d.type == u"PARTS"_s ? u"PO"_s : u"RO"_s;
    o.orderDate = orderDate;
    o.syncDate = after(600, 0.1); // the DMS's own sync of the new order
    o.description = description;
    o.vehicle = vehicle;
    o.customerUuid = customerUuid;
    o.dealerAssociateUuid = u"a550c1a7-0000-4000-8000-0000000000%1"_s.arg(10 + random.bounded(8u));
    o.amount = kind == Kind::Warranty ? 0 : amount;
    switch (kind) {
    case Kind::OpenNothingSent:
    case Kind::Sent:
    case Kind::Expired:
        o.orderStatus = u"open"_s;
        break;
    case Kind::Viewed:
    case Kind::PartlyPaid:
    case Kind::Failed:
    case Kind::PaidOnline:
        o.orderStatus = u"invoiced"_s;
        break;
    case Kind::PaidInStore:
    case Kind::Suspicious:
    case Kind::Warranty:
        o.orderStatus = u"closed"_s;
        break;
    }
    o.paymentRequestSent =
        kind != Kind::OpenNothingSent && kind != Kind::Warranty && kind != Kind::PaidInStore;
    const QString uuid = state.insertOrder(o);
    if (kind == Kind::OpenNothingSent || kind == Kind::Warranty)
        return;
    // dealerOrderSyncDate moves on with every change (the sandbox README): in the end it is the
    // time of the order's last event, as a poller sorting by it expects.
    QDateTime last = o.syncDate;
    const auto lastEventAt = [&state, &uuid, &last] {
        if (const MkOrder* stored = state.order(uuid)) {
            MkOrder copy = *stored;
            copy.syncDate = std::max(copy.syncDate, last);
            state.insertOrder(copy);
        }
    };

    MkInvoice inv;
    inv.dealerOrderUuid = uuid;
    inv.amount = o.amount;
    inv.description = description;
    inv.invoiceDate = after(3600, 0.4);
    inv.fee.fetchSurcharge = true;
    inv.fee.tenderType = u"CREDIT"_s;
    inv.fee.cardType = u"VISA"_s;
    inv.fee.transactionDepartment = d.type;
    inv.fee.paymentType = u"ONLINE"_s;
    inv.orderType = o.orderType;
    const QString invoiceGuid = state.insertInvoice(inv);

    MkTransaction t;
    t.cardBrand = random.bounded(2u) ? u"Visa"_s : u"Mastercard"_s;
    t.last4 = QString::number(1000 + random.bounded(9000u));
    t.at = after(7200 + random.bounded(7200u), 0.9);
    last = std::max(last, inv.invoiceDate);
    if (kind == Kind::PaidInStore) {
        t.amount = o.amount;
        t.online = false;
        state.insertTransaction(invoiceGuid, t);
        last = std::max(last, t.at);
        lastEventAt();
        return;
    }

    MkPaymentRequest pr;
    pr.invoiceGuid = invoiceGuid;
    pr.createdAt = after(3700, 0.45);
    pr.ttlMs = 7LL * 24 * 3600 * 1000;
    pr.source = u"API"_s;
    pr.sourceInfo = u"dms"_s;
    pr.sentAsText = true;
    pr.sentAsEmail = random.bounded(2u) == 0;
    pr.status = PrStatus::Sent;
    switch (kind) {
    case Kind::Viewed:
        pr.status = PrStatus::Viewed;
        break;
    case Kind::Expired:
        pr.ttlMs = 24LL * 3600 * 1000;
        pr.createdAt = std::min(pr.createdAt, now.addDays(-2));
        pr.status = PrStatus::Expired;
        pr.finishedAt = pr.createdAt.addMSecs(pr.ttlMs);
        break;
    case Kind::Failed:
        pr.status = PrStatus::Failed;
        pr.failedAttempts = pr.maxAttempts;
        pr.finishedAt = t.at;
        break;
    case Kind::PaidOnline:
    case Kind::Suspicious:
    case Kind::PartlyPaid:
        pr.status = PrStatus::Paid;
        pr.finishedAt = t.at;
        if (kind == Kind::PartlyPaid)
            pr.amount = o.amount / 2;
        break;
    default:
        break;
    }
    state.insertPaymentRequest(pr);
    last = std::max(last, pr.createdAt);
    if (pr.finishedAt.isValid())
        last = std::max(last, std::min(pr.finishedAt, now));
    if (pr.status == PrStatus::Paid) {
        t.amount = kind == Kind::PartlyPaid ? o.amount / 2 : o.amount;
        t.surcharge = MyKaarmaState::fees(t.amount, inv.fee, d).surcharge;
        state.insertTransaction(invoiceGuid, t);
        if (kind == Kind::Suspicious) {
            // Paid twice: the second payment makes it suspicious.
            MkTransaction again = t;
            again.id = 0;
            again.reference.clear();
            again.at = std::min(t.at.addSecs(90), now);
            state.insertTransaction(invoiceGuid, again);
            last = std::max(last, again.at);
        }
    }
    lastEventAt();
}

void addSubscriber(MyKaarmaState& state, const QString& user, const QString& password,
                   const QStringList& dealers, const QStringList& subscriberScopes,
                   const QHash<QString, QStringList>& departmentScopes)
{
    MkSubscriber s;
    s.username = user;
    s.password = password;
    s.dealerUuids = QSet<QString>(dealers.begin(), dealers.end());
    s.subscriberScopes = QSet<QString>(subscriberScopes.begin(), subscriberScopes.end());
    for (auto it = departmentScopes.cbegin(); it != departmentScopes.cend(); ++it)
        s.departmentScopes.insert(it.key(), QSet<QString>(it.value().begin(), it.value().end()));
    state.addSubscriber(s);
}

} // namespace

MyKaarmaDemo::MyKaarmaDemo(Sandbox& sandbox, MyKaarmaState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
    , m_nam(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_random(sandbox.options().randomSeed ^ 0xd3e0u)
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &MyKaarmaDemo::tick);
    sandbox.http().addRoute(QHttpServerRequest::Method::Get, u"/admin/mykaarma/orders"_s,
                            RouteOptions{u"admin.mykaarma.orders"_s, RouteAuth::Admin, false, false},
                            [this](HttpRequest&) { return list(); });
}

MyKaarmaDemo::~MyKaarmaDemo() = default;

void MyKaarmaDemo::setUp(MyKaarmaState& state, const SandboxOptions& o)
{
    const QString dealer1 = o.myKaarmaDealerUuid;
    const QString dealer2 = u"d1e2a3l4-0000-4000-8000-000000000002"_s;
    const QString service = o.myKaarmaDepartmentUuid;
    const QString parts = u"d3p4a5r6-0000-4000-8000-000000000002"_s;
    const QString other = u"d3p4a5r6-0000-4000-8000-000000000003"_s;
    state.addDealer({dealer1, u"Lakeside Motors"_s});
    state.addDealer({dealer2, u"Hillcrest Auto Group"_s});
    state.addDepartment({service, dealer1, u"Lakeside Motors Service"_s, u"SERVICE"_s, 300, 100});
    state.addDepartment({parts, dealer1, u"Lakeside Motors Parts"_s, u"PARTS"_s, 350, 100});
    state.addDepartment({other, dealer2, u"Hillcrest Service"_s, u"SERVICE"_s, 250, 100});

    // The printed subscriber: everything in the service department; in the parts department
    // only the dealer-order filter, so payment links there are refused (403 / login page).
    const QStringList all = {MkScope::paymentUrl, MkScope::paymentRequestWrite, MkScope::paymentRequestRead,
                             MkScope::dealerOrderRead};
    addSubscriber(state, o.myKaarmaUsername, o.myKaarmaPassword, {dealer1},
                  {MkScope::prepayment, MkScope::payIsland},
                  {{service, all}, {parts, {MkScope::dealerOrderRead}}});
    // Read-only: may filter the service department's orders, nothing else.
    addSubscriber(state, u"paydesk-readonly-subscriber"_s, u"demo_mykaarma_readonly"_s, {dealer1}, {},
                  {{service, {MkScope::dealerOrderRead}}});
    // The other dealer's subscriber.
    addSubscriber(state, u"hillcrest-subscriber"_s, u"demo_mykaarma_hillcrest"_s, {dealer2},
                  {MkScope::prepayment, MkScope::payIsland}, {{other, all}});

    QRandomGenerator random(o.randomSeed ^ 0x4b4au);
    for (const QString& dealer : {dealer1, dealer2}) {
        for (int i = 0; i < 12; ++i) {
            MkCustomer c;
            c.customerUuid = state.newUuid();
            c.dealerUuid = dealer;
            c.customerKey = u"C%1"_s.arg(10000 + i + (dealer == dealer2 ? 500 : 0));
            c.firstName = QString::fromUtf8(kFirst[(i * 5 + (dealer == dealer2 ? 3 : 0)) % 16]);
            c.lastName = QString::fromUtf8(kLast[(i * 7 + 1) % 16]);
            if (i % 6 != 5)
                c.phone = u"+1555010%1"_s.arg(1000 + i * 37 + (dealer == dealer2 ? 3 : 0));
            if (i % 4 != 3)
                c.email = u"%1.%2@example.com"_s.arg(c.firstName.toLower(), c.lastName.toLower());
            c.okToText = i != 7;
            if (i == 9)
                c.company = u"Bayview Plumbing LLC"_s;
            state.addCustomer(c);
        }
    }

    const QDateTime now = state.clock().now().toUTC();
    int number = 510001;
    for (const QString& deptUuid : {service, parts, other}) {
        const MkDepartment* d = state.department(deptUuid);
        int i = 0;
        for (Kind kind : kEveryState) {
            const bool open = kind == Kind::OpenNothingSent || kind == Kind::Sent || kind == Kind::Viewed;
            const qint64 hours = open ? 2 + i * 3 : 30 + i * 20;
            const qint64 amount = 8950 + qint64(random.bounded(180000u)) + (i % 3 == 0 ? 0 : 37);
            addOrder(state, *d, kind, (d->type == u"PARTS"_s ? u"PO-%1"_s : u"RO-%1"_s).arg(number++), amount,
                     customerOf(state, d->dealerUuid, i), now.addSecs(-hours * 3600),
                     d->type == u"PARTS"_s ? pick(random, kParts) : pick(random, kWork),
                     pick(random, kVehicles), random);
            ++i;
        }
    }
}

void MyKaarmaDemo::seed(MyKaarmaState& state, int count, quint32 randomSeed)
{
    QRandomGenerator random(randomSeed ^ 0x5eedu);
    QList<MkDepartment> depts = state.departments();
    std::sort(depts.begin(), depts.end(),
              [](const auto& a, const auto& b) { return a.departmentUuid < b.departmentUuid; });
    if (depts.isEmpty())
        return;
    const QDateTime now = state.clock().now().toUTC();
    for (int i = 0; i < count; ++i) {
        const MkDepartment& d = depts.at(i % 5 == 4 ? int(random.bounded(quint32(depts.size()))) : 0);
        const Kind kind = kEveryState[random.bounded(quint32(std::size(kEveryState)))];
        const bool open = kind == Kind::OpenNothingSent || kind == Kind::Sent || kind == Kind::Viewed;
        // As at a service desk: open orders a few minutes to four days old (a few opened in the
        // last minutes, a good share today); paid and closed ones mostly days to a month old,
        // some today; an expired request's order at least three days old. Their last changes
        // interleave with the other providers' on a dashboard sorted by the last change.
        const quint32 recency = random.bounded(100u);
        qint64 ageSeconds = 0;
        if (open)
            ageSeconds = recency < 4    ? 60 + qint64(random.bounded(540u))
                         : recency < 10 ? 600 + qint64(random.bounded(3000u))
                         : recency < 45 ? 3600 + qint64(random.bounded(20u * 3600u))
                                        : 86400 + qint64(random.bounded(3u * 86400u));
        else if (kind != Kind::Expired && recency < 20)
            ageSeconds = 3 * 3600 + qint64(random.bounded(18u * 3600u));
        else
            ageSeconds = 3 * 86400 + qint64(random.bounded(27u * 86400u));
        const qint64 amount = 4500 + qint64(random.bounded(350000u));
        addOrder(state, d, kind, (d.type == u"PARTS"_s ? u"PO-%1"_s : u"RO-%1"_s).arg(520001 + i), amount,
                 customerOf(state, d.dealerUuid, int(random.bounded(12u))), now.addSecs(-ageSeconds),
                 d.type == u"PARTS"_s ? pick(random, kParts) : pick(random, kWork), pick(random, kVehicles),
                 random);
    }
    qCInfo(lcSandbox) << "mykaarma: seeded" << count << "more dealer orders";
}

void MyKaarmaDemo::start()
{
    const SandboxOptions& o = m_sandbox.options();
    if (!m_didSeed && o.seedCount > 0)
        seed(m_state, std::clamp(o.seedCount / 8, 10, 1000), o.randomSeed);
    m_didSeed = true;
    for (const MkPaymentRequest& r : m_state.paymentRequests())
        m_seeded.insert(r.guid);
    if (o.scenario == u"demo"_s)
        m_timer->start();
}

void MyKaarmaDemo::stop()
{
    m_timer->stop();
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

void MyKaarmaDemo::setPace(int tickMs, int openAfterSeconds, int thinkMs)
{
    m_timer->setInterval(std::max(1, tickMs));
    m_openAfterSeconds = std::max(0, openAfterSeconds);
    m_thinkMs = std::max(0, thinkMs);
}

void MyKaarmaDemo::tick()
{
    ++m_ticks;
    const QDateTime now = m_state.clock().now();
    QList<MkPaymentRequest> requests = m_state.paymentRequests();
    std::sort(requests.begin(), requests.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    QStringList seededOpen;
    for (const MkPaymentRequest& r : std::as_const(requests)) {
        if (!r.isOpen() || m_driven.contains(r.guid))
            continue;
        if (m_seeded.contains(r.guid)) {
            if (r.status != PrStatus::Created)
                seededOpen << r.guid;
            continue;
        }
        // Made through the API and sent: the customer reacts some seconds later.
        if (r.status == PrStatus::Created || r.createdAt.secsTo(now) < m_openAfterSeconds)
            continue;
        m_driven.insert(r.guid);
        drive(r.guid, m_random.bounded(6u) == 0);
    }
    // Now and then a customer pays an older link, so --demo shows payments arriving.
    if (!seededOpen.isEmpty() && m_random.bounded(5u) == 0) {
        const QString guid = seededOpen.at(int(m_random.bounded(quint32(seededOpen.size()))));
        m_driven.insert(guid);
        drive(guid, false);
    }
    // Now and then a customer pays an open order at the counter, and the DMS closes it.
    if (m_random.bounded(20u) == 0) {
        QList<MkOrder> unpaid;
        for (const MkOrder& o : m_state.orders()) {
            if (o.orderStatus == u"open"_s && !o.paid && o.invoiceGuids.isEmpty() && o.amount > 0)
                unpaid << o;
        }
        std::sort(unpaid.begin(), unpaid.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        if (!unpaid.isEmpty())
            m_state.paidInStore(unpaid.at(int(m_random.bounded(quint32(unpaid.size())))).dealerOrderUuid);
    }
    // Now and then the DMS opens a new repair order in the printed department.
    if (m_random.bounded(15u) == 0) {
        if (const MkDepartment* d = m_state.department(m_sandbox.options().myKaarmaDepartmentUuid)) {
            MkOrder o;
            o.dealerUuid = d->dealerUuid;
            o.departmentUuid = d->departmentUuid;
            o.orderNumber = u"RO-%1"_s.arg(600001 + m_ticks);
            o.customerUuid = customerOf(m_state, d->dealerUuid, int(m_random.bounded(12u)));
            o.description = pick(m_random, kWork);
            o.vehicle = pick(m_random, kVehicles);
            o.amount = 9900 + qint64(m_random.bounded(150000u));
            m_state.insertOrder(o);
        }
    }
}

void MyKaarmaDemo::drive(const QString& guid, bool declineFirst)
{
    const MkPaymentRequest* r = m_state.paymentRequest(guid);
    if (!r)
        return;
    const MkInvoice* inv = m_state.invoice(r->invoiceGuid);
    const MkOrder* order = inv ? m_state.order(inv->dealerOrderUuid) : nullptr;
    const MkCustomer* c = order ? m_state.customer(order->customerUuid) : nullptr;
    const QString name = c ? c->firstName + u' ' + c->lastName : u"Pat Customer"_s;
    const QString base = m_sandbox.baseUrl().toString() + MyKaarmaApi::mountPath() + u"/payisland/"_s + guid;
    auto request = [this](const QString& url) {
        QNetworkRequest q{QUrl(url)};
        q.setTransferTimeout(10000);
        q.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        q.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (!m_sandbox.caCertificate().isNull()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificate(m_sandbox.caCertificate());
            q.setSslConfiguration(ssl);
        }
        return q;
    };
    const auto form = [name](const char* card) {
        return "name=" + QUrl::toPercentEncoding(name) + "&card_number=" + QByteArray(card) +
               "&zip=94107&tender=credit";
    };
    QNetworkReply* opened = m_nam->get(request(base));
    connect(opened, &QNetworkReply::finished, this, [this, opened, base, declineFirst, request, form] {
        opened->deleteLater();
        QTimer::singleShot(
            m_thinkMs + int(m_random.bounded(quint32(m_thinkMs) + 1)), this,
            [this, base, declineFirst, request, form] {
                if (!declineFirst) {
                    QNetworkReply* paid = m_nam->post(request(base + u"/pay"_s), form("4111111111111111"));
                    connect(paid, &QNetworkReply::finished, paid, &QObject::deleteLater);
                    return;
                }
                QNetworkReply* declined = m_nam->post(request(base + u"/pay"_s), form("4000000000000002"));
                connect(declined, &QNetworkReply::finished, this, [this, declined, base, request, form] {
                    declined->deleteLater();
                    QTimer::singleShot(m_thinkMs, this, [this, base, request, form] {
                        QNetworkReply* paid =
                            m_nam->post(request(base + u"/pay"_s), form("4111111111111111"));
                        connect(paid, &QNetworkReply::finished, paid, &QObject::deleteLater);
                    });
                });
            });
    });
}

HttpResponse MyKaarmaDemo::list() const
{
    QList<MkOrder> orders = m_state.orders();
    std::sort(orders.begin(), orders.end(),
              [](const auto& a, const auto& b) { return a.orderDate > b.orderDate; });
    QJsonArray out;
    for (const MkOrder& o : std::as_const(orders)) {
        QJsonArray invoices;
        for (const QString& g : o.invoiceGuids) {
            const MkInvoice* inv = m_state.invoice(g);
            if (!inv)
                continue;
            QJsonArray requests;
            for (const MkPaymentRequest& r : m_state.paymentRequestsOfInvoice(g))
                requests.append(QJsonObject{{u"guid"_s, r.guid},
                                            {u"status"_s, MkPaymentRequest::statusName(r.status)},
                                            {u"amount"_s, MyKaarmaApi::money(r.amount)},
                                            {u"source"_s, r.source}});
            invoices.append(QJsonObject{{u"guid"_s, inv->guid},
                                        {u"invoiceStatus"_s, inv->status},
                                        {u"amount"_s, MyKaarmaApi::money(inv->amount)},
                                        {u"paymentRequests"_s, requests}});
        }
        out.append(QJsonObject{{u"dealerOrderUuid"_s, o.dealerOrderUuid},
                               {u"departmentUuid"_s, o.departmentUuid},
                               {u"orderNumber"_s, o.orderNumber},
                               {u"orderStatus"_s, o.orderStatus},
                               {u"amount"_s, MyKaarmaApi::money(o.amount)},
                               {u"paidAmount"_s, MyKaarmaApi::money(o.paidAmount)},
                               {u"paid"_s, o.paid},
                               {u"paidOnline"_s, o.paidOnline},
                               {u"paymentRequestSent"_s, o.paymentRequestSent},
                               {u"suspicious"_s, o.suspicious},
                               {u"customerUuid"_s, o.customerUuid},
                               {u"invoices"_s, invoices}});
    }
    return HttpResponse::json(QJsonObject{{u"orders"_s, out}});
}

} // namespace paydesk::sandbox
