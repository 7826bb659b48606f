#pragma once

#include <QFlags>
#include <QString>

namespace paydesk {

/// Who pays. Contact details are personal data: never logged, never exported beyond the name.
struct Customer
{
    QString name;
    QString email;
    /// E.164 ("+447700900123").
    QString phone;

    friend bool operator==(const Customer&, const Customer&) = default;
};

/// How the customer is told about a payment request.
enum class Channel
{
    Email = 0x1,
    Sms = 0x2,
};
Q_DECLARE_FLAGS(Channels, Channel)
Q_DECLARE_OPERATORS_FOR_FLAGS(Channels)

} // namespace paydesk
