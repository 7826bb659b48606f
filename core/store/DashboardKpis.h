#pragma once

#include "PaymentQuery.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTime>

namespace paydesk {

/// The KPI strip of the dashboard, computed by PaymentStore::kpis().
struct DashboardKpis
{
    /// Requests still waiting for the customer: INITIATED, NOTIFIED, VIEWED, IN_PROGRESS,
    /// AUTHORISED (FAILED is counted separately in `failed`).
    qint64 open = 0;
    /// Payments that became PAID on the given local day, whatever their status now (a later
    /// refund keeps them here): the rows of paidTodayQuery().
    qint64 paidToday = 0;
    /// What those payments collected, per ISO currency, in minor units (amountPaid, or amount
    /// when amountPaid is not set).
    QMap<QString, qint64> paidTodayAmount;
    /// Status FAILED right now (the customer may still try again).
    qint64 failed = 0;
    /// PAID or PARTIALLY_REFUNDED but funds not cleared yet: do not release the goods.
    qint64 awaitingClearance = 0;

    /**
     * What "paid today" counts: the payments whose paid_at falls on the local day `today`, in
     * any status. The one definition of the figure: PaymentStore::kpis() counts these rows, and
     * the filter a click on the figure sets (ui PaymentFilter::paidToday()) takes its date field
     * and statuses from here, so the list shows exactly the payments counted.
     */
    static PaymentQuery paidTodayQuery(const QDate& today)
    {
        PaymentQuery q;
        q.dateField = PaymentQuery::DateField::Paid;
        q.from = QDateTime(today, QTime(0, 0));
        q.to = QDateTime(today.addDays(1), QTime(0, 0));
        q.limit = 0;
        return q;
    }

    friend bool operator==(const DashboardKpis&, const DashboardKpis&) = default;
};

} // namespace paydesk
