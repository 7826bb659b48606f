#include "SandboxTls.h"

#include "util/OsAccount.h"
#include "util/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

Result<Done, QString> runOpenssl(const QString& dir, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(u"openssl"_s);
    if (program.isEmpty())
        return fail(u"the openssl command is not installed (Debian package: openssl)"_s);
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(u"openssl %1 failed: %2"_s.arg(arguments.value(0),
                                                   QString::fromLocal8Bit(p.readAll()).trimmed().left(400)));
    return Done{};
}

QSslCertificate readCertificate(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QSslKey readKey(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QSslKey();
    const QByteArray pem = f.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    return key;
}

} // namespace

QString SandboxTls::defaultDirectory()
{
    QString user = OsAccount::currentUserName();
    user.replace(u'/', u'_').replace(u':', u'_');
    return QDir::temp().filePath(u"paydesk-sandbox-tls-"_s + (user.isEmpty() ? u"user"_s : user));
}

Result<SandboxTls, QString> SandboxTls::prepare(const QString& directory)
{
    SandboxTls tls;
    tls.directory = directory.isEmpty() ? defaultDirectory() : directory;
    if (!PrivateFiles::ensureDir(tls.directory))
        return fail(u"cannot create %1"_s.arg(tls.directory));
    const QDir dir(tls.directory);
    tls.caPath = dir.filePath(u"ca.pem"_s);
    const QString caKey = dir.filePath(u"ca-key.pem"_s);

    QSslCertificate ca = readCertificate(tls.caPath);
    const bool caUsable =
        !ca.isNull() && QFile::exists(caKey) && ca.expiryDate() > QDateTime::currentDateTimeUtc().addDays(1);
    if (!caUsable) {
        if (auto made = runOpenssl(tls.directory, {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                                   u"ec_paramgen_curve:P-256"_s, u"-out"_s, u"ca-key.pem"_s});
            !made)
            return fail(made.error());
        PrivateFiles::makeOwnerOnly(caKey);
        const QString subject = u"/O=PayDesk sandbox/CN=PayDesk sandbox local CA %1"_s.arg(
            QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s));
        if (auto made = runOpenssl(tls.directory,
                                   {u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, u"ca-key.pem"_s, u"-sha256"_s,
                                    u"-days"_s, u"825"_s, u"-subj"_s, subject, u"-addext"_s,
                                    u"basicConstraints=critical,CA:TRUE,pathlen:0"_s, u"-addext"_s,
                                    u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-out"_s, u"ca.pem"_s});
            !made)
            return fail(made.error());
        ca = readCertificate(tls.caPath);
        if (ca.isNull())
            return fail(u"openssl wrote no CA certificate to %1"_s.arg(tls.caPath));
    }
    tls.ca = ca;

    // A fresh server certificate for the loopback names, signed by the CA.
    {
        QFile ext(dir.filePath(u"server.ext"_s));
        if (!ext.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(u"cannot write %1"_s.arg(ext.fileName()));
        ext.write("basicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\n"
                  "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost\n");
    }
    if (auto made = runOpenssl(tls.directory, {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                               u"ec_paramgen_curve:P-256"_s, u"-out"_s, u"server-key.pem"_s});
        !made)
        return fail(made.error());
    PrivateFiles::makeOwnerOnly(dir.filePath(u"server-key.pem"_s));
    if (auto made =
            runOpenssl(tls.directory, {u"req"_s, u"-new"_s, u"-key"_s, u"server-key.pem"_s, u"-subj"_s,
                                       u"/O=PayDesk sandbox/CN=localhost"_s, u"-out"_s, u"server.csr"_s});
        !made)
        return fail(made.error());
    if (auto made = runOpenssl(tls.directory,
                               {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                                u"-CAkey"_s, u"ca-key.pem"_s, u"-set_serial"_s,
                                QString::number(QDateTime::currentMSecsSinceEpoch()), u"-days"_s, u"30"_s,
                                u"-sha256"_s, u"-extfile"_s, u"server.ext"_s, u"-out"_s, u"server.pem"_s});
        !made)
        return fail(made.error());
    QFile::remove(dir.filePath(u"server.csr"_s));
    QFile::remove(dir.filePath(u"server.ext"_s));

    tls.certificate = readCertificate(dir.filePath(u"server.pem"_s));
    tls.key = readKey(dir.filePath(u"server-key.pem"_s));
    if (tls.certificate.isNull() || tls.key.isNull())
        return fail(u"cannot read the server certificate or key in %1"_s.arg(tls.directory));
    return tls;
}

QSslConfiguration SandboxTls::serverConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain({certificate, ca});
    c.setPrivateKey(key);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    return c;
}

} // namespace paydesk::sandbox
