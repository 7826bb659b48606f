#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk {

/**
 * A dealer action waiting to reach the platform (DESIGN.md "Data flow" 3). It is written
 * before it is sent and replayed with the same idempotency key until the platform answers.
 *
 * States: Queued → Sending → Sent, or → Queued again (retry later), or → Failed (a permanent
 * answer such as 422). An entry found in Sending when the store opens was interrupted by a
 * crash and is put back to Queued (see PaymentStore::OpenReport::requeuedOutboxEntries).
 */
struct OutboxEntry
{
    /// What the action does (ProviderAction's actions that change something at the provider).
    enum class Kind
    {
        Initiate,
        Cancel,
        Resend,
        AmendAmount,
        UploadInvoice,
        Capture,
    };
    enum class State
    {
        Queued,
        Sending,
        Sent,
        Failed,
    };

    /// Assigned by PaymentStore::enqueueAction(); 0 before.
    qint64 id = 0;
    /// Unique; the same key is sent on every attempt.
    QString idempotencyKey;
    Kind kind = Kind::Initiate;
    /// The provider whose sender sends it (ProviderRules::id(): "keyloop", "paymentassist").
    QString provider = QStringLiteral("keyloop");
    QString enterpriseId;
    QString storeId;
    /// Empty for an Initiate until the platform answered (markOutboxSent() may fill it in).
    QString paymentId;
    /// The request body as it will be sent (PaymentJson::initiateToJson() etc.).
    QJsonObject payload;
    State state = State::Queued;
    /// How many times sending was started (markOutboxSending() increments it).
    int attempts = 0;
    /// Not due before this time (UTC); invalid = due at once.
    QDateTime nextAttemptAt;
    /// The last failure, for people (translated ApiError message). Never a secret.
    QString lastError;
    /// Set by enqueueAction() when invalid.
    QDateTime createdAt;
    /// Last state change; maintained by the store.
    QDateTime updatedAt;

    static QString kindToString(Kind kind);
    static Kind kindFromString(const QString& text);
    /// Whether `text` names a kind this build knows (an older build meeting a newer entry
    /// leaves it alone).
    static bool isKnownKind(const QString& text);
    static QString stateToString(State state);
    static State stateFromString(const QString& text);
};

} // namespace paydesk
