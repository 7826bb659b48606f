#pragma once

#include "payments/PaymentStatus.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace paydesk {

/**
 * A filtered, sorted view of the cached payments: what the dashboard table, its filters and
 * the CSV export ask PaymentStore for. Every empty / unset criterion means "no filter".
 * All criteria are combined with AND; the values inside one list are combined with OR.
 */
struct PaymentQuery
{
    /// Which timestamp the date range applies to.
    enum class DateField
    {
        Updated,
        Created,
        /// When the payment was first paid (paid_at, from its history): set once, kept through
        /// later refunds; payments never paid have none and are outside any range of it.
        Paid,
    };

    /// Sortable columns. Every sort ends with the row id as a tie-breaker, so pages are stable.
    enum class SortColumn
    {
        Updated,   ///< updatedAt (default, newest first with Qt::DescendingOrder)
        Created,   ///< createdAt
        Status,    ///< lifecycle order of PaymentStatus::Code (unknown statuses last)
        Customer,  ///< customer name, case-insensitive
        Reference, ///< reference number, case-insensitive
        Amount,    ///< amount in minor units (currencies are not converted)
        Provider,  ///< provider id ("keyloop", …)
        Store,     ///< store id
        Expires,   ///< expiresAt (payments without one sort as the oldest)
    };

    /// Status codes to include; Code::Unknown matches every status PayDesk does not know.
    QList<PaymentStatus::Code> statuses;

    DateField dateField = DateField::Updated;
    /// Inclusive lower bound; invalid = open.
    QDateTime from;
    /// Exclusive upper bound; invalid = open.
    QDateTime to;

    QStringList enterpriseIds;
    QStringList storeIds;
    QStringList providers;

    /// Inclusive bounds on `amount`, in minor units (meaningful together with `currency`).
    std::optional<qint64> amountMin;
    std::optional<qint64> amountMax;
    /// ISO 4217 code of `amount`; empty = any currency.
    QString currency;

    /**
     * Free text as typed in the search box. Each word must match (as a prefix, case- and
     * accent-insensitive) a word of the customer name, email, phone (with or without the
     * country code), reference number or card last 4. Punctuation is ignored. Text that reads
     * as an amount in `locale` ("862", "£862.00", "1,534"; "862,00" in German) also finds the
     * payments of exactly that amount (see SearchText::amounts()).
     */
    QString text;
    /// The locale `text` is read in: the default locale when the query was made (the UI's).
    QLocale locale;

    /// Only payments whose fundsCleared flag equals this.
    std::optional<bool> fundsCleared;

    SortColumn sortColumn = SortColumn::Updated;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    /// Paging for query(); ignored by count(). limit <= 0 means "no limit".
    int offset = 0;
    int limit = 100;
};

} // namespace paydesk
