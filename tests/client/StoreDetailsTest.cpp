// The store details receipts print (issue 14.9): the platform's `GET /stores` carries each
// site's names, address and VAT number (sandbox/README.md), and PlatformClient reads them.
#include "SandboxHarness.h"
#include "api/PlatformClient.h"

#include <QJsonDocument>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace paydesk::test {
namespace {

TEST(StoreDetails, TheSandboxNamesEachSiteWithItsAddressAndVatNumber)
{
    SandboxHarness h(SandboxHarness::defaultOptions(0));
    auto client = h.makeClient(Scheduler::system(), u"stores"_s);
    QObject context;
    std::optional<Result<QList<StoreDetails>, ApiError>> answer;
    client->platform->fetchStores(&context, [&](Result<QList<StoreDetails>, ApiError> r) { answer = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    const QList<StoreDetails> stores = **answer;
    ASSERT_EQ(stores.size(), h.state().stores().size());
    const auto bristol = std::find_if(stores.begin(), stores.end(), [](const StoreDetails& s) {
        return s.enterpriseId == u"E100234"_s && s.storeId == u"S01"_s;
    });
    ASSERT_NE(bristol, stores.end());
    EXPECT_EQ(bristol->enterpriseName, u"Lakeside Motor Group"_s);
    EXPECT_EQ(bristol->storeName, u"Lakeside Motors Bristol"_s);
    EXPECT_EQ(bristol->address,
              (QStringList{u"Unit 4, Avonmouth Way"_s, u"Bristol BS11 9YA"_s, u"United Kingdom"_s}));
    EXPECT_EQ(bristol->vatNumber, u"GB 284 1937 56"_s);
    EXPECT_EQ(bristol->currency, u"GBP"_s);
    for (const StoreDetails& s : stores) {
        EXPECT_FALSE(s.storeName.isEmpty()) << s.key().toStdString();
        EXPECT_FALSE(s.vatNumber.isEmpty()) << s.key().toStdString();
    }
}

TEST(StoreDetails, ParsingIsLenientAboutDetailsAndStrictAboutIds)
{
    auto parse = [](const char* json) {
        return PlatformClient::parseStores(QJsonDocument::fromJson(QByteArray(json)));
    };
    // Nothing but ids: a platform that says nothing more (the profile's details then apply).
    auto bare = parse(R"({"stores":[{"enterpriseId":"E1","storeId":"S1"}]})");
    ASSERT_TRUE(bare.ok());
    ASSERT_EQ(bare->size(), 1);
    EXPECT_TRUE(bare->first().storeName.isEmpty());
    EXPECT_TRUE(bare->first().address.isEmpty());
    // An address as one string is split into lines; blank lines go; long text is cut.
    const QByteArray longName(1000, 'x');
    auto text =
        parse(QByteArray(R"({"stores":[{"enterpriseId":"E1","storeId":"S1","address":"1 High St\n\nLeeds",)"
                         R"("storeName":")" +
                         longName + R"("}]})")
                  .constData());
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->first().address, (QStringList{u"1 High St"_s, u"Leeds"_s}));
    EXPECT_EQ(text->first().storeName.size(), 255);
    EXPECT_FALSE(parse(R"({"stores":[{"storeName":"no ids"}]})").ok());
    EXPECT_FALSE(parse(R"({"items":[]})").ok());
    EXPECT_FALSE(parse("<html>login</html>").ok());
}

} // namespace
} // namespace paydesk::test
