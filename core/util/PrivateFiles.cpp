#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace paydesk {

bool PrivateFiles::ensureDir(const QString& path)
{
    const QString target = QDir::cleanPath(QDir(path).absolutePath());
    // Find the deepest existing ancestor, then create each missing level 0700 ourselves:
    // QDir::mkpath would create them with the umask's mode (0755).
    QStringList missing;
    QString existing = target;
    while (!QFileInfo::exists(existing)) {
        missing.prepend(existing);
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    for (const QString& dir : std::as_const(missing)) {
        // mkdir with permissions creates the folder with exactly this mode (no chmod window).
        if (!QDir().mkdir(dir, OwnerOnlyDir) && !QFileInfo(dir).isDir())
            return false;
    }
    const QFileInfo info(target);
    if (!info.isDir())
        return false;
    if (info.permissions() != OwnerOnlyDir && !QFile::setPermissions(target, OwnerOnlyDir))
        return false;
    return true;
}

bool PrivateFiles::makeOwnerOnly(const QString& filePath)
{
    if (!QFileInfo::exists(filePath))
        return false;
    return QFile::permissions(filePath) == OwnerOnlyFile || QFile::setPermissions(filePath, OwnerOnlyFile);
}

bool PrivateFiles::makeOwnerOnly(QFileDevice& openFile)
{
    return openFile.setPermissions(OwnerOnlyFile);
}

bool PrivateFiles::protectSettings(const QSettings& settings)
{
#ifdef Q_OS_WIN
    if (settings.format() == QSettings::NativeFormat)
        return true; // the registry, under the user's own hive
#endif
    const QFileInfo file(settings.fileName());
    const QString folder = file.absolutePath();
    // Only the organisation's folder is ours to lock down; a settings file elsewhere (tests,
    // a path someone chose) keeps its folder as it is.
    if (QFileInfo(folder).fileName() == QCoreApplication::organizationName()) {
        if (!ensureDir(folder))
            return false;
    } else if (!QFileInfo(folder).isDir()) {
        return false;
    }
    if (!file.exists()) {
        // An empty file is a valid, empty settings file; QSettings' atomic writes (QSaveFile)
        // keep the mode of an existing target.
        QFile create(file.absoluteFilePath());
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile))
            return QFileInfo::exists(file.absoluteFilePath()) && makeOwnerOnly(file.absoluteFilePath());
        return true;
    }
    return makeOwnerOnly(file.absoluteFilePath());
}

} // namespace paydesk
