#pragma once

#include "util/Result.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace paydesk::sandbox {

/**
 * The sandbox's HTTPS material (`--tls`): a private CA and a server certificate it signs for
 * 127.0.0.1, ::1 and localhost, made at run time with the `openssl` command (Debian package
 * `openssl`) in a folder of their own (0700, keys 0600):
 *
 * - `ca.pem` — the CA certificate clients trust (PayDesk: Settings → connection → CA file; curl
 *   `--cacert`; Go `SSL_CERT_FILE`); `ca-key.pem` — its key, never leaves the folder;
 * - `server.pem`, `server-key.pem` — the server's certificate (30 days) and key.
 *
 * The CA is kept and reused while it is valid for more than a day, so clients that trust it
 * keep working across restarts; the server certificate is made afresh at every start.
 */
struct SandboxTls
{
    QString directory;
    QString caPath;
    QSslCertificate ca;
    QSslCertificate certificate;
    QSslKey key;

    /// Creates (or reuses the CA in) `directory`; empty = defaultDirectory().
    static Result<SandboxTls, QString> prepare(const QString& directory);
    /// `<temp>/paydesk-sandbox-tls-<user>`.
    static QString defaultDirectory();

    /// A server-side configuration with the certificate, its chain and the key.
    QSslConfiguration serverConfiguration() const;
};

} // namespace paydesk::sandbox
