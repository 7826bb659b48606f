#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"
#include "payments/Payment.h"
#include "providers/PollingSchedule.h"
#include "providers/PollingSource.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace paydesk {

class Scheduler;

/**
 * Keeps myKaarma payments in the cache up to date by polling each site's dealer-orders filter
 * (POST …/dealer-orders/filter, paged, a date range and the order statuses), the only list
 * myKaarma offers. The PaymentSource of MyKaarmaProvider.
 *
 * The schedule (all on the injected Scheduler, so tests drive it with a ManualScheduler):
 * - each site's listing is walked page by page (zero-based, until a short page) every
 *   `listIntervalMs` (30 s), the first pass at start();
 * - the payments on screen (setWatched()) are fetched one by one every `watchedIntervalMs`
 *   (15 s) while they are not final (MyKaarmaRules::isFinal());
 * - at most one request at a time and at least `minGapMs` between two (all sites together);
 * - a Retry-After (429/503) pauses all polling that long; an unexpected failure backs off
 *   (RetryPolicy) and shows Offline; refused credentials or a missing API scope
 *   (MyKaarmaClient::isAccessProblem()) show SignInFailed and stop that site until restart.
 *
 * The work itself is two functions of MyKaarmaProvider: `listPage` fetches one page of a site,
 * writes what changed and answers how many orders the page had; `refresh` fetches one payment.
 */
class MyKaarmaPoller final : public PollingSource
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 listIntervalMs = 30000;
        qint64 watchedIntervalMs = 15000;
        /// Least time between two requests (all sites together).
        qint64 minGapMs = 500;
        int pageSize = 100;
        RetryPolicy::Options retry = {1000, 60000, 0.2, 300000, 1 << 30};
    };

    using PageDone = std::function<void(Result<int, ApiError>)>;
    using ListPage = std::function<void(const QString& siteId, int pageNumber, int pageSize, QObject* context,
                                        PageDone done)>;
    using Refresh = std::function<void(const QString& paymentId, QObject* context,
                                       std::function<void(Result<Payment, ApiError>)> done)>;

    MyKaarmaPoller(Scheduler& scheduler, QStringList siteIds, ListPage listPage, Refresh refresh,
                   Options options, QObject* parent = nullptr);
    ~MyKaarmaPoller() override;

    void start() override;
    void stop() override;

    /// The payments on screen now; those of myKaarma (not final) are fetched every watchedIntervalMs.
    void setWatched(const QStringList& paymentIds);
    /// `payment` changed by other means (an action's answer): watched ones stop once final.
    void updated(const Payment& payment);
    /// Sites whose credentials or scopes were refused (until restart).
    QStringList refusedSites() const { return QStringList(m_refusedSites.cbegin(), m_refusedSites.cend()); }

private:
    struct Site
    {
        int nextPage = 0;
        qint64 dueAtMs = 0;
        bool firstPassDone = false;
    };

    void tick();
    void onPage(const QString& siteId, int page, Result<int, ApiError> answer);
    void onRefresh(const QString& paymentId, Result<Payment, ApiError> answer);
    /// Shared failure handling; true when the failure was an access problem of `siteId`.
    void failed(const QString& siteId, const ApiError& error);
    void checkFullSync();

    Scheduler& m_scheduler;
    QStringList m_siteIds;
    ListPage m_listPage;
    Refresh m_refresh;
    Options m_options;
    PollingSchedule m_schedule;
    QHash<QString, Site> m_sites;
    /// Watched payment id → when it is due next.
    QHash<QString, qint64> m_watched;
    QSet<QString> m_refusedSites;
};

} // namespace paydesk
