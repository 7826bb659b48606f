#pragma once

#include <QString>

namespace paydesk {

/**
 * The kiosk's staff PIN: 6–12 digits, kept only as a salted PBKDF2-SHA256 hash in the form
 * `pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>` (16 random bytes of salt, a 32-byte
 * key). Never stored or logged in plain form. Hashing takes a fraction of a second on purpose:
 * run verify() off the GUI thread.
 */
class StaffPin
{
public:
    static constexpr int MinDigits = 6;
    static constexpr int MaxDigits = 12;
    /// OWASP's 2023 advice for PBKDF2-HMAC-SHA256.
    static constexpr int DefaultIterations = 600'000;
    /// A stored hash with fewer iterations is refused (never verified).
    static constexpr int MinIterations = 100'000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    /// 6–12 ASCII digits.
    static bool isValidPin(const QString& pin);
    /// A new hash of `pin` with a fresh random salt; empty when the PIN is not valid.
    static QString hash(const QString& pin, int iterations = DefaultIterations);
    /// Whether `storedHash` is well formed (the format above, enough iterations).
    static bool isWellFormed(const QString& storedHash);
    /// Whether `pin` matches `storedHash` (constant-time comparison of the keys).
    static bool verify(const QString& pin, const QString& storedHash);
};

} // namespace paydesk
