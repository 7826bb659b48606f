#include "PaymentReference.h"

namespace paydesk {

PaymentReference PaymentReference::make(Type type, const QString& number)
{
    PaymentReference ref;
    ref.type = type;
    ref.rawType = typeToString(type);
    ref.number = number;
    return ref;
}

PaymentReference::Type PaymentReference::typeFromString(const QString& wire)
{
    const QString t = wire.trimmed().toUpper();
    if (t == u"INVOICE")
        return Type::Invoice;
    if (t == u"REPAIR_ORDER")
        return Type::RepairOrder;
    if (t == u"DEAL")
        return Type::Deal;
    return Type::Unknown;
}

QString PaymentReference::typeToString(Type type)
{
    switch (type) {
    case Type::Invoice:
        return QStringLiteral("INVOICE");
    case Type::RepairOrder:
        return QStringLiteral("REPAIR_ORDER");
    case Type::Deal:
        return QStringLiteral("DEAL");
    case Type::Unknown:
        break;
    }
    return QString();
}

QString PaymentReference::typeDisplayName() const
{
    switch (type) {
    case Type::Invoice:
        return tr("Invoice");
    case Type::RepairOrder:
        return tr("Repair order");
    case Type::Deal:
        return tr("Deal");
    case Type::Unknown:
        break;
    }
    // Not a platform type: what the Democrance connector calls an insurance policy, shown in
    // the dealer's language like the others (the table, the CSV and the receipt name it).
    if (rawType.compare(QLatin1StringView("POLICY"), Qt::CaseInsensitive) == 0)
        return tr("Policy");
    return rawType;
}

QString PaymentReference::displayText() const
{
    return number;
}

} // namespace paydesk
