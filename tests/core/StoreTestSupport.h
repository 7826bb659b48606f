#pragma once

// Shared helpers for the PaymentStore suites: a temporary cache file and payment builders.
#include "store/PaymentStore.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace paydesk::test {

inline QDateTime at(int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

inline Money gbp(qint64 minor)
{
    return Money::fromMinor(minor, QStringLiteral("GBP")).value();
}

inline Payment makePayment(const QString& id, qint64 version = 1,
                           PaymentStatus::Code status = PaymentStatus::Code::Initiated)
{
    Payment p;
    p.paymentId = id;
    p.enterpriseId = QStringLiteral("E1");
    p.storeId = QStringLiteral("S1");
    p.reference = PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-") + id);
    p.description = QStringLiteral("Service");
    p.amount = gbp(10000);
    p.customer = Customer{QStringLiteral("Amelia Hart"), QStringLiteral("amelia@example.co.uk"),
                          QStringLiteral("+447700900123")};
    p.channels = Channel::Email;
    p.status = status;
    p.createdAt = at(1);
    p.updatedAt = at(1).addSecs(version * 60);
    p.version = version;
    p.sequence = version;
    return p;
}

/// The leaf pages of `table` (or an index) in the file at `path`, in file order (dbstat).
inline QList<qint64> leafPages(const QString& path, const QString& table, qint64* pageSize)
{
    QList<qint64> pages;
    const QString name = QStringLiteral("leaf-pages");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        *pageSize = q.value(0).toLongLong();
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' "
                                          "ORDER BY pageno")
                               .arg(table)))
            << q.lastError().text().toStdString();
        while (q.next())
            pages << q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return pages;
}

/// Overwrites the given pages of the file at `path` with garbage.
inline void garblePages(const QString& path, const QList<qint64>& pages, qint64 pageSize)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    for (qint64 page : pages) {
        file.seek((page - 1) * pageSize);
        file.write(QByteArray(pageSize, char(0xA5)));
    }
}

/**
 * Overwrites every `every`-th leaf page of `table` in the (closed, checkpointed) file at `path`,
 * leaving every other table and index intact; returns how many pages.
 */
inline int garbleTablePages(const QString& path, const QString& table, int every = 3)
{
    qint64 pageSize = 0;
    QList<qint64> chosen;
    const QList<qint64> pages = leafPages(path, table, &pageSize);
    for (qsizetype i = 0; i < pages.size(); i += every)
        chosen << pages.at(i);
    garblePages(path, chosen, pageSize);
    return int(chosen.size());
}

/// `count` payments spread over many pages (long descriptions).
inline QList<Payment> manyPayments(int count)
{
    QList<Payment> batch;
    for (int i = 0; i < count; ++i) {
        Payment p = makePayment(QStringLiteral("pay_%1").arg(i));
        p.description = QString(200, QChar(u'a' + i % 26));
        batch << p;
    }
    return batch;
}

/// A fresh cache file in a temporary folder, opened by PaymentStore.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache/paydesk-cache.sqlite"));
        reopen();
    }

    void reopen()
    {
        m_store.reset();
        auto opened = PaymentStore::open(m_path);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        m_store = std::move(opened).value();
    }

    PaymentStore& store() { return *m_store; }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PaymentStore> m_store;
};

#ifdef PAYDESK_STORE_CRASH_CHILD
/// Runs the crash child (StoreCrashChild.cpp) with `args` (the cache's path first) and kills it
/// with SIGKILL once it has committed `pages` pages, while it is busy with the next one: a random
/// moment of its ingest loop, which never stops by itself. Call it in ASSERT_NO_FATAL_FAILURE().
inline void killCrashChildAfterPages(const QStringList& args, int pages)
{
    QProcess child;
    child.start(QStringLiteral(PAYDESK_STORE_CRASH_CHILD), args);
    ASSERT_TRUE(child.waitForStarted(10'000));
    int committed = 0;
    while (committed < pages) {
        ASSERT_TRUE(child.waitForReadyRead(20'000)) << child.readAllStandardError().toStdString();
        while (child.canReadLine())
            committed += child.readLine().startsWith("committed ") ? 1 : 0;
    }
    child.kill(); // SIGKILL
    ASSERT_TRUE(child.waitForFinished(10'000));
    ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << child.readAllStandardError().toStdString();
}
#endif

} // namespace paydesk::test
