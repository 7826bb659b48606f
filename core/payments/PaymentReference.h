#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk {

/// The DMS document a payment settles: an invoice, a repair order or a vehicle deal.
struct PaymentReference
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::PaymentReference)

public:
    enum class Type
    {
        Invoice,
        RepairOrder,
        Deal,
        Unknown,
    };

    Type type = Type::Invoice;
    /// The wire text of the type, kept for types PayDesk does not know.
    QString rawType = QStringLiteral("INVOICE");
    QString number;

    static PaymentReference make(Type type, const QString& number);
    static Type typeFromString(const QString& wire);
    static QString typeToString(Type type);
    /// "Invoice", "Repair order", "Deal", "Policy" (Democrance) — translated; another type as sent.
    QString typeDisplayName() const;
    /// "INV-10234" style text for tables: the number, prefixed for people who scan by type.
    QString displayText() const;

    friend bool operator==(const PaymentReference& a, const PaymentReference& b)
    {
        return a.rawType == b.rawType && a.number == b.number;
    }
};

} // namespace paydesk
