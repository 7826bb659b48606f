#pragma once

#include "PaymentStatus.h"

#include <QDateTime>

namespace paydesk {

/// One step of a payment's status timeline: what it became, when, who did it and why.
struct StatusChange
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::StatusChange)

public:
    enum class Actor
    {
        Dealer,
        Partner,
        Customer,
        System,
        Unknown,
    };

    PaymentStatus status;
    QDateTime at;
    Actor actor = Actor::System;
    QString note;

    static Actor actorFromString(const QString& wire);
    static QString actorToString(Actor actor);
    static QString actorDisplayName(Actor actor);

    friend bool operator==(const StatusChange& a, const StatusChange& b)
    {
        return a.status == b.status && a.at == b.at && a.actor == b.actor && a.note == b.note;
    }
};

} // namespace paydesk
