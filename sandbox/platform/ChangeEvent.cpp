#include "ChangeEvent.h"

namespace paydesk::sandbox {

QString ChangeEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Initiated:
        return QStringLiteral("initiated");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Resent:
        return QStringLiteral("resent");
    case Kind::CustomerUpdated:
        return QStringLiteral("customerUpdated");
    case Kind::StatusUpdated:
        return QStringLiteral("statusUpdated");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::Reconciled:
        return QStringLiteral("reconciled");
    case Kind::FundsCleared:
        return QStringLiteral("fundsCleared");
    }
    return QString();
}

} // namespace paydesk::sandbox
