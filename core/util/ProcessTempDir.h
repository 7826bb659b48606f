#pragma once

#include <QString>
#include <QTemporaryDir>

namespace paydesk {

/**
 * A private temporary folder named after the process that owns it,
 * `<temp>/<prefix>-<pid>-XXXXXX` (0700), removed with everything in it when this object goes.
 *
 * The pid in the name lets a later run find folders left behind by a process that died
 * without cleaning up (SIGKILL, power cut) and remove them: removeStale(). The demo keeps a
 * copy of its cache and settings here, so nothing of it may outlive the process.
 */
class ProcessTempDir
{
public:
    explicit ProcessTempDir(const QString& prefix);

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /**
     * Removes `<temp>/<prefix>-<pid>-*` folders of this account whose process no longer runs
     * (never this process's own, never a symbolic link). Returns how many were removed. A pid
     * reused by an unrelated process keeps its folder until that process ends: cleaning up
     * must never take a folder that may still be in use.
     */
    static int removeStale(const QString& prefix);

    /// Whether a process with this id exists (one of another account counts as existing).
    static bool isProcessAlive(qint64 pid);

private:
    QTemporaryDir m_dir;
};

} // namespace paydesk
