#include "store/PaymentStore.h"

#include <gtest/gtest.h>

using namespace paydesk;

TEST(StoreErrorTest, NewerSchemaMessageNamesBothVersions)
{
    const StoreError error = StoreError::newerSchema(9, PaymentStore::SchemaVersion);
    EXPECT_EQ(error.kind, StoreError::Kind::NewerSchema);
    EXPECT_TRUE(error.message.contains(QStringLiteral("9")));
}
