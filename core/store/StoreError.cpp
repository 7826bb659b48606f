#include "StoreError.h"

namespace paydesk {

StoreError StoreError::make(Kind kind, const QString& detail)
{
    return StoreError{kind, describe(kind), detail};
}

StoreError StoreError::newerSchema(int fileVersion, int supportedVersion)
{
    return StoreError{Kind::NewerSchema,
                      tr("The local cache was written by a newer version of PayDesk (format %1; this "
                         "version reads up to %2). It was left untouched. Please update PayDesk.")
                          .arg(fileVersion)
                          .arg(supportedVersion),
                      QStringLiteral("user_version %1 > %2").arg(fileVersion).arg(supportedVersion)};
}

QString StoreError::describe(Kind kind)
{
    switch (kind) {
    case Kind::CannotOpen:
        return tr("The local cache could not be opened.");
    case Kind::NewerSchema:
        return tr("The local cache was written by a newer version of PayDesk and was left untouched.");
    case Kind::Corrupt:
        return tr("The local cache is damaged.");
    case Kind::MigrationFailed:
        return tr("The local cache could not be upgraded; it was left unchanged.");
    case Kind::Busy:
        return tr("The local cache is busy; please try again.");
    case Kind::NotFound:
        return tr("The item is not in the local cache.");
    case Kind::InvalidArgument:
        return tr("The request to the local cache was invalid.");
    case Kind::Query:
        break;
    }
    return tr("The local cache reported an error.");
}

} // namespace paydesk
