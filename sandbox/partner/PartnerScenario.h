#pragma once

#include "payments/PaymentStatus.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace paydesk::sandbox {

/**
 * What the simulated partner does with a payment request (SandboxOptions::scenario):
 *
 * - `pay`: the customer opens the link, starts paying and pays (VIEWED → IN_PROGRESS → PAID)
 * - `fail-then-pay`: the first card is declined (FAILED), the second attempt pays
 * - `never-pay`: the customer looks and never pays; the platform expires the request
 * - `slow`: like pay, with long pauses
 * - `lively` (also `demo`, the demo default): a weighted mix of the above per payment
 * - `off`: no simulated partner
 *
 * Delays are in unscaled milliseconds; the partner multiplies them by its time scale.
 */
struct PartnerScenario
{
    enum class Kind
    {
        Off,
        Pay,
        FailThenPay,
        NeverPay,
        Slow,
        Lively,
    };

    /// One status update the partner sends after waiting delayMs.
    struct Step
    {
        int delayMs = 0;
        PaymentStatus status;
        QString failureReason;
    };

    static Kind fromName(const QString& name, bool* ok = nullptr);
    static QString nameOf(Kind kind);
    /// For Lively: the concrete script of one payment (pay 50 %, fail-then-pay 20 %, slow 15 %,
    /// never-pay 15 %); other kinds return themselves.
    static Kind pick(Kind kind, QRandomGenerator& random);
    /// The steps of a concrete script.
    static QList<Step> steps(Kind kind);
    /// What card issuers and 3-D Secure really answer when a payment fails, for the FAILED
    /// steps of a script ("Card declined by issuer", "Insufficient funds", …).
    static const QStringList& failureReasons();
    /// The steps of `kind` with each FAILED step's reason drawn from failureReasons().
    static QList<Step> steps(Kind kind, QRandomGenerator& random);
};

} // namespace paydesk::sandbox
