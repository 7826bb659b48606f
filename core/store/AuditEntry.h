#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk {

/**
 * One line of the append-only audit log: who did what, when, where, and the state before and
 * after. Recorded for every initiate / cancel / resend / export / settings change
 * (RELIABILITY.md "Security"). Never put secrets, tokens or card numbers in before/after.
 */
struct AuditEntry
{
    /// Assigned by the store; 0 before.
    qint64 id = 0;
    /// UTC; set to now by the store when invalid.
    QDateTime at;
    /// The signed-in user or "kiosk:<desk>"; "system" for automatic actions.
    QString who;
    /// Conventional values: "initiate", "cancel", "resend", "export", "settings", "kiosk.unlock".
    QString action;
    QString enterpriseId;
    QString storeId;
    QString paymentId;
    QJsonObject before;
    QJsonObject after;
    /// The OS account of the process that wrote the line, recorded by the store itself from the
    /// OS (never from `$USER`); empty for lines written before PayDesk recorded it. Read only.
    QString osAccount;
    /// Position in the audit hash chain (1, 2, …), assigned by the store. Read only.
    qint64 sequence = 0;
};

} // namespace paydesk
