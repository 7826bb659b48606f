#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace paydesk {

/**
 * The CA certificates an operator chose to trust (a company's private CA), kept in PayDesk's
 * own data folder.
 *
 * When the operator picks a PEM file, import() copies its certificates into
 * `<AppDataLocation>/trusted-ca/` (folder 0700, file 0600) and the profile stores the copy's
 * path. From then on PayDesk reads only its copy: the file the operator picked (in Downloads,
 * on a share) may change or be swapped later without PayDesk trusting something new. The
 * SHA-256 fingerprints are shown so the operator can compare them with what IT gave them.
 *
 * @code
 * auto imported = TrustedCaStore().import(pickedFile);
 * if (imported)
 *     profile.trustedCaFile = imported->path; // show imported->fingerprints
 * @endcode
 */
class TrustedCaStore
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::TrustedCaStore)

public:
    struct Imported
    {
        /// The copy in directory().
        QString path;
        /// One per certificate, see fingerprint().
        QStringList fingerprints;
    };

    /// @param directory  where copies go; empty = defaultDirectory().
    explicit TrustedCaStore(QString directory = QString());

    /// `<AppDataLocation>/trusted-ca`.
    static QString defaultDirectory();
    const QString& directory() const { return m_directory; }

    /**
     * Copies the PEM certificates in `sourceFile` into directory(), named after their SHA-256
     * (importing the same certificates twice gives the same copy). Only the certificates are
     * written, re-encoded as PEM: nothing else in the source file comes along. The error is
     * translated, for the field under the CA file.
     */
    Result<Imported, QString> import(const QString& sourceFile) const;
    /// Whether `path` is a copy in directory().
    bool holds(const QString& path) const;

    /// The PEM certificates in `file`; empty when it is empty, unreadable or not PEM.
    static QList<QSslCertificate> certificatesIn(const QString& file);
    /// SHA-256 of the certificate's DER in upper-case hex pairs joined by ':' (as
    /// `openssl x509 -fingerprint -sha256` prints it).
    static QString fingerprint(const QSslCertificate& certificate);
    static QStringList fingerprints(const QList<QSslCertificate>& certificates);

private:
    QString m_directory;
};

} // namespace paydesk
