// PaymentStore takes its time from the Clock given to open(): every time it records (outbox
// entries and their changes, audit lines without a time, sync cursors, the name of a
// moved-aside file) is the pinned time of a ManualClock.
#include "QtPrinters.h"
#include "StoreTestSupport.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

qint64 cursorUpdatedAt(const QString& path)
{
    const QString name = u"clock-cursor"_s;
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(u"SELECT updated_at FROM sync_cursors WHERE store_id = 'S1'"_s) && q.next());
        value = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST(StoreClock, EveryTimeTheStoreRecordsComesFromItsClock)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"paydesk-cache.sqlite"_s);
    // Years away from the real time, so a system-clock read cannot pass by chance.
    ManualClock clock(QDateTime(QDate(2031, 3, 4), QTime(5, 6, 7), Qt::UTC));
    {
        auto opened = PaymentStore::open(path, clock);
        ASSERT_TRUE(opened.ok());
        PaymentStore& store = **opened;
        EXPECT_EQ(&store.clock(), &clock);

        OutboxEntry e;
        e.idempotencyKey = u"k1"_s;
        e.kind = OutboxEntry::Kind::Cancel;
        const qint64 id = *store.enqueueAction(e, AuditEntry{0, {}, u"alice"_s, u"cancel"_s});
        auto entry = **store.outboxEntry(id);
        EXPECT_EQ(entry.createdAt, clock.now());
        EXPECT_EQ(entry.updatedAt, clock.now());
        EXPECT_EQ(store.auditEntries()->first().at, clock.now());

        clock.advanceMs(90'000);
        ASSERT_TRUE(store.markOutboxSending(id, clock.now()).ok());
        clock.advanceMs(1'000);
        ASSERT_TRUE(store.markOutboxRetryLater(id, clock.now().addSecs(30), u"Server error (503)"_s).ok());
        entry = **store.outboxEntry(id);
        EXPECT_EQ(entry.updatedAt, clock.now());
        EXPECT_EQ(entry.nextAttemptAt, clock.now().addSecs(30));

        clock.advanceMs(1'000);
        ASSERT_TRUE(store.appendAudit(AuditEntry{0, {}, u"alice"_s, u"export"_s}).ok());
        EXPECT_EQ(store.auditEntries()->first().at, clock.now());

        clock.advanceMs(1'000);
        ASSERT_TRUE(store.ingestFeedPage({makePayment(u"p1"_s)}, u"E1"_s, u"S1"_s, 5).ok());
        EXPECT_EQ(cursorUpdatedAt(path), clock.now().toMSecsSinceEpoch());
        clock.advanceMs(1'000);
        ASSERT_TRUE(store.setSyncCursor(u"E1"_s, u"S1"_s, 0).ok());
        EXPECT_EQ(cursorUpdatedAt(path), clock.now().toMSecsSinceEpoch());

        store.requestRecoveryOnNextOpen();
    }
    auto reopened = PaymentStore::open(path, clock);
    ASSERT_TRUE(reopened.ok());
    const QString aside = (*reopened)->openReport().movedAsidePath;
    EXPECT_EQ(QFileInfo(aside).fileName(),
              u"paydesk-cache.sqlite.corrupt-"_s + clock.now().toString(u"yyyyMMdd-HHmmss"_s))
        << aside.toStdString();
    const auto lines = *(*reopened)->auditEntries();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first().at, clock.now()); // the rebuild line
}
