#pragma once

#include "ProviderAction.h"
#include "api/ApiError.h"
#include "payments/Payment.h"
#include "store/OutboxEntry.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace paydesk {

class PaymentSource;
class ProviderRules;

/**
 * Sends the outbox's entries of one provider (Outbox dispatches by OutboxEntry::provider).
 * The same entry may be sent again after a failure, a restart or a crash, always with the
 * same OutboxEntry::idempotencyKey: a sender makes sure the provider acts on it once
 * (Keyloop: the Idempotency-Key header; Payment Assist: order_id, see PaymentAssistProvider).
 *
 * The answer is the payment as the provider has it now (written to the cache by the outbox),
 * or an ApiError: permanent ones (ApiError::isPermanent()) fail the entry for good, every
 * other one is replayed later.
 */
class ActionSender
{
public:
    using ActionCallback = std::function<void(Result<Payment, ApiError>)>;

    virtual ~ActionSender() = default;
    /// Sends `entry`; `callback` is called once, unless `context` is destroyed first.
    virtual void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) = 0;
};

/**
 * One payment provider's connection, on the SyncSession's worker thread: how its payments are
 * kept up to date (its PaymentSources), how its actions are sent (ActionSender), and what it
 * answers directly (query(), fetchPayment()). What it can do is its ProviderRules (pure, any
 * thread); the window asks those, never this object.
 *
 * Keyloop (KeyloopProvider): a change feed plus push per store (SyncEngine), actions over the
 * platform API with an Idempotency-Key. Payment Assist (PaymentAssistProvider): polling of the
 * applications PayDesk tracks, actions over the Partner API v1.
 *
 * Made on the worker by a SyncSession (see SyncSession::ProviderFactory) and owned there; the
 * session registers its sender with the outbox, adds its sources, and forwards query(),
 * fetchPayment(), setWatched() and track() to it, queued.
 */
class PaymentProvider : public QObject, public ActionSender
{
    Q_OBJECT

public:
    using PaymentCallback = std::function<void(Result<Payment, ApiError>)>;
    using QueryCallback = std::function<void(Result<QJsonObject, ApiError>)>;

    using QObject::QObject;
    ~PaymentProvider() override;

    /// ProviderRules::id() of this provider.
    virtual QString id() const = 0;
    const ProviderRules& rules() const;

    /**
     * The sources that keep this provider's payments in the cache; called once, the session
     * owns what it returns (and starts and stops them with the others).
     */
    virtual std::vector<std::unique_ptr<PaymentSource>> takeSources() = 0;

    /// Fetches one payment as the provider has it now (the detail pane's refresh). The
    /// default answers with an ApiError of Kind::Validation ("not supported").
    virtual void fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback);

    /**
     * A read-only question (plans, a plan's schedule, a pre-approval) for the site `storeId`;
     * `params` and the answer's fields use the provider's wire names (PaymentAssistClient
     * documents them). The default answers "not supported".
     */
    virtual void query(ProviderQuery query, const QString& storeId, const QJsonObject& params,
                       QObject* context, QueryCallback callback);

    /// The payments on screen now (detail pane, customer display): a polling provider checks
    /// them often (Payment Assist: about every 15 s). Replaces the previous set.
    virtual void setWatched(const QStringList& paymentIds);

    /**
     * Starts keeping `externalId` (e.g. a Payment Assist token the dealer pasted) of site
     * `storeId` up to date: fetched once, written to the cache, then polled like the ones
     * PayDesk began. The default answers "not supported".
     */
    virtual void track(const QString& storeId, const QString& externalId, QObject* context,
                       PaymentCallback callback);

protected:
    /// The ApiError for an operation this provider does not offer.
    ApiError unsupported(const QString& what) const;
};

} // namespace paydesk
