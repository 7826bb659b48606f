#pragma once

#include "payments/Payment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace paydesk {

/**
 * A payment as a row of the `payments` table (internal to core/store): the columns read and
 * written, and the mapping both ways.
 */
class PaymentRow
{
public:
    /// The SELECT list read by fromQuery(); row_id first.
    static QString columns();
    /// The payment of the current row of a query that selected columns().
    static Payment fromQuery(const QSqlQuery& query);

    /// The columns written on insert and update, in bind order (payment_id first).
    static const QStringList& writtenColumns();
    /// writtenColumns() as named placeholders (":payment_id", …), for the statements bind() fills.
    static const QStringList& placeholders();
    /// Binds writtenColumns() by their placeholders() in `query`.
    static void bind(QSqlQuery& query, const Payment& payment, const QDateTime& paidAt);

    /// When the history says the payment was paid (the earliest PAID step); invalid if never.
    static QDateTime paidAtFromHistory(const QList<StatusChange>& history);

    /**
     * A payment's whole status timeline as the one text of its `payment_history` row: a JSON
     * array of steps in order, each `[status, at, actor, note]` (`at` in ms since the epoch, or
     * null). The timeline is only ever written and read whole, so it is one row a payment
     * rather than a row a step: a first sync writes about four steps a payment, and a row each
     * took two thirds of the store's write (issue 9).
     */
    static QString historyToDb(const QList<StatusChange>& history);
    /// The timeline historyToDb() wrote; steps it cannot read are left out (and said in the log).
    static QList<StatusChange> historyFromDb(const QString& steps);
};

} // namespace paydesk
