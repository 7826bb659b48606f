#pragma once

#include "payments/Payment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk {

class PaymentStore;

/**
 * The kiosk's customer look-up: a reference number and a surname that must both match ONE
 * open payment of a store the kiosk serves. There are no partial matches and no lists; every
 * failure (unknown reference, wrong surname, a payment that is no longer open, another store's
 * payment, two matches) is the same std::nullopt, so the screen gives nothing away.
 */
class CustomerLookup
{
public:
    /// Whether `surname` is the last word(s) of `customerName`, ignoring case, accents and
    /// extra spaces ("müller" matches "Zoë Müller"; "van der Berg" matches "Ann van der Berg").
    static bool surnameMatches(const QString& customerName, const QString& surname);

    /// Whether the kiosk may show `payment` to pay: open, with a pay link, not expired at `now`.
    static bool isPayable(const Payment& payment, const QDateTime& now);

    /// The one payable match among `candidates` (payments with the typed reference).
    static std::optional<Payment> pick(const QList<Payment>& candidates, const QString& surname,
                                       const QStringList& storeIds, const QDateTime& now);

    /// Looks `reference` + `surname` up in `store` (an exact reference match, see
    /// PaymentStore::paymentsWithReference) among `storeIds`.
    static std::optional<Payment> find(PaymentStore& store, const QString& reference, const QString& surname,
                                       const QStringList& storeIds, const QDateTime& now);

    /// The text as compared: decomposed, accents and case dropped, spaces collapsed.
    static QString normalised(const QString& text);
};

} // namespace paydesk
