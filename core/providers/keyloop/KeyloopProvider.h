#pragma once

#include "providers/PaymentProvider.h"
#include "sync/SyncEngine.h"

#include <QStringList>

namespace paydesk {

class Authenticator;
class PaymentStore;
class PlatformClient;
class PushChannel;
class Scheduler;
class TokenProvider;

/**
 * Sends Keyloop dealer actions (initiate, cancel, resend) over the platform API with the
 * entry's idempotency key as the Idempotency-Key header: the platform acts on a key once.
 */
class KeyloopActionSender final : public ActionSender
{
public:
    explicit KeyloopActionSender(PlatformClient& platform)
        : m_platform(platform)
    {
    }
    void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) override;

private:
    PlatformClient& m_platform;
};

/**
 * Keyloop Payment Manager as a PaymentProvider: one SyncEngine (change feed plus push channel)
 * per store of the profile, actions through KeyloopActionSender, details through the
 * platform's details endpoint. Everything it uses is the session's and outlives it.
 */
class KeyloopProvider final : public PaymentProvider
{
    Q_OBJECT

public:
    struct Parts
    {
        PlatformClient* platform = nullptr;
        const PushChannel* push = nullptr;
        Authenticator* auth = nullptr;
        /// Optional: lets the engines show "signing in" / "sign-in failed".
        TokenProvider* tokens = nullptr;
        PaymentStore* store = nullptr;
        Scheduler* scheduler = nullptr;
    };

    KeyloopProvider(Parts parts, QString enterpriseId, QStringList storeIds, SyncEngine::Options options,
                    QObject* parent = nullptr);
    ~KeyloopProvider() override;

    QString id() const override { return ProviderId::keyloop(); }
    std::vector<std::unique_ptr<PaymentSource>> takeSources() override;
    void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) override;
    void fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback) override;

private:
    Parts m_parts;
    QString m_enterpriseId;
    QStringList m_storeIds;
    SyncEngine::Options m_options;
    KeyloopActionSender m_sender;
};

} // namespace paydesk
