#include "MyKaarmaProvider.h"

#include "Logging.h"
#include "MyKaarmaClient.h"
#include "MyKaarmaRules.h"
#include "api/Scheduler.h"
#include "providers/ActionReplay.h"
#include "providers/AnswerLater.h"
#include "providers/ChangeTime.h"
#include "store/PaymentStore.h"

#include <QPointer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString kOutboxKey = ActionReplay::outboxKey();
const QString kInvoiceGuid = u"invoiceGUID"_s;
const QString kOrderUuid = u"dealerOrderUuid"_s;

ApiError unreadable(const QString& detail, const QString& field = {})
{
    ApiError e = ApiError::parse(detail, field);
    e.message = MyKaarmaClient::tr("myKaarma sent an answer PayDesk cannot read.");
    return e;
}

/// Whether anything a person cares about changed between `a` and `b`.
bool differs(const Payment& a, const Payment& b)
{
    return a.status != b.status || a.providerStatus != b.providerStatus ||
           a.providerReference != b.providerReference || a.amount != b.amount ||
           a.amountPaid != b.amountPaid || a.fundsCleared != b.fundsCleared ||
           a.providerData != b.providerData || a.payLink != b.payLink || a.customer.name != b.customer.name ||
           a.description != b.description || a.expiresAt != b.expiresAt;
}

/// `p` against `base`: version, updatedAt (changeTime()) and timeline move on when something
/// changed.
Payment settle(Payment p, const Payment& base, const QDateTime& now, StatusChange::Actor actor,
               const QDateTime& changed = {})
{
    if (differs(p, base) || base.version == 0) {
        const QDateTime at = changeTime(base, changed, now);
        p.version = base.version + 1;
        p.updatedAt = at;
        // The cached timeline goes on with the new step: the store writes the timeline it is
        // given in place of the one it holds, so a timeline cleared here kept only this step.
        if (p.status != base.status || base.version == 0)
            p.history.append(StatusChange{p.status, at, actor, p.providerStatus});
    } else {
        p.history.clear(); // nothing new: the cached timeline stays as it is
    }
    return p;
}

/// The Facts of a payment from its providerData.
MyKaarmaRules::Facts factsOf(const Payment& p)
{
    MyKaarmaRules::Facts f;
    f.orderStatus = p.providerStatus;
    f.requestStatus = p.providerData.value(u"paymentRequestStatus"_s).toString();
    // For an order PayDesk did not prepay, the payment is the whole order: one paid request (of
    // one of its invoices) does not pay it; the order's own flags decide.
    if (p.providerData.value(kInvoiceGuid).toString().isEmpty() &&
        f.requestStatus.compare(u"PAID"_s, Qt::CaseInsensitive) == 0)
        f.requestStatus.clear();
    f.paid = p.providerData.value(u"paid"_s).toBool();
    f.paymentRequestSent = p.providerData.value(u"paymentRequestSent"_s).toBool();
    f.partlyPaid = !f.paid && p.amountPaid.isValid() && p.amountPaid.isPositive();
    return f;
}

void applyStatus(Payment& p)
{
    p.status = MyKaarmaRules::statusFor(factsOf(p));
    const bool paid = p.status.code() == PaymentStatus::Code::Paid;
    p.fundsCleared = MyKaarmaRules::fundsCleared(paid, p.providerData.value(u"suspicious"_s).toBool());
    if (paid && (!p.amountPaid.isValid() || p.amountPaid.minorUnits() < p.amount.minorUnits()))
        p.amountPaid = p.amount;
}

/// The fees of a prepayment answer's feeResponse in minor units; percentages as myKaarma wrote them.
Result<QJsonObject, ApiError> feesOf(const QJsonObject& feeResponse, const QString& currency)
{
    QJsonObject fees{{u"currency"_s, currency}};
    for (const auto& [from, to] : {std::pair{u"surchargeAmount"_s, u"surcharge"_s},
                                   std::pair{u"applicationFeeAmount"_s, u"applicationFee"_s},
                                   std::pair{u"totalAmount"_s, u"total"_s}}) {
        auto m = MyKaarmaClient::amountOf(feeResponse, from, currency, false);
        if (!m)
            return fail(m.error());
        if (m->isValid())
            fees.insert(to, m->minorUnits());
    }
    for (const QString& key : {u"surchargePercentage"_s, u"applicationFeePercentage"_s}) {
        if (feeResponse.contains(key))
            fees.insert(key, MyKaarmaClient::textOf(feeResponse.value(key)));
    }
    return fees;
}

} // namespace

MyKaarmaProvider::MyKaarmaProvider(Config config, PaymentStore& store, Scheduler& scheduler,
                                   SiteSecrets passwords, QObject* parent)
    : PaymentProvider(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_scheduler(scheduler)
{
    m_http = std::make_unique<HttpClient>(m_config.transport, m_scheduler);
    for (const MyKaarmaSite& site : std::as_const(m_config.sites)) {
        if (!site.isComplete())
            continue;
        m_clients.insert(site.siteId, passwords.forSite(site, m_config.profileName, [&](auto&&... password) {
            return new MyKaarmaClient(*m_http, site, std::forward<decltype(password)>(password)..., this);
        }));
    }
    m_poller = std::make_unique<MyKaarmaPoller>(
        m_scheduler, m_clients.keys(),
        [this](const QString& siteId, int page, int size, QObject* context, MyKaarmaPoller::PageDone done) {
            listPage(siteId, page, size, context, std::move(done));
        },
        [this](const QString& paymentId, QObject* context,
               std::function<void(Result<Payment, ApiError>)> done) {
            refresh(paymentId, context, std::move(done));
        },
        m_config.polling);
    m_pollerView = m_poller.get();
}

MyKaarmaProvider::~MyKaarmaProvider() = default;

std::vector<std::unique_ptr<PaymentSource>> MyKaarmaProvider::takeSources()
{
    std::vector<std::unique_ptr<PaymentSource>> sources;
    if (m_poller)
        sources.push_back(std::move(m_poller));
    return sources;
}

MyKaarmaClient* MyKaarmaProvider::client(const QString& siteId) const
{
    return m_clients.value(siteId);
}

ApiError MyKaarmaProvider::noSuchSite(const QString& siteId) const
{
    return MyKaarmaClient::invalid(
        MyKaarmaClient::tr("This site has no myKaarma credentials. Add them in the connection settings."),
        u"no mykaarma site "_s + siteId, u"storeId"_s);
}

QString MyKaarmaProvider::paymentIdOf(const QString& siteId, const QString& dealerOrderUuid)
{
    return u"%1:%2:%3"_s.arg(ProviderId::myKaarma(), siteId, dealerOrderUuid);
}

QString MyKaarmaProvider::invoiceGuidFor(const QString& outboxKey)
{
    // A fixed namespace: the same key gives the same invoiceGUID in every PayDesk.
    static const QUuid ns(u"6f1c2a52-7d0e-4c59-9a83-2f4f5e0c9b11"_s);
    return QUuid::createUuidV5(ns, outboxKey).toString(QUuid::WithoutBraces);
}

Result<QJsonObject, ApiError> MyKaarmaProvider::prepaymentBody(const QJsonObject& payload,
                                                               const QString& invoiceGuid,
                                                               const QString& defaultCurrency)
{
    const QString currency = payload.value(u"currency"_s).toString(defaultCurrency);
    auto amount = Money::fromMinor(payload.value(u"amount"_s).toInteger(), currency);
    auto whole = Money::fromMinor(
        payload.value(u"dealerOrderAmount"_s).toInteger(amount ? amount->minorUnits() : 0), currency);
    if (!amount || !whole)
        return fail(MyKaarmaClient::invalid(amount ? whole.error().message : amount.error().message,
                                            u"bad amount"_s, u"amount"_s));
    QJsonObject body{
        {u"customerUuid"_s, payload.value(u"customerUuid"_s).toString()},
        {u"orderNumber"_s, payload.value(u"orderNumber"_s).toString()},
        {kInvoiceGuid, invoiceGuid},
        {u"desc"_s, payload.value(u"desc"_s).toString()},
        // Exact decimals: Money::toJsonNumber() is the double nearest the decimal, which every JSON
        // writer prints back as exactly that decimal ("249.99").
        {u"amount"_s, amount->toJsonNumber()},
        {u"dealerOrderAmount"_s, whole->toJsonNumber()},
        {u"orderType"_s, payload.value(u"orderType"_s).toString(u"RO"_s)},
    };
    if (const QString uuid = payload.value(kOrderUuid).toString(); !uuid.isEmpty())
        body.insert(kOrderUuid, uuid);
    if (payload.value(u"feeRequest"_s).isObject()) {
        const QJsonObject in = payload.value(u"feeRequest"_s).toObject();
        QJsonObject fee;
        for (const QString& key : {u"fetchSurcharge"_s, u"fetchApplicationFee"_s}) {
            if (in.value(key).isBool())
                fee.insert(key, in.value(key));
        }
        for (const QString& key :
             {u"tenderType"_s, u"cardType"_s, u"transactionDepartment"_s, u"paymentType"_s}) {
            if (!in.value(key).toString().isEmpty())
                fee.insert(key, in.value(key).toString());
        }
        body.insert(u"feeRequest"_s, fee);
    }
    return body;
}

Result<Payment, ApiError> MyKaarmaProvider::prepaid(const QString& enterpriseId, const QString& siteId,
                                                    const QJsonObject& payload, const QJsonObject& answer,
                                                    const QString& outboxKey, const QString& defaultCurrency,
                                                    const QDateTime& now)
{
    const QString currency = payload.value(u"currency"_s).toString(defaultCurrency);
    const QString orderUuid = answer.value(kOrderUuid).toString();
    if (orderUuid.isEmpty())
        return fail(unreadable(u"prepayment answered without dealerOrderUuid"_s, kOrderUuid));
    auto amount = MyKaarmaClient::amountOf(answer, u"amount"_s, currency, false);
    if (!amount)
        return fail(amount.error());
    Payment p;
    p.paymentId = paymentIdOf(siteId, orderUuid);
    p.enterpriseId = enterpriseId;
    p.storeId = siteId;
    p.provider = ProviderId::myKaarma();
    const QString orderNumber =
        answer.value(u"orderNumber"_s).toString(payload.value(u"orderNumber"_s).toString());
    p.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, orderNumber);
    p.providerReference = orderNumber;
    p.description = payload.value(u"desc"_s).toString();
    if (amount->isValid())
        p.amount = amount.value();
    else if (auto asked = Money::fromMinor(payload.value(u"amount"_s).toInteger(), currency))
        p.amount = asked.value();
    p.providerStatus = u"open"_s;
    p.createdAt = now;
    p.updatedAt = now;
    p.providerData.insert(kOrderUuid, orderUuid);
    p.providerData.insert(kInvoiceGuid, answer.value(kInvoiceGuid).toString());
    p.providerData.insert(kOutboxKey, outboxKey);
    p.providerData.insert(u"departmentUuid"_s, answer.value(u"departmentUuid"_s).toString());
    p.providerData.insert(u"orderType"_s, payload.value(u"orderType"_s).toString(u"RO"_s));
    for (const QString& flag : {u"sendAsText"_s, u"sendAsEmail"_s})
        p.providerData.insert(flag, payload.value(flag).toBool());
    for (const QString& flag :
         {u"paid"_s, u"paidOnline"_s, u"paidInKaarma"_s, u"paymentRequestSent"_s, u"suspicious"_s})
        p.providerData.insert(flag, false);
    if (answer.value(u"feeResponse"_s).isObject()) {
        auto fees = feesOf(answer.value(u"feeResponse"_s).toObject(), currency);
        if (!fees)
            return fail(fees.error());
        QJsonObject f = fees.value();
        f.insert(u"amount"_s, p.amount.minorUnits());
        p.providerData.insert(u"fees"_s, f);
    }
    p.providerData.insert(u"warnings"_s, MyKaarmaClient::warningsOf(answer));
    applyStatus(p);
    p.version = 1;
    p.history = {StatusChange{p.status, now, StatusChange::Actor::Dealer, p.providerStatus}};
    return p;
}

Result<Payment, ApiError> MyKaarmaProvider::merged(Payment base, const QJsonObject& entry,
                                                   const QString& currency, const QDateTime& now)
{
    const QJsonObject dto = entry.value(u"paymentDealerOrderDTO"_s).toObject();
    const QJsonObject standard = entry.value(u"standardOrderDTO"_s).toObject();
    if (dto.isEmpty())
        return fail(unreadable(u"dealer order without paymentDealerOrderDTO"_s, u"paymentDealerOrderDTO"_s));
    const QString orderUuid = dto.value(kOrderUuid).toString(standard.value(kOrderUuid).toString());
    if (orderUuid.isEmpty())
        return fail(unreadable(u"dealer order without dealerOrderUuid"_s, kOrderUuid));
    auto orderAmount = MyKaarmaClient::amountOf(dto, u"amount"_s, currency, false);
    if (!orderAmount)
        return fail(orderAmount.error());
    auto paidAmount = MyKaarmaClient::amountOf(dto, u"paidAmount"_s, currency, false);
    if (!paidAmount)
        return fail(paidAmount.error());

    Payment p = base;
    p.provider = ProviderId::myKaarma();
    if (!standard.value(u"orderStatus"_s).toString().isEmpty())
        p.providerStatus = standard.value(u"orderStatus"_s).toString();
    const QString orderNumber = dto.value(u"orderNumber"_s).toString();
    if (!orderNumber.isEmpty()) {
        p.providerReference = orderNumber;
        p.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, orderNumber);
    }
    if (p.description.isEmpty())
        p.description = standard.value(u"description"_s).toString();
    const QJsonObject customer = dto.value(u"paymentCustomer"_s).toObject();
    const QString name =
        (customer.value(u"firstName"_s).toString() + u' ' + customer.value(u"lastName"_s).toString())
            .trimmed();
    if (!name.isEmpty() || !customer.value(u"company"_s).toString().isEmpty())
        p.customer.name = name.isEmpty() ? customer.value(u"company"_s).toString() : name;
    // The order's times: when it was opened (orderDate, in either DTO) and its last change
    // (dealerOrderSyncDate; the order date when it has none).
    QDateTime opened = MyKaarmaClient::timeOf(dto.value(u"orderDate"_s));
    if (!opened.isValid())
        opened = MyKaarmaClient::timeOf(standard.value(u"orderDate"_s));
    QDateTime changed = MyKaarmaClient::timeOf(dto.value(u"dealerOrderSyncDate"_s));
    if (!changed.isValid())
        changed = opened;
    if (!p.createdAt.isValid())
        p.createdAt = opened.isValid() ? std::min(opened, now) : changeTime(base, changed, now);
    p.providerData.insert(kOrderUuid, orderUuid);
    if (!dto.value(u"departmentUuid"_s).toString().isEmpty())
        p.providerData.insert(u"departmentUuid"_s, dto.value(u"departmentUuid"_s).toString());
    for (const QString& flag :
         {u"paid"_s, u"paidOnline"_s, u"paidInKaarma"_s, u"paymentRequestSent"_s, u"suspicious"_s})
        p.providerData.insert(flag, dto.value(flag).toBool());
    if (orderAmount->isValid())
        p.providerData.insert(u"orderAmount"_s, orderAmount->minorUnits());
    if (paidAmount->isValid())
        p.providerData.insert(u"paidAmount"_s, paidAmount->minorUnits());

    // Our prepayment's invoice (or, for an order PayDesk did not begin, its latest), and the
    // latest payment request on it.
    const QString ours = p.providerData.value(kInvoiceGuid).toString();
    QJsonObject invoice;
    for (const QJsonValue& v : entry.value(u"invoices"_s).toArray()) {
        const QJsonObject inv = v.toObject();
        if (ours.isEmpty() || inv.value(u"guid"_s).toString() == ours)
            invoice = inv;
    }
    if (!invoice.isEmpty()) {
        const QJsonArray requests = invoice.value(u"paymentRequests"_s).toArray();
        if (!requests.isEmpty()) {
            const QJsonObject last = requests.last().toObject();
            p.providerData.insert(u"paymentRequestUuid"_s, last.value(u"guid"_s).toString());
            p.providerData.insert(u"paymentRequestStatus"_s, last.value(u"status"_s).toString());
        }
        p.providerData.insert(u"invoiceStatus"_s, invoice.value(u"invoiceStatus"_s).toString());
    }

    const bool prepayment = !ours.isEmpty();
    bool paid = dto.value(u"paid"_s).toBool();
    if (prepayment) {
        // The prepayment is paid when its invoice is, even while the rest of the order is open.
        paid =
            paid || invoice.value(u"invoiceStatus"_s).toString().compare(u"PAID"_s, Qt::CaseInsensitive) == 0;
        p.providerData.insert(u"paid"_s, paid);
        if (paid)
            p.amountPaid = p.amount;
        else if (paidAmount->isValid() && paidAmount->isPositive() &&
                 paidAmount->minorUnits() < p.amount.minorUnits())
            p.amountPaid = Money(); // what was paid belongs to other invoices of the order
    } else {
        if (orderAmount->isValid())
            p.amount = orderAmount.value();
        p.amountPaid = paidAmount->isValid() && paidAmount->isPositive() ? paidAmount.value() : Money();
    }
    applyStatus(p);
    return settle(p, base, now, StatusChange::Actor::Partner, changed);
}

void MyKaarmaProvider::write(const Payment& p)
{
    if (auto written = m_store.upsert(p); !written)
        qCWarning(lcSync) << "mykaarma: cannot cache a payment:" << written.error().detail;
}

void MyKaarmaProvider::listPage(const QString& siteId, int pageNumber, int pageSize, QObject* context,
                                MyKaarmaPoller::PageDone done)
{
    MyKaarmaClient* mk = client(siteId);
    if (!mk) {
        answerLater<int>(context, std::move(done), fail(noSuchSite(siteId)));
        return;
    }
    MyKaarmaClient::OrderFilter filter;
    const QDate today = m_scheduler.clock().now().toUTC().date();
    filter.startDate = today.addDays(-m_config.lookbackDays).toString(Qt::ISODate);
    filter.endDate = today.addDays(1).toString(Qt::ISODate);
    filter.pageNumber = pageNumber;
    filter.pageSize = pageSize;
    mk->dealerOrders(filter, context, [this, siteId, done](Result<QJsonObject, ApiError> answer) {
        if (!answer) {
            done(fail(answer.error()));
            return;
        }
        const QJsonValue list = answer->value(u"mykaarmaDealerOrderList"_s);
        if (!list.isArray() && !list.isUndefined() && !list.isNull()) {
            done(fail(unreadable(u"mykaarmaDealerOrderList is not a list"_s, u"mykaarmaDealerOrderList"_s)));
            return;
        }
        const QJsonArray orders = list.toArray();
        const QDateTime now = m_scheduler.clock().now();
        QList<Payment> changed;
        for (const QJsonValue& v : orders) {
            const QJsonObject entry = v.toObject();
            const QJsonObject dto = entry.value(u"paymentDealerOrderDTO"_s).toObject();
            const QString uuid =
                dto.value(kOrderUuid)
                    .toString(entry.value(u"standardOrderDTO"_s).toObject().value(kOrderUuid).toString());
            if (uuid.isEmpty()) {
                qCWarning(lcSync) << "mykaarma: a dealer order without dealerOrderUuid was skipped";
                continue;
            }
            const QString id = paymentIdOf(siteId, uuid);
            Payment base;
            if (auto cached = m_store.payment(id); cached && cached->has_value()) {
                base = **cached;
            } else {
                // An order becomes a payment once something happened on it: a request or a payment.
                const auto paid = MyKaarmaClient::amountOf(dto, u"paidAmount"_s, m_config.currency, false);
                const bool active = dto.value(u"paymentRequestSent"_s).toBool() ||
                                    dto.value(u"paid"_s).toBool() || dto.value(u"suspicious"_s).toBool() ||
                                    (paid && paid->isPositive());
                if (!active)
                    continue;
                base.paymentId = id;
                base.enterpriseId = m_config.enterpriseId;
                base.storeId = siteId;
                base.provider = ProviderId::myKaarma();
            }
            auto p = merged(base, entry, m_config.currency, now);
            if (!p) {
                qCWarning(lcSync) << "mykaarma: a dealer order could not be read:" << p.error().detail;
                continue;
            }
            if (p->version != base.version)
                changed.append(p.value());
        }
        if (!changed.isEmpty()) {
            if (auto written = m_store.upsertBatch(changed); !written)
                qCWarning(lcSync) << "mykaarma: cannot cache dealer orders:" << written.error().detail;
        }
        done(int(orders.size()));
    });
}

void MyKaarmaProvider::refresh(const QString& paymentId, QObject* context, PaymentCallback callback)
{
    const QString siteId = paymentId.section(u':', 1, 1);
    const QString uuid = paymentId.section(u':', 2);
    MyKaarmaClient* mk = client(siteId);
    if (!mk) {
        answerLater<Payment>(context, std::move(callback), fail(noSuchSite(siteId)));
        return;
    }
    MyKaarmaClient::OrderFilter filter;
    filter.dealerOrderUuids = {uuid};
    filter.pageSize = 1;
    mk->dealerOrders(
        filter, context, [this, paymentId, siteId, uuid, callback](Result<QJsonObject, ApiError> answer) {
            if (!answer) {
                callback(fail(answer.error()));
                return;
            }
            const QJsonArray orders = answer->value(u"mykaarmaDealerOrderList"_s).toArray();
            QJsonObject entry;
            for (const QJsonValue& v : orders) {
                const QJsonObject o = v.toObject();
                if (o.value(u"paymentDealerOrderDTO"_s).toObject().value(kOrderUuid).toString() == uuid)
                    entry = o;
            }
            if (entry.isEmpty()) {
                ApiError e = MyKaarmaClient::refused(200, QJsonObject{{u"errorCode"_s, u"NOT_FOUND"_s}});
                e.message = MyKaarmaClient::tr("myKaarma does not know this order (any more).");
                e.detail = u"mykaarma: order not in the filter's answer"_s;
                callback(fail(e));
                return;
            }
            Payment base;
            if (auto cached = m_store.payment(paymentId); cached && cached->has_value()) {
                base = **cached;
            } else {
                base.paymentId = paymentId;
                base.enterpriseId = m_config.enterpriseId;
                base.storeId = siteId;
                base.provider = ProviderId::myKaarma();
            }
            auto p = merged(base, entry, m_config.currency, m_scheduler.clock().now());
            if (!p) {
                callback(fail(p.error()));
                return;
            }
            if (p->version != base.version)
                write(p.value());
            callback(p.value());
        });
}

void MyKaarmaProvider::sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback)
{
    MyKaarmaClient* mk = client(entry.storeId);
    if (!mk) {
        answerLater<Payment>(context, std::move(callback), fail(noSuchSite(entry.storeId)));
        return;
    }
    switch (entry.kind) {
    case OutboxEntry::Kind::Initiate:
        initiate(entry, *mk, context, std::move(callback));
        return;
    case OutboxEntry::Kind::Resend: {
        auto cached = m_store.payment(entry.paymentId);
        if (!cached || !cached->has_value() ||
            (**cached).providerData.value(kInvoiceGuid).toString().isEmpty()) {
            answerLater<Payment>(
                context, std::move(callback),
                fail(MyKaarmaClient::invalid(
                    MyKaarmaClient::tr("This myKaarma payment has no prepayment invoice to send."),
                    u"resend without invoiceGUID"_s, u"paymentId"_s)));
            return;
        }
        sendLink(**cached, entry.payload, false, *mk, context, std::move(callback));
        return;
    }
    default:
        answerLater<Payment>(context, std::move(callback),
                             fail(unsupported(OutboxEntry::kindToString(entry.kind))));
        return;
    }
}

void MyKaarmaProvider::initiate(const OutboxEntry& entry, MyKaarmaClient& mk, QObject* context,
                                ActionCallback callback)
{
    const bool send =
        entry.payload.value(u"sendAsText"_s).toBool() || entry.payload.value(u"sendAsEmail"_s).toBool();
    // A replay: the earlier attempt may have made the prepayment (and sent the link) before its
    // answer was lost or PayDesk stopped.
    if (auto known = ActionReplay::madeEarlier(m_store, ProviderId::myKaarma(), entry)) {
        if (!send || known->providerData.value(u"paymentRequestSent"_s).toBool()) {
            qCInfo(lcOutbox) << "mykaarma: entry" << entry.id << "was made before; not sent again";
            answerLater<Payment>(context, std::move(callback), *known);
        } else {
            sendLink(*known, entry.payload, true, mk, context, std::move(callback));
        }
        return;
    }
    const QString invoiceGuid = invoiceGuidFor(entry.idempotencyKey);
    auto body = prepaymentBody(entry.payload, invoiceGuid, m_config.currency);
    if (!body) {
        answerLater<Payment>(context, std::move(callback), fail(body.error()));
        return;
    }
    QPointer<QObject> guard(context);
    mk.prepayment(body.value(), context,
                  [this, entry, send, guard, &mk, callback](Result<QJsonObject, ApiError> answer) {
                      if (!answer) {
                          callback(fail(answer.error()));
                          return;
                      }
                      const QString enterprise =
                          entry.enterpriseId.isEmpty() ? m_config.enterpriseId : entry.enterpriseId;
                      auto p = prepaid(enterprise, entry.storeId, entry.payload, answer.value(),
                                       entry.idempotencyKey, m_config.currency, m_scheduler.clock().now());
                      if (!p) {
                          callback(fail(p.error()));
                          return;
                      }
                      // Cached before anything else: the order and invoice are never only in memory.
                      if (auto cached = m_store.payment(p->paymentId); cached && cached->has_value()) {
                          // The order was in the cache already (listed before): this prepayment takes it
                          // over.
                          p->version = std::max(p->version, (**cached).version + 1);
                          p->createdAt = (**cached).createdAt;
                      }
                      write(p.value());
                      if (!send || !guard) {
                          callback(p.value());
                          return;
                      }
                      sendLink(p.value(), entry.payload, entry.attempts > 0, mk, guard.data(), callback);
                  });
}

void MyKaarmaProvider::sendLink(Payment p, const QJsonObject& flags, bool checkFirst, MyKaarmaClient& mk,
                                QObject* context, ActionCallback callback)
{
    const QString invoiceGuid = p.providerData.value(kInvoiceGuid).toString();
    bool text = flags.contains(u"sendAsText"_s) ? flags.value(u"sendAsText"_s).toBool()
                                                : p.providerData.value(u"sendAsText"_s).toBool();
    bool email = flags.contains(u"sendAsEmail"_s) ? flags.value(u"sendAsEmail"_s).toBool()
                                                  : p.providerData.value(u"sendAsEmail"_s).toBool();
    if (!text && !email)
        text = email = true; // a resend of a link never sent: every way the customer allows
    QPointer<QObject> guard(context);
    auto doSend = [this, p, invoiceGuid, text, email, guard, &mk, callback]() {
        if (!guard)
            return;
        const QJsonObject body{
            {u"invoiceGuid"_s, invoiceGuid}, {u"sendAsText"_s, text}, {u"sendAsEmail"_s, email}};
        mk.sendPaymentRequest(
            body, guard.data(), [this, p, text, email, callback](Result<QJsonObject, ApiError> answer) {
                if (!answer) {
                    callback(fail(answer.error()));
                    return;
                }
                Payment now = p;
                const QString link = answer->value(u"paymentLink"_s).toString();
                if (!link.isEmpty())
                    now.payLink = link;
                now.providerData.insert(u"paymentRequestSent"_s, true);
                now.providerData.insert(u"sendAsText"_s, text);
                now.providerData.insert(u"sendAsEmail"_s, email);
                for (const QString& key : {u"textSent"_s, u"emailSent"_s}) {
                    if (answer->contains(key))
                        now.providerData.insert(key, answer->value(key).toString());
                    else
                        now.providerData.remove(key);
                }
                // A new request replaces an expired or failed one: its status is SENT now.
                now.providerData.insert(u"paymentRequestStatus"_s, u"SENT"_s);
                now.providerData.insert(u"warnings"_s, MyKaarmaClient::warningsOf(answer.value()));
                Channels channels;
                if (text && answer->value(u"textSent"_s).toString() == u"SUCCESS")
                    channels |= Channel::Sms;
                if (email && answer->value(u"emailSent"_s).toString() == u"SUCCESS")
                    channels |= Channel::Email;
                now.channels = channels;
                applyStatus(now);
                now = settle(now, p, m_scheduler.clock().now(), StatusChange::Actor::Dealer);
                write(now);
                if (m_pollerView)
                    m_pollerView->updated(now);
                callback(now);
            });
    };
    if (!checkFirst) {
        doSend();
        return;
    }
    // A replay: did the earlier attempt send it? One SENT or VIEWED request of the invoice says so.
    mk.searchPaymentRequests(
        invoiceGuid, context, [this, p, doSend, callback](Result<QJsonObject, ApiError> found) {
            if (found) {
                for (const QJsonValue& v : found->value(u"paymentRequests"_s).toArray()) {
                    const QJsonObject r = v.toObject();
                    const QString status = r.value(u"status"_s).toString().toUpper();
                    if (status != u"SENT" && status != u"VIEWED" && status != u"PAID")
                        continue;
                    Payment now = p;
                    now.providerData.insert(u"paymentRequestSent"_s, true);
                    now.providerData.insert(u"paymentRequestUuid"_s, r.value(u"guid"_s).toString());
                    now.providerData.insert(u"paymentRequestStatus"_s, status);
                    for (const QJsonValue& a : r.value(u"paymentRequestAttributes"_s).toArray()) {
                        if (a.toObject().value(u"name"_s).toString() == u"paymentLink")
                            now.payLink = a.toObject().value(u"value"_s).toString();
                    }
                    applyStatus(now);
                    now = settle(now, p, m_scheduler.clock().now(), StatusChange::Actor::Dealer);
                    write(now);
                    qCInfo(lcOutbox) << "mykaarma: the pay link went out before; not sent again";
                    callback(now);
                    return;
                }
            } else {
                qCInfo(lcOutbox) << "mykaarma: cannot tell whether the link went out; sending:"
                                 << found.error().detail;
            }
            doSend();
        });
}

void MyKaarmaProvider::fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback)
{
    refresh(cached.paymentId, context, std::move(callback));
}

void MyKaarmaProvider::query(ProviderQuery query, const QString& storeId, const QJsonObject& params,
                             QObject* context, QueryCallback callback)
{
    if (!client(storeId)) {
        answerLater<QJsonObject>(context, std::move(callback), fail(noSuchSite(storeId)));
        return;
    }
    if (query != ProviderQuery::FeePreview) {
        PaymentProvider::query(query, storeId, params, context, std::move(callback));
        return;
    }
    // myKaarma tells a prepayment's fees in the prepayment's answer (feeResponse); they are kept.
    auto cached = m_store.payment(params.value(u"paymentId"_s).toString());
    if (!cached || !cached->has_value() || !(**cached).providerData.value(u"fees"_s).isObject()) {
        answerLater<QJsonObject>(
            context, std::move(callback),
            fail(MyKaarmaClient::invalid(
                MyKaarmaClient::tr("myKaarma tells the fees once the prepayment is made. Make it without "
                                   "sending the link to see them first."),
                u"no fees known"_s, u"paymentId"_s)));
        return;
    }
    answerLater<QJsonObject>(context, std::move(callback),
                             (**cached).providerData.value(u"fees"_s).toObject());
}

void MyKaarmaProvider::setWatched(const QStringList& paymentIds)
{
    if (m_pollerView)
        m_pollerView->setWatched(paymentIds);
}

} // namespace paydesk
