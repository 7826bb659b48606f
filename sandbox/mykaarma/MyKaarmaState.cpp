#include "MyKaarmaState.h"

#include "Sandbox.h"
#include "SandboxLogging.h"
#include "util/Clock.h"

#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

/// `amount × basisPoints / 10000`, rounded half up, in whole cents.
qint64 share(qint64 amount, int basisPoints)
{
    return (amount * basisPoints + 5000) / 10000;
}

} // namespace

QString MkPaymentRequest::statusName(Status status)
{
    switch (status) {
    case Status::Created:
        return u"CREATED"_s;
    case Status::Sent:
        return u"SENT"_s;
    case Status::Viewed:
        return u"VIEWED"_s;
    case Status::Paid:
        return u"PAID"_s;
    case Status::Failed:
        return u"FAILED"_s;
    case Status::Expired:
        return u"EXPIRED"_s;
    }
    return QString();
}

MyKaarmaState::MyKaarmaState(Sandbox& sandbox, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_clock(clock)
    , m_random(sandbox.options().randomSeed ^ 0x3ca7u)
{
    m_expiryTimer = new QTimer(this);
    m_expiryTimer->setInterval(1000);
    connect(m_expiryTimer, &QTimer::timeout, this, &MyKaarmaState::expireDue);
}

MyKaarmaState::~MyKaarmaState() = default;

void MyKaarmaState::start()
{
    m_expiryTimer->start();
}

void MyKaarmaState::stop()
{
    m_expiryTimer->stop();
}

QString MyKaarmaState::newUuid()
{
    // A version 4 UUID from the seeded generator, so demo data is the same for the same seed.
    quint32 words[4];
    m_random.fillRange(words, 4);
    QByteArray bytes(reinterpret_cast<const char*>(words), 16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

void MyKaarmaState::addSubscriber(const MkSubscriber& subscriber)
{
    m_subscribers.insert(subscriber.username, subscriber);
}

void MyKaarmaState::addDealer(const MkDealer& dealer)
{
    m_dealers.insert(dealer.dealerUuid, dealer);
}

void MyKaarmaState::addDepartment(const MkDepartment& department)
{
    m_departments.insert(department.departmentUuid, department);
}

void MyKaarmaState::addCustomer(const MkCustomer& customer)
{
    m_customers.insert(customer.customerUuid, customer);
}

const MkSubscriber* MyKaarmaState::subscriber(const QString& username) const
{
    auto it = m_subscribers.constFind(username);
    return it == m_subscribers.cend() ? nullptr : &it.value();
}

const MkDealer* MyKaarmaState::dealer(const QString& dealerUuid) const
{
    auto it = m_dealers.constFind(dealerUuid);
    return it == m_dealers.cend() ? nullptr : &it.value();
}

const MkDepartment* MyKaarmaState::department(const QString& departmentUuid) const
{
    auto it = m_departments.constFind(departmentUuid);
    return it == m_departments.cend() ? nullptr : &it.value();
}

const MkCustomer* MyKaarmaState::customer(const QString& customerUuid) const
{
    auto it = m_customers.constFind(customerUuid);
    return it == m_customers.cend() ? nullptr : &it.value();
}

const MkOrder* MyKaarmaState::order(const QString& dealerOrderUuid) const
{
    auto it = m_orders.constFind(dealerOrderUuid);
    return it == m_orders.cend() ? nullptr : &it.value();
}

const MkOrder* MyKaarmaState::orderByNumber(const QString& dealerUuid, const QString& orderNumber) const
{
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it) {
        if (it->dealerUuid == dealerUuid && it->orderNumber == orderNumber)
            return &it.value();
    }
    return nullptr;
}

const MkInvoice* MyKaarmaState::invoice(const QString& guid) const
{
    auto it = m_invoices.constFind(guid);
    return it == m_invoices.cend() ? nullptr : &it.value();
}

const MkPaymentRequest* MyKaarmaState::paymentRequest(const QString& guid)
{
    expireDue();
    return findRequest(guid);
}

QList<MkPaymentRequest> MyKaarmaState::paymentRequestsOfInvoice(const QString& invoiceGuid) const
{
    QList<MkPaymentRequest> out;
    for (const MkPaymentRequest& r : m_requests) {
        if (r.invoiceGuid == invoiceGuid)
            out << r;
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

MkOrder* MyKaarmaState::findOrder(const QString& uuid)
{
    auto it = m_orders.find(uuid);
    return it == m_orders.end() ? nullptr : &it.value();
}

MkInvoice* MyKaarmaState::findInvoice(const QString& guid)
{
    auto it = m_invoices.find(guid);
    return it == m_invoices.end() ? nullptr : &it.value();
}

MkPaymentRequest* MyKaarmaState::findRequest(const QString& guid)
{
    auto it = m_requests.find(guid);
    return it == m_requests.end() ? nullptr : &it.value();
}

MkFees MyKaarmaState::fees(qint64 amount, const MkFeeRequest& request, const MkDepartment& department)
{
    MkFees f;
    // Surcharges apply to credit cards only (never debit, as card-brand rules require).
    if (request.fetchSurcharge && request.tenderType == u"CREDIT"_s) {
        f.surchargeBasisPoints = department.surchargeBasisPoints;
        f.surcharge = share(amount, f.surchargeBasisPoints);
    }
    if (request.fetchApplicationFee) {
        f.applicationFeeBasisPoints = department.applicationFeeBasisPoints;
        f.applicationFee = share(amount, f.applicationFeeBasisPoints);
    }
    return f;
}

void MyKaarmaState::touch(MkOrder& order)
{
    // Strictly later than before, even when the clock stands still (manual clocks in tests).
    QDateTime now = m_clock.now().toUTC();
    if (order.syncDate.isValid() && now <= order.syncDate)
        now = order.syncDate.addMSecs(1);
    order.syncDate = now;
    Q_EMIT orderChanged(order.dealerOrderUuid);
}

QString MyKaarmaState::insertOrder(MkOrder order)
{
    if (order.dealerOrderUuid.isEmpty())
        order.dealerOrderUuid = newUuid();
    if (order.id == 0)
        order.id = m_nextId++;
    if (!order.orderDate.isValid())
        order.orderDate = m_clock.now().toUTC();
    if (!order.syncDate.isValid())
        order.syncDate = order.orderDate;
    const QString uuid = order.dealerOrderUuid;
    m_orders.insert(uuid, std::move(order));
    return uuid;
}

QString MyKaarmaState::insertInvoice(MkInvoice invoice)
{
    if (invoice.guid.isEmpty())
        invoice.guid = newUuid();
    if (invoice.id == 0)
        invoice.id = m_nextId++;
    if (!invoice.invoiceDate.isValid())
        invoice.invoiceDate = m_clock.now().toUTC();
    if (MkOrder* o = findOrder(invoice.dealerOrderUuid)) {
        if (!o->invoiceGuids.contains(invoice.guid))
            o->invoiceGuids << invoice.guid;
    }
    const QString guid = invoice.guid;
    m_invoices.insert(guid, std::move(invoice));
    return guid;
}

QString MyKaarmaState::insertPaymentRequest(MkPaymentRequest request)
{
    if (request.guid.isEmpty())
        request.guid = newUuid();
    if (request.id == 0)
        request.id = m_nextId++;
    if (!request.createdAt.isValid())
        request.createdAt = m_clock.now().toUTC();
    if (const MkInvoice* inv = invoice(request.invoiceGuid)) {
        if (const MkOrder* o = order(inv->dealerOrderUuid))
            request.departmentUuid = o->departmentUuid;
        if (request.amount == 0)
            request.amount = inv->amount - inv->paidAmount();
        if (request.description.isEmpty())
            request.description = inv->description;
    }
    const QString guid = request.guid;
    m_requests.insert(guid, std::move(request));
    return guid;
}

void MyKaarmaState::insertTransaction(const QString& invoiceGuid, MkTransaction transaction)
{
    MkInvoice* inv = findInvoice(invoiceGuid);
    if (!inv)
        return;
    if (transaction.id == 0)
        transaction.id = m_nextId++;
    if (transaction.reference.isEmpty())
        transaction.reference = u"KP%1"_s.arg(m_random.bounded(10000000u, 99999999u));
    const qint64 paidNow = transaction.amount;
    const bool online = transaction.online;
    const QDateTime at = transaction.at;
    inv->transactions << transaction;
    if (inv->paidAmount() >= inv->amount) {
        inv->status = u"PAID"_s;
        inv->paidDate = at;
    }
    if (MkOrder* o = findOrder(inv->dealerOrderUuid)) {
        o->paidAmount += paidNow;
        o->paidInKaarma = true;
        o->paidOnline = o->paidOnline || online;
        o->paid = o->amount > 0 && o->paidAmount >= o->amount;
        if (o->amount > 0 && o->paidAmount > o->amount)
            o->suspicious = true;
    }
}

Result<MkPrepaymentResult, QString> MyKaarmaState::prepayment(MkOrder order, MkInvoice invoice)
{
    if (!invoice.guid.isEmpty()) {
        if (const MkInvoice* existing = this->invoice(invoice.guid)) {
            if (existing->requestFingerprint != invoice.requestFingerprint)
                return fail(u"invoiceGUID %1 was already used for another prepayment"_s.arg(invoice.guid));
            return MkPrepaymentResult{existing->dealerOrderUuid, existing->guid, false};
        }
    }
    MkOrder* target = nullptr;
    if (!order.dealerOrderUuid.isEmpty()) {
        target = findOrder(order.dealerOrderUuid);
        if (!target)
            return fail(u"Unknown dealerOrderUuid %1"_s.arg(order.dealerOrderUuid));
        if (target->dealerUuid != order.dealerUuid)
            return fail(u"The dealer order belongs to another dealer"_s);
    } else if (const MkOrder* byNumber = orderByNumber(order.dealerUuid, order.orderNumber)) {
        target = findOrder(byNumber->dealerOrderUuid);
    }
    if (target && target->orderStatus == u"closed"_s)
        return fail(u"The dealer order %1 is closed"_s.arg(target->orderNumber));
    if (target && !order.customerUuid.isEmpty() && target->customerUuid != order.customerUuid)
        return fail(u"The customerUuid does not match the dealer order's customer"_s);
    QString orderUuid;
    if (target) {
        orderUuid = target->dealerOrderUuid;
        if (order.amount > 0 && target->amount == 0)
            target->amount = order.amount;
    } else {
        order.dealerOrderUuid.clear();
        orderUuid = insertOrder(std::move(order));
    }
    invoice.dealerOrderUuid = orderUuid;
    invoice.status = u"OPEN"_s;
    const QString guid = insertInvoice(std::move(invoice));
    if (MkOrder* o = findOrder(orderUuid))
        touch(*o);
    qCInfo(lcSandbox).noquote() << "mykaarma: prepayment invoice" << guid.left(8) << "on order"
                                << orderUuid.left(8);
    return MkPrepaymentResult{orderUuid, guid, true};
}

Result<QString, QString> MyKaarmaState::requestPayment(MkPaymentRequest request, bool sendAsText,
                                                       bool sendAsEmail, bool* textSent, bool* emailSent)
{
    expireDue();
    MkInvoice* inv = findInvoice(request.invoiceGuid);
    if (!inv)
        return fail(u"Unknown invoiceGuid %1"_s.arg(request.invoiceGuid));
    if (inv->status != u"OPEN"_s)
        return fail(u"The invoice is already paid"_s);
    MkOrder* order = findOrder(inv->dealerOrderUuid);
    if (!order)
        return fail(u"The invoice has no dealer order"_s);
    const MkCustomer* cust = customer(order->customerUuid);
    const bool canText = cust && cust->okToText && !cust->phone.isEmpty();
    const bool canEmail = cust && cust->okToEmail && !cust->email.isEmpty();
    if (textSent)
        *textSent = sendAsText && canText;
    if (emailSent)
        *emailSent = sendAsEmail && canEmail;
    const bool sent = (sendAsText && canText) || (sendAsEmail && canEmail);

    MkPaymentRequest* open = nullptr;
    for (MkPaymentRequest& r : m_requests) {
        if (r.invoiceGuid == inv->guid && r.isOpen() && (!open || r.id > open->id))
            open = &r;
    }
    QString guid;
    if (open) {
        guid = open->guid;
        open->version += 1;
        open->sentAsText = open->sentAsText || (sendAsText && canText);
        open->sentAsEmail = open->sentAsEmail || (sendAsEmail && canEmail);
        if (sent && open->status == MkPaymentRequest::Status::Created)
            open->status = MkPaymentRequest::Status::Sent;
    } else {
        request.guid = newUuid();
        request.id = m_nextId++;
        request.createdAt = m_clock.now().toUTC();
        request.amount = inv->amount - inv->paidAmount();
        request.departmentUuid = order->departmentUuid;
        request.sentAsText = sendAsText && canText;
        request.sentAsEmail = sendAsEmail && canEmail;
        request.status = sent ? MkPaymentRequest::Status::Sent : MkPaymentRequest::Status::Created;
        if (request.description.isEmpty())
            request.description = inv->description;
        guid = request.guid;
        m_requests.insert(guid, std::move(request));
    }
    if (sent)
        order->paymentRequestSent = true;
    touch(*order);
    // Who it went to stays out of the log: the channels only.
    qCInfo(lcSandbox).noquote() << "mykaarma: payment request" << guid.left(8) << "for invoice"
                                << inv->guid.left(8) << (sendAsText && canText ? "texted" : "")
                                << (sendAsEmail && canEmail ? "emailed" : "");
    return guid;
}

void MyKaarmaState::viewed(const QString& guid)
{
    expireDue();
    MkPaymentRequest* r = findRequest(guid);
    if (!r || !r->isOpen() || r->status == MkPaymentRequest::Status::Viewed)
        return;
    r->status = MkPaymentRequest::Status::Viewed;
    r->version += 1;
    if (MkInvoice* inv = findInvoice(r->invoiceGuid)) {
        if (MkOrder* o = findOrder(inv->dealerOrderUuid))
            touch(*o);
    }
}

void MyKaarmaState::finish(MkPaymentRequest& request, MkPaymentRequest::Status status)
{
    request.status = status;
    request.version += 1;
    request.finishedAt = m_clock.now().toUTC();
    const QString guid = request.guid;
    const QString name = MkPaymentRequest::statusName(status);
    qCInfo(lcSandbox).noquote() << "mykaarma: payment request" << guid.left(8) << "->" << name;
    Q_EMIT paymentRequestFinal(guid, name);
}

Result<Done, QString> MyKaarmaState::pay(const QString& guid, const QString& brand, const QString& last4,
                                         qint64 surcharge)
{
    expireDue();
    MkPaymentRequest* r = findRequest(guid);
    if (!r)
        return fail(u"Payment request not found"_s);
    if (!r->isOpen())
        return fail(u"The payment request is %1"_s.arg(MkPaymentRequest::statusName(r->status)));
    MkInvoice* inv = findInvoice(r->invoiceGuid);
    MkOrder* order = inv ? findOrder(inv->dealerOrderUuid) : nullptr;
    if (!inv || !order)
        return fail(u"The payment request has no invoice"_s);
    MkTransaction t;
    t.id = m_nextId++;
    t.shortCode = r->paymentType;
    t.amount = r->amount;
    t.surcharge = surcharge;
    t.cardBrand = brand;
    t.last4 = last4;
    t.at = m_clock.now().toUTC();
    t.reference = u"KP%1"_s.arg(m_random.bounded(10000000u, 99999999u));
    inv->transactions << t;
    if (inv->paidAmount() >= inv->amount) {
        inv->status = u"PAID"_s;
        inv->paidDate = t.at;
    }
    order->paidAmount += t.amount;
    order->paidInKaarma = true;
    order->paidOnline = true;
    order->paid = order->amount > 0 && order->paidAmount >= order->amount;
    if (order->amount > 0 && order->paidAmount > order->amount)
        order->suspicious = true;
    touch(*order);
    finish(*r, MkPaymentRequest::Status::Paid);
    return Done{};
}

Result<Done, QString> MyKaarmaState::decline(const QString& guid)
{
    expireDue();
    MkPaymentRequest* r = findRequest(guid);
    if (!r)
        return fail(u"Payment request not found"_s);
    if (!r->isOpen())
        return fail(u"The payment request is %1"_s.arg(MkPaymentRequest::statusName(r->status)));
    r->failedAttempts += 1;
    r->version += 1;
    if (MkInvoice* inv = findInvoice(r->invoiceGuid)) {
        if (MkOrder* o = findOrder(inv->dealerOrderUuid))
            touch(*o);
    }
    if (r->failedAttempts >= r->maxAttempts)
        finish(*r, MkPaymentRequest::Status::Failed);
    return Done{};
}

void MyKaarmaState::paidInStore(const QString& dealerOrderUuid)
{
    MkOrder* o = findOrder(dealerOrderUuid);
    if (!o || o->paid)
        return;
    o->paidAmount = o->amount;
    o->paid = true;
    o->paidInKaarma = true;
    o->paidOnline = false;
    o->orderStatus = u"closed"_s;
    for (const QString& g : std::as_const(o->invoiceGuids)) {
        if (MkInvoice* inv = findInvoice(g); inv && inv->status == u"OPEN"_s) {
            MkTransaction t;
            t.id = m_nextId++;
            t.amount = inv->amount - inv->paidAmount();
            t.at = m_clock.now().toUTC();
            t.online = false;
            t.cardBrand = u"Visa"_s;
            t.last4 = u"4242"_s;
            t.reference = u"KP%1"_s.arg(m_random.bounded(10000000u, 99999999u));
            inv->transactions << t;
            inv->status = u"PAID"_s;
            inv->paidDate = t.at;
        }
    }
    touch(*o);
}

void MyKaarmaState::markSuspicious(const QString& dealerOrderUuid)
{
    if (MkOrder* o = findOrder(dealerOrderUuid)) {
        o->suspicious = true;
        touch(*o);
    }
}

void MyKaarmaState::expireDue()
{
    const QDateTime now = m_clock.now();
    QStringList due;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        if (it->isOpen() && it->expiresAt().isValid() && it->expiresAt() <= now)
            due << it.key();
    }
    for (const QString& guid : std::as_const(due)) {
        if (MkPaymentRequest* r = findRequest(guid))
            finish(*r, MkPaymentRequest::Status::Expired);
    }
}

} // namespace paydesk::sandbox
