#pragma once

#include "Customer.h"
#include "PaymentReference.h"
#include "PaymentStatus.h"
#include "StatusChange.h"
#include "money/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace paydesk {

/// A payment request as the platform knows it, plus its status timeline when details were fetched.
struct Payment
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::Payment)

public:
    /// What the dealer may do with the goods: the question the whole dashboard answers.
    enum class Release
    {
        AwaitingPayment,   ///< open request, nothing paid yet
        AwaitingClearance, ///< paid, but the platform has not reported funds cleared
        SafeToRelease,     ///< the platform says funds have cleared
        Failed,            ///< the last attempt failed; the customer may try again
        Cancelled,
        Expired,
        Refunded,
        Unknown,
    };

    QString paymentId;
    QString enterpriseId;
    QString storeId;
    /// Which connector the payment came through: "keyloop", "paymentassist", "democrance", "mykaarma".
    QString provider = QStringLiteral("keyloop");
    PaymentReference reference;
    QString description;
    Money amount;
    /// Invalid (no currency) while nothing has been paid.
    Money amountPaid;
    Customer customer;
    Channels channels;
    PaymentStatus status;
    QString statusReason;
    QString payLink;
    QDateTime expiresAt;
    QString cardBrand;
    /// Only ever the last four digits of a card.
    QString cardLast4;
    QString transactionReference;
    bool reconciled = false;
    bool fundsCleared = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Per payment, increases with every change; a lower version never overwrites a higher one.
    qint64 version = 0;
    /// Per store change sequence of the payment's last change.
    qint64 sequence = 0;
    /// Filled from payment details; empty in feed records.
    QList<StatusChange> history;

    // What a provider other than Keyloop adds (ProviderRules); empty/false for Keyloop.
    /// The status word exactly as the provider sent it ("in progress"); `status` is its mapping.
    QString providerStatus;
    /// The provider's reference for people (Payment Assist's pa_ref).
    QString providerReference;
    /// A completed finance application still needs the dealer's invoice before the provider
    /// pays out (Payment Assist requires_invoice && !has_invoice).
    bool invoiceOutstanding = false;
    /// Provider fields kept as sent (Payment Assist: order_id, plan_id, requires_invoice,
    /// has_invoice…). Never a secret, a token of the connection or a card number.
    QJsonObject providerData;

    Release release() const;
    /**
     * Why the payment failed, as the platform said it (its statusReason, which the partner's
     * "UPDATE payment status" sets from its failure reason); when that is empty, the note of
     * the last FAILED step of the timeline. Empty unless the status is FAILED: a reason left
     * over from an earlier attempt does not describe a payment that moved on.
     */
    QString failureReason() const;
    /**
     * Paid more than `days` days before `now` (judged by the last update, which for a payment
     * still awaiting clearance is its payment or later) and the funds still not cleared.
     */
    bool clearanceOverdue(const QDateTime& now, int days) const;
    /// "Funds cleared — safe to release", or what is missing. Translated.
    static QString releaseText(Release release);

    /**
     * Whether `incoming` should replace `stored` in a cache: a newer version wins, and a
     * final status is never left except by refund (an illegal change is logged and ignored).
     */
    static bool supersedes(const Payment& incoming, const Payment& stored);
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::Payment)
