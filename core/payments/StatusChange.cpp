#include "StatusChange.h"

namespace paydesk {

StatusChange::Actor StatusChange::actorFromString(const QString& wire)
{
    const QString t = wire.trimmed().toUpper();
    if (t == u"DEALER")
        return Actor::Dealer;
    if (t == u"PARTNER")
        return Actor::Partner;
    if (t == u"CUSTOMER")
        return Actor::Customer;
    if (t == u"SYSTEM")
        return Actor::System;
    return Actor::Unknown;
}

QString StatusChange::actorToString(Actor actor)
{
    switch (actor) {
    case Actor::Dealer:
        return QStringLiteral("DEALER");
    case Actor::Partner:
        return QStringLiteral("PARTNER");
    case Actor::Customer:
        return QStringLiteral("CUSTOMER");
    case Actor::System:
        return QStringLiteral("SYSTEM");
    case Actor::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString StatusChange::actorDisplayName(Actor actor)
{
    switch (actor) {
    case Actor::Dealer:
        return tr("Dealer");
    case Actor::Partner:
        return tr("Payment partner");
    case Actor::Customer:
        return tr("Customer");
    case Actor::System:
        return tr("System");
    case Actor::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace paydesk
