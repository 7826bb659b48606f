#include "PaymentStatus.h"

#include <array>

namespace paydesk {

namespace {

using Code = PaymentStatus::Code;

struct StatusName
{
    Code code;
    const char16_t* wire;
};

constexpr std::array<StatusName, 11> kNames{{
    {Code::Initiated, u"INITIATED"},
    {Code::Notified, u"NOTIFIED"},
    {Code::Viewed, u"VIEWED"},
    {Code::InProgress, u"IN_PROGRESS"},
    {Code::Authorised, u"AUTHORISED"},
    {Code::Paid, u"PAID"},
    {Code::Failed, u"FAILED"},
    {Code::Cancelled, u"CANCELLED"},
    {Code::Expired, u"EXPIRED"},
    {Code::PartiallyRefunded, u"PARTIALLY_REFUNDED"},
    {Code::Refunded, u"REFUNDED"},
}};

int rank(Code code)
{
    // Position along the happy path; used to refuse going backwards on it.
    switch (code) {
    case Code::Initiated:
        return 0;
    case Code::Notified:
        return 1;
    case Code::Viewed:
        return 2;
    case Code::InProgress:
        return 3;
    case Code::Authorised:
        return 4;
    default:
        return -1;
    }
}

} // namespace

PaymentStatus::PaymentStatus(Code code)
    : m_code(code)
    , m_raw(wireName(code))
{
}

PaymentStatus PaymentStatus::fromString(const QString& wire)
{
    const QString trimmed = wire.trimmed();
    for (const StatusName& name : kNames) {
        if (trimmed.compare(QStringView(name.wire), Qt::CaseInsensitive) == 0)
            return PaymentStatus(name.code);
    }
    // Common spellings from partners.
    if (trimmed.compare(u"AUTHORIZED", Qt::CaseInsensitive) == 0)
        return PaymentStatus(Code::Authorised);
    if (trimmed.compare(u"CANCELED", Qt::CaseInsensitive) == 0)
        return PaymentStatus(Code::Cancelled);
    PaymentStatus unknown;
    unknown.m_raw = trimmed;
    return unknown;
}

QString PaymentStatus::wireName(Code code)
{
    for (const StatusName& name : kNames) {
        if (name.code == code)
            return QString::fromUtf16(name.wire);
    }
    return QString();
}

QList<PaymentStatus::Code> PaymentStatus::allKnown()
{
    QList<Code> codes;
    for (const StatusName& name : kNames)
        codes << name.code;
    return codes;
}

QString PaymentStatus::toString() const
{
    return m_raw;
}

QString PaymentStatus::displayName() const
{
    switch (m_code) {
    case Code::Initiated:
        return tr("Initiated");
    case Code::Notified:
        return tr("Notified");
    case Code::Viewed:
        return tr("Viewed");
    case Code::InProgress:
        return tr("In progress");
    case Code::Authorised:
        return tr("Authorised");
    case Code::Paid:
        return tr("Paid");
    case Code::Failed:
        return tr("Failed");
    case Code::Cancelled:
        return tr("Cancelled");
    case Code::Expired:
        return tr("Expired");
    case Code::PartiallyRefunded:
        return tr("Partially refunded");
    case Code::Refunded:
        return tr("Refunded");
    case Code::Unknown:
        break;
    }
    return m_raw.isEmpty() ? tr("Unknown") : tr("Unknown (%1)").arg(m_raw);
}

bool PaymentStatus::isFinal() const
{
    switch (m_code) {
    case Code::Paid:
    case Code::Cancelled:
    case Code::Expired:
    case Code::PartiallyRefunded:
    case Code::Refunded:
        return true;
    default:
        return false;
    }
}

bool PaymentStatus::isOpen() const
{
    switch (m_code) {
    case Code::Initiated:
    case Code::Notified:
    case Code::Viewed:
    case Code::InProgress:
    case Code::Authorised:
    case Code::Failed:
        return true;
    default:
        return false;
    }
}

bool PaymentStatus::isPaid() const
{
    return m_code == Code::Paid || m_code == Code::PartiallyRefunded || m_code == Code::Refunded;
}

bool PaymentStatus::canTransitionTo(const PaymentStatus& next) const
{
    if (next == *this)
        return true;
    // The platform is the source of truth for statuses we cannot reason about.
    if (m_code == Code::Unknown || next.m_code == Code::Unknown)
        return true;

    switch (m_code) {
    case Code::Paid:
        return next.m_code == Code::PartiallyRefunded || next.m_code == Code::Refunded;
    case Code::PartiallyRefunded:
        return next.m_code == Code::Refunded;
    case Code::Refunded:
    case Code::Cancelled:
    case Code::Expired:
        return false;
    case Code::Failed:
        // The customer may try again until the request expires or is cancelled.
        return next.m_code != Code::Initiated && next.m_code != Code::PartiallyRefunded &&
               next.m_code != Code::Refunded;
    default:
        break;
    }
    // Open states: forward along the path, or to any end of it; never back to an earlier step.
    if (next.isOpen() && next.m_code != Code::Failed)
        return rank(next.m_code) > rank(m_code);
    if (next.m_code == Code::PartiallyRefunded || next.m_code == Code::Refunded)
        return false;
    return true;
}

} // namespace paydesk
