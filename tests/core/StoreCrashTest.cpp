// kill -9 during a large sync, many times at random points (RELIABILITY.md): no committed page
// is lost or half-written, the file passes PRAGMA integrity_check, and the next run resumes
// from the stored cursor. The writer is a real child process (StoreCrashChild.cpp).
#include "QtPrinters.h"
#include "StoreTestSupport.h"

#include <random>

using namespace paydesk;
using paydesk::test::killCrashChildAfterPages;
using namespace Qt::StringLiterals;

TEST(StoreCrash, KilledMidSyncLosesNothingAndResumes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"crash.sqlite"_s);
    std::mt19937 rng(1121);
    qint64 lastCursor = 0;
    for (int round = 0; round < 6; ++round) {
        // A random moment in the middle of the ingest loop: after a random number of committed
        // pages, while the child is busy with the next one.
        ASSERT_NO_FATAL_FAILURE(killCrashChildAfterPages({path}, 1 + static_cast<int>(rng() % 12)));

        auto opened = PaymentStore::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        PaymentStore& store = **opened;
        EXPECT_FALSE(store.openReport().recoveredFromCorruption);
        ASSERT_TRUE(store.integrityCheck().ok());
        const qint64 cursor = *store.syncCursor(u"E1"_s, u"S1"_s);
        EXPECT_GT(cursor, lastCursor) << "round " << round << " made no progress";
        // Exactly the payments up to the cursor: nothing lost, nothing from a torn page.
        EXPECT_EQ(*store.count({}), cursor);
        EXPECT_TRUE(store.payment(u"crash_%1"_s.arg(cursor))->has_value());
        EXPECT_FALSE(store.payment(u"crash_%1"_s.arg(cursor + 1))->has_value());
        lastCursor = cursor;
    }
}
