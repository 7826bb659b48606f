#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk::sandbox {

/**
 * A card number typed on the pay page, reduced at once to what may be kept: the brand and
 * the last four digits (PCI DSS: a screen like this never stores more). The full number
 * lives only in the request being handled.
 */
class TestCard
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::sandbox::TestCard)

public:
    QString brand;
    QString last4;
    /// The issuer declines it (the well-known test number 4000 0000 0000 0002).
    bool declines = false;

    /// Checks digits (spaces and dashes allowed), length 12–19 and the Luhn sum. The error
    /// text is translated and never contains the number.
    static Result<TestCard, QString> fromInput(const QString& cardNumber);
    static bool luhnValid(QStringView digits);
    static QString brandOf(QStringView digits);
};

} // namespace paydesk::sandbox
