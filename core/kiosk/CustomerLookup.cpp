#include "CustomerLookup.h"

#include "store/PaymentStore.h"

using namespace Qt::StringLiterals;

namespace paydesk {

QString CustomerLookup::normalised(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c;
    }
    return out.toCaseFolded().simplified();
}

bool CustomerLookup::surnameMatches(const QString& customerName, const QString& surname)
{
    const QStringList typed = normalised(surname).split(u' ', Qt::SkipEmptyParts);
    const QStringList name = normalised(customerName).split(u' ', Qt::SkipEmptyParts);
    if (typed.isEmpty() || typed.size() > name.size())
        return false;
    return name.mid(name.size() - typed.size()) == typed;
}

bool CustomerLookup::isPayable(const Payment& payment, const QDateTime& now)
{
    if (!payment.status.isOpen() || payment.payLink.isEmpty())
        return false;
    return !payment.expiresAt.isValid() || payment.expiresAt > now;
}

std::optional<Payment> CustomerLookup::pick(const QList<Payment>& candidates, const QString& surname,
                                            const QStringList& storeIds, const QDateTime& now)
{
    std::optional<Payment> found;
    for (const Payment& p : candidates) {
        if (!storeIds.contains(p.storeId) || !isPayable(p, now) || !surnameMatches(p.customer.name, surname))
            continue;
        // Two open payments with the same reference and surname: ask at the desk.
        if (found)
            return std::nullopt;
        found = p;
    }
    return found;
}

std::optional<Payment> CustomerLookup::find(PaymentStore& store, const QString& reference,
                                            const QString& surname, const QStringList& storeIds,
                                            const QDateTime& now)
{
    const QString number = reference.simplified();
    if (number.isEmpty() || normalised(surname).isEmpty())
        return std::nullopt;
    auto candidates = store.paymentsWithReference(number, storeIds);
    if (!candidates)
        return std::nullopt;
    return pick(*candidates, surname, storeIds, now);
}

} // namespace paydesk
