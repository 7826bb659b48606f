#include "PaymentRow.h"

#include "Logging.h"
#include "SearchText.h"
#include "StoreSchema.h"
#include "StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

Money moneyFromDb(const QVariant& minor, const QVariant& currency)
{
    if (minor.isNull() || currency.toString().isEmpty())
        return {};
    auto money = Money::fromMinor(minor.toLongLong(), currency.toString());
    if (!money) {
        qCWarning(lcStore) << "cached amount has an unknown currency" << currency.toString();
        return {};
    }
    return money.value();
}

/// `text` as a JSON string: quotes, backslashes and control characters escaped, the rest as is.
void appendJsonString(QString& out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += u"\\u00"_s;
            out += QChar(u"0123456789abcdef"[c.unicode() >> 4]);
            out += QChar(u"0123456789abcdef"[c.unicode() & 0xf]);
        } else {
            out += c;
        }
    }
    out += u'"';
}

} // namespace

QString PaymentRow::columns()
{
    return u"row_id, payment_id, enterprise_id, store_id, provider, reference_type, reference_number, "
           "description, amount_minor, currency, amount_paid_minor, amount_paid_currency, customer_name, "
           "customer_email, customer_phone, channels, status, status_reason, pay_link, expires_at, "
           "card_brand, "
           "card_last4, transaction_reference, reconciled, funds_cleared, created_at, updated_at, version, "
           "sequence, provider_status, provider_reference, invoice_outstanding, provider_data"_s;
}

Payment PaymentRow::fromQuery(const QSqlQuery& q)
{
    Payment p;
    p.paymentId = q.value(1).toString();
    p.enterpriseId = q.value(2).toString();
    p.storeId = q.value(3).toString();
    p.provider = q.value(4).toString();
    p.reference.rawType = q.value(5).toString();
    p.reference.type = PaymentReference::typeFromString(p.reference.rawType);
    p.reference.number = q.value(6).toString();
    p.description = q.value(7).toString();
    p.amount = moneyFromDb(q.value(8), q.value(9));
    p.amountPaid = moneyFromDb(q.value(10), q.value(11));
    p.customer = Customer{q.value(12).toString(), q.value(13).toString(), q.value(14).toString()};
    p.channels = Channels::fromInt(q.value(15).toInt());
    p.status = PaymentStatus::fromString(q.value(16).toString());
    p.statusReason = q.value(17).toString();
    p.payLink = q.value(18).toString();
    p.expiresAt = StoreSql::toDate(q.value(19));
    p.cardBrand = q.value(20).toString();
    p.cardLast4 = q.value(21).toString();
    p.transactionReference = q.value(22).toString();
    p.reconciled = q.value(23).toBool();
    p.fundsCleared = q.value(24).toBool();
    p.createdAt = StoreSql::toDate(q.value(25));
    p.updatedAt = StoreSql::toDate(q.value(26));
    p.version = q.value(27).toLongLong();
    p.sequence = q.value(28).toLongLong();
    p.providerStatus = q.value(29).toString();
    p.providerReference = q.value(30).toString();
    p.invoiceOutstanding = q.value(31).toBool();
    p.providerData = StoreSql::toJson(q.value(32));
    return p;
}

const QStringList& PaymentRow::writtenColumns()
{
    static const QStringList columns = {
        u"payment_id"_s,
        u"enterprise_id"_s,
        u"store_id"_s,
        u"provider"_s,
        u"reference_type"_s,
        u"reference_number"_s,
        u"description"_s,
        u"amount_minor"_s,
        u"currency"_s,
        u"amount_paid_minor"_s,
        u"amount_paid_currency"_s,
        u"customer_name"_s,
        u"customer_email"_s,
        u"customer_phone"_s,
        u"channels"_s,
        u"status"_s,
        u"status_code"_s,
        u"status_reason"_s,
        u"pay_link"_s,
        u"expires_at"_s,
        u"card_brand"_s,
        u"card_last4"_s,
        u"transaction_reference"_s,
        u"reconciled"_s,
        u"funds_cleared"_s,
        u"created_at"_s,
        u"updated_at"_s,
        u"version"_s,
        u"sequence"_s,
        u"search_text"_s,
        u"paid_at"_s,
        u"provider_status"_s,
        u"provider_reference"_s,
        u"invoice_outstanding"_s,
        u"provider_data"_s,
    };
    return columns;
}

const QStringList& PaymentRow::placeholders()
{
    static const QStringList names = [] {
        QStringList out;
        for (const QString& column : writtenColumns())
            out << u':' + column;
        return out;
    }();
    return names;
}

void PaymentRow::bind(QSqlQuery& query, const Payment& p, const QDateTime& paidAt)
{
    using S = StoreSql;
    // By name: Qt binds a position by making its name (":0", ":1", …) with QString::arg() on every
    // call, about a quarter of the time a bulk load took to write a row; the names are made once here.
    const QStringList& names = placeholders();
    int i = 0;
    const auto bind = [&](const QVariant& value) { query.bindValue(names.at(i++), value); };
    bind(S::text(p.paymentId));
    bind(S::text(p.enterpriseId));
    bind(S::text(p.storeId));
    bind(S::text(p.provider));
    bind(S::text(p.reference.rawType));
    bind(S::text(p.reference.number));
    bind(S::text(p.description));
    bind(p.amount.minorUnits());
    bind(S::text(p.amount.currency()));
    bind(p.amountPaid.isValid() ? QVariant(p.amountPaid.minorUnits())
                                : QVariant(QMetaType(QMetaType::LongLong)));
    bind(p.amountPaid.isValid() ? QVariant(p.amountPaid.currency())
                                : QVariant(QMetaType(QMetaType::QString)));
    bind(S::text(p.customer.name));
    bind(S::text(p.customer.email));
    bind(S::text(p.customer.phone));
    bind(p.channels.toInt());
    bind(S::text(p.status.toString()));
    bind(StoreSchema::statusCodeToDb(p.status.code()));
    bind(S::text(p.statusReason));
    bind(S::text(p.payLink));
    bind(S::fromDate(p.expiresAt));
    bind(S::text(p.cardBrand));
    bind(S::text(p.cardLast4));
    bind(S::text(p.transactionReference));
    bind(p.reconciled ? 1 : 0);
    bind(p.fundsCleared ? 1 : 0);
    bind(S::fromDate(p.createdAt));
    bind(S::fromDate(p.updatedAt));
    bind(p.version);
    bind(p.sequence);
    bind(S::text(SearchText::forPayment(p)));
    bind(S::fromDate(paidAt));
    bind(S::text(p.providerStatus));
    bind(S::text(p.providerReference));
    bind(p.invoiceOutstanding ? 1 : 0);
    bind(S::fromJson(p.providerData));
}

QDateTime PaymentRow::paidAtFromHistory(const QList<StatusChange>& history)
{
    QDateTime earliest;
    for (const StatusChange& change : history) {
        if (change.status.code() == PaymentStatus::Code::Paid && change.at.isValid() &&
            (!earliest.isValid() || change.at < earliest))
            earliest = change.at;
    }
    return earliest;
}

QString PaymentRow::historyToDb(const QList<StatusChange>& history)
{
    // Written by hand, not through QJsonDocument: a first sync writes about four steps for each of
    // up to a million payments.
    QString out;
    out.reserve(2 + 48 * history.size());
    out += u'[';
    for (const StatusChange& change : history) {
        if (out.size() > 1)
            out += u',';
        out += u'[';
        appendJsonString(out, change.status.toString());
        out += u',';
        out += change.at.isValid() ? QString::number(change.at.toMSecsSinceEpoch()) : u"null"_s;
        out += u',';
        appendJsonString(out, StatusChange::actorToString(change.actor));
        out += u',';
        appendJsonString(out, change.note);
        out += u']';
    }
    out += u']';
    return out;
}

QList<StatusChange> PaymentRow::historyFromDb(const QString& steps)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(steps.toUtf8(), &error);
    if (!json.isArray()) {
        qCWarning(lcStore) << "a cached status history cannot be read:" << error.errorString();
        return {};
    }
    QList<StatusChange> history;
    const QJsonArray array = json.array();
    history.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonArray step = value.toArray();
        if (step.size() != 4 || !step.at(0).isString()) {
            qCWarning(lcStore) << "a cached status step cannot be read";
            continue;
        }
        StatusChange change;
        change.status = PaymentStatus::fromString(step.at(0).toString());
        change.at = StoreSql::toDate(step.at(1).toVariant());
        change.actor = StatusChange::actorFromString(step.at(2).toString());
        change.note = step.at(3).toString();
        history << change;
    }
    return history;
}

} // namespace paydesk
