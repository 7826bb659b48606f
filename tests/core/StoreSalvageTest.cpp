// A rebuild keeps what only this computer has: when open() moves a damaged cache aside, the
// unsent dealer actions and the audit log are carried into the fresh cache (StoreSalvage), and
// the audit chain still verifies. Real SQLite files, with a damaged payments page.
#include "QtPrinters.h"
#include "StoreTestSupport.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

OutboxEntry action(const QString& key, OutboxEntry::Kind kind)
{
    OutboxEntry e;
    e.idempotencyKey = key;
    e.kind = kind;
    e.enterpriseId = u"E1"_s;
    e.storeId = u"S1"_s;
    e.paymentId = kind == OutboxEntry::Kind::Initiate ? QString() : u"pay_7"_s;
    e.payload = QJsonObject{{u"description"_s, u"Service "_s + key}};
    return e;
}

AuditEntry line(const QString& action, int minute)
{
    AuditEntry a;
    a.at = at(20, 9, minute);
    a.who = u"alice"_s;
    a.action = action;
    a.enterpriseId = u"E1"_s;
    a.storeId = u"S1"_s;
    a.after = QJsonObject{{u"n"_s, minute}};
    return a;
}

class StoreSalvage : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(u"paydesk-cache.sqlite"_s); }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC)};
};

} // namespace

TEST_F(StoreSalvage, ARebuildCarriesUnsentActionsAndTheAuditLogIntoTheFreshCache)
{
    QList<OutboxEntry> unsent;
    QList<AuditEntry> linesBefore;
    {
        auto opened = PaymentStore::open(path());
        ASSERT_TRUE(opened.ok());
        PaymentStore& store = **opened;
        ASSERT_TRUE(store.upsertBatch(manyPayments(2000)).ok());
        const qint64 queued =
            *store.enqueueAction(action(u"k-queued"_s, OutboxEntry::Kind::Initiate), line(u"initiate"_s, 1));
        const qint64 sending =
            *store.enqueueAction(action(u"k-sending"_s, OutboxEntry::Kind::Cancel), line(u"cancel"_s, 2));
        const qint64 sent =
            *store.enqueueAction(action(u"k-sent"_s, OutboxEntry::Kind::Resend), line(u"resend"_s, 3));
        const qint64 failed =
            *store.enqueueAction(action(u"k-failed"_s, OutboxEntry::Kind::Cancel), line(u"cancel"_s, 4));
        ASSERT_TRUE(store.markOutboxSending(sending, at(20, 10)).ok());
        ASSERT_TRUE(store.markOutboxSending(sent, at(20, 10)).ok());
        ASSERT_TRUE(store.markOutboxSent(sent, at(20, 10), u"pay_9"_s).ok());
        ASSERT_TRUE(store.markOutboxSending(failed, at(20, 10)).ok());
        ASSERT_TRUE(store.markOutboxFailed(failed, at(20, 10), u"Rejected (422)"_s).ok());
        ASSERT_TRUE(store.appendAudit(line(u"export"_s, 5)).ok());
        ASSERT_TRUE(store.appendAudit(line(u"settings"_s, 6)).ok());
        unsent << **store.outboxEntry(queued) << **store.outboxEntry(sending);
        linesBefore = *store.auditEntries();
        ASSERT_EQ(linesBefore.size(), 6);
        ASSERT_TRUE(store.verifyAuditChain()->ok());
    }
    ASSERT_GT(garbleTablePages(path(), u"payments"_s), 0);
    const QByteArray damaged = fileHash(path());

    auto opened = PaymentStore::open(path(), m_clock);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    PaymentStore& store = **opened;
    const PaymentStore::OpenReport& report = store.openReport();
    ASSERT_TRUE(report.recoveredFromCorruption);
    EXPECT_EQ(report.carriedOutboxEntries, 2);
    EXPECT_EQ(report.carriedAuditLines, 6);
    EXPECT_TRUE(report.carriedEverything);
    // The payments are gone (the platform has them); the damaged file is kept as it was.
    EXPECT_EQ(*store.count({}), 0);
    EXPECT_EQ(fileHash(report.movedAsidePath), damaged);

    // The unsent actions, with their ids and keys, queued to be replayed; sent and failed ones stay behind.
    const auto outbox = store.outboxEntries();
    ASSERT_TRUE(outbox.ok());
    ASSERT_EQ(outbox->size(), 2);
    for (int i = 0; i < 2; ++i) {
        const OutboxEntry& carried = outbox->at(i);
        EXPECT_EQ(carried.id, unsent.at(i).id);
        EXPECT_EQ(carried.idempotencyKey, unsent.at(i).idempotencyKey);
        EXPECT_EQ(carried.kind, unsent.at(i).kind);
        EXPECT_EQ(carried.paymentId, unsent.at(i).paymentId);
        EXPECT_EQ(carried.payload, unsent.at(i).payload);
        EXPECT_EQ(carried.attempts, unsent.at(i).attempts);
        EXPECT_EQ(carried.createdAt, unsent.at(i).createdAt);
        EXPECT_EQ(carried.state, OutboxEntry::State::Queued);
    }
    EXPECT_EQ(outbox->at(1).attempts, 1);
    EXPECT_EQ(store.dueOutbox(m_clock.now())->size(), 2);
    EXPECT_EQ(*store.queuedActionCount(), 2);

    // The audit lines as they were (positions, times, accounts), then one line for the rebuild.
    const auto lines = store.auditEntries();
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 7);
    for (int i = 0; i < 6; ++i) {
        const AuditEntry& carried = lines->at(i + 1);
        const AuditEntry& before = linesBefore.at(i);
        EXPECT_EQ(carried.id, before.id);
        EXPECT_EQ(carried.sequence, before.sequence);
        EXPECT_EQ(carried.at, before.at);
        EXPECT_EQ(carried.who, before.who);
        EXPECT_EQ(carried.osAccount, before.osAccount);
        EXPECT_EQ(carried.action, before.action);
        EXPECT_EQ(carried.after, before.after);
    }
    const AuditEntry& rebuilt = lines->first();
    EXPECT_EQ(rebuilt.action, u"cache.rebuilt"_s);
    EXPECT_EQ(rebuilt.who, u"system"_s);
    EXPECT_EQ(rebuilt.sequence, 7);
    EXPECT_EQ(rebuilt.at, m_clock.now());
    EXPECT_EQ(rebuilt.after.value(u"movedAside"_s).toString(), QFileInfo(report.movedAsidePath).fileName());
    EXPECT_EQ(rebuilt.after.value(u"outboxEntriesCarried"_s).toInt(), 2);
    EXPECT_EQ(rebuilt.after.value(u"auditLinesCarried"_s).toInt(), 6);
    EXPECT_EQ(rebuilt.after.value(u"auditLinesInDamagedCache"_s).toInt(), 6);
    EXPECT_TRUE(rebuilt.after.value(u"complete"_s).toBool());

    const auto chain = store.verifyAuditChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->ok());
    EXPECT_EQ(chain->rowsVerified, 7);
    EXPECT_TRUE(store.integrityCheck().ok());

    // And the fresh cache goes on as usual: a new action after the carried ones, chained on.
    const qint64 next =
        *store.enqueueAction(action(u"k-new"_s, OutboxEntry::Kind::Initiate), line(u"initiate"_s, 7));
    EXPECT_GT(next, unsent.last().id);
    EXPECT_TRUE(store.verifyAuditChain()->ok());
}

TEST_F(StoreSalvage, AnEditedAuditLineIsNotLaunderedByARebuild)
{
    {
        auto opened = PaymentStore::open(path());
        ASSERT_TRUE(opened.ok());
        for (int i = 1; i <= 5; ++i)
            ASSERT_TRUE((*opened)->appendAudit(line(u"export"_s, i)).ok());
    }
    // Someone edits line 3 with an SQLite shell, then the cache is found damaged.
    {
        const QString name = u"editor"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path());
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
            ASSERT_TRUE(q.exec(u"UPDATE audit_log SET who = 'mallory' WHERE seq = 3"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    {
        auto opened = PaymentStore::open(path());
        ASSERT_TRUE(opened.ok());
        (*opened)->requestRecoveryOnNextOpen();
    }

    auto opened = PaymentStore::open(path(), m_clock);
    ASSERT_TRUE(opened.ok());
    PaymentStore& store = **opened;
    ASSERT_TRUE(store.openReport().recoveredFromCorruption);
    // The lines before the edit are carried; the edited one and those after it stay in the
    // moved-aside file, where verifyAuditChain() of that file still shows the edit.
    EXPECT_EQ(store.openReport().carriedAuditLines, 2);
    EXPECT_FALSE(store.openReport().carriedEverything);
    const auto lines = *store.auditEntries();
    ASSERT_EQ(lines.size(), 3);
    for (const AuditEntry& l : lines)
        EXPECT_NE(l.who, u"mallory"_s);
    EXPECT_EQ(lines.first().action, u"cache.rebuilt"_s);
    EXPECT_EQ(lines.first().after.value(u"auditLinesInDamagedCache"_s).toInt(), 5);
    EXPECT_FALSE(lines.first().after.value(u"complete"_s).toBool());
    EXPECT_TRUE(store.verifyAuditChain()->ok());
}

TEST_F(StoreSalvage, AFileThatCannotBeReadGivesAFreshCacheThatRecordsTheRebuild)
{
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto opened = PaymentStore::open(path(), m_clock);
    ASSERT_TRUE(opened.ok());
    const auto& report = (*opened)->openReport();
    ASSERT_TRUE(report.recoveredFromCorruption);
    EXPECT_EQ(report.carriedOutboxEntries, 0);
    EXPECT_EQ(report.carriedAuditLines, 0);
    EXPECT_FALSE(report.carriedEverything);
    const auto lines = *(*opened)->auditEntries();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first().action, u"cache.rebuilt"_s);
    EXPECT_EQ(lines.first().after.value(u"auditLinesInDamagedCache"_s).toInt(), -1);
    EXPECT_TRUE((*opened)->verifyAuditChain()->ok());
    EXPECT_TRUE((*opened)->outboxEntries()->isEmpty());
}
