// ReadTransaction and WriteTransaction, the store's RAII transactions, on a real SQLite file in
// WAL mode with two connections (a reader and a writer, as the UI and a sync worker are).
#include "QtPrinters.h"
#include "store/ReadTransaction.h"
#include "store/WriteTransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

class StoreTransaction : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_reader = open(u"tx-reader"_s);
        m_writer = open(u"tx-writer"_s);
        exec(m_writer, u"PRAGMA journal_mode = WAL"_s);
        exec(m_writer, u"CREATE TABLE t (x INTEGER)"_s);
        exec(m_writer, u"INSERT INTO t VALUES (1)"_s);
    }
    void TearDown() override
    {
        for (const QString& name : {u"tx-reader"_s, u"tx-writer"_s}) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_reader = {};
        m_writer = {};
    }

    QSqlDatabase open(const QString& name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_dir.filePath(u"tx.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        EXPECT_TRUE(db.open());
        return db;
    }
    static void exec(QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }
    static qint64 rows(QSqlDatabase& db)
    {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(u"SELECT count(*) FROM t"_s) && q.next()) << q.lastError().text().toStdString();
        return q.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    QSqlDatabase m_reader;
    QSqlDatabase m_writer;
};

} // namespace

TEST_F(StoreTransaction, AReadTransactionSeesTheCommitOfItsBeginUntilItEnds)
{
    {
        ReadTransaction read(m_reader);
        ASSERT_TRUE(read.begin().ok());
        // Committed after begin() but before the first read: not seen, the snapshot is taken.
        exec(m_writer, u"INSERT INTO t VALUES (2)"_s);
        EXPECT_EQ(rows(m_reader), 1);
        exec(m_writer, u"INSERT INTO t VALUES (3)"_s);
        EXPECT_EQ(rows(m_reader), 1);
    }
    // Out of scope: the next read sees everything.
    EXPECT_EQ(rows(m_reader), 3);
}

TEST_F(StoreTransaction, EndingAReadTransactionEarlySeesNewerCommitsAndTheScopeEndIsHarmless)
{
    ReadTransaction read(m_reader);
    ASSERT_TRUE(read.begin().ok());
    EXPECT_EQ(rows(m_reader), 1);
    exec(m_writer, u"INSERT INTO t VALUES (2)"_s);
    read.end();
    EXPECT_EQ(rows(m_reader), 2);
    read.end(); // twice, then the destructor: nothing to end
    // The connection is free for another transaction.
    ReadTransaction again(m_reader);
    EXPECT_TRUE(again.begin().ok());
}

TEST_F(StoreTransaction, AWriteMadeInsideAReadTransactionIsDiscarded)
{
    {
        ReadTransaction read(m_reader);
        ASSERT_TRUE(read.begin().ok());
        exec(m_reader, u"INSERT INTO t VALUES (99)"_s);
    }
    EXPECT_EQ(rows(m_writer), 1);
    EXPECT_EQ(rows(m_reader), 1);
}

TEST_F(StoreTransaction, AReadTransactionCannotBeginInsideAnother)
{
    ReadTransaction outer(m_reader);
    ASSERT_TRUE(outer.begin().ok());
    ReadTransaction inner(m_reader);
    auto begun = inner.begin();
    ASSERT_FALSE(begun.ok());
    EXPECT_EQ(begun.error().kind, StoreError::Kind::Query);
}

TEST_F(StoreTransaction, AWriteTransactionNotCommittedIsRolledBackAndACommittedOneStays)
{
    {
        WriteTransaction tx(m_writer);
        ASSERT_TRUE(tx.begin().ok());
        exec(m_writer, u"INSERT INTO t VALUES (2)"_s);
        // It holds the write lock from begin(): another writer waits, then gets Busy.
        WriteTransaction other(m_reader);
        auto second = other.begin();
        ASSERT_FALSE(second.ok());
        EXPECT_EQ(second.error().kind, StoreError::Kind::Busy);
    } // no commit
    EXPECT_EQ(rows(m_reader), 1);
    {
        WriteTransaction tx(m_writer);
        ASSERT_TRUE(tx.begin().ok());
        exec(m_writer, u"INSERT INTO t VALUES (2)"_s);
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(rows(m_reader), 2);
}
