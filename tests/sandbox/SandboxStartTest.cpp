#include "SandboxTestClient.h"
#include "platform/PlatformState.h"

#include <QElapsedTimer>

namespace paydesk::sandbox::test {

TEST(SandboxStart, ListensOnLoopbackWithAFreePortAndSeeds)
{
    SandboxOptions options;
    options.seedCount = 5000;
    options.scenario = QStringLiteral("off");
    QElapsedTimer timer;
    timer.start();
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok());
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(sandbox.port(), 0);
    EXPECT_EQ(sandbox.state().paymentCount(), 5000);
    EXPECT_GE(sandbox.state().stores().size(), 3);
    EXPECT_FALSE(sandbox.adminToken().isEmpty());
    EXPECT_LT(ms, 3000) << "seeding 5000 payments took " << ms << " ms";
    EXPECT_TRUE(sandbox.summary().contains(sandbox.baseUrl().toString()));
}

TEST(SandboxStart, TwoSandboxesRunSideBySide)
{
    SandboxOptions options;
    options.scenario = QStringLiteral("off");
    Sandbox a(options);
    Sandbox b(options);
    ASSERT_TRUE(a.start().ok());
    ASSERT_TRUE(b.start().ok());
    EXPECT_NE(a.port(), b.port());
}

} // namespace paydesk::sandbox::test
