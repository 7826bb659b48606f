#pragma once

#include <QFileDevice>
#include <QString>

class QSettings;

namespace paydesk {

/**
 * Owner-only folders and files for everything PayDesk writes: the data folder, the cache and
 * its -wal/-shm, the lock file, the settings file and exports hold customer contact details
 * and payment references, so other local accounts must not read them (RELIABILITY.md "files").
 *
 * The modes are set explicitly instead of trusting the umask (Debian's default, 022, gives
 * 0755 folders and 0644 files). On Windows only the read-only attribute maps onto these calls;
 * there the files live in the user's profile, whose ACL already keeps other users out.
 */
class PrivateFiles
{
public:
    /// 0700.
    static constexpr QFileDevice::Permissions OwnerOnlyDir =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    /// 0600.
    static constexpr QFileDevice::Permissions OwnerOnlyFile =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    /**
     * Creates `path` if needed, every missing parent included, each created folder 0700 from the
     * start; then sets `path` itself to 0700 (it may have been created earlier by someone with a
     * wider umask). Returns whether `path` exists as a folder afterwards.
     */
    static bool ensureDir(const QString& path);

    /// Sets an existing file to 0600. Returns false when it does not exist or cannot be changed.
    static bool makeOwnerOnly(const QString& filePath);

    /**
     * Sets an open file (e.g. a QSaveFile right after open(), before anything is written) to
     * 0600. QSaveFile otherwise creates a new target 0666 minus the umask; on Linux its
     * temporary file is unnamed until commit, so nobody can open it in between.
     */
    static bool makeOwnerOnly(QFileDevice& openFile);

    /**
     * The settings file of `settings` 0600 (created empty if missing, so the first writer,
     * whichever it is, never makes it 0644) and, when it is the organisation's own folder
     * (`~/.config/<organisation>`), that folder 0700. Nothing to do for the Windows registry.
     */
    static bool protectSettings(const QSettings& settings);
};

} // namespace paydesk
