#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"
#include "payments/Payment.h"
#include "providers/PollingSchedule.h"
#include "providers/PollingSource.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace paydesk {

class PaymentStore;
class Scheduler;

/**
 * Keeps Payment Assist applications in the cache up to date by polling `GET /status`:
 * Payment Assist has no list or feed, so PayDesk follows the applications it began and those
 * the dealer added by token (track()). The PaymentSource of PaymentAssistProvider.
 *
 * The schedule (all on the injected Scheduler, so tests drive it with a ManualScheduler):
 * - an open application is polled by age (since it was begun): every 30 s in its first
 *   10 minutes, every 2 min in its first hour, every 10 min in its first day (Payment Assist
 *   advises 5–10 minutes), then every 30 min (intervalFor());
 * - one that is watched (open in the detail pane or on a customer display, setWatched()) every
 *   15 s;
 * - a final one (completed, failed, expired) no more — except a completed one whose invoice is
 *   outstanding (requires_invoice && !has_invoice), every 15 min until the invoice is there;
 * - at most one request at a time and at least `minGapMs` between two (the global rate cap);
 * - a Retry-After (429/503) pauses all polling that long; an unexpected failure backs off
 *   (RetryPolicy) and shows Offline; a refused key or secret (401/403) shows SignInFailed and
 *   stops polling that site until restart; an unknown token (404) is followed no more.
 *
 * The poll itself is a function (PaymentAssistProvider::refresh): it asks /status, writes the
 * merged payment into the store and answers with it.
 */
class PaymentAssistPoller final : public PollingSource
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 watchedIntervalMs = 15000;
        qint64 invoiceOutstandingIntervalMs = 15 * 60 * 1000;
        /// Least time between two requests (all sites together).
        qint64 minGapMs = 500;
        RetryPolicy::Options retry = {1000, 60000, 0.2, 300000, 1 << 30};
    };

    /// What one poll found: the payment as now cached, or why not.
    using Refresh = std::function<void(const QString& siteId, const QString& token, QObject* context,
                                       std::function<void(Result<Payment, ApiError>)> done)>;

    PaymentAssistPoller(PaymentStore& store, Scheduler& scheduler, QStringList siteIds, Refresh refresh,
                        Options options, QObject* parent = nullptr);
    ~PaymentAssistPoller() override;

    void start() override;
    void stop() override;

    /// Follows `payment` (just begun or added by token) from now on, by its state.
    void track(const Payment& payment);
    /// The payment changed by other means (an action's answer): reschedule it by its state.
    void updated(const Payment& payment);
    /// The payments on screen now; those of Payment Assist are polled every watchedIntervalMs.
    void setWatched(const QStringList& paymentIds);

    /// The polling interval of an open application of that age.
    static qint64 intervalFor(qint64 ageMs);
    /// Tokens followed now (for tests and diagnostics).
    QStringList trackedTokens() const { return m_tracked.keys(); }
    /// When `token` is due next (monotonic ms of the scheduler's clock), -1 when not followed.
    qint64 dueAtMs(const QString& token) const;

private:
    struct Tracked
    {
        QString siteId;
        QDateTime begunAt;
        bool final = false;
        bool invoiceOutstanding = false;
        qint64 dueAtMs = 0;
    };

    void follow(const Payment& payment, bool pollNow);
    qint64 nextDelayMs(const Tracked& t) const;
    void tick();
    void onAnswer(const QString& token, Result<Payment, ApiError> answer);
    void checkFullSync();

    PaymentStore& m_store;
    Scheduler& m_scheduler;
    QStringList m_siteIds;
    Refresh m_refresh;
    Options m_options;
    PollingSchedule m_schedule;
    QHash<QString, Tracked> m_tracked;
    QSet<QString> m_watched;
    QSet<QString> m_refusedSites;
    /// Open applications still to be polled once for the first full sync.
    QSet<QString> m_firstRound;
};

} // namespace paydesk
