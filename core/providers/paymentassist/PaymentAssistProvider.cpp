#include "PaymentAssistProvider.h"

#include "Logging.h"
#include "PaymentAssistClient.h"
#include "PaymentAssistRules.h"
#include "api/Scheduler.h"
#include "providers/ActionReplay.h"
#include "providers/AnswerLater.h"
#include "providers/ChangeTime.h"
#include "store/PaymentStore.h"

#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString kOrderId = u"order_id"_s;
const QString kOutboxKey = ActionReplay::outboxKey();

QDateTime paTime(const QJsonValue& value)
{
    // ISO 8601 with an offset ("2022-05-24T19:28:06+01:00"), or "Y-m-d H:i:s" in UTC.
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/// A Refused answer to a replay of a change that is nevertheless already made.
bool alreadyDone(OutboxEntry::Kind kind, const Payment& now, const QJsonObject& payload)
{
    using Code = PaymentStatus::Code;
    switch (kind) {
    case OutboxEntry::Kind::Cancel:
        return now.status.code() == Code::Expired;
    case OutboxEntry::Kind::AmendAmount:
        return now.amount.minorUnits() == payload.value(u"amount"_s).toInteger(-1);
    case OutboxEntry::Kind::UploadInvoice:
        return now.providerData.value(u"has_invoice"_s).toBool();
    case OutboxEntry::Kind::Capture:
        return now.status.code() == Code::Paid;
    default:
        return false;
    }
}

} // namespace

PaymentAssistProvider::PaymentAssistProvider(Config config, PaymentStore& store, Scheduler& scheduler,
                                             SiteSecrets secrets, QObject* parent)
    : PaymentProvider(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_scheduler(scheduler)
{
    m_http = std::make_unique<HttpClient>(m_config.transport, m_scheduler);
    for (const PaymentAssistSite& site : std::as_const(m_config.sites)) {
        if (!site.isComplete())
            continue;
        m_clients.insert(site.siteId, secrets.forSite(site, m_config.profileName, [&](auto&&... secret) {
            return new PaymentAssistClient(*m_http, site.baseUrl, site.apiKey,
                                           std::forward<decltype(secret)>(secret)..., this);
        }));
    }
    m_poller = std::make_unique<PaymentAssistPoller>(
        m_store, m_scheduler, m_clients.keys(),
        [this](const QString& siteId, const QString& token, QObject* context,
               std::function<void(Result<Payment, ApiError>)> done) {
            refresh(siteId, token, context, std::move(done));
        },
        m_config.polling);
    m_pollerView = m_poller.get();
}

PaymentAssistProvider::~PaymentAssistProvider() = default;

std::vector<std::unique_ptr<PaymentSource>> PaymentAssistProvider::takeSources()
{
    std::vector<std::unique_ptr<PaymentSource>> sources;
    if (m_poller)
        sources.push_back(std::move(m_poller));
    return sources;
}

PaymentAssistClient* PaymentAssistProvider::client(const QString& siteId) const
{
    return m_clients.value(siteId);
}

ApiError PaymentAssistProvider::noSuchSite(const QString& siteId) const
{
    return PaymentAssistClient::invalid(
        PaymentAssistClient::tr(
            "This site has no Payment Assist credentials. Add them in the connection settings."),
        u"no payment assist site "_s + siteId, u"storeId"_s);
}

Payment PaymentAssistProvider::merged(Payment base, const QJsonObject& data, const QDateTime& now)
{
    Payment p = base;
    p.provider = ProviderId::paymentAssist();
    if (p.paymentId.isEmpty())
        p.paymentId = data.value(u"token"_s).toString();
    const QString word = data.value(u"status"_s).toString();
    if (!word.isEmpty()) {
        p.providerStatus = word;
        p.status = PaymentAssistRules::statusFor(word);
    }
    if (const QString ref = data.value(u"pa_ref"_s).toString(); !ref.isEmpty())
        p.providerReference = ref;
    if (data.value(u"amount"_s).isDouble()) {
        if (auto amount = Money::fromMinor(data.value(u"amount"_s).toInteger(), u"GBP"_s))
            p.amount = amount.value();
    }
    if (const QDateTime expires = paTime(data.value(u"expires_at"_s)); expires.isValid())
        p.expiresAt = expires;
    const bool requiresInvoice =
        data.value(u"requires_invoice"_s).toBool(p.providerData.value(u"requires_invoice"_s).toBool());
    const bool hasInvoice =
        data.value(u"has_invoice"_s).toBool(p.providerData.value(u"has_invoice"_s).toBool());
    p.providerData.insert(u"requires_invoice"_s, requiresInvoice);
    p.providerData.insert(u"has_invoice"_s, hasInvoice);
    if (const QString seen = data.value(u"last_accessed_at"_s).toString(); !seen.isEmpty())
        p.providerData.insert(u"last_accessed_at"_s, seen);
    const bool completed = p.status.code() == PaymentStatus::Code::Paid;
    p.invoiceOutstanding = completed && requiresInvoice && !hasInvoice;
    // Finance completed: the customer is approved and has signed; Payment Assist pays the
    // dealer out once nothing (an invoice) is outstanding.
    p.fundsCleared = completed && !p.invoiceOutstanding;
    p.amountPaid = completed ? p.amount : Money();

    const bool changed = p.status != base.status || p.providerStatus != base.providerStatus ||
                         p.providerReference != base.providerReference || p.amount != base.amount ||
                         p.expiresAt != base.expiresAt || p.invoiceOutstanding != base.invoiceOutstanding ||
                         p.fundsCleared != base.fundsCleared || p.providerData != base.providerData;
    if (changed) {
        // Dated with Payment Assist's own time of the change where /status gives one — an
        // expired application's expires_at, else the customer's last_accessed_at — when it is
        // later than the change PayDesk recorded last (or the application is new here, added by
        // token), never later than now; else now (a pending application has no time of its own).
        const QDateTime own = p.status.code() == PaymentStatus::Code::Expired
                                  ? p.expiresAt
                                  : paTime(data.value(u"last_accessed_at"_s));
        const QDateTime at = changeTime(base, own, now);
        p.version = base.version + 1;
        p.updatedAt = at;
        if (base.version == 0 && p.createdAt.isValid() && p.createdAt > at)
            p.createdAt = at; // added by token: it began no later than its first known change
        if (p.status != base.status)
            p.history.append(StatusChange{p.status, at, StatusChange::Actor::Partner, word});
    } else {
        p.history.clear(); // nothing new: the cached timeline stays as it is
    }
    return p;
}

Payment PaymentAssistProvider::begun(const QString& enterpriseId, const QString& siteId,
                                     const QJsonObject& fields, const QJsonObject& answer,
                                     const QString& outboxKey, const QDateTime& now)
{
    Payment p;
    p.paymentId = answer.value(u"token"_s).toString();
    p.enterpriseId = enterpriseId;
    p.storeId = siteId;
    p.provider = ProviderId::paymentAssist();
    p.reference =
        PaymentReference::make(PaymentReference::Type::RepairOrder, fields.value(kOrderId).toString());
    p.description = fields.value(u"description"_s).toString();
    if (auto amount = Money::fromMinor(fields.value(u"amount"_s).toInteger(), u"GBP"_s))
        p.amount = amount.value();
    p.customer = Customer{
        (fields.value(u"f_name"_s).toString() + u' ' + fields.value(u"s_name"_s).toString()).trimmed(),
        fields.value(u"email"_s).toString(), fields.value(u"telephone"_s).toString()};
    Channels channels;
    if (fields.value(u"send_email"_s).toBool())
        channels |= Channel::Email;
    if (fields.value(u"send_sms"_s).toBool())
        channels |= Channel::Sms;
    p.channels = channels;
    p.providerStatus = u"pending"_s;
    p.status = PaymentAssistRules::statusFor(p.providerStatus);
    p.payLink = answer.value(u"url"_s).toString();
    p.expiresAt = now.addSecs(fields.value(u"expiry"_s).toInteger(86400));
    p.createdAt = now;
    p.updatedAt = now;
    p.version = 1;
    p.providerData.insert(kOrderId, fields.value(kOrderId).toString());
    p.providerData.insert(kOutboxKey, outboxKey);
    for (const QString& key : {u"plan_id"_s, u"reg_no"_s})
        if (fields.contains(key))
            p.providerData.insert(key, fields.value(key));
    p.history = {StatusChange{p.status, now, StatusChange::Actor::Dealer, p.providerStatus}};
    return p;
}

void PaymentAssistProvider::refresh(const QString& siteId, const QString& token, QObject* context,
                                    PaymentCallback callback)
{
    PaymentAssistClient* pa = client(siteId);
    if (!pa) {
        answerLater<Payment>(context, std::move(callback), fail(noSuchSite(siteId)));
        return;
    }
    pa->status(token, context, [this, siteId, token, callback](Result<QJsonObject, ApiError> answer) {
        if (!answer) {
            callback(fail(answer.error()));
            return;
        }
        Payment base;
        if (auto cached = m_store.payment(token); cached && cached->has_value()) {
            base = **cached;
        } else {
            // Added by token: what /status tells is all there is.
            base.paymentId = token;
            base.enterpriseId = m_config.enterpriseId;
            base.storeId = siteId;
            base.provider = ProviderId::paymentAssist();
            base.createdAt = m_scheduler.clock().now();
            base.updatedAt = base.createdAt;
        }
        const Payment p = merged(base, answer.value(), m_scheduler.clock().now());
        if (p.version != base.version || base.version == 0) {
            if (auto written = m_store.upsert(p); !written)
                qCWarning(lcSync) << "payment assist: cannot cache an application:" << written.error().detail;
        }
        callback(p);
    });
}

void PaymentAssistProvider::sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback)
{
    PaymentAssistClient* pa = client(entry.storeId);
    if (!pa) {
        answerLater<Payment>(context, std::move(callback), fail(noSuchSite(entry.storeId)));
        return;
    }
    if (entry.kind == OutboxEntry::Kind::Initiate)
        begin(entry, *pa, context, std::move(callback));
    else
        change(entry, *pa, context, std::move(callback));
}

void PaymentAssistProvider::begin(const OutboxEntry& entry, PaymentAssistClient& pa, QObject* context,
                                  ActionCallback callback)
{
    const bool replay = entry.attempts > 0;
    // The earlier attempt's answer may have arrived and been cached just before a stop.
    if (auto known = ActionReplay::madeEarlier(m_store, ProviderId::paymentAssist(), entry)) {
        qCInfo(lcOutbox) << "payment assist: entry" << entry.id << "was begun before; not sent again";
        answerLater<Payment>(context, std::move(callback), *known);
        return;
    }
    const QJsonObject fields = entry.payload;
    pa.begin(fields, context, [this, entry, fields, replay, callback](Result<QJsonObject, ApiError> answer) {
        const QDateTime now = m_scheduler.clock().now();
        if (answer) {
            if (answer->value(u"token"_s).toString().isEmpty()) {
                callback(fail(ApiError::parse(u"begin answered without a token"_s, u"token"_s)));
                return;
            }
            const QString enterprise =
                entry.enterpriseId.isEmpty() ? m_config.enterpriseId : entry.enterpriseId;
            const Payment p =
                begun(enterprise, entry.storeId, fields, answer.value(), entry.idempotencyKey, now);
            // Cached before the outbox records the entry as sent: the token is never only in memory.
            if (auto written = m_store.upsert(p); !written)
                qCWarning(lcOutbox) << "payment assist: cannot cache a new application:"
                                    << written.error().detail;
            if (m_pollerView)
                m_pollerView->track(p);
            callback(p);
            return;
        }
        const ApiError& error = answer.error();
        if (error.kind == ApiError::Kind::Refused && error.field == kOrderId) {
            // order_id is unique per dealer, so no second application was made. On a replay the
            // earlier attempt made it; even a first attempt can meet its own application: Qt
            // sends a POST again by itself when the connection drops before the answer.
            const QString orderId = fields.value(kOrderId).toString();
            if (replay) {
                if (auto known = ActionReplay::findCached(m_store, ProviderId::paymentAssist(), entry.storeId,
                                                          kOrderId, orderId)) {
                    callback(*known);
                    return;
                }
            }
            ApiError taken = error;
            taken.message = PaymentAssistClient::tr(
                                "Payment Assist already has an application for order %1. No second one was "
                                "made. If it was begun just now and its answer was lost, add it by its token "
                                "to follow it; otherwise use another order reference.")
                                .arg(orderId);
            taken.detail =
                replay ? u"duplicate order_id on replay; token unknown"_s : u"duplicate order_id"_s;
            callback(fail(taken));
            return;
        }
        callback(fail(error));
    });
}

void PaymentAssistProvider::change(const OutboxEntry& entry, PaymentAssistClient& pa, QObject* context,
                                   ActionCallback callback)
{
    const QString token = entry.paymentId;
    QPointer<QObject> guard(context);
    // After the change: /status tells the application as it is now.
    auto thenRefresh = [this, entry, token, guard, callback](Result<QJsonObject, ApiError> answer) {
        if (!guard)
            return;
        // A refusal may mean "done already": the first attempt's answer was lost (a replay), or
        // Qt sent the POST again by itself after a dropped connection. /status decides.
        if (!answer && answer.error().kind != ApiError::Kind::Refused) {
            callback(fail(answer.error()));
            return;
        }
        if (answer && entry.kind == OutboxEntry::Kind::UploadInvoice &&
            answer->value(u"upload_status"_s).toString() != u"success") {
            callback(fail(PaymentAssistClient::refused(
                200, PaymentAssistClient::tr("Payment Assist could not read the invoice file."),
                QJsonValue())));
            return;
        }
        std::optional<ApiError> refusal;
        if (!answer)
            refusal = answer.error();
        refresh(entry.storeId, token, guard.data(),
                [this, entry, refusal, callback](Result<Payment, ApiError> now) {
                    if (refusal) {
                        // A replay was refused: done already (the first attempt's answer was lost) or a real
                        // no.
                        if (now && alreadyDone(entry.kind, now.value(), entry.payload))
                            callback(now.value());
                        else
                            callback(fail(*refusal));
                        return;
                    }
                    if (m_pollerView && now)
                        m_pollerView->updated(now.value());
                    if (now) {
                        callback(now.value());
                        return;
                    }
                    // The change was made; /status did not answer. The cached payment stands until the
                    // next poll.
                    auto cached = m_store.payment(entry.paymentId);
                    if (cached && cached->has_value())
                        callback(**cached);
                    else
                        callback(fail(now.error()));
                });
    };
    switch (entry.kind) {
    case OutboxEntry::Kind::Cancel:
        pa.update(token, QJsonObject{{u"expiry"_s, 0}}, context, thenRefresh);
        break;
    case OutboxEntry::Kind::AmendAmount:
        pa.update(token, QJsonObject{{u"amount"_s, entry.payload.value(u"amount"_s)}}, context, thenRefresh);
        break;
    case OutboxEntry::Kind::UploadInvoice:
        pa.invoice(token, entry.payload.value(u"filetype"_s).toString(),
                   entry.payload.value(u"filedata"_s).toString(), context, thenRefresh);
        break;
    case OutboxEntry::Kind::Capture:
        pa.capture(token, context, thenRefresh);
        break;
    default:
        answerLater<Payment>(context, callback, fail(unsupported(OutboxEntry::kindToString(entry.kind))));
        break;
    }
}

void PaymentAssistProvider::fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback)
{
    refresh(cached.storeId, cached.paymentId, context, std::move(callback));
}

void PaymentAssistProvider::query(ProviderQuery query, const QString& storeId, const QJsonObject& params,
                                  QObject* context, QueryCallback callback)
{
    PaymentAssistClient* pa = client(storeId);
    if (!pa) {
        answerLater<QJsonObject>(context, std::move(callback), fail(noSuchSite(storeId)));
        return;
    }
    switch (query) {
    case ProviderQuery::Plans:
        pa->account(context, std::move(callback));
        return;
    case ProviderQuery::QuotePlan: {
        std::optional<int> planId;
        std::optional<int> planLength;
        if (params.contains(u"plan_id"_s))
            planId = params.value(u"plan_id"_s).toInt();
        if (params.contains(u"plan_length"_s))
            planLength = params.value(u"plan_length"_s).toInt();
        pa->plan(params.value(u"amount"_s).toInteger(), planId, planLength, context, std::move(callback));
        return;
    }
    case ProviderQuery::PreApprove:
        pa->preapproval(params.value(u"f_name"_s).toString(), params.value(u"s_name"_s).toString(),
                        params.value(u"addr1"_s).toString(), params.value(u"postcode"_s).toString(), context,
                        std::move(callback));
        return;
    default:
        break; // another provider's questions
    }
    PaymentProvider::query(query, storeId, params, context, std::move(callback));
}

void PaymentAssistProvider::setWatched(const QStringList& paymentIds)
{
    if (m_pollerView)
        m_pollerView->setWatched(paymentIds);
}

void PaymentAssistProvider::track(const QString& storeId, const QString& token, QObject* context,
                                  PaymentCallback callback)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        answerLater<Payment>(
            context, std::move(callback),
            fail(PaymentAssistClient::invalid(PaymentAssistClient::tr("Enter the application's token."),
                                              u"empty token"_s, u"token"_s)));
        return;
    }
    refresh(storeId, trimmed, context, [this, callback](Result<Payment, ApiError> answer) {
        if (answer && m_pollerView)
            m_pollerView->track(answer.value());
        callback(std::move(answer));
    });
}

} // namespace paydesk
