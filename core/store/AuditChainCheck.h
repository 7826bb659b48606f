#pragma once

#include <QtGlobal>

namespace paydesk {

/// What PaymentStore::verifyAuditChain() found: the first broken link of the audit log's chain.
struct AuditChainCheck
{
    enum class Problem
    {
        None,
        /// The row's hash does not match its content and the previous row's hash: this row (or
        /// the hash of the one before it) was changed.
        Edited,
        /// Rows are missing: the row at brokenId does not follow on from the one before it, or
        /// (brokenId 0) rows after the last one were deleted.
        Missing,
        /// A row without a place in the chain (written around PaymentStore).
        Unchained,
        /// The chain head (last position and hash) is missing or does not match the last row.
        HeadMismatch,
    };

    Problem problem = Problem::None;
    /// Rows whose link was checked and found sound.
    qint64 rowsVerified = 0;
    /// The chain position (1-based seq) where the chain breaks; 0 when sound.
    qint64 brokenSeq = 0;
    /// audit_log.id of the first row that fails; 0 when sound or when the break is after the
    /// last row (a deleted tail, a bad head).
    qint64 brokenId = 0;

    bool ok() const { return problem == Problem::None; }
};

} // namespace paydesk
