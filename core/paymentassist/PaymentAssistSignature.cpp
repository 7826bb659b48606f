#include "PaymentAssistSignature.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk {

QByteArray PaymentAssistSignature::canonicalString(const Params& params)
{
    Params kept;
    kept.reserve(params.size());
    for (const auto& p : params) {
        const QString lower = p.first.toLower();
        if (lower == u"api_key"_s || lower == u"signature"_s || p.second.isEmpty())
            continue;
        kept.append(p);
    }
    // By the key as sent, in byte order (UTF-8 keys compare like their UTF-16 form for ASCII);
    // stable, so a repeated key keeps its order.
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QByteArray out;
    for (const auto& p : std::as_const(kept)) {
        out += p.first.toUpper().toUtf8();
        out += '=';
        out += p.second.toUtf8();
        out += '&';
    }
    return out;
}

QString PaymentAssistSignature::compute(const Params& params, const QByteArray& secret)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(canonicalString(params), secret, QCryptographicHash::Sha256)
            .toHex());
}

bool PaymentAssistSignature::sameSignature(const QString& a, const QString& b)
{
    const QByteArray x = a.toLower().toLatin1();
    const QByteArray y = b.toLower().toLatin1();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x[i] ^ y[i]);
    return diff == 0;
}

bool PaymentAssistSignature::matches(const Params& params, const QByteArray& secret, const QString& signature)
{
    if (signature.isEmpty())
        return false;
    return sameSignature(compute(params, secret), signature);
}

} // namespace paydesk
