#include "ConnectionState.h"

#include <QLocale>

namespace paydesk {

QString ConnectionState::text(int queuedActions) const
{
    QString base;
    switch (kind) {
    case Kind::Stopped:
        base = tr("Not connected");
        break;
    case Kind::SigningIn:
        base = tr("Signing in…");
        break;
    case Kind::Syncing:
        base = tr("Syncing…");
        break;
    case Kind::Live:
        base = tr("Live");
        break;
    case Kind::Polling:
        base = tr("Polling — live updates reconnecting");
        break;
    case Kind::Offline: {
        const QDateTime local = since.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : QLocale().toString(local, QLocale::ShortFormat);
        base = since.isValid() ? tr("Offline since %1").arg(when) : tr("Offline");
        break;
    }
    case Kind::SignInFailed:
        base = tr("Sign-in failed");
        break;
    }
    // Singular spelled out so the text reads right even without a loaded English translation;
    // %n keeps the plural forms available to translators.
    if (queuedActions == 1)
        return tr("%1 — 1 action queued").arg(base);
    if (queuedActions > 1)
        return tr("%1 — %n actions queued", nullptr, queuedActions).arg(base);
    return base;
}

QString ConnectionState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Stopped:
        return QStringLiteral("stopped");
    case Kind::SigningIn:
        return QStringLiteral("signing-in");
    case Kind::Syncing:
        return QStringLiteral("syncing");
    case Kind::Live:
        return QStringLiteral("live");
    case Kind::Polling:
        return QStringLiteral("polling");
    case Kind::Offline:
        return QStringLiteral("offline");
    case Kind::SignInFailed:
        return QStringLiteral("sign-in-failed");
    }
    return QString();
}

int ConnectionState::severity(Kind kind)
{
    switch (kind) {
    case Kind::Live:
        return 0;
    case Kind::Stopped:
        return 1;
    case Kind::Syncing:
        return 2;
    case Kind::SigningIn:
        return 3;
    case Kind::Polling:
        return 4;
    case Kind::Offline:
        return 5;
    case Kind::SignInFailed:
        return 6;
    }
    return 1;
}

ConnectionState ConnectionState::worstOf(const QList<ConnectionState>& states)
{
    // One store offline while the others are live still means the dealer may miss changes of
    // that store, so the worst one is what the status bar shows.
    if (states.isEmpty())
        return ConnectionState();
    ConnectionState worst = states.first();
    for (const ConnectionState& s : states) {
        if (severity(s.kind) > severity(worst.kind))
            worst = s;
    }
    return worst;
}

} // namespace paydesk
