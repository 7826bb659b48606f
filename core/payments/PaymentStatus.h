#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace paydesk {

/**
 * Where a payment request is in its life, as the platform reports it.
 *
 * INITIATED → NOTIFIED → VIEWED → IN_PROGRESS → (AUTHORISED →) PAID; FAILED lets the
 * customer try again until expiry; CANCELLED and EXPIRED end an open request; PAID may
 * later become PARTIALLY_REFUNDED or REFUNDED. A status string PayDesk does not know is
 * kept raw (Code::Unknown) and shown as "unknown (raw)"; it never crashes anything.
 */
class PaymentStatus
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::PaymentStatus)

public:
    enum class Code
    {
        Initiated,
        Notified,
        Viewed,
        InProgress,
        Authorised,
        Paid,
        Failed,
        Cancelled,
        Expired,
        PartiallyRefunded,
        Refunded,
        Unknown,
    };

    PaymentStatus() = default;
    PaymentStatus(Code code); // NOLINT(google-explicit-constructor): statuses read naturally as codes

    /// Parses a wire string ("PAID", case-insensitive); anything else becomes Unknown, keeping the raw text.
    static PaymentStatus fromString(const QString& wire);

    Code code() const { return m_code; }
    /// The wire string: "PAID", or the raw text of an unknown status.
    QString toString() const;
    /// The raw text as received (equals toString() for known statuses).
    const QString& raw() const { return m_raw; }
    /// Translated text for people: "Paid", "Unknown (ON_HOLD)".
    QString displayName() const;

    bool isKnown() const { return m_code != Code::Unknown; }
    /// No further change except a refund (PAID, PARTIALLY_REFUNDED) or none at all.
    bool isFinal() const;
    /// The request still waits for the customer: it can be cancelled or resent.
    bool isOpen() const;
    /// The money has been taken (PAID or later refunds).
    bool isPaid() const;

    /// Whether the platform may move a payment from this status to `next`.
    bool canTransitionTo(const PaymentStatus& next) const;

    static QString wireName(Code code);
    static QList<Code> allKnown();

    friend bool operator==(const PaymentStatus& a, const PaymentStatus& b)
    {
        return a.m_code == b.m_code && (a.m_code != Code::Unknown || a.m_raw == b.m_raw);
    }
    friend bool operator!=(const PaymentStatus& a, const PaymentStatus& b) { return !(a == b); }

private:
    Code m_code = Code::Unknown;
    QString m_raw;
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::PaymentStatus)
