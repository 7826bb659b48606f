#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"
#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/Payment.h"
#include "payments/PaymentValidator.h"
#include "providers/ProviderAction.h"
#include "store/OutboxEntry.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace paydesk {

class ActionSender;
class PaymentStore;
class PlatformClient;
class Scheduler;

/**
 * The durable outbox of dealer actions (DESIGN.md "Data flow" 3, RELIABILITY.md "Nothing lost,
 * nothing doubled").
 *
 * submit() validates an action, then writes it to the outbox with a fresh idempotency key in the
 * SAME transaction as its audit line, then sends it. Until the platform answers, it is replayed
 * with the same key — after a failure, a restart or a crash (start() picks up whatever is
 * queued in the store). A 4xx answer (other than 409/429) marks it failed with the platform's
 * message for the user and is never retried. Entries are sent one at a time, oldest first, so
 * two actions on the same payment reach the platform in the order the dealer made them.
 *
 * Every entry names its provider (OutboxEntry::provider); the outbox hands it to that
 * provider's ActionSender (addSender(); KeyloopActionSender, PaymentAssistProvider), which
 * makes the provider act on the entry's key once. An entry whose provider has no sender now
 * (its credentials were removed) waits, and does not hold up the others.
 *
 * Threads: an outbox lives on its SyncSession's worker thread and is called there only; the
 * UI submits through SyncSession::submit() (which waits for the one INSERT) and hears the
 * signals through the session, queued. Typical use from a dialog:
 * @code
 * auto queued = session.submit(request);    // request is normalised in place
 * if (!queued) showFieldErrors(queued.error()); // nothing was queued
 * else         close();                      // the UI shows the action as "queued" at once
 * @endcode
 * and the main window listens to the session's actionQueued / actionConfirmed / actionFailed.
 */
class Outbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// Who is acting, for the audit log ("system" when nobody is signed in to PayDesk).
        QString user = QStringLiteral("system");
        /// Country calling code for phone numbers typed without one.
        QString defaultCallingCode = QStringLiteral("44");
        /// Backoff between sends of one entry when the platform is unreachable (5xx, no connection).
        RetryPolicy::Options retry = {500, 30000, 0.2, 60000, 1 << 30};
    };

    /// Result of submit(): the outbox entry id, or the field errors (then nothing was queued).
    using SubmitResult = Result<qint64, FieldErrors>;

    /// An outbox with no sender yet: add one per provider with addSender().
    Outbox(PaymentStore& store, Scheduler& scheduler, Options options, QObject* parent = nullptr);
    /// An outbox that sends Keyloop's entries over `platform` (a KeyloopActionSender it owns).
    Outbox(PlatformClient& platform, PaymentStore& store, Scheduler& scheduler, Options options,
           QObject* parent = nullptr);
    ~Outbox() override;

    /// Sends the entries of `provider` (ProviderRules::id()) through `sender`, which must
    /// outlive the outbox or be removed with nullptr. Waiting entries of it become due.
    void addSender(const QString& provider, ActionSender* sender);

    /**
     * Validates (and normalises: trimmed text, E.164 phone) a new payment request. Valid: queued
     * with a fresh Idempotency-Key and an audit line, actionQueued(id) is emitted before this
     * returns, sending starts, and the entry id is returned. Invalid: the field errors (wire
     * names, translated messages) and nothing is queued or sent. A failure to write the cache
     * comes back as one FieldError with an empty field.
     */
    SubmitResult submit(InitiateRequest& request);
    /// Same for cancelling an open request.
    SubmitResult submit(CancelRequest& request);
    /// Same for resending the notification (optionally with corrected customer details).
    SubmitResult submit(ResendRequest& request);
    /**
     * Same for any provider's action (ProviderActionRequest), checked by that provider's
     * ProviderRules::validate(). Read-only actions (QuotePlan, PreApprove) are not queued:
     * ask them with SyncSession::query().
     */
    SubmitResult submit(ProviderActionRequest& request);

    /// Starts sending: replays every queued entry in the store (call once after opening it).
    void start();
    /// Stops sending new attempts (an attempt in flight still finishes and is recorded).
    void stop();
    /// Sends due entries now instead of waiting for their backoff (e.g. when the connection is back).
    void retryNow();

    /// The rules submit() checks with; forms use the same, so they check what will be checked here.
    const PaymentValidator& validator() const { return m_validator; }

    /// Entries waiting or being sent (the connection indicator's "queued actions").
    int queuedCount() const;
    bool isSending() const { return m_inFlight != 0; }

Q_SIGNALS:
    /// An action was written to the outbox (shown as "queued" at once).
    void actionQueued(qint64 entryId);
    /// The platform accepted the action; `paymentId` is the payment it concerns (new for an initiate).
    void actionConfirmed(qint64 entryId, const QString& paymentId);
    /// The platform refused the action for good; `message` is translated, for the user.
    void actionFailed(qint64 entryId, const QString& message);
    /// The number of queued actions changed.
    void queuedCountChanged(int count);

private:
    SubmitResult enqueue(OutboxEntry::Kind kind, const QString& provider, const QString& enterpriseId,
                         const QString& storeId, const QString& paymentId, const QJsonObject& payload);
    void schedulePump(qint64 delayMs);
    void pump();
    void send(const OutboxEntry& entry);
    void onAnswer(const OutboxEntry& entry, Result<Payment, ApiError> answer);
    void publishCount();

    std::unique_ptr<ActionSender> m_ownSender;
    QHash<QString, ActionSender*> m_senders;
    PaymentStore& m_store;
    Scheduler& m_scheduler;
    Options m_options;
    PaymentValidator m_validator;
    RetryPolicy m_retry;
    bool m_running = false;
    bool m_pumpScheduled = false;
    qint64 m_wakeAtMs = -1;
    qint64 m_inFlight = 0;
    int m_lastCount = -1;
};

} // namespace paydesk
