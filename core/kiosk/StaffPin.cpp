#include "StaffPin.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString Scheme = u"pbkdf2-sha256"_s;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != Scheme)
        return std::nullopt;
    bool ok = false;
    Parsed p;
    p.iterations = parts[1].toInt(&ok);
    if (!ok || p.iterations < StaffPin::MinIterations || p.iterations > 100'000'000)
        return std::nullopt;
    const auto salt =
        QByteArray::fromBase64Encoding(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key =
        QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.size() < StaffPin::SaltBytes ||
        key.decoded.size() != StaffPin::KeyBytes)
        return std::nullopt;
    p.salt = salt.decoded;
    p.key = key.decoded;
    return p;
}

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations,
                                              StaffPin::KeyBytes);
}

} // namespace

bool StaffPin::isValidPin(const QString& pin)
{
    if (pin.size() < MinDigits || pin.size() > MaxDigits)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString StaffPin::hash(const QString& pin, int iterations)
{
    if (!isValidPin(pin) || iterations < MinIterations)
        return {};
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), SaltBytes / 4);
    return u"%1$%2$%3$%4"_s.arg(Scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                                QString::fromLatin1(derive(pin, salt, iterations).toBase64()));
}

bool StaffPin::isWellFormed(const QString& storedHash)
{
    return parse(storedHash).has_value();
}

bool StaffPin::verify(const QString& pin, const QString& storedHash)
{
    const auto parsed = parse(storedHash);
    if (!parsed || !isValidPin(pin))
        return false;
    const QByteArray key = derive(pin, parsed->salt, parsed->iterations);
    if (key.size() != parsed->key.size())
        return false;
    // Constant time: every byte is compared whatever the first difference.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < key.size(); ++i)
        diff |= static_cast<unsigned char>(key[i] ^ parsed->key[i]);
    return diff == 0;
}

} // namespace paydesk
