#include "DemocranceState.h"

#include "Sandbox.h"
#include "SandboxLogging.h"
#include "util/Clock.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Status = DemPayment::Status;
using GatewayResult = DemPayment::GatewayResult;

QString productCode(const QString& slug)
{
    if (slug.startsWith(u"gap"_s))
        return u"GAP"_s;
    if (slug.startsWith(u"extended"_s))
        return u"EXW"_s;
    if (slug.startsWith(u"paint"_s))
        return u"PPT"_s;
    return u"POL"_s;
}

bool awaitsPayment(const QString& status)
{
    return status == u"S_NEW"_s || status == u"S_QUOTED"_s || status == u"S_PENDING_APPROVAL"_s;
}

} // namespace

QJsonObject DemGateway::toJson() const
{
    return QJsonObject{{u"gateway"_s, gateway}, {u"name"_s, name}, {u"provider"_s, provider}};
}

QString DemPayment::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"pending"_s;
    case Status::Paid:
        return u"paid"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Expired:
        return u"expired"_s;
    case Status::Invoiced:
        return u"invoiced"_s;
    case Status::NotRequired:
        return u"not_required"_s;
    }
    return QString();
}

DemocranceState::DemocranceState(Sandbox& sandbox, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_clock(clock)
    , m_random(sandbox.options().randomSeed ^ 0xde3cu)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DemocranceState::runDue);
}

DemocranceState::~DemocranceState() = default;

void DemocranceState::start()
{
    if (!m_lastRecheck.isValid())
        m_lastRecheck = m_clock.now();
    m_timer->start();
}

void DemocranceState::stop()
{
    m_timer->stop();
}

QStringList DemocranceState::statuses()
{
    return {u"S_NEW"_s,
            u"S_QUOTED"_s,
            u"S_PENDING_APPROVAL"_s,
            u"S_ACTIVE"_s,
            u"S_CANCELLATION_REQUESTED"_s,
            u"S_CANCELLED"_s,
            u"S_ENDED"_s};
}

QList<DemGateway> DemocranceState::gateways()
{
    return {
        DemGateway{u"payfort-aed"_s, u"Payfort"_s, u"payfort"_s, true, false},
        DemGateway{u"checkout-aed"_s, u"Checkout.com"_s, u"checkout"_s, false, false},
        DemGateway{u"invoice"_s, u"Invoice"_s, u"Democrance"_s, false, true},
    };
}

std::optional<DemGateway> DemocranceState::gateway(const QString& key)
{
    for (const DemGateway& g : gateways()) {
        if (g.gateway == key)
            return g;
    }
    return std::nullopt;
}

void DemocranceState::addDealer(const DemDealer& dealer)
{
    m_dealers.append(dealer);
}

const DemDealer* DemocranceState::dealer(const QString& username) const
{
    for (const DemDealer& d : m_dealers) {
        if (d.username == username)
            return &d;
    }
    return nullptr;
}

QList<DemDealer> DemocranceState::dealers() const
{
    return m_dealers;
}

std::optional<DemSession> DemocranceState::login(const QString& username, const QString& password)
{
    const DemDealer* d = dealer(username);
    if (!d || d->password.isEmpty() || d->password != password)
        return std::nullopt;
    DemSession s;
    s.key = randomHex(20);
    s.username = username;
    s.expiresAt = m_clock.now().toUTC().addSecs(m_sessionSeconds);
    m_sessions.insert(s.key, s);
    return s;
}

const DemDealer* DemocranceState::sessionDealer(const QString& key)
{
    auto it = m_sessions.find(key);
    if (key.isEmpty() || it == m_sessions.end())
        return nullptr;
    if (m_clock.now() >= it->expiresAt) {
        m_sessions.erase(it);
        return nullptr;
    }
    return dealer(it->username);
}

QString DemocranceState::insertPolicy(DemPolicy policy)
{
    const DemDealer* d = dealer(policy.dealer);
    if (policy.currency.isEmpty())
        policy.currency = d ? d->currency : u"AED"_s;
    if (policy.policyNumber.isEmpty()) {
        const int serial = ++m_numbers[policy.dealer];
        policy.policyNumber =
            u"%1-%2-%3"_s.arg(d ? d->policyPrefix : u"DEM"_s, productCode(policy.productSlug))
                .arg(serial + 100000);
    }
    const QDateTime now = m_clock.now().toUTC();
    if (!policy.created.isValid())
        policy.created = now;
    if (!policy.modified.isValid())
        policy.modified = policy.created;
    const QString number = policy.policyNumber;
    m_policies.insert(number, std::move(policy));
    Q_EMIT policyChanged(number);
    return number;
}

const DemPolicy* DemocranceState::policyOf(const QString& dealer, const QString& policyNumber) const
{
    auto it = m_policies.constFind(policyNumber);
    if (it == m_policies.cend() || it->dealer != dealer)
        return nullptr;
    return &*it;
}

QList<DemPolicy> DemocranceState::policies(const QString& dealer, const QStringList& statuses) const
{
    QList<DemPolicy> out;
    for (const DemPolicy& p : m_policies) {
        if (p.dealer == dealer && (statuses.isEmpty() || statuses.contains(p.status)))
            out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const DemPolicy& a, const DemPolicy& b) {
        if (a.created != b.created)
            return a.created < b.created;
        return a.policyNumber < b.policyNumber;
    });
    return out;
}

Result<Done, QString> DemocranceState::setPolicyStatus(const QString& policyNumber, const QString& status)
{
    DemPolicy* p = findPolicy(policyNumber);
    if (!p)
        return fail(u"Policy not found"_s);
    if (!statuses().contains(status))
        return fail(u"Unknown status"_s);
    touch(*p, status);
    return Done{};
}

QList<DemGateway> DemocranceState::gatewaysFor(const DemDealer& dealer, const DemPolicy* policy) const
{
    QList<DemGateway> out;
    for (const QString& key : dealer.cardGateways) {
        if (auto g = gateway(key))
            out.append(*g);
    }
    // The invoice gateway is a product-specific option: offered for the products the dealer may
    // invoice; without a policy number, whenever the dealer may invoice any product.
    const bool invoice =
        policy ? dealer.invoiceProducts.contains(policy->productSlug) : !dealer.invoiceProducts.isEmpty();
    if (invoice) {
        if (auto g = gateway(u"invoice"_s))
            out.append(*g);
    }
    return out;
}

Result<DemocranceState::Initiated, QString> DemocranceState::initiate(const QString& dealerName,
                                                                      const QString& policyNumber,
                                                                      const QString& gatewayKey,
                                                                      const QString& returnUrl)
{
    runDue();
    const DemDealer* d = dealer(dealerName);
    DemPolicy* policy = findPolicy(policyNumber);
    if (!d || !policy || policy->dealer != dealerName)
        return fail(u"Policy not found"_s);

    // A payment still under way for this policy is the answer again (whatever gateway is named):
    // the same token and URL, so a retried call never starts a second payment. So is an invoice
    // still outstanding: a repeated POST (Qt re-sends one after a dropped connection, and the
    // client never saw the first answer) must not bill the policy twice.
    if (!policy->lastPayment.isEmpty()) {
        DemPayment* last = findPayment(policy->lastPayment);
        if (last && last->status == Status::Pending) {
            // The latest client URL wins (a /token/ call after an /initiate/ one brings one).
            if (!returnUrl.isEmpty())
                last->returnUrl = returnUrl;
            return Initiated{*last, true};
        }
        if (last && last->status == Status::Invoiced)
            return Initiated{*last, true};
    }
    if (policy->status == u"S_ACTIVE"_s)
        return fail(u"Policy is already active"_s);
    if (!awaitsPayment(policy->status))
        return fail(u"Policy cannot be paid in its current status"_s);

    std::optional<DemGateway> g;
    for (const DemGateway& offered : gatewaysFor(*d, policy)) {
        if (offered.gateway == gatewayKey)
            g = offered;
    }
    if (!g)
        return fail(u"Invalid payment gateway"_s);

    DemPayment p;
    p.token = randomHex(24);
    p.reference = u"PAY-%1"_s.arg(m_nextReference++, 6, 10, QLatin1Char('0'));
    p.policyNumber = policyNumber;
    p.dealer = dealerName;
    p.gateway = g->gateway;
    p.amount = policy->premium;
    p.currency = policy->currency;
    p.returnUrl = returnUrl;
    p.created = m_clock.now().toUTC();
    p.expiresAt = p.created.addSecs(m_paymentSeconds);
    if (policy->premium == 0) {
        p.action = u"No payment required"_s;
        p.status = Status::NotRequired;
        p.finishedAt = p.created;
        touch(*policy, u"S_ACTIVE"_s);
    } else if (g->invoice) {
        p.action = u"Payment to be invoiced"_s;
        p.status = Status::Invoiced;
        p.finishedAt = p.created;
        touch(*policy, u"S_PENDING_APPROVAL"_s);
    } else {
        p.action = u"Payment required"_s;
        p.status = Status::Pending;
    }
    policy->lastPayment = p.token;
    m_references.insert(p.reference, p.token);
    m_payments.insert(p.token, p);
    qCInfo(lcSandbox).noquote() << "democrance: payment" << p.reference << "for" << policyNumber << "via"
                                << p.gateway << "->" << DemPayment::statusName(p.status);
    Q_EMIT paymentChanged(p.token);
    return Initiated{p, false};
}

const DemPayment* DemocranceState::payment(const QString& token)
{
    runDue();
    return findPayment(token);
}

const DemPayment* DemocranceState::paymentByReference(const QString& reference)
{
    runDue();
    const QString token = m_references.value(reference);
    return token.isEmpty() ? nullptr : findPayment(token);
}

Result<Done, QString> DemocranceState::gatewayResult(const QString& token, bool captured,
                                                     const QString& brand, const QString& last4)
{
    runDue();
    DemPayment* p = findPayment(token);
    if (!p)
        return fail(u"Payment not found"_s);
    if (p->status != Status::Pending || p->gatewayResult != GatewayResult::None)
        return fail(u"This payment is no longer open"_s);
    p->gatewayResult = captured ? GatewayResult::Captured : GatewayResult::Declined;
    p->gatewayResultAt = m_clock.now().toUTC();
    p->cardBrand = brand;
    p->cardLast4 = last4;
    Q_EMIT paymentChanged(token);
    return Done{};
}

Result<Done, QString> DemocranceState::process(const QString& token)
{
    DemPayment* p = findPayment(token);
    if (!p)
        return fail(u"Payment not found"_s);
    if (p->isFinal())
        return Done{}; // a repeated return (reload, re-check first): nothing more to record
    if (p->gatewayResult == GatewayResult::None)
        return fail(u"The gateway has no result for this payment yet"_s);
    checkWithGateway(token, false);
    return Done{};
}

void DemocranceState::checkWithGateway(const QString& token, bool byRecheck)
{
    DemPayment* p = findPayment(token);
    if (!p || p->status != Status::Pending)
        return;
    if (p->gatewayResult == GatewayResult::Captured) {
        p->foundByRecheck = byRecheck;
        finish(*p, Status::Paid);
        if (DemPolicy* policy = findPolicy(p->policyNumber))
            touch(*policy, u"S_ACTIVE"_s);
    } else if (p->gatewayResult == GatewayResult::Declined) {
        p->foundByRecheck = byRecheck;
        finish(*p, Status::Failed);
    } else if (m_clock.now() >= p->expiresAt) {
        finish(*p, Status::Expired);
    }
}

Result<Done, QString> DemocranceState::settleInvoice(const QString& token)
{
    DemPayment* p = findPayment(token);
    if (!p)
        return fail(u"Payment not found"_s);
    if (p->status != Status::Invoiced)
        return fail(u"This payment is not invoiced"_s);
    finish(*p, Status::Paid);
    if (DemPolicy* policy = findPolicy(p->policyNumber))
        touch(*policy, u"S_ACTIVE"_s);
    return Done{};
}

Result<QJsonObject, QString>
DemocranceState::validateSession(const QString& token, const QString& policyNumber, const QString& gatewayKey)
{
    runDue();
    DemPayment* p = findPayment(token);
    if (!p || p->policyNumber != policyNumber)
        return fail(u"Invalid payment token"_s);
    if (p->gateway != gatewayKey)
        return fail(u"Invalid payment gateway"_s);
    const auto g = gateway(gatewayKey);
    if (!g || !g->merchantSession)
        return fail(u"This gateway does not use payment sessions"_s);
    if (p->status != Status::Pending)
        return fail(u"This payment is no longer open"_s);
    if (p->sessionValidated)
        return fail(u"The payment session was already validated"_s);
    p->sessionValidated = true;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const QString merchant = randomHex(32).toUpper();
    const DemDealer* d = dealer(p->dealer);
    const QString domain = m_sandbox.baseUrl().host();
    return QJsonObject{
        {u"epochTimestamp"_s, double(nowMs)},
        {u"expiresAt"_s, double(nowMs + 5 * 60 * 1000)},
        {u"merchantSessionIdentifier"_s, u"SSH%1_%2"_s.arg(randomHex(16).toUpper(), randomHex(32).toUpper())},
        {u"nonce"_s, randomHex(4)},
        {u"merchantIdentifier"_s, merchant},
        {u"domainName"_s, domain},
        {u"displayName"_s, d ? d->name : QString()},
        {u"signature"_s, randomHex(64)},
        {u"operationalAnalyticsIdentifier"_s, u"%1:%2"_s.arg(d ? d->name : QString(), merchant)},
        {u"retries"_s, 0},
        {u"pspId"_s, merchant},
    };
}

QString DemocranceState::insertSeededPayment(DemPayment payment)
{
    if (payment.token.isEmpty())
        payment.token = randomHex(24);
    if (payment.reference.isEmpty())
        payment.reference = u"PAY-%1"_s.arg(m_nextReference++, 6, 10, QLatin1Char('0'));
    if (DemPolicy* policy = findPolicy(payment.policyNumber))
        policy->lastPayment = payment.token;
    m_references.insert(payment.reference, payment.token);
    const QString token = payment.token;
    m_payments.insert(token, std::move(payment));
    return token;
}

void DemocranceState::runDue()
{
    const QDateTime now = m_clock.now();
    // Tokens nobody used in time expire whenever anyone looks.
    for (auto it = m_payments.begin(); it != m_payments.end(); ++it) {
        if (it->status == Status::Pending && it->gatewayResult == GatewayResult::None && now >= it->expiresAt)
            finish(*it, Status::Expired);
    }
    if (!m_lastRecheck.isValid())
        m_lastRecheck = now;
    if (m_recheckSeconds > 0 && m_lastRecheck.secsTo(now) >= m_recheckSeconds)
        recheck();
}

int DemocranceState::recheck()
{
    m_lastRecheck = m_clock.now();
    ++m_recheckRounds;
    QStringList pending;
    for (const DemPayment& p : std::as_const(m_payments)) {
        if (p.status == Status::Pending)
            pending << p.token;
    }
    int found = 0;
    for (const QString& token : std::as_const(pending)) {
        checkWithGateway(token, true);
        if (const DemPayment* p = findPayment(token); p && p->status != Status::Pending) {
            ++found;
            qCInfo(lcSandbox).noquote()
                << "democrance: re-check found payment" << p->reference << DemPayment::statusName(p->status);
        }
    }
    return found;
}

DemPolicy* DemocranceState::findPolicy(const QString& policyNumber)
{
    auto it = m_policies.find(policyNumber);
    return it == m_policies.end() ? nullptr : &*it;
}

DemPayment* DemocranceState::findPayment(const QString& token)
{
    auto it = m_payments.find(token);
    return it == m_payments.end() ? nullptr : &*it;
}

void DemocranceState::finish(DemPayment& payment, DemPayment::Status status)
{
    payment.status = status;
    payment.finishedAt = m_clock.now().toUTC();
    Q_EMIT paymentChanged(payment.token);
}

void DemocranceState::touch(DemPolicy& policy, const QString& status)
{
    policy.status = status;
    policy.modified = m_clock.now().toUTC();
    Q_EMIT policyChanged(policy.policyNumber);
}

QString DemocranceState::randomHex(int bytes)
{
    // Session keys and payment tokens come from the system generator (never reproducible);
    // m_random only shapes demo data.
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace paydesk::sandbox
