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
 * Keeps Democrance policies and their payments in the cache up to date: the PaymentSource of
 * DemocranceProvider. Two kinds of work, one request step at a time:
 *
 * - **the listing** of each site: the policies awaiting payment (`/api/v3/policy/all/`,
 *   `status=S_NEW,S_PENDING_APPROVAL`, every page) every listIntervalMs; a policy that left it
 *   is looked up among the finished ones (DemocranceProvider::listSite does both);
 * - **the payment status** of each payment under way (an initiate answered "Payment required",
 *   or the listing shows a pending payment): `/api/v3/payment/status/` by age since it was
 *   initiated, as Payment Assist's applications are polled (intervalFor(): every 30 s in its
 *   first 10 minutes, every 2 min in its first hour, every 10 min in its first day, then every
 *   30 min); a watched one (detail pane, customer display: setWatched()) every 15 s; a finished
 *   one (paid, failed, expired, invoiced, not required) no more.
 *
 * The rules every polling connector keeps (PollingSchedule): at most one step in flight and
 * at least `minGapMs` between two (all sites together); a Retry-After (429/503) pauses
 * everything that long; an unexpected failure backs off (RetryPolicy) and shows Offline; a
 * refused sign-in or no password shows SignInFailed and stops that site until restart; an
 * unknown payment (404) is followed no more. The first full sync is done when every site was
 * listed once.
 */
class DemocrancePoller final : public PollingSource
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 listIntervalMs = 60000;
        qint64 watchedIntervalMs = 15000;
        /// Least time between two steps (all sites together).
        qint64 minGapMs = 500;
        RetryPolicy::Options retry = {1000, 60000, 0.2, 300000, 1 << 30};
    };

    /// One listing step of a site: how many policies it wrote, or why not.
    using ListSite = std::function<void(const QString& siteId, QObject* context,
                                        std::function<void(Result<int, ApiError>)> done)>;
    /// One payment-status step: the payment as now cached, or why not.
    using RefreshPayment =
        std::function<void(const QString& siteId, const QString& paymentId, QObject* context,
                           std::function<void(Result<Payment, ApiError>)> done)>;

    DemocrancePoller(PaymentStore& store, Scheduler& scheduler, QStringList siteIds, ListSite listSite,
                     RefreshPayment refresh, Options options, QObject* parent = nullptr);
    ~DemocrancePoller() override;

    void start() override;
    void stop() override;

    /// Follows `payment`'s status when it has a payment under way (needsStatusPolls()).
    void track(const Payment& payment);
    /// The payment changed by other means (a listing, an action's answer): reschedule it.
    void updated(const Payment& payment) { track(payment); }
    /// The payments on screen now; those followed are polled every watchedIntervalMs.
    void setWatched(const QStringList& paymentIds);
    /// Lists `siteId` at once (after an action, "check status now" of a policy without payment).
    void listSoon(const QString& siteId);

    /// Whether `payment` has a payment under way whose status is worth asking.
    static bool needsStatusPolls(const Payment& payment);
    /// The polling interval of a payment of that age.
    static qint64 intervalFor(qint64 ageMs);
    /// Payments followed now (for tests and diagnostics).
    QStringList trackedPayments() const;
    /// When `paymentId` is due next (monotonic ms of the scheduler's clock), -1 when not followed.
    qint64 dueAtMs(const QString& paymentId) const;
    /// When the listing of `siteId` is due next, -1 when not (a refused site).
    qint64 listDueAtMs(const QString& siteId) const;

private:
    struct Item
    {
        bool listing = false;
        QString siteId;
        QDateTime since;
        qint64 dueAtMs = 0;
    };

    static QString listKey(const QString& siteId) { return QStringLiteral("list:") + siteId; }
    qint64 nextDelayMs(const Item& item) const;
    void tick();
    void onAnswer(const QString& key, const std::optional<ApiError>& error, std::optional<Payment> payment);
    void refuseSite(const QString& siteId, const ApiError& error);
    void checkFullSync();

    PaymentStore& m_store;
    Scheduler& m_scheduler;
    QStringList m_siteIds;
    ListSite m_listSite;
    RefreshPayment m_refresh;
    Options m_options;
    PollingSchedule m_schedule;
    QHash<QString, Item> m_items;
    QSet<QString> m_watched;
    QSet<QString> m_refusedSites;
    /// Sites still to be listed once for the first full sync.
    QSet<QString> m_firstRound;
};

} // namespace paydesk
