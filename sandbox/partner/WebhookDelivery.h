#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk::sandbox {

/// One event on its way to one partner: what was tried, and how it ended.
struct WebhookDelivery
{
    enum class State
    {
        Pending,
        Delivered,
        DeadLettered,
    };

    QString deliveryId;
    QString partnerId;
    QString eventId;
    QString type;
    /// The payment id (empty for testEvent).
    QString subject;
    State state = State::Pending;
    int attempts = 0;
    /// HTTP status of the last answer (0 = no answer: connection refused, timeout, token failure).
    int lastStatus = 0;
    /// Why the last attempt failed (never a token, secret or payload).
    QString lastError;
    QDateTime createdAt;
    QDateTime lastAttemptAt;
    /// The event itself, as it is sent.
    QByteArray body;

    static QString stateName(State state)
    {
        switch (state) {
        case State::Pending:
            return QStringLiteral("pending");
        case State::Delivered:
            return QStringLiteral("delivered");
        case State::DeadLettered:
            return QStringLiteral("dead-lettered");
        }
        return QString();
    }

    /// The admin view; the event body is included only when asked for (dead letters).
    QJsonObject toJson(bool withEvent) const;
};

} // namespace paydesk::sandbox
