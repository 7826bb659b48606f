#pragma once

// Every test process owns its settings and data. ctest runs each GoogleTest case as its own
// process, several at once; Qt's test mode alone keeps QSettings and QStandardPaths under
// ~/.qttest, one folder shared by all of them whatever XDG_CONFIG_HOME says, so one test's
// QSettings().clear() could empty another's profiles mid-test.
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace paydesk::test {

/// Points HOME (test mode's ~/.qttest), the XDG folders (read by child processes that are
/// not in test mode) and QSettings for both formats and scopes into `root`, a folder this
/// process owns. Call before the application object exists; child processes inherit the
/// environment, so helpers the tests start write there too, never to the user's files.
inline void usePrivateHome(const QString& root)
{
    const auto folder = [&root](const char* name) {
        const QString path = root + u'/' + QLatin1String(name);
        QDir().mkpath(path);
        return path;
    };
    qputenv("HOME", QFile::encodeName(folder("home")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder("config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(folder("data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(folder("cache")));
    // Qt wants the runtime folder owner-only, and warns about a missing one on every lookup.
    const QString runtime = folder("runtime");
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    QStandardPaths::setTestModeEnabled(true);
    // No machine-wide file (/etc/xdg) is read as a fallback either.
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, folder("config"));
        QSettings::setPath(format, QSettings::SystemScope, folder("system-config"));
    }
}

} // namespace paydesk::test
