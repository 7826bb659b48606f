#include "Payment.h"

#include "Logging.h"

namespace paydesk {

Payment::Release Payment::release() const
{
    using Code = PaymentStatus::Code;
    switch (status.code()) {
    case Code::Paid:
    case Code::PartiallyRefunded:
        return fundsCleared ? Release::SafeToRelease : Release::AwaitingClearance;
    case Code::Refunded:
        return Release::Refunded;
    case Code::Failed:
        return Release::Failed;
    case Code::Cancelled:
        return Release::Cancelled;
    case Code::Expired:
        return Release::Expired;
    case Code::Unknown:
        return Release::Unknown;
    default:
        return Release::AwaitingPayment;
    }
}

QString Payment::failureReason() const
{
    if (status.code() != PaymentStatus::Code::Failed)
        return QString();
    if (!statusReason.trimmed().isEmpty())
        return statusReason.trimmed();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->status.code() == PaymentStatus::Code::Failed)
            return it->note.trimmed();
    }
    return QString();
}

bool Payment::clearanceOverdue(const QDateTime& now, int days) const
{
    return days > 0 && release() == Release::AwaitingClearance && updatedAt.isValid() &&
           updatedAt.secsTo(now) > qint64(days) * 24 * 3600;
}

QString Payment::releaseText(Release release)
{
    switch (release) {
    case Release::AwaitingPayment:
        return tr("Awaiting payment — do not release");
    case Release::AwaitingClearance:
        return tr("Paid, awaiting funds clearance — do not release yet");
    case Release::SafeToRelease:
        return tr("Funds cleared — safe to release");
    case Release::Failed:
        return tr("Payment failed — do not release");
    case Release::Cancelled:
        return tr("Cancelled — paid another way or withdrawn");
    case Release::Expired:
        return tr("Expired unpaid — do not release");
    case Release::Refunded:
        return tr("Refunded — do not release");
    case Release::Unknown:
        break;
    }
    return tr("Status unknown — check with the platform before releasing");
}

bool Payment::supersedes(const Payment& incoming, const Payment& stored)
{
    if (incoming.version <= stored.version)
        return false;
    if (stored.status.isFinal() && !stored.status.canTransitionTo(incoming.status)) {
        qCWarning(lcPayments) << "ignoring illegal change of" << incoming.paymentId << "from"
                              << stored.status.toString() << "to" << incoming.status.toString();
        return false;
    }
    return true;
}

} // namespace paydesk
