#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk {

/**
 * Why the secret store could not do what was asked, as a value. `message` is translated and
 * fit for the user; `detail` is the backend's untranslated text for logs. Neither ever
 * contains a secret value.
 */
struct SecretError
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::SecretError)

public:
    enum class Kind
    {
        NoBackend,    ///< no system keychain is reachable (no secret service, no D-Bus session)
        AccessDenied, ///< the keychain is locked or the user refused access
        Timeout,      ///< the keychain did not answer in time
        Other,        ///< anything else the backend reported
    };

    Kind kind = Kind::Other;
    QString message;
    QString detail;

    static SecretError make(Kind kind, const QString& detail = {});
    /// The translated default text for a kind.
    static QString describe(Kind kind);
    /// A stable English name for logs and test output ("NoBackend", "Timeout", ...).
    static QLatin1StringView kindName(Kind kind);
};

} // namespace paydesk
