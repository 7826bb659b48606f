#include "PaymentFilter.h"

#include "models/PaymentTableModel.h"
#include "money/Money.h"
#include "store/DashboardKpis.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

bool PaymentFilter::isEmpty() const
{
    return *this == PaymentFilter();
}

QList<PaymentStatus::Code> PaymentFilter::openStatuses()
{
    using Code = PaymentStatus::Code;
    return {Code::Initiated, Code::Notified, Code::Viewed, Code::InProgress, Code::Authorised};
}

QList<PaymentStatus::Code> PaymentFilter::paidStatuses()
{
    using Code = PaymentStatus::Code;
    return {Code::Paid, Code::PartiallyRefunded};
}

PaymentFilter PaymentFilter::paidToday()
{
    // The figure's own criteria in the filter bar's terms: its date field and statuses, and the
    // day as the preset, so the click still means "today" when the view is kept open past
    // midnight and re-read.
    const PaymentQuery counted = DashboardKpis::paidTodayQuery(QDate::currentDate());
    PaymentFilter f;
    f.statuses = counted.statuses;
    f.dateField = counted.dateField;
    f.datePreset = DatePreset::Today;
    return f;
}

PaymentFilter PaymentFilter::safeToRelease()
{
    PaymentFilter f;
    f.statuses = paidStatuses();
    f.fundsCleared = true;
    return f;
}

bool PaymentFilter::isSafeToRelease() const
{
    return statuses == paidStatuses() && fundsCleared == true;
}

PaymentQuery PaymentFilter::toQuery(const QDateTime& now) const
{
    PaymentQuery q;
    q.statuses = statuses;
    const QDate today = now.toLocalTime().date();
    auto startOf = [](const QDate& day) { return QDateTime(day, QTime(0, 0)).toUTC(); };
    switch (datePreset) {
    case DatePreset::Any:
        break;
    case DatePreset::Today:
        // The whole local day and no later, as DashboardKpis counts "paid today".
        q.from = startOf(today);
        q.to = startOf(today.addDays(1));
        break;
    case DatePreset::Last7Days:
        q.from = startOf(today.addDays(-6));
        break;
    case DatePreset::Last30Days:
        q.from = startOf(today.addDays(-29));
        break;
    case DatePreset::Custom:
        if (customFrom.isValid())
            q.from = startOf(customFrom);
        if (customTo.isValid())
            q.to = startOf(customTo.addDays(1));
        break;
    }
    q.dateField = dateField;
    if (!storeId.isEmpty())
        q.storeIds = {storeId};
    if (!provider.isEmpty())
        q.providers = {provider};
    q.currency = currency;
    q.amountMin = amountMin;
    q.amountMax = amountMax;
    q.text = text.trimmed();
    q.fundsCleared = fundsCleared;
    q.limit = 0;
    return q;
}

QString PaymentFilter::presetDisplayName(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Any:
        return tr("Any date");
    case DatePreset::Today:
        return tr("Today");
    case DatePreset::Last7Days:
        return tr("Last 7 days");
    case DatePreset::Last30Days:
        return tr("Last 30 days");
    case DatePreset::Custom:
        break;
    }
    return tr("Custom range");
}

QStringList PaymentFilter::describe() const
{
    QStringList parts;
    if (isSafeToRelease()) {
        parts << tr("Cleared / safe to release");
    } else if (!statuses.isEmpty()) {
        QStringList names;
        if (statuses == openStatuses()) {
            names << tr("open");
        } else {
            for (PaymentStatus::Code code : statuses)
                names << PaymentStatus(code).displayName();
        }
        parts << tr("Status: %1").arg(names.join(u", "_s));
    }
    if (datePreset == DatePreset::Custom) {
        const QLocale locale;
        const QString from =
            customFrom.isValid() ? locale.toString(customFrom, QLocale::ShortFormat) : tr("…");
        const QString to = customTo.isValid() ? locale.toString(customTo, QLocale::ShortFormat) : tr("…");
        switch (dateField) {
        case PaymentQuery::DateField::Updated:
            parts << tr("Updated %1 – %2").arg(from, to);
            break;
        case PaymentQuery::DateField::Created:
            parts << tr("Created %1 – %2").arg(from, to);
            break;
        case PaymentQuery::DateField::Paid:
            parts << tr("Paid %1 – %2").arg(from, to);
            break;
        }
    } else if (datePreset != DatePreset::Any) {
        // A preset of the last change reads as before ("Today"); another date says which.
        switch (dateField) {
        case PaymentQuery::DateField::Updated:
            parts << presetDisplayName(datePreset);
            break;
        case PaymentQuery::DateField::Created:
            parts << tr("Created: %1").arg(presetDisplayName(datePreset));
            break;
        case PaymentQuery::DateField::Paid:
            parts << tr("Paid: %1").arg(presetDisplayName(datePreset));
            break;
        }
    }
    if (!storeId.isEmpty())
        parts << tr("Store: %1").arg(storeId);
    if (!provider.isEmpty())
        parts << tr("Provider: %1").arg(PaymentTableModel::providerDisplayName(provider));
    auto amountText = [this](qint64 minor) {
        auto money = Money::fromMinor(minor, currency.isEmpty() ? u"GBP"_s : currency);
        if (!money)
            return QString::number(minor);
        return currency.isEmpty() ? money->toDecimalString() : money->format();
    };
    if (amountMin && amountMax)
        parts << tr("Amount %1 – %2").arg(amountText(*amountMin), amountText(*amountMax));
    else if (amountMin)
        parts << tr("Amount ≥ %1").arg(amountText(*amountMin));
    else if (amountMax)
        parts << tr("Amount ≤ %1").arg(amountText(*amountMax));
    if (!currency.isEmpty() && !amountMin && !amountMax)
        parts << tr("Currency: %1").arg(currency);
    if (fundsCleared && !isSafeToRelease())
        parts << (*fundsCleared ? tr("Funds cleared") : tr("Funds not cleared"));
    if (!text.trimmed().isEmpty())
        parts << tr("Search: “%1”").arg(text.trimmed());
    return parts;
}

QVariantMap PaymentFilter::toVariantMap() const
{
    QVariantMap map;
    QStringList codes;
    for (PaymentStatus::Code code : statuses)
        codes << PaymentStatus::wireName(code);
    if (!codes.isEmpty())
        map.insert(u"statuses"_s, codes);
    static const char* const presets[] = {"any", "today", "7d", "30d", "custom"};
    map.insert(u"date"_s, QString::fromLatin1(presets[int(datePreset)]));
    // Only when it is not the last change: a view saved before there was a choice has no key.
    if (dateField == PaymentQuery::DateField::Created)
        map.insert(u"dateField"_s, u"created"_s);
    else if (dateField == PaymentQuery::DateField::Paid)
        map.insert(u"dateField"_s, u"paid"_s);
    if (customFrom.isValid())
        map.insert(u"from"_s, customFrom.toString(Qt::ISODate));
    if (customTo.isValid())
        map.insert(u"to"_s, customTo.toString(Qt::ISODate));
    if (!storeId.isEmpty())
        map.insert(u"store"_s, storeId);
    if (!provider.isEmpty())
        map.insert(u"provider"_s, provider);
    if (!currency.isEmpty())
        map.insert(u"currency"_s, currency);
    if (amountMin)
        map.insert(u"amountMin"_s, *amountMin);
    if (amountMax)
        map.insert(u"amountMax"_s, *amountMax);
    if (!text.isEmpty())
        map.insert(u"text"_s, text);
    if (fundsCleared)
        map.insert(u"fundsCleared"_s, *fundsCleared);
    return map;
}

PaymentFilter PaymentFilter::fromVariantMap(const QVariantMap& map)
{
    PaymentFilter f;
    for (const QString& wire : map.value(u"statuses"_s).toStringList()) {
        const PaymentStatus status = PaymentStatus::fromString(wire);
        if (status.isKnown() && !f.statuses.contains(status.code()))
            f.statuses << status.code();
    }
    const QString date = map.value(u"date"_s).toString();
    if (date == u"today")
        f.datePreset = DatePreset::Today;
    else if (date == u"7d")
        f.datePreset = DatePreset::Last7Days;
    else if (date == u"30d")
        f.datePreset = DatePreset::Last30Days;
    else if (date == u"custom")
        f.datePreset = DatePreset::Custom;
    // Absent (an older view) or unknown: the last change, as before.
    const QString field = map.value(u"dateField"_s).toString();
    if (field == u"created")
        f.dateField = PaymentQuery::DateField::Created;
    else if (field == u"paid")
        f.dateField = PaymentQuery::DateField::Paid;
    f.customFrom = QDate::fromString(map.value(u"from"_s).toString(), Qt::ISODate);
    f.customTo = QDate::fromString(map.value(u"to"_s).toString(), Qt::ISODate);
    f.storeId = map.value(u"store"_s).toString();
    f.provider = map.value(u"provider"_s).toString();
    f.currency = map.value(u"currency"_s).toString();
    if (map.contains(u"amountMin"_s))
        f.amountMin = map.value(u"amountMin"_s).toLongLong();
    if (map.contains(u"amountMax"_s))
        f.amountMax = map.value(u"amountMax"_s).toLongLong();
    f.text = map.value(u"text"_s).toString();
    if (map.contains(u"fundsCleared"_s))
        f.fundsCleared = map.value(u"fundsCleared"_s).toBool();
    return f;
}

} // namespace paydesk::ui
