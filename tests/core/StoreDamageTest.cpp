// PaymentStore meets a damaged file at run time (damage open() cannot see: pages garbled after
// it checked the file): the call fails with Corrupt, the file is marked for rebuild at the next
// open, and the dealer is told once through damageDetected(). Real SQLite files.
#include "QtPrinters.h"
#include "StoreTestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

class StoreDamage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"paydesk-cache.sqlite"_s);
        // A real cache, closed cleanly (no WAL left), then opened: open() finds it sound.
        {
            auto writer = PaymentStore::open(m_path);
            ASSERT_TRUE(writer.ok());
            ASSERT_TRUE((*writer)->upsertBatch(manyPayments(2000)).ok());
        }
        auto opened = PaymentStore::open(m_path);
        ASSERT_TRUE(opened.ok());
        ASSERT_FALSE((*opened)->openReport().recoveredFromCorruption);
        m_store = std::move(opened).value();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PaymentStore> m_store;
};

} // namespace

TEST_F(StoreDamage, ACorruptPageMetByAQueryMarksTheCacheForRebuildAndTellsTheDealerOnce)
{
    QSignalSpy damage(m_store.get(), &PaymentStore::damageDetected);
    ASSERT_GT(garbleTablePages(m_path, u"payments"_s), 0);
    EXPECT_FALSE(m_store->isDamaged());

    PaymentQuery all;
    all.limit = 0;
    auto page = m_store->query(all);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().kind, StoreError::Kind::Corrupt);

    EXPECT_TRUE(QFileInfo::exists(m_path + u".damaged"_s));
    EXPECT_TRUE(m_store->isDamaged());
    ASSERT_EQ(damage.count(), 1);
    EXPECT_EQ(damage.at(0).at(0).toString(), PaymentStore::damageMessage());
    EXPECT_FALSE(PaymentStore::damageMessage().isEmpty());

    // More calls meet the damage: still one notice. (Row ids come from an intact index.)
    auto ids = m_store->queryIds(all);
    ASSERT_TRUE(ids.ok());
    EXPECT_FALSE(m_store->paymentsByRowIds(*ids).ok());
    EXPECT_FALSE(m_store->query(all).ok());
    EXPECT_EQ(damage.count(), 1);

    // The next start rebuilds the cache.
    m_store.reset();
    auto reopened = PaymentStore::open(m_path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE((*reopened)->openReport().recoveredFromCorruption);
    EXPECT_FALSE(QFileInfo::exists(m_path + u".damaged"_s));
    EXPECT_EQ(*(*reopened)->count({}), 0);
}

TEST_F(StoreDamage, ACorruptPageMetHalfWayThroughARowScanIsAnErrorNotAShortAnswer)
{
    // Only the last leaf page of the table: a scan in row order reads many rows before it.
    qint64 pageSize = 0;
    const QList<qint64> pages = leafPages(m_path, u"payments"_s, &pageSize);
    ASSERT_GT(pages.size(), 10);
    garblePages(m_path, {pages.last()}, pageSize);

    PaymentQuery all;
    all.limit = 0;
    all.sortColumn = PaymentQuery::SortColumn::Customer;
    auto ids = m_store->queryIds(all); // the customer index alone, which is intact
    ASSERT_TRUE(ids.ok()) << ids.error().detail.toStdString();
    ASSERT_EQ(ids->size(), 2000);
    auto rows = m_store->paymentsByRowIds(*ids);
    ASSERT_FALSE(rows.ok()) << "a short answer of " << rows->size() << " rows";
    EXPECT_EQ(rows.error().kind, StoreError::Kind::Corrupt);
    EXPECT_TRUE(m_store->isDamaged());
}

TEST_F(StoreDamage, AFailedIntegrityCheckAlsoTellsTheDealer)
{
    QSignalSpy damage(m_store.get(), &PaymentStore::damageDetected);
    garbleTablePages(m_path, u"idx_payments_customer"_s);
    auto check = m_store->integrityCheck();
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.error().kind, StoreError::Kind::Corrupt);
    EXPECT_TRUE(QFileInfo::exists(m_path + u".damaged"_s));
    EXPECT_EQ(damage.count(), 1);
}

TEST_F(StoreDamage, OtherErrorsAreNotDamage)
{
    QSignalSpy damage(m_store.get(), &PaymentStore::damageDetected);
    EXPECT_FALSE(m_store->markOutboxSent(12345, at(1)).ok());               // NotFound
    EXPECT_FALSE(m_store->enqueueAction(OutboxEntry{}, AuditEntry{}).ok()); // InvalidArgument
    EXPECT_FALSE(m_store->isDamaged());
    EXPECT_FALSE(QFileInfo::exists(m_path + u".damaged"_s));
    EXPECT_EQ(damage.count(), 0);
}
