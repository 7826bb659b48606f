#include "DemocranceProvider.h"

#include "DemocranceClient.h"
#include "DemocranceRules.h"
#include "Logging.h"
#include "api/Scheduler.h"
#include "providers/ActionReplay.h"
#include "providers/AnswerLater.h"
#include "providers/ChangeTime.h"
#include "store/PaymentQuery.h"
#include "store/PaymentStore.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString kOutboxKey = ActionReplay::outboxKey();
const QString kToken = u"token"_s;
const QString kAction = u"action"_s;
const QString kPaymentStatus = u"payment_status"_s;

/// The policies awaiting payment: what the listing asks for on every round.
const QStringList& awaitingStatuses()
{
    static const QStringList statuses = {u"S_NEW"_s, u"S_PENDING_APPROVAL"_s};
    return statuses;
}

/// Where a policy goes when it leaves the awaiting list.
const QStringList& otherStatuses()
{
    static const QStringList statuses = {u"S_QUOTED"_s, u"S_ACTIVE"_s, u"S_CANCELLATION_REQUESTED"_s,
                                         u"S_CANCELLED"_s, u"S_ENDED"_s};
    return statuses;
}

/// Democrance's session lives in the Authorization header only: a cookie would be shared by
/// every site on the same host (and is not needed).
class NoCookies final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
};

QString text(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString().trimmed() : QString();
}

/// Status, funds, amount paid and reason from what providerStatus and providerData say; then
/// version, updatedAt (changeTime()) and the timeline when anything changed (an unchanged poll
/// writes nothing).
Payment settled(Payment p, const Payment& base, const QDateTime& now, const QDateTime& changed = {})
{
    const QString action = p.providerData.value(kAction).toString();
    const QString paymentStatus = p.providerData.value(kPaymentStatus).toString();
    p.status = DemocranceRules::statusOf(p.providerStatus, action, paymentStatus, base.status);
    p.fundsCleared = DemocranceRules::fundsCleared(p.status, action, paymentStatus);
    const bool waived = DemocranceRules::isAction(action, DemocranceRules::noPaymentRequired()) ||
                        paymentStatus.compare(u"not_required"_s, Qt::CaseInsensitive) == 0;
    if (p.status.code() == PaymentStatus::Code::Paid && p.amount.isValid())
        p.amountPaid = waived ? Money::fromMinor(0, p.amount.currency()).valueOr(Money()) : p.amount;
    else if (p.status.code() != PaymentStatus::Code::Paid)
        p.amountPaid = Money();
    // Democrance's own words for an outcome that is not a card payment, or a failed one.
    if (waived || DemocranceRules::isAction(action, DemocranceRules::paymentToBeInvoiced()))
        p.statusReason = action;
    else if (p.status.code() == PaymentStatus::Code::Failed)
        p.statusReason = paymentStatus;
    else
        p.statusReason.clear();

    const bool differs = p.status != base.status || p.providerStatus != base.providerStatus ||
                         p.providerReference != base.providerReference || p.amount != base.amount ||
                         p.amountPaid != base.amountPaid || p.fundsCleared != base.fundsCleared ||
                         p.payLink != base.payLink || p.statusReason != base.statusReason ||
                         p.description != base.description || p.customer.name != base.customer.name ||
                         p.customer.email != base.customer.email || p.customer.phone != base.customer.phone ||
                         p.cardBrand != base.cardBrand || p.cardLast4 != base.cardLast4 ||
                         p.providerData != base.providerData || p.reference != base.reference;
    if (differs || base.version == 0) {
        const QDateTime at = changeTime(base, changed, now);
        p.version = base.version + 1;
        p.updatedAt = at;
        if (p.status != base.status || base.version == 0)
            p.history.append(StatusChange{p.status, at, StatusChange::Actor::Partner, p.providerStatus});
    } else {
        p.history.clear(); // nothing new: the cached timeline stays as it is
    }
    return p;
}

} // namespace

DemocranceProvider::DemocranceProvider(Config config, PaymentStore& store, Scheduler& scheduler,
                                       SiteSecrets passwords, QObject* parent)
    : PaymentProvider(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_scheduler(scheduler)
{
    m_http = std::make_unique<HttpClient>(m_config.transport, m_scheduler);
    for (const DemocranceSite& site : std::as_const(m_config.sites)) {
        if (!site.isComplete())
            continue;
        m_clients.insert(site.siteId, passwords.forSite(site, m_config.profileName, [&](auto&&... password) {
            return new DemocranceClient(*m_http, site.baseUrl, site.username,
                                        std::forward<decltype(password)>(password)..., this);
        }));
    }
    m_http->networkAccessManager()->setCookieJar(new NoCookies);
    m_poller = std::make_unique<DemocrancePoller>(
        m_store, m_scheduler, m_clients.keys(),
        [this](const QString& siteId, QObject* context, std::function<void(Result<int, ApiError>)> done) {
            listSite(siteId, context, std::move(done));
        },
        [this](const QString& siteId, const QString& paymentId, QObject* context,
               std::function<void(Result<Payment, ApiError>)> done) {
            refreshPayment(siteId, paymentId, context, std::move(done));
        },
        m_config.polling);
    m_pollerView = m_poller.get();
}

DemocranceProvider::~DemocranceProvider() = default;

std::vector<std::unique_ptr<PaymentSource>> DemocranceProvider::takeSources()
{
    std::vector<std::unique_ptr<PaymentSource>> sources;
    if (m_poller)
        sources.push_back(std::move(m_poller));
    return sources;
}

DemocranceClient* DemocranceProvider::client(const QString& siteId) const
{
    return m_clients.value(siteId);
}

ApiError DemocranceProvider::noSuchSite(const QString& siteId) const
{
    return DemocranceClient::invalid(
        DemocranceClient::tr("This site has no Democrance sign-in. Add it in the connection settings."),
        u"no democrance site "_s + siteId, u"storeId"_s);
}

// ---- merging ---------------------------------------------------------------------------------

Payment DemocranceProvider::fromPolicy(Payment base, const QJsonObject& policy, const QString& enterpriseId,
                                       const QString& siteId, const QDateTime& now)
{
    Payment p = base;
    const QString number = text(policy, u"policy_number"_s);
    p.provider = ProviderId::democrance();
    if (p.paymentId.isEmpty())
        p.paymentId = DemocranceRules::paymentIdFor(siteId, number);
    if (p.enterpriseId.isEmpty())
        p.enterpriseId = enterpriseId;
    p.storeId = siteId;
    p.providerReference = number;
    p.reference.type = PaymentReference::Type::Unknown;
    p.reference.rawType = u"POLICY"_s;
    p.reference.number = number;
    if (const QString status = text(policy, u"status"_s); !status.isEmpty())
        p.providerStatus = status;

    const QJsonObject product = policy.value(u"product"_s).toObject();
    const QString productName = text(product, u"name"_s);
    const QJsonObject vehicle = policy.value(u"vehicle"_s).toObject();
    const QString car = (text(vehicle, u"make"_s) + u' ' + text(vehicle, u"model"_s)).trimmed();
    const QString registration = text(vehicle, u"registration"_s);
    QString description = productName;
    if (!car.isEmpty())
        description += (description.isEmpty() ? QString() : u" – "_s) + car;
    if (!registration.isEmpty())
        description += u" (%1)"_s.arg(registration);
    if (!description.isEmpty())
        p.description = description;
    if (!productName.isEmpty())
        p.providerData.insert(u"product"_s, productName);

    const QString currency = text(policy, u"currency"_s).toUpper();
    const QJsonValue premium = policy.value(u"premium"_s);
    if (!currency.isEmpty() && (premium.isString() || premium.isDouble())) {
        auto amount = premium.isString() ? Money::parse(premium.toString().trimmed(), currency)
                                         : Money::fromJson(premium, currency);
        if (amount)
            p.amount = amount.value();
        else
            qCWarning(lcSync) << "democrance: the premium of policy" << number
                              << "is unreadable; kept as it was";
    }
    const QJsonObject customer = policy.value(u"customer"_s).toObject();
    const QString name = (text(customer, u"first_name"_s) + u' ' + text(customer, u"last_name"_s)).trimmed();
    if (!name.isEmpty())
        p.customer.name = name;
    if (customer.contains(u"email"_s))
        p.customer.email = text(customer, u"email"_s);
    if (customer.contains(u"mobile"_s))
        p.customer.phone = text(customer, u"mobile"_s);
    const QDateTime created = DemocranceClient::timeOf(policy.value(u"created"_s));
    if (created.isValid())
        p.createdAt = std::min(created, now);
    // Democrance's time of the policy's last change (`modified`; `created` when it has none).
    QDateTime changed = DemocranceClient::timeOf(policy.value(u"modified"_s));
    if (!changed.isValid())
        changed = created;
    if (!p.createdAt.isValid())
        p.createdAt = changed.isValid() ? std::min(changed, now) : now;

    // The policy's latest payment, whoever began it (PayDesk, or the customer's own checkout).
    const QJsonObject payment = policy.value(u"payment"_s).toObject();
    if (const QString token = text(payment, u"token"_s); !token.isEmpty()) {
        if (token != p.providerData.value(kToken).toString()) {
            // Another payment than the one PayDesk knows: its link is not ours to show.
            p.payLink.clear();
            p.providerData.remove(u"initiated_at"_s);
        }
        p.providerData.insert(kToken, token);
        for (const QString& key : {u"reference"_s, u"gateway"_s, u"action"_s}) {
            if (const QString value = text(payment, key); !value.isEmpty())
                p.providerData.insert(key, value);
        }
        if (const QString status = text(payment, u"status"_s); !status.isEmpty())
            p.providerData.insert(kPaymentStatus, status);
    }
    return settled(p, base, now, changed);
}

Payment DemocranceProvider::fromPaymentStatus(Payment base, const QJsonObject& payment, const QDateTime& now)
{
    Payment p = base;
    if (const QString token = text(payment, u"token"_s); !token.isEmpty()) {
        if (token != p.providerData.value(kToken).toString())
            p.payLink.clear(); // another payment than the one whose link PayDesk holds
        p.providerData.insert(kToken, token);
    }
    if (const QString status = text(payment, u"status"_s); !status.isEmpty())
        p.providerData.insert(kPaymentStatus, status);
    if (!p.providerData.contains(u"initiated_at"_s)) {
        if (const QDateTime created = DemocranceClient::timeOf(payment.value(u"created"_s));
            created.isValid())
            p.providerData.insert(u"initiated_at"_s, created.toString(Qt::ISODate));
    }
    for (const QString& key : {u"reference"_s, u"gateway"_s, u"action"_s}) {
        if (const QString value = text(payment, key); !value.isEmpty())
            p.providerData.insert(key, value);
    }
    if (const QString policyStatus = text(payment, u"policy_status"_s); !policyStatus.isEmpty())
        p.providerStatus = policyStatus;
    if (const QString url = text(payment, u"url"_s); !url.isEmpty())
        p.payLink = url;
    if (const QString brand = text(payment, u"card_brand"_s); !brand.isEmpty())
        p.cardBrand = brand;
    // Only ever the last four digits of a card.
    static const QRegularExpression four(u"^\\d{4}$"_s);
    if (const QString last4 = text(payment, u"card_last4"_s); four.match(last4).hasMatch())
        p.cardLast4 = last4;
    const QString currency = text(payment, u"currency"_s).toUpper();
    if (!p.amount.isValid() && !currency.isEmpty() && payment.value(u"amount"_s).isString()) {
        if (auto amount = Money::parse(payment.value(u"amount"_s).toString().trimmed(), currency))
            p.amount = amount.value();
    }
    // A finished payment's time (`completed`); one under way has no time of its last step.
    return settled(p, base, now, DemocranceClient::timeOf(payment.value(u"completed"_s)));
}

Payment DemocranceProvider::fromInitiate(Payment base, const QJsonObject& answer, const QString& gateway,
                                         const QString& outboxKey, const QDateTime& now)
{
    Payment p = base;
    const QString token = text(answer, u"token"_s);
    if (token != p.providerData.value(kToken).toString()) {
        p.providerData.remove(kPaymentStatus); // a new payment: nothing known of it yet
        p.providerData.remove(u"reference"_s);
    }
    p.providerData.insert(kToken, token);
    p.providerData.insert(kAction, text(answer, u"action"_s));
    p.providerData.insert(u"gateway"_s, gateway);
    p.providerData.insert(u"initiated_at"_s, now.toUTC().toString(Qt::ISODate));
    if (!outboxKey.isEmpty())
        p.providerData.insert(kOutboxKey, outboxKey);
    // "A redirection URL which if payment is required should be used. If no redirection is
    // required, this value will be null."
    p.payLink = text(answer, u"url"_s);
    if (!p.createdAt.isValid())
        p.createdAt = now;
    return settled(p, base, now);
}

// ---- the cache -------------------------------------------------------------------------------

Payment DemocranceProvider::cachedOrNew(const QString& siteId, const QString& policyNumber, bool* found)
{
    const QString id = DemocranceRules::paymentIdFor(siteId, policyNumber);
    if (auto cached = m_store.payment(id); cached && cached->has_value()) {
        if (found)
            *found = true;
        return **cached;
    }
    if (found)
        *found = false;
    Payment p;
    p.paymentId = id;
    p.enterpriseId = m_config.enterpriseId;
    p.storeId = siteId;
    p.provider = ProviderId::democrance();
    p.providerReference = policyNumber;
    p.reference.type = PaymentReference::Type::Unknown;
    p.reference.rawType = u"POLICY"_s;
    p.reference.number = policyNumber;
    return p;
}

void DemocranceProvider::write(const Payment& p, const Payment& base)
{
    if (p.version != base.version || base.version == 0) {
        if (auto written = m_store.upsert(p); !written)
            qCWarning(lcSync) << "democrance: cannot cache a policy:" << written.error().detail;
    }
    if (m_pollerView)
        m_pollerView->track(p);
}

// ---- polling ---------------------------------------------------------------------------------

void DemocranceProvider::listSite(const QString& siteId, QObject* context,
                                  std::function<void(Result<int, ApiError>)> done)
{
    DemocranceClient* dem = client(siteId);
    if (!dem) {
        answerLater<int>(context, std::move(done), fail(noSuchSite(siteId)));
        return;
    }
    QPointer<QObject> guard(context);
    dem->allPolicies(
        awaitingStatuses(), context, [this, guard, dem, siteId, done](Result<QJsonArray, ApiError> awaiting) {
            if (!guard)
                return;
            if (!awaiting) {
                done(fail(awaiting.error()));
                return;
            }
            const QDateTime now = m_scheduler.clock().now();
            QSet<QString> listed;
            int written = 0;
            for (const QJsonValue& v : awaiting.value()) {
                const QJsonObject policy = v.toObject();
                const QString number = text(policy, u"policy_number"_s);
                listed.insert(number);
                const Payment base = cachedOrNew(siteId, number);
                const Payment p = fromPolicy(base, policy, m_config.enterpriseId, siteId, now);
                if (p.version != base.version)
                    ++written;
                write(p, base);
            }
            // A cached policy that was awaiting payment and left the list: paid, cancelled, ended…
            PaymentQuery query;
            query.providers = {ProviderId::democrance()};
            query.storeIds = {siteId};
            query.limit = 0;
            QSet<QString> missing;
            if (auto cached = m_store.query(query)) {
                for (const Payment& p : cached.value()) {
                    if (awaitingStatuses().contains(p.providerStatus.trimmed().toUpper()) &&
                        !listed.contains(p.providerReference))
                        missing.insert(p.providerReference);
                }
            }
            if (missing.isEmpty()) {
                done(written);
                return;
            }
            dem->allPolicies(
                otherStatuses(), guard.data(),
                [this, guard, siteId, missing, written, done](Result<QJsonArray, ApiError> others) mutable {
                    if (!guard)
                        return;
                    if (!others) {
                        done(fail(others.error()));
                        return;
                    }
                    const QDateTime now = m_scheduler.clock().now();
                    for (const QJsonValue& v : others.value()) {
                        const QJsonObject policy = v.toObject();
                        const QString number = text(policy, u"policy_number"_s);
                        if (!missing.contains(number))
                            continue;
                        const Payment base = cachedOrNew(siteId, number);
                        const Payment p = fromPolicy(base, policy, m_config.enterpriseId, siteId, now);
                        if (p.version != base.version)
                            ++written;
                        write(p, base);
                    }
                    done(written);
                });
        });
}

void DemocranceProvider::refreshPayment(const QString& siteId, const QString& paymentId, QObject* context,
                                        PaymentCallback callback)
{
    DemocranceClient* dem = client(siteId);
    if (!dem) {
        answerLater<Payment>(context, std::move(callback), fail(noSuchSite(siteId)));
        return;
    }
    auto cached = m_store.payment(paymentId);
    if (!cached || !cached->has_value()) {
        ApiError gone = DemocranceClient::refused(404, QString());
        gone.detail = u"democrance payment not cached"_s;
        answerLater<Payment>(context, std::move(callback), fail(gone));
        return;
    }
    const Payment base = **cached;
    const QString token = base.providerData.value(kToken).toString();
    dem->paymentStatus(token, context, [this, base, callback](Result<QJsonObject, ApiError> answer) {
        if (!answer) {
            callback(fail(answer.error()));
            return;
        }
        const Payment p = fromPaymentStatus(base, answer.value(), m_scheduler.clock().now());
        write(p, base);
        // A payment that finished moved its policy (paid → active): the listing shows how.
        if (!DemocrancePoller::needsStatusPolls(p) && m_pollerView && !p.status.isFinal())
            m_pollerView->listSoon(p.storeId);
        callback(p);
    });
}

void DemocranceProvider::lookUpPolicy(const QString& siteId, const QString& policyNumber, QObject* context,
                                      std::function<void(Result<std::optional<QJsonObject>, ApiError>)> done)
{
    DemocranceClient* dem = client(siteId);
    if (!dem) {
        answerLater<std::optional<QJsonObject>>(context, std::move(done), fail(noSuchSite(siteId)));
        return;
    }
    auto find = [policyNumber](const QJsonArray& list) -> std::optional<QJsonObject> {
        for (const QJsonValue& v : list) {
            if (text(v.toObject(), u"policy_number"_s) == policyNumber)
                return v.toObject();
        }
        return std::nullopt;
    };
    QPointer<QObject> guard(context);
    dem->allPolicies(awaitingStatuses(), context,
                     [guard, dem, find, done](Result<QJsonArray, ApiError> awaiting) {
                         if (!guard)
                             return;
                         if (!awaiting) {
                             done(fail(awaiting.error()));
                             return;
                         }
                         if (auto found = find(awaiting.value())) {
                             done(found);
                             return;
                         }
                         dem->allPolicies(otherStatuses(), guard.data(),
                                          [find, done](Result<QJsonArray, ApiError> others) {
                                              if (!others) {
                                                  done(fail(others.error()));
                                                  return;
                                              }
                                              done(find(others.value()));
                                          });
                     });
}

// ---- actions ---------------------------------------------------------------------------------

void DemocranceProvider::sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback)
{
    DemocranceClient* dem = client(entry.storeId);
    if (!dem) {
        answerLater<Payment>(context, std::move(callback), fail(noSuchSite(entry.storeId)));
        return;
    }
    if (entry.kind != OutboxEntry::Kind::Initiate) {
        answerLater<Payment>(context, std::move(callback),
                             fail(unsupported(OutboxEntry::kindToString(entry.kind))));
        return;
    }
    initiate(entry, *dem, context, std::move(callback));
}

void DemocranceProvider::initiate(const OutboxEntry& entry, DemocranceClient& dem, QObject* context,
                                  ActionCallback callback)
{
    const QString policyNumber = entry.payload.value(u"policy_number"_s).toString().trimmed();
    const bool replay = entry.attempts > 0;
    if (!replay) {
        sendInitiate(entry, dem, context, std::move(callback));
        return;
    }
    // The earlier attempt's answer may have been cached just before a stop.
    bool found = false;
    const Payment cached = cachedOrNew(entry.storeId, policyNumber, &found);
    if (found && ActionReplay::madeBy(cached, entry)) {
        qCInfo(lcOutbox) << "democrance: entry" << entry.id << "was initiated before; not sent again";
        answerLater<Payment>(context, std::move(callback), cached);
        return;
    }
    // The answer was lost. A payment still under way is answered again by Democrance itself; one
    // that finished at once (invoiced, not required) or a paid policy must not be paid twice:
    // the policy's latest payment decides.
    QPointer<QObject> guard(context);
    DemocranceClient* client = &dem;
    dem.latestPayment(
        policyNumber, context,
        [this, guard, entry, client, policyNumber, callback](Result<QJsonObject, ApiError> latest) {
            if (!guard)
                return;
            // No payment yet (404) is no reason not to send; anything unexpected is retried later.
            if (!latest &&
                DemocranceClient::failureOf(latest.error()) != DemocranceClient::Failure::Refused) {
                callback(fail(latest.error()));
                return;
            }
            if (latest) {
                const QString status = text(latest.value(), u"status"_s).toLower();
                const QString policyStatus = text(latest.value(), u"policy_status"_s).toUpper();
                const bool settledAlready = status == u"paid" || status == u"invoiced" ||
                                            status == u"not_required" || policyStatus == u"S_ACTIVE" ||
                                            policyStatus == u"S_CANCELLATION_REQUESTED";
                if (settledAlready) {
                    qCInfo(lcOutbox) << "democrance: entry" << entry.id
                                     << "found its policy's payment finished already; not sent again";
                    const QDateTime now = m_scheduler.clock().now();
                    Payment base = cachedOrNew(entry.storeId, policyNumber);
                    if (!entry.enterpriseId.isEmpty() && base.enterpriseId.isEmpty())
                        base.enterpriseId = entry.enterpriseId;
                    Payment adopted = base;
                    adopted.providerData.insert(kToken, text(latest.value(), u"token"_s));
                    adopted.providerData.insert(kOutboxKey, entry.idempotencyKey);
                    const Payment p = fromPaymentStatus(adopted, latest.value(), now);
                    Payment written = p;
                    if (written.version == base.version) {
                        written.version = base.version + 1;
                        written.updatedAt = now;
                    }
                    write(written, base);
                    callback(written);
                    return;
                }
            }
            sendInitiate(entry, *client, guard.data(), callback);
        });
}

void DemocranceProvider::sendInitiate(const OutboxEntry& entry, DemocranceClient& dem, QObject* context,
                                      ActionCallback callback)
{
    const QString policyNumber = entry.payload.value(u"policy_number"_s).toString().trimmed();
    const QString gateway = entry.payload.value(u"gateway"_s).toString().trimmed();
    QPointer<QObject> guard(context);
    DemocranceClient* client = &dem;
    dem.initiate(
        policyNumber, gateway, context,
        [this, guard, entry, client, policyNumber, gateway, callback](Result<QJsonObject, ApiError> answer) {
            if (!guard)
                return;
            if (!answer) {
                callback(fail(answer.error()));
                return;
            }
            bool known = false;
            Payment base = cachedOrNew(entry.storeId, policyNumber, &known);
            if (!entry.enterpriseId.isEmpty() && !known)
                base.enterpriseId = entry.enterpriseId;
            if (!known)
                base.providerStatus = u"S_NEW"_s; // until Democrance tells more
            const Payment p =
                fromInitiate(base, answer.value(), gateway, entry.idempotencyKey, m_scheduler.clock().now());
            // Cached before the outbox records the entry as sent: the token is never only in memory.
            write(p, base);
            // The payment as Democrance has it now: its reference, amount and the policy's status
            // (an invoiced or waived one has moved the policy already).
            client->paymentStatus(text(answer.value(), u"token"_s), guard.data(),
                                  [this, p, known, callback](Result<QJsonObject, ApiError> status) {
                                      if (!status) {
                                          callback(p); // initiated all the same; polling fills it in
                                          return;
                                      }
                                      const Payment now =
                                          fromPaymentStatus(p, status.value(), m_scheduler.clock().now());
                                      write(now, p);
                                      if (!known && m_pollerView)
                                          m_pollerView->listSoon(now.storeId); // its customer and product
                                      callback(now);
                                  });
        });
}

void DemocranceProvider::fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback)
{
    DemocranceClient* dem = client(cached.storeId);
    if (!dem) {
        answerLater<Payment>(context, std::move(callback), fail(noSuchSite(cached.storeId)));
        return;
    }
    const QString token = cached.providerData.value(kToken).toString();
    if (!token.isEmpty()) {
        // "Check status now": Democrance asks the gateway at once instead of at its next
        // background re-check.
        const QString paymentId = cached.paymentId;
        dem->complete(token, context, [this, paymentId, callback](Result<QJsonObject, ApiError> answer) {
            if (!answer) {
                callback(fail(answer.error()));
                return;
            }
            auto stored = m_store.payment(paymentId);
            if (!stored || !stored->has_value()) {
                callback(fail(DemocranceClient::refused(
                    404, DemocranceClient::tr("Democrance does not know this policy."))));
                return;
            }
            const Payment base = **stored;
            const Payment p = fromPaymentStatus(base, answer.value(), m_scheduler.clock().now());
            write(p, base);
            callback(p);
        });
        return;
    }
    // No payment yet: the policy as the listing has it now.
    const QString siteId = cached.storeId;
    const QString number = cached.providerReference;
    lookUpPolicy(siteId, number, context,
                 [this, siteId, number, callback](Result<std::optional<QJsonObject>, ApiError> policy) {
                     if (!policy) {
                         callback(fail(policy.error()));
                         return;
                     }
                     if (!policy->has_value()) {
                         callback(fail(DemocranceClient::refused(
                             404, DemocranceClient::tr("Democrance does not know this policy."))));
                         return;
                     }
                     const Payment base = cachedOrNew(siteId, number);
                     const Payment p =
                         fromPolicy(base, **policy, m_config.enterpriseId, siteId, m_scheduler.clock().now());
                     write(p, base);
                     callback(p);
                 });
}

void DemocranceProvider::query(ProviderQuery query, const QString& storeId, const QJsonObject& params,
                               QObject* context, QueryCallback callback)
{
    DemocranceClient* dem = client(storeId);
    if (!dem) {
        answerLater<QJsonObject>(context, std::move(callback), fail(noSuchSite(storeId)));
        return;
    }
    switch (query) {
    case ProviderQuery::Gateways:
        dem->gateways(params.value(u"policy_number"_s).toString(), context,
                      [callback](Result<QJsonArray, ApiError> list) {
                          if (!list) {
                              callback(fail(list.error()));
                              return;
                          }
                          callback(QJsonObject{{u"gateways"_s, list.value()}});
                      });
        return;
    case ProviderQuery::TaxInvoice: {
        QString reference = params.value(u"reference"_s).toString().trimmed();
        bool receipt = params.value(u"receipt"_s).toBool();
        if (reference.isEmpty()) {
            const QString number = params.value(u"policy_number"_s).toString().trimmed();
            bool found = false;
            const Payment p = cachedOrNew(storeId, number, &found);
            reference = p.providerData.value(u"reference"_s).toString();
            receipt = receipt || p.providerData.value(kPaymentStatus).toString() == u"paid";
        }
        dem->taxInvoice(reference, receipt, context, std::move(callback));
        return;
    }
    default:
        break; // another provider's questions
    }
    PaymentProvider::query(query, storeId, params, context, std::move(callback));
}

void DemocranceProvider::setWatched(const QStringList& paymentIds)
{
    if (m_pollerView)
        m_pollerView->setWatched(paymentIds);
}

} // namespace paydesk
