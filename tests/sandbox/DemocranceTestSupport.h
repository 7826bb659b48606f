#pragma once

#include "Sandbox.h"
#include "SandboxTestClient.h"
#include "util/Clock.h"

#include <memory>

namespace paydesk::sandbox {
class DemocranceState;
}

namespace paydesk::sandbox::test {

/**
 * A sandbox on a manual clock with the Democrance emulation, 14 seeded policies per demo dealer
 * (every status), and a client that talks to `/democrance` the way a connector does: it logs
 * in and sends `Authorization: Token <token>`. Cookies are never kept, so a call without the
 * header really has no session; redirects are not followed.
 */
class DemocranceFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    virtual void adjust(SandboxOptions&) {}

    /// POST /democrance/api/v3/login/ with a JSON body.
    Reply login(const QString& username, const QString& password);
    /// The token of a successful login of the first demo dealer (fails the test otherwise).
    QString token();
    Reply get(const QString& pathAndQuery, const QString& token);
    Reply postJson(const QString& pathAndQuery, const QJsonObject& body, const QString& token);
    /// Without any credentials.
    Reply anonymous(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {});
    /// The first policy of the dealer in `status` (the demo dealer when empty).
    QString policyIn(const QString& status, const QString& dealer = {});

    ManualClock clock{QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<SandboxTestClient> client;
    DemocranceState* state = nullptr;
};

} // namespace paydesk::sandbox::test
