#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace paydesk {

/**
 * Payment Assist's request signature (Partner API v1), shared by the connector (signing its
 * requests, checking return URLs and webhooks) and the sandbox's emulation (checking them).
 *
 * The documented algorithm: every parameter except `api_key` and `signature`, empty values
 * left out, sorted by the key as sent (lower case, byte order — so `f_name` comes before
 * `failure_url`, because `_` sorts before `a`; sorting the upper-cased keys is the pitfall),
 * joined as `UPPERKEY=value&` with the trailing `&` kept, raw values (not URL-encoded),
 * UTF-8; HMAC-SHA256 with the secret; lower-case hex.
 *
 * ```
 * PaymentAssistSignature::compute({{"amount","1000"},{"f_name","Jane"}}, "demo_secret");
 * ```
 *
 * Booleans are sent and signed as `true` / `false`. Pure functions, no state.
 */
class PaymentAssistSignature
{
public:
    using Params = QList<QPair<QString, QString>>;

    /// The string that is signed: `AMOUNT=1000&F_NAME=Jane&…&` (empty for no parameters).
    static QByteArray canonicalString(const Params& params);
    /// HMAC-SHA256 of canonicalString() with the secret, as 64 lower-case hex digits.
    static QString compute(const Params& params, const QByteArray& secret);
    /// Whether `signature` is the signature of the parameters (case-insensitive hex,
    /// compared in constant time).
    static bool matches(const Params& params, const QByteArray& secret, const QString& signature);
    /// Constant-time comparison of two hex signatures (case-insensitive).
    static bool sameSignature(const QString& a, const QString& b);
};

} // namespace paydesk
