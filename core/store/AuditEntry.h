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
};

} // namespace paydesk
