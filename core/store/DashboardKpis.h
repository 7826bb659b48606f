#pragma once

#include <QMap>
#include <QString>

namespace paydesk {

/// The KPI strip of the dashboard, computed by PaymentStore::kpis().
struct DashboardKpis
{
    /// Requests still waiting for the customer: INITIATED, NOTIFIED, VIEWED, IN_PROGRESS,
    /// AUTHORISED (FAILED is counted separately in `failed`).
    qint64 open = 0;
    /// Payments that became PAID (or later refunds) on the given local day.
    qint64 paidToday = 0;
    /// What those payments collected, per ISO currency, in minor units (amountPaid, or amount
    /// when amountPaid is not set).
    QMap<QString, qint64> paidTodayAmount;
    /// Status FAILED right now (the customer may still try again).
    qint64 failed = 0;
    /// PAID or PARTIALLY_REFUNDED but funds not cleared yet: do not release the goods.
    qint64 awaitingClearance = 0;

    friend bool operator==(const DashboardKpis&, const DashboardKpis&) = default;
};

} // namespace paydesk
