#pragma once

#include "payments/PaymentStatus.h"
#include "store/PaymentQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace paydesk::ui {

/**
 * What the dashboard's filter bar has chosen, in the user's terms (a date preset rather
 * than timestamps), so a saved view of "last 7 days" still means the last 7 days next week.
 * toQuery() turns it into the store's PaymentQuery for a given moment.
 */
struct PaymentFilter
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ui::PaymentFilter)

public:
    enum class DatePreset
    {
        Any,
        Today,
        Last7Days,
        Last30Days,
        Custom,
    };

    QList<PaymentStatus::Code> statuses;
    DatePreset datePreset = DatePreset::Any;
    /// Which date the preset (or custom range) applies to: the last change unless a KPI asked
    /// for another ("Paid today" is by the day paid). Meaningless, and left Updated, without a
    /// date range; the filter bar goes back to Updated when the user picks another preset.
    PaymentQuery::DateField dateField = PaymentQuery::DateField::Updated;
    /// Inclusive local calendar days for DatePreset::Custom (either may be invalid = open).
    QDate customFrom;
    QDate customTo;
    QString storeId;
    QString provider;
    /// ISO code the amount bounds are in; empty = any currency (bounds then apply to the
    /// minor units of every currency alike).
    QString currency;
    std::optional<qint64> amountMin;
    std::optional<qint64> amountMax;
    QString text;
    std::optional<bool> fundsCleared;

    bool isEmpty() const;
    /// The store query for `now` (local time decides where "today" starts).
    PaymentQuery toQuery(const QDateTime& now = QDateTime::currentDateTime()) const;
    /// Short translated phrases, one per active criterion: "Status: Paid, Failed", "Last 7 days".
    QStringList describe() const;

    QVariantMap toVariantMap() const;
    static PaymentFilter fromVariantMap(const QVariantMap& map);

    static QString presetDisplayName(DatePreset preset);
    static QList<PaymentStatus::Code> openStatuses();
    static QList<PaymentStatus::Code> paidStatuses();
    /// The payments the "Paid today" KPI counts (DashboardKpis::paidTodayQuery()): paid today,
    /// by the paid date, whatever their status now.
    static PaymentFilter paidToday();
    /// "Cleared / safe to release": paid (or partly refunded) with the funds cleared.
    static PaymentFilter safeToRelease();
    /// Whether the status criteria are exactly safeToRelease()'s.
    bool isSafeToRelease() const;

    friend bool operator==(const PaymentFilter&, const PaymentFilter&) = default;
};

} // namespace paydesk::ui
