#include "ProcessTempDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace paydesk {

namespace {

QString namePrefix(const QString& prefix, qint64 pid)
{
    return QStringLiteral("%1-%2-").arg(prefix).arg(pid);
}

bool ownedByThisAccount(const QFileInfo& info)
{
#ifdef Q_OS_WIN
    Q_UNUSED(info)
    return true; // the temp folder is per user on Windows
#else
    return info.ownerId() == geteuid();
#endif
}

} // namespace

ProcessTempDir::ProcessTempDir(const QString& prefix)
    : m_dir(QDir(QDir::tempPath())
                .filePath(namePrefix(prefix, QCoreApplication::applicationPid()) + QStringLiteral("XXXXXX")))
{
}

bool ProcessTempDir::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false; // kill(0, …) and kill(-1, …) address groups, not a process
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 only checks: EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

int ProcessTempDir::removeStale(const QString& prefix)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d+)-.+$").arg(QRegularExpression::escape(prefix)));
    const qint64 self = QCoreApplication::applicationPid();
    int removed = 0;
    const QFileInfoList entries =
        QDir(QDir::tempPath())
            .entryInfoList({prefix + QStringLiteral("-*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        if (!match.hasMatch() || entry.isSymLink() || !ownedByThisAccount(entry))
            continue;
        bool ok = false;
        const qint64 pid = match.captured(1).toLongLong(&ok);
        if (!ok || pid == self || isProcessAlive(pid))
            continue;
        if (QDir(entry.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace paydesk
