#include "secrets/SecretError.h"

namespace paydesk {

SecretError SecretError::make(Kind kind, const QString& detail)
{
    return SecretError{kind, describe(kind), detail};
}

QString SecretError::describe(Kind kind)
{
    switch (kind) {
    case Kind::NoBackend:
        return tr("No system keychain is available.");
    case Kind::AccessDenied:
        return tr("The system keychain refused access. It may be locked.");
    case Kind::Timeout:
        return tr("The system keychain did not answer in time.");
    case Kind::Other:
        break;
    }
    return tr("The system keychain reported an error.");
}

QLatin1StringView SecretError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoBackend:
        return QLatin1StringView("NoBackend");
    case Kind::AccessDenied:
        return QLatin1StringView("AccessDenied");
    case Kind::Timeout:
        return QLatin1StringView("Timeout");
    case Kind::Other:
        break;
    }
    return QLatin1StringView("Other");
}

} // namespace paydesk
