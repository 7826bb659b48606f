#pragma once

#include "SandboxTestClient.h"
#include "payments/Payment.h"

#include <functional>
#include <optional>

namespace paydesk::sandbox::test {

/// A sandbox with the partner side, configured before it starts, and a loopback client for it.
class PartnerFixture : public ::testing::Test
{
protected:
    void TearDown() override;

    /// Few seeded payments, fast notifier and settlement, no simulated partner unless asked.
    static SandboxOptions fastOptions(const QString& scenario = QStringLiteral("off"));
    /// Builds and starts the sandbox; `configure` runs between construction and start().
    void startSandbox(const SandboxOptions& options, const std::function<void(Sandbox&)>& configure = {});

    template<typename T>
    T& part()
    {
        T* t = sandbox->component<T>();
        EXPECT_NE(t, nullptr);
        return *t;
    }

    std::optional<Payment> payment(const QString& paymentId) const;
    /// Waits until the payment has this status; false after the timeout.
    bool waitForStatus(const QString& paymentId, PaymentStatus::Code code, int timeoutMs = 5000) const;
    /// Initiates a payment as the dealer over HTTP; returns its id.
    QString initiate(const QJsonObject& body = SandboxTestClient::initiateBody());

    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<SandboxTestClient> client;
    QString dealerToken;
};

} // namespace paydesk::sandbox::test
