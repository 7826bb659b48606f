#include "TrustedCaStore.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace paydesk {

namespace {

// A CA file is a few KiB; anything far larger is not one.
constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Creates `path` and every missing parent owner-only from the start (the umask would make them
// 0755), then makes sure `path` itself is 0700.
bool ensureOwnerOnlyDir(const QString& path)
{
    QStringList missing;
    for (QString p = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(p);
         p = QFileInfo(p).path())
        missing.prepend(p);
    for (const QString& p : std::as_const(missing)) {
        if (!QDir().mkdir(p, kOwnerOnlyDir) && !QFileInfo(p).isDir())
            return false;
    }
    return QFileInfo(path).isDir() && QFile::setPermissions(path, kOwnerOnlyDir);
}

} // namespace

TrustedCaStore::TrustedCaStore(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString TrustedCaStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("trusted-ca"));
}

QList<QSslCertificate> TrustedCaStore::certificatesIn(const QString& file)
{
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxCaFileBytes)
        return {};
    QList<QSslCertificate> certificates = QSslCertificate::fromData(f.read(kMaxCaFileBytes), QSsl::Pem);
    certificates.removeIf([](const QSslCertificate& c) { return c.isNull(); });
    return certificates;
}

QString TrustedCaStore::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

QStringList TrustedCaStore::fingerprints(const QList<QSslCertificate>& certificates)
{
    QStringList list;
    for (const QSslCertificate& c : certificates)
        list << fingerprint(c);
    return list;
}

bool TrustedCaStore::holds(const QString& path) const
{
    if (path.isEmpty())
        return false;
    return QFileInfo(path).absoluteDir() == QDir(m_directory);
}

Result<TrustedCaStore::Imported, QString> TrustedCaStore::import(const QString& sourceFile) const
{
    const QList<QSslCertificate> certificates = certificatesIn(sourceFile);
    if (certificates.isEmpty())
        return fail(tr("The CA certificate file cannot be read as PEM certificates."));
    QByteArray pem;
    for (const QSslCertificate& c : certificates)
        pem += c.toPem();

    // The folder is PayDesk's alone: what is in it is trusted for TLS.
    if (!ensureOwnerOnlyDir(m_directory))
        return fail(tr("PayDesk cannot create its folder for trusted certificates (%1).").arg(m_directory));

    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(pem, QCryptographicHash::Sha256).toHex()) +
        QStringLiteral(".pem");
    const QString path = QDir(m_directory).filePath(name);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("PayDesk cannot keep a copy of the CA certificate: %1").arg(out.errorString()));
    // Owner only before any byte is written, where the platform lets the temporary file have it.
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (out.write(pem) != pem.size() || !out.commit())
        return fail(tr("PayDesk cannot keep a copy of the CA certificate: %1").arg(out.errorString()));
    // QSaveFile may give the copy the permissions of a file it replaced: make sure of 0600.
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return fail(tr("PayDesk cannot keep a copy of the CA certificate: %1").arg(path));
    qCInfo(lcApi).noquote() << "trusted CA copied to" << path;
    return Imported{path, fingerprints(certificates)};
}

} // namespace paydesk
