#include "PartnerFixture.h"

#include "platform/PlatformState.h"

#include <QTest>

namespace paydesk::sandbox::test {

void PartnerFixture::TearDown()
{
    client.reset();
    sandbox.reset();
}

SandboxOptions PartnerFixture::fastOptions(const QString& scenario)
{
    SandboxOptions options;
    options.seedCount = 6;
    options.scenario = scenario;
    options.notifyDelayMs = 20;
    options.settlementDelayMs = 80;
    return options;
}

void PartnerFixture::startSandbox(const SandboxOptions& options,
                                  const std::function<void(Sandbox&)>& configure)
{
    sandbox = std::make_unique<Sandbox>(options);
    if (configure)
        configure(*sandbox);
    auto started = sandbox->start();
    ASSERT_TRUE(started.ok()) << qPrintable(started.error());
    client = std::make_unique<SandboxTestClient>(*sandbox);
}

std::optional<Payment> PartnerFixture::payment(const QString& paymentId) const
{
    return sandbox->state().paymentById(paymentId);
}

bool PartnerFixture::waitForStatus(const QString& paymentId, PaymentStatus::Code code, int timeoutMs) const
{
    return QTest::qWaitFor(
        [&]() {
            const auto p = payment(paymentId);
            return p && p->status.code() == code;
        },
        timeoutMs);
}

QString PartnerFixture::initiate(const QJsonObject& body)
{
    if (dealerToken.isEmpty())
        dealerToken = client->dealerToken();
    return client->initiate(dealerToken, body).value(QLatin1StringView("paymentId")).toString();
}

} // namespace paydesk::sandbox::test
