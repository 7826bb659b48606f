#include "OsAccount.h"

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <lmcons.h>
#else
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

namespace paydesk {

QString OsAccount::currentUserName()
{
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 0)
        return QString::fromWCharArray(name, int(size) - 1); // size counts the terminating NUL
    return QStringLiteral("unknown");
#else
    const uid_t uid = geteuid();
    // getpwuid_r, not getpwuid: the audit log is written from the sync thread as well.
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufferSize <= 0)
        bufferSize = 16384;
    std::vector<char> buffer(static_cast<size_t>(bufferSize));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        found->pw_name[0] != '\0')
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid:%1").arg(uid);
#endif
}

} // namespace paydesk
