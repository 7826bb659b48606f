#pragma once

#include <QByteArray>
#include <QString>

namespace paydesk {

/**
 * The hash chain over the audit log (internal to core/store; see PaymentStore::appendAudit and
 * PaymentStore::verifyAuditChain).
 *
 * Every row carries `seq` (1, 2, 3, … without gaps) and `hash` = SHA-256 over the previous
 * row's hash and this row's canonical content (the stored column values, each length-prefixed
 * so that moving text from one field to the next changes the hash). The `audit_head` row holds
 * the last seq and hash, so a deleted tail shows as a head that points past the last row.
 *
 * What this does and does not give: an edited, inserted, reordered or deleted row, or a
 * truncated tail, is detected by verifyAuditChain() at the first broken link. It does NOT stop
 * a local attacker who can write the file from recomputing every hash and the head after a
 * change (the chain has no secret key and nothing outside the file is anchored to it); it
 * turns silent edits with an SQLite shell into a full, deliberate rewrite.
 */
struct AuditChain
{
    /// The stored columns that the hash covers, as stored (`at` in ms since the epoch, UTC).
    struct Row
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        QString who;
        QString osUser;
        QString action;
        QString enterpriseId;
        QString storeId;
        QString paymentId;
        QString beforeJson;
        QString afterJson;
    };

    /// The `hash` of `row` after a row whose hash is `previousHash` ("" for the first row).
    static QString linkHash(const QString& previousHash, const Row& row);
};

} // namespace paydesk
