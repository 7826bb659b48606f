#include "PlatformState.h"

#include "SandboxLogging.h"
#include "payments/PaymentValidator.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace paydesk::sandbox {

using Code = PaymentStatus::Code;
using Actor = StatusChange::Actor;

struct PlatformState::StoreData
{
    StoreInfo info;
    qint64 lastSequence = 0;
    /// Index-stable storage; indexById and bySequence point into it.
    std::vector<Payment> payments;
    QHash<QString, int> indexById;
    /// sequence of each payment's last change → index. One entry per payment.
    std::map<qint64, int> bySequence;
};

namespace {

PlatformError notFound(const QString& paymentId)
{
    return PlatformError{PlatformError::Kind::NotFound,
                         QStringLiteral("There is no payment %1 in this store.").arg(paymentId),
                         {}};
}

PlatformError unknownStore(const QString& enterpriseId, const QString& storeId)
{
    return PlatformError{PlatformError::Kind::UnknownStore,
                         QStringLiteral("There is no store %1/%2.").arg(enterpriseId, storeId),
                         {}};
}

PlatformError illegal(const Payment& p, const QString& what)
{
    return PlatformError{PlatformError::Kind::IllegalTransition,
                         QStringLiteral("Payment %1 is %2: %3").arg(p.paymentId, p.status.toString(), what),
                         {}};
}

PlatformError invalid(FieldErrors fields)
{
    return PlatformError{PlatformError::Kind::Invalid, QStringLiteral("The request has invalid fields."),
                         std::move(fields)};
}

/// Whether a status update to the payment's current status only repeats its last change: the same
/// actor and history note, and no field it would set to something new. Such a repeat (a partner's
/// retry, with or without an Idempotency-Key) changes nothing; a new attempt that fails again
/// follows another change, so it is recorded.
bool repeatsTheLastUpdate(const Payment& p, const StatusUpdate& u, const QString& note)
{
    if (p.history.isEmpty())
        return false;
    const StatusChange& last = p.history.constLast();
    if (last.status != u.status || last.actor != u.actor || last.note != note)
        return false;
    if (!u.transactionReference.isEmpty() && u.transactionReference != p.transactionReference)
        return false;
    if (u.amountPaid.isValid() && !(u.amountPaid == p.amountPaid))
        return false;
    if ((!u.cardBrand.isEmpty() || !u.cardLast4.isEmpty()) &&
        (u.cardBrand != p.cardBrand || u.cardLast4 != p.cardLast4))
        return false;
    return u.status.code() != Code::Failed || u.failureReason == p.statusReason;
}

} // namespace

PlatformState::PlatformState(Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(QRandomGenerator::global()->generate())
{
    connect(&m_sweepTimer, &QTimer::timeout, this, [this]() { sweepExpired(); });
}

PlatformState::~PlatformState() = default;

void PlatformState::addStore(const StoreInfo& store)
{
    auto& slot = m_stores[store.key()];
    if (!slot)
        slot = std::make_unique<StoreData>();
    slot->info = store;
}

PlatformState::StoreData* PlatformState::storeData(const QString& enterpriseId, const QString& storeId) const
{
    const auto it = m_stores.find(enterpriseId + u'/' + storeId);
    return it == m_stores.end() ? nullptr : it->second.get();
}

bool PlatformState::hasStore(const QString& enterpriseId, const QString& storeId) const
{
    return storeData(enterpriseId, storeId) != nullptr;
}

std::optional<StoreInfo> PlatformState::store(const QString& enterpriseId, const QString& storeId) const
{
    if (const StoreData* s = storeData(enterpriseId, storeId))
        return s->info;
    return std::nullopt;
}

QList<StoreInfo> PlatformState::stores() const
{
    QList<StoreInfo> out;
    for (const auto& [key, data] : m_stores)
        out.append(data->info);
    return out;
}

qint64 PlatformState::latestSequence(const QString& enterpriseId, const QString& storeId) const
{
    const StoreData* s = storeData(enterpriseId, storeId);
    return s ? s->lastSequence : 0;
}

int PlatformState::paymentCount(const QString& enterpriseId, const QString& storeId) const
{
    const StoreData* s = storeData(enterpriseId, storeId);
    return s ? int(s->payments.size()) : 0;
}

int PlatformState::paymentCount() const
{
    int n = 0;
    for (const auto& [key, data] : m_stores)
        n += int(data->payments.size());
    return n;
}

void PlatformState::setPayLinkBase(const QString& base)
{
    m_payLinkBase = base;
    for (auto& [key, data] : m_stores) {
        for (Payment& p : data->payments) {
            const QString token = payTokenOf(p);
            if (!token.isEmpty())
                p.payLink = m_payLinkBase + QStringLiteral("/pay/") + token;
        }
    }
}

void PlatformState::startTimers(int sweepIntervalMs)
{
    m_sweepTimer.start(sweepIntervalMs);
}

QString PlatformState::payTokenOf(const Payment& payment)
{
    const qsizetype slash = payment.payLink.lastIndexOf(u'/');
    return slash < 0 ? QString() : payment.payLink.mid(slash + 1);
}

QString PlatformState::newId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 r = m_random.generate();
        std::memcpy(bytes.data() + i, &r, 4);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString PlatformState::newPayToken()
{
    // A pay link is a bearer credential: from the system generator, never the seeded one
    // (same seed → same ids and demo data, but not guessable links).
    QByteArray bytes(18, Qt::Uninitialized);
    for (int i = 0; i < 18; i += 2) {
        const quint32 r = QRandomGenerator::system()->generate();
        std::memcpy(bytes.data() + i, &r, 2);
    }
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<Payment*, PlatformError> PlatformState::find(const QString& enterpriseId, const QString& storeId,
                                                    const QString& paymentId, StoreData** store) const
{
    StoreData* s = storeData(enterpriseId, storeId);
    if (!s)
        return fail(unknownStore(enterpriseId, storeId));
    const auto it = s->indexById.constFind(paymentId);
    if (it == s->indexById.cend())
        return fail(notFound(paymentId));
    if (store)
        *store = s;
    return &s->payments[size_t(it.value())];
}

std::optional<Payment> PlatformState::payment(const QString& enterpriseId, const QString& storeId,
                                              const QString& paymentId) const
{
    auto p = find(enterpriseId, storeId, paymentId);
    if (!p)
        return std::nullopt;
    return *p.value();
}

std::optional<Payment> PlatformState::paymentById(const QString& paymentId) const
{
    const auto it = m_storeOfPayment.constFind(paymentId);
    if (it == m_storeOfPayment.cend())
        return std::nullopt;
    const auto s = m_stores.find(it.value());
    if (s == m_stores.end())
        return std::nullopt;
    const auto idx = s->second->indexById.constFind(paymentId);
    if (idx == s->second->indexById.cend())
        return std::nullopt;
    return s->second->payments[size_t(idx.value())];
}

std::optional<Payment> PlatformState::paymentByPayToken(const QString& token) const
{
    const auto it = m_payTokens.constFind(token);
    if (it == m_payTokens.cend())
        return std::nullopt;
    return paymentById(it.value());
}

bool PlatformState::matches(const Payment& p, const PaymentQuery& query)
{
    if (!query.statuses.isEmpty() && !query.statuses.contains(p.status.toString(), Qt::CaseInsensitive))
        return false;
    if (query.text.isEmpty())
        return true;
    const QString& t = query.text;
    return p.customer.name.contains(t, Qt::CaseInsensitive) ||
           p.reference.number.contains(t, Qt::CaseInsensitive) ||
           p.description.contains(t, Qt::CaseInsensitive) || p.paymentId.contains(t, Qt::CaseInsensitive) ||
           p.transactionReference.contains(t, Qt::CaseInsensitive);
}

FeedPage PlatformState::feed(const QString& enterpriseId, const QString& storeId,
                             const PaymentQuery& query) const
{
    FeedPage page;
    page.nextSequence = query.sinceSequence;
    const StoreData* s = storeData(enterpriseId, storeId);
    if (!s)
        return page;
    page.latestSequence = s->lastSequence;
    const bool filtered = !query.statuses.isEmpty() || !query.text.isEmpty();
    const int limit = std::max(1, query.limit);
    for (auto it = s->bySequence.upper_bound(query.sinceSequence); it != s->bySequence.end(); ++it) {
        const Payment& p = s->payments[size_t(it->second)];
        if (filtered && !matches(p, query))
            continue;
        ++page.totalItems;
        if (page.payments.size() < limit) {
            page.payments.append(p);
            page.nextSequence = it->first;
        } else {
            page.hasMore = true;
            // Without filters the rest is simply the distance to the end; avoid walking it.
            if (!filtered) {
                page.totalItems += int(std::distance(it, s->bySequence.end())) - 1;
                break;
            }
        }
    }
    // A filtered page that ended without more matches has still read everything up to the end.
    if (!page.hasMore && filtered)
        page.nextSequence = std::max(page.nextSequence, s->lastSequence);
    return page;
}

ListPage PlatformState::list(const QString& enterpriseId, const QString& storeId,
                             const PaymentQuery& query) const
{
    ListPage out;
    out.pageSize = std::clamp(query.pageSize, 1, 1000);
    out.page = std::max(1, query.page);
    const StoreData* s = storeData(enterpriseId, storeId);
    if (!s)
        return out;
    std::vector<const Payment*> hits;
    hits.reserve(s->payments.size());
    for (const Payment& p : s->payments) {
        if (matches(p, query))
            hits.push_back(&p);
    }
    std::sort(hits.begin(), hits.end(), [](const Payment* a, const Payment* b) {
        return a->updatedAt != b->updatedAt ? a->updatedAt > b->updatedAt : a->sequence > b->sequence;
    });
    out.totalItems = int(hits.size());
    out.totalPages = (out.totalItems + out.pageSize - 1) / out.pageSize;
    const size_t first = size_t(out.page - 1) * size_t(out.pageSize);
    for (size_t i = first; i < hits.size() && i < first + size_t(out.pageSize); ++i)
        out.payments.append(*hits[i]);
    return out;
}

void PlatformState::addHistory(Payment& payment, const PaymentStatus& status, Actor actor,
                               const QString& note)
{
    StatusChange change;
    change.status = status;
    change.at = m_clock.now();
    change.actor = actor;
    change.note = note;
    payment.history.append(change);
}

void PlatformState::commit(StoreData& store, Payment& payment, ChangeEvent::Kind kind,
                           const PaymentStatus& previous)
{
    const int index = store.indexById.value(payment.paymentId, -1);
    Q_ASSERT(index >= 0);
    if (payment.sequence > 0)
        store.bySequence.erase(payment.sequence);
    payment.version += 1;
    payment.sequence = ++store.lastSequence;
    payment.updatedAt = m_clock.now();
    store.bySequence.emplace(payment.sequence, index);

    ChangeEvent event;
    event.kind = kind;
    event.payment = payment;
    event.previousStatus = previous;
    qCDebug(lcSandboxPlatform) << "change" << store.info.key() << payment.sequence
                               << ChangeEvent::kindName(kind) << payment.paymentId
                               << payment.status.toString();
    // A listener may change state from inside paymentChanged() (a reconciler reacting to PAID).
    // Queue such nested changes so that every listener sees all changes in sequence order.
    m_pendingEvents.append(std::move(event));
    if (m_emitting)
        return;
    m_emitting = true;
    while (!m_pendingEvents.isEmpty()) {
        const ChangeEvent next = m_pendingEvents.takeFirst();
        Q_EMIT paymentChanged(next);
    }
    m_emitting = false;
}

void PlatformState::trackExpiry(const Payment& payment)
{
    if (payment.status.isOpen() && payment.expiresAt.isValid()) {
        m_expiries.emplace(payment.expiresAt.toMSecsSinceEpoch(),
                           std::make_pair(payment.enterpriseId + u'/' + payment.storeId, payment.paymentId));
    }
}

void PlatformState::scheduleNotify(const QString& enterpriseId, const QString& storeId,
                                   const QString& paymentId)
{
    QTimer::singleShot(std::max(0, m_notifyDelayMs), this, [this, enterpriseId, storeId, paymentId]() {
        StoreData* store = nullptr;
        auto found = find(enterpriseId, storeId, paymentId, &store);
        if (!found || found.value()->status.code() != Code::Initiated)
            return;
        Payment& p = *found.value();
        QStringList via;
        if (p.channels.testFlag(Channel::Email))
            via << QStringLiteral("email");
        if (p.channels.testFlag(Channel::Sms))
            via << QStringLiteral("SMS");
        const PaymentStatus previous = p.status;
        p.status = PaymentStatus(Code::Notified);
        addHistory(p, p.status, Actor::System, QStringLiteral("Pay link sent by %1").arg(via.join(u" and ")));
        commit(*store, p, ChangeEvent::Kind::StatusUpdated, previous);
    });
}

Result<Payment, PlatformError> PlatformState::initiate(InitiateRequest request)
{
    StoreData* store = storeData(request.enterpriseId, request.storeId);
    if (!store)
        return fail(unknownStore(request.enterpriseId, request.storeId));
    const QDateTime now = m_clock.now();
    FieldErrors errors = PaymentValidator().validate(request, now);
    if (!errors.isEmpty())
        return fail(invalid(errors));

    Payment p;
    p.paymentId = newId();
    p.enterpriseId = request.enterpriseId;
    p.storeId = request.storeId;
    p.reference = request.reference;
    p.description = request.description;
    p.amount = request.amount;
    p.customer = request.customer;
    p.channels = request.channels;
    p.status = PaymentStatus(Code::Initiated);
    p.expiresAt =
        request.expiresAt.isValid() ? request.expiresAt.toUTC() : now.addSecs(m_defaultExpirySeconds);
    const QString token = newPayToken();
    p.payLink = m_payLinkBase + QStringLiteral("/pay/") + token;
    p.createdAt = now;
    addHistory(p, p.status, Actor::Dealer, QStringLiteral("Payment requested"));

    const int index = int(store->payments.size());
    store->payments.push_back(p);
    store->indexById.insert(p.paymentId, index);
    m_storeOfPayment.insert(p.paymentId, store->info.key());
    m_payTokens.insert(token, p.paymentId);
    Payment& stored = store->payments.back();
    trackExpiry(stored);
    commit(*store, stored, ChangeEvent::Kind::Initiated, PaymentStatus());
    scheduleNotify(p.enterpriseId, p.storeId, p.paymentId);
    return stored;
}

Result<Payment, PlatformError> PlatformState::cancel(CancelRequest request)
{
    FieldErrors errors = PaymentValidator().validate(request);
    if (!errors.isEmpty())
        return fail(invalid(errors));
    StoreData* store = nullptr;
    auto found = find(request.enterpriseId, request.storeId, request.paymentId, &store);
    if (!found)
        return fail(found.error());
    Payment& p = *found.value();
    if (!p.status.isOpen())
        return fail(illegal(p, QStringLiteral("only an open request can be cancelled.")));
    const PaymentStatus previous = p.status;
    p.status = PaymentStatus(Code::Cancelled);
    p.statusReason = request.reason;
    addHistory(p, p.status, Actor::Dealer, request.reason);
    commit(*store, p, ChangeEvent::Kind::Cancelled, previous);
    return p;
}

Result<Payment, PlatformError> PlatformState::resend(ResendRequest request)
{
    FieldErrors errors = PaymentValidator().validate(request);
    if (!errors.isEmpty())
        return fail(invalid(errors));
    StoreData* store = nullptr;
    auto found = find(request.enterpriseId, request.storeId, request.paymentId, &store);
    if (!found)
        return fail(found.error());
    Payment& p = *found.value();
    if (!p.status.isOpen())
        return fail(illegal(p, QStringLiteral("only an open request can be resent.")));
    const bool changed = !(p.customer == request.customer) || p.channels != request.channels;
    p.customer = request.customer;
    p.channels = request.channels;
    addHistory(p, p.status, Actor::Dealer,
               changed ? QStringLiteral("Notification resent with updated customer details")
                       : QStringLiteral("Notification resent"));
    commit(*store, p, changed ? ChangeEvent::Kind::CustomerUpdated : ChangeEvent::Kind::Resent, p.status);
    if (p.status.code() == Code::Initiated)
        scheduleNotify(p.enterpriseId, p.storeId, p.paymentId);
    return p;
}

Result<Payment, PlatformError> PlatformState::applyStatusUpdate(const QString& enterpriseId,
                                                                const QString& storeId,
                                                                const QString& paymentId,
                                                                const StatusUpdate& u)
{
    StoreData* store = nullptr;
    auto found = find(enterpriseId, storeId, paymentId, &store);
    if (!found)
        return fail(found.error());
    Payment& p = *found.value();

    FieldErrors errors;
    if (!u.status.isKnown() || u.status.code() == Code::Initiated)
        errors.append({QStringLiteral("status"),
                       QStringLiteral("“%1” is not a status a partner can set.").arg(u.status.toString())});
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (!u.cardLast4.isEmpty() && !fourDigits.match(u.cardLast4).hasMatch())
        errors.append({QStringLiteral("card.last4"),
                       QStringLiteral("Send exactly the last four digits of the card, never more.")});
    if (u.cardBrand.size() > 32)
        errors.append({QStringLiteral("card.brand"), QStringLiteral("Use at most 32 characters.")});
    if (u.transactionReference.size() > 255)
        errors.append(
            {QStringLiteral("transactionReference"), QStringLiteral("Use at most 255 characters.")});
    if (u.failureReason.size() > 255)
        errors.append({QStringLiteral("failureReason"), QStringLiteral("Use at most 255 characters.")});
    const bool paid = u.status.code() == Code::Paid || u.status.code() == Code::PartiallyRefunded;
    if (u.status.code() == Code::Paid) {
        if (!u.amountPaid.isValid())
            errors.append({QStringLiteral("amountPaid"), QStringLiteral("A PAID update needs amountPaid.")});
        if (u.transactionReference.trimmed().isEmpty())
            errors.append({QStringLiteral("transactionReference"),
                           QStringLiteral("A PAID update needs the partner's transaction reference.")});
    }
    if (u.amountPaid.isValid()) {
        if (u.amountPaid.currency() != p.amount.currency())
            errors.append({QStringLiteral("amountPaid.currencyCode"),
                           QStringLiteral("The payment is in %1.").arg(p.amount.currency())});
        else if (!u.amountPaid.isPositive() || u.amountPaid.minorUnits() > p.amount.minorUnits())
            errors.append(
                {QStringLiteral("amountPaid.value"),
                 QStringLiteral("The amount paid must be more than zero and at most the amount asked.")});
    }
    if (!errors.isEmpty())
        return fail(invalid(errors));

    if (!p.status.canTransitionTo(u.status))
        return fail(illegal(p, QStringLiteral("it cannot become %1.").arg(u.status.toString())));
    if (p.status == u.status && p.status.isFinal())
        return p; // a repeated final update changes nothing
    QString note = u.note;
    if (note.isEmpty() && u.status.code() == Code::Failed)
        note = u.failureReason;
    if (p.status == u.status && repeatsTheLastUpdate(p, u, note))
        return p; // the same update again (a partner's retry, with or without a key) changes nothing

    const PaymentStatus previous = p.status;
    p.status = u.status;
    if (!u.transactionReference.isEmpty())
        p.transactionReference = u.transactionReference.trimmed();
    if (u.amountPaid.isValid())
        p.amountPaid = u.amountPaid;
    if (!u.cardBrand.isEmpty() || !u.cardLast4.isEmpty()) {
        p.cardBrand = u.cardBrand;
        p.cardLast4 = u.cardLast4;
    }
    if (u.status.code() == Code::Failed)
        p.statusReason = u.failureReason;
    else if (paid || u.status.code() == Code::Refunded)
        p.statusReason.clear();
    addHistory(p, p.status, u.actor, note);
    commit(*store, p, ChangeEvent::Kind::StatusUpdated, previous);
    return p;
}

Result<Payment, PlatformError> PlatformState::markReconciled(const QString& enterpriseId,
                                                             const QString& storeId, const QString& paymentId)
{
    StoreData* store = nullptr;
    auto found = find(enterpriseId, storeId, paymentId, &store);
    if (!found)
        return fail(found.error());
    Payment& p = *found.value();
    if (!p.status.isPaid() || p.reconciled)
        return fail(illegal(p, QStringLiteral("only an unreconciled paid payment can be reconciled.")));
    p.reconciled = true;
    addHistory(p, p.status, Actor::System, QStringLiteral("Reconciled into the DMS accounts"));
    commit(*store, p, ChangeEvent::Kind::Reconciled, p.status);
    return p;
}

Result<Payment, PlatformError>
PlatformState::markFundsCleared(const QString& enterpriseId, const QString& storeId, const QString& paymentId)
{
    StoreData* store = nullptr;
    auto found = find(enterpriseId, storeId, paymentId, &store);
    if (!found)
        return fail(found.error());
    Payment& p = *found.value();
    if (!p.reconciled || p.fundsCleared)
        return fail(illegal(p, QStringLiteral("funds clear only once, after reconciliation.")));
    p.fundsCleared = true;
    addHistory(p, p.status, Actor::System, QStringLiteral("Funds cleared — safe to release"));
    commit(*store, p, ChangeEvent::Kind::FundsCleared, p.status);
    return p;
}

Result<Payment, PlatformError> PlatformState::expire(const QString& enterpriseId, const QString& storeId,
                                                     const QString& paymentId)
{
    StoreData* store = nullptr;
    auto found = find(enterpriseId, storeId, paymentId, &store);
    if (!found)
        return fail(found.error());
    Payment& p = *found.value();
    if (!p.status.isOpen())
        return fail(illegal(p, QStringLiteral("only an open request can expire.")));
    const PaymentStatus previous = p.status;
    p.status = PaymentStatus(Code::Expired);
    p.statusReason = QStringLiteral("The pay link expired");
    addHistory(p, p.status, Actor::System, p.statusReason);
    commit(*store, p, ChangeEvent::Kind::Expired, previous);
    return p;
}

Result<Payment, PlatformError> PlatformState::forceStatus(const QString& paymentId, const QString& rawStatus,
                                                          const QString& note)
{
    const auto located = paymentById(paymentId);
    if (!located)
        return fail(notFound(paymentId));
    StoreData* store = nullptr;
    auto found = find(located->enterpriseId, located->storeId, paymentId, &store);
    if (!found)
        return fail(found.error());
    Payment& p = *found.value();
    const PaymentStatus previous = p.status;
    p.status = PaymentStatus::fromString(rawStatus);
    addHistory(p, p.status, Actor::System,
               note.isEmpty() ? QStringLiteral("Status set by the sandbox operator") : note);
    commit(*store, p, ChangeEvent::Kind::StatusUpdated, previous);
    return p;
}

int PlatformState::sweepExpired()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    int expired = 0;
    while (!m_expiries.empty() && m_expiries.begin()->first <= now) {
        const auto [storeKey, paymentId] = m_expiries.begin()->second;
        m_expiries.erase(m_expiries.begin());
        const qsizetype slash = storeKey.indexOf(u'/');
        auto p = payment(storeKey.left(slash), storeKey.mid(slash + 1), paymentId);
        if (!p || !p->status.isOpen() || !p->expiresAt.isValid() || p->expiresAt.toMSecsSinceEpoch() > now)
            continue;
        if (expire(p->enterpriseId, p->storeId, paymentId))
            ++expired;
    }
    return expired;
}

void PlatformState::loadPayments(const QString& enterpriseId, const QString& storeId,
                                 std::vector<Payment> payments)
{
    StoreData* store = storeData(enterpriseId, storeId);
    if (!store) {
        StoreInfo info;
        info.enterpriseId = enterpriseId;
        info.storeId = storeId;
        addStore(info);
        store = storeData(enterpriseId, storeId);
    }
    store->payments.reserve(store->payments.size() + payments.size());
    for (Payment& p : payments) {
        const int index = int(store->payments.size());
        if (p.sequence <= 0)
            p.sequence = store->lastSequence + 1;
        store->lastSequence = std::max(store->lastSequence, p.sequence);
        store->indexById.insert(p.paymentId, index);
        store->bySequence[p.sequence] = index;
        m_storeOfPayment.insert(p.paymentId, store->info.key());
        const QString token = payTokenOf(p);
        if (!token.isEmpty())
            m_payTokens.insert(token, p.paymentId);
        trackExpiry(p);
        store->payments.push_back(std::move(p));
    }
}

} // namespace paydesk::sandbox
