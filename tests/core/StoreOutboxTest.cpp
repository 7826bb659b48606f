// PaymentStore: the outbox of dealer actions and the append-only audit log.
#include "QtPrinters.h"
#include "StoreTestSupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

class StoreOutbox : public StoreFixture
{
protected:
    OutboxEntry entry(const QString& key, OutboxEntry::Kind kind = OutboxEntry::Kind::Initiate)
    {
        OutboxEntry e;
        e.idempotencyKey = key;
        e.kind = kind;
        e.enterpriseId = u"E1"_s;
        e.storeId = u"S1"_s;
        e.paymentId = kind == OutboxEntry::Kind::Initiate ? QString() : u"pay_1"_s;
        e.payload =
            QJsonObject{{u"description"_s, u"Service"_s}, {u"amount"_s, QJsonObject{{u"value"_s, 249.99}}}};
        return e;
    }
    AuditEntry audit(const QString& action)
    {
        AuditEntry a;
        a.who = u"alice"_s;
        a.action = action;
        a.enterpriseId = u"E1"_s;
        a.storeId = u"S1"_s;
        a.after = QJsonObject{{u"status"_s, u"queued"_s}};
        return a;
    }
    bool rawExec(const QString& sql, QString* error)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(m_path);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            ok = q.exec(sql);
            *error = q.lastError().text();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return ok;
    }
};

} // namespace

TEST_F(StoreOutbox, EnqueuesTheActionAndItsAuditLineTogether)
{
    QSignalSpy changed(&store(), &PaymentStore::outboxChanged);
    auto id = store().enqueueAction(entry(u"key-1"_s), audit(u"initiate"_s));
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    EXPECT_GT(*id, 0);
    EXPECT_EQ(changed.count(), 1);

    auto stored = store().outboxEntry(*id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const OutboxEntry& e = **stored;
    EXPECT_EQ(e.idempotencyKey, u"key-1"_s);
    EXPECT_EQ(e.kind, OutboxEntry::Kind::Initiate);
    EXPECT_EQ(e.state, OutboxEntry::State::Queued);
    EXPECT_EQ(e.attempts, 0);
    EXPECT_EQ(e.payload, entry(u"key-1"_s).payload);
    EXPECT_TRUE(e.createdAt.isValid());

    auto lines = store().auditEntries();
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    EXPECT_EQ(lines->at(0).who, u"alice"_s);
    EXPECT_EQ(lines->at(0).action, u"initiate"_s);
    EXPECT_EQ(lines->at(0).after, audit(u"x"_s).after);
    EXPECT_TRUE(lines->at(0).at.isValid());

    // The same key again is refused, and its audit line is not written either.
    auto duplicate = store().enqueueAction(entry(u"key-1"_s), audit(u"initiate"_s));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, StoreError::Kind::InvalidArgument);
    EXPECT_EQ(store().auditEntries()->size(), 1);
    EXPECT_EQ(*store().queuedActionCount(), 1);

    auto noKey = store().enqueueAction(entry(u" "_s), audit(u"initiate"_s));
    ASSERT_FALSE(noKey.ok());
    EXPECT_EQ(noKey.error().kind, StoreError::Kind::InvalidArgument);
}

TEST_F(StoreOutbox, WalksThroughItsStates)
{
    const QDateTime now = at(21, 10);
    const qint64 a = *store().enqueueAction(entry(u"a"_s), audit(u"initiate"_s));
    const qint64 b = *store().enqueueAction(entry(u"b"_s, OutboxEntry::Kind::Cancel), audit(u"cancel"_s));
    OutboxEntry later = entry(u"c"_s, OutboxEntry::Kind::Resend);
    later.nextAttemptAt = now.addSecs(60);
    const qint64 c = *store().enqueueAction(later, audit(u"resend"_s));

    auto due = store().dueOutbox(now);
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 2);
    EXPECT_EQ(due->at(0).id, a);
    EXPECT_EQ(due->at(1).id, b);
    EXPECT_EQ(store().dueOutbox(now.addSecs(60))->size(), 3);
    EXPECT_EQ(*store().queuedActionCount(), 3);

    // a: sent, and the platform's payment id is recorded.
    ASSERT_TRUE(store().markOutboxSending(a, now).ok());
    EXPECT_FALSE(store().markOutboxSending(a, now).ok()); // not queued any more
    ASSERT_TRUE(store().markOutboxSent(a, now, u"pay_new"_s).ok());
    EXPECT_EQ((*store().outboxEntry(a))->state, OutboxEntry::State::Sent);
    EXPECT_EQ((*store().outboxEntry(a))->paymentId, u"pay_new"_s);
    EXPECT_EQ((*store().outboxEntry(a))->attempts, 1);

    // b: a transient failure, retried later with the same key, then a permanent one.
    ASSERT_TRUE(store().markOutboxSending(b, now).ok());
    ASSERT_TRUE(store().markOutboxRetryLater(b, now.addSecs(5), u"Server error (503)"_s).ok());
    EXPECT_EQ(store().dueOutbox(now)->size(), 0);
    ASSERT_EQ(store().dueOutbox(now.addSecs(5))->size(), 1);
    const OutboxEntry retried = **store().outboxEntry(b);
    EXPECT_EQ(retried.state, OutboxEntry::State::Queued);
    EXPECT_EQ(retried.lastError, u"Server error (503)"_s);
    EXPECT_EQ(retried.idempotencyKey, u"b"_s);
    ASSERT_TRUE(store().markOutboxSending(b, now.addSecs(5)).ok());
    ASSERT_TRUE(store().markOutboxFailed(b, now.addSecs(6), u"Rejected (422)"_s).ok());
    EXPECT_EQ((*store().outboxEntry(b))->attempts, 2);
    EXPECT_EQ((*store().outboxEntry(b))->state, OutboxEntry::State::Failed);

    EXPECT_EQ(*store().queuedActionCount(), 1); // only c
    EXPECT_EQ(store().outboxEntries({OutboxEntry::State::Failed, OutboxEntry::State::Sent})->size(), 2);
    EXPECT_EQ(store().outboxEntries()->size(), 3);
    EXPECT_EQ(store().outboxEntries({OutboxEntry::State::Queued})->at(0).id, c);

    auto unknown = store().markOutboxSent(999, now);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, StoreError::Kind::NotFound);
    EXPECT_FALSE(store().outboxEntry(999)->has_value());
}

TEST_F(StoreOutbox, SurvivesAReopen)
{
    const qint64 id = *store().enqueueAction(entry(u"durable"_s), audit(u"initiate"_s));
    reopen();
    auto e = store().outboxEntry(id);
    ASSERT_TRUE(e.ok() && e->has_value());
    EXPECT_EQ((*e)->idempotencyKey, u"durable"_s);
    EXPECT_EQ((*e)->payload, entry(u"durable"_s).payload);
}

TEST_F(StoreOutbox, EveryEntryNamesItsProviderAndOlderOnesAreKeyloops)
{
    OutboxEntry invoice = entry(u"pa-invoice"_s, OutboxEntry::Kind::UploadInvoice);
    invoice.provider = u"paymentassist"_s;
    const qint64 pa = *store().enqueueAction(invoice, audit(u"paymentassist:upload-invoice"_s));
    const qint64 keyloop = *store().enqueueAction(entry(u"kl"_s), audit(u"initiate"_s));
    // A row written before entries named their provider (schema 3) carries the column's default.
    QString error;
    ASSERT_TRUE(
        rawExec(u"INSERT INTO outbox (idempotency_key, kind, enterprise_id, store_id, payment_id, "
                "payload, state, created_at, updated_at) VALUES ('old', 'cancel', 'E1', 'S1', 'pay_1', "
                "'{}', 'queued', 0, 0)"_s,
                &error))
        << error.toStdString();
    reopen();
    EXPECT_EQ((*store().outboxEntry(pa))->provider, u"paymentassist"_s);
    EXPECT_EQ((*store().outboxEntry(pa))->kind, OutboxEntry::Kind::UploadInvoice);
    EXPECT_EQ((*store().outboxEntry(keyloop))->provider, u"keyloop"_s);
    bool sawOld = false;
    // A named result: `*store().outboxEntries()` in the loop header would refer into a
    // temporary that dies before the loop runs (AddressSanitizer: stack-use-after-scope).
    const auto entries = store().outboxEntries();
    ASSERT_TRUE(entries.ok());
    for (const OutboxEntry& e : *entries) {
        if (e.idempotencyKey == u"old"_s) {
            sawOld = true;
            EXPECT_EQ(e.provider, u"keyloop"_s);
        }
    }
    EXPECT_TRUE(sawOld);
    for (OutboxEntry::Kind kind :
         {OutboxEntry::Kind::Initiate, OutboxEntry::Kind::Cancel, OutboxEntry::Kind::Resend,
          OutboxEntry::Kind::AmendAmount, OutboxEntry::Kind::UploadInvoice, OutboxEntry::Kind::Capture}) {
        EXPECT_EQ(OutboxEntry::kindFromString(OutboxEntry::kindToString(kind)), kind);
        EXPECT_TRUE(OutboxEntry::isKnownKind(OutboxEntry::kindToString(kind)));
    }
}

TEST_F(StoreOutbox, AuditLogIsAppendOnly)
{
    for (int i = 0; i < 3; ++i) {
        AuditEntry a = audit(u"export"_s);
        a.at = at(21, 9, i);
        a.before = QJsonObject{{u"n"_s, i}};
        ASSERT_TRUE(store().appendAudit(a).ok());
    }
    auto lines = store().auditEntries(2);
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 2);
    EXPECT_EQ(lines->at(0).before.value(u"n"_s).toInt(), 2); // newest first
    EXPECT_EQ(lines->at(0).at, at(21, 9, 2));

    QString error;
    EXPECT_FALSE(rawExec(u"UPDATE audit_log SET who = 'mallory'"_s, &error));
    EXPECT_TRUE(error.contains(u"append-only"_s)) << error.toStdString();
    EXPECT_FALSE(rawExec(u"DELETE FROM audit_log"_s, &error));
    EXPECT_TRUE(error.contains(u"append-only"_s)) << error.toStdString();
    EXPECT_EQ(store().auditEntries()->size(), 3);
    EXPECT_EQ(store().auditEntries()->at(2).who, u"alice"_s);
}

TEST_F(StoreOutbox, AFailedMarkOfFailedPutsTheActionBackToQueuedInsteadOfLeavingItSending)
{
    const QDateTime now = at(21, 10);
    const qint64 id = *store().enqueueAction(entry(u"k"_s, OutboxEntry::Kind::Cancel), audit(u"cancel"_s));
    ASSERT_TRUE(store().markOutboxSending(id, now).ok());
    // The platform refused the action for good, but recording that fails.
    QString error;
    ASSERT_TRUE(rawExec(u"CREATE TRIGGER inject BEFORE UPDATE OF state ON outbox WHEN new.state = 'failed' "
                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s,
                        &error))
        << error.toStdString();
    QSignalSpy changed(&store(), &PaymentStore::outboxChanged);

    auto marked = store().markOutboxFailed(id, now, u"Rejected (422)"_s);
    ASSERT_FALSE(marked.ok());
    const OutboxEntry e = **store().outboxEntry(id);
    EXPECT_EQ(e.state, OutboxEntry::State::Queued);
    EXPECT_EQ(e.lastError, u"Rejected (422)"_s);
    EXPECT_EQ(e.nextAttemptAt, now.addMSecs(PaymentStore::RequeueAfterFailedMarkMs));
    EXPECT_EQ(e.idempotencyKey, u"k"_s);
    EXPECT_EQ(changed.count(), 1);
    // Due again later (not at once: a replay brings the same refusal), with the same key.
    EXPECT_TRUE(store().dueOutbox(now)->isEmpty());
    ASSERT_EQ(store().dueOutbox(now.addMSecs(PaymentStore::RequeueAfterFailedMarkMs))->size(), 1);

    // The replay is refused again; once the mark can be written, the action ends Failed.
    ASSERT_TRUE(rawExec(u"DROP TRIGGER inject"_s, &error)) << error.toStdString();
    ASSERT_TRUE(store().markOutboxSending(id, now.addSecs(60)).ok());
    ASSERT_TRUE(store().markOutboxFailed(id, now.addSecs(61), u"Rejected (422)"_s).ok());
    EXPECT_EQ((*store().outboxEntry(id))->state, OutboxEntry::State::Failed);
    EXPECT_EQ((*store().outboxEntry(id))->attempts, 2);
}

TEST_F(StoreOutbox, AnEndOfSendThatCannotBeWrittenAtAllIsWrittenWithTheNextOutboxCall)
{
    const QDateTime now = at(21, 10);
    const qint64 failing =
        *store().enqueueAction(entry(u"a"_s, OutboxEntry::Kind::Cancel), audit(u"cancel"_s));
    const qint64 sent = *store().enqueueAction(entry(u"b"_s, OutboxEntry::Kind::Resend), audit(u"resend"_s));
    ASSERT_TRUE(store().markOutboxSending(failing, now).ok());
    ASSERT_TRUE(store().markOutboxSending(sent, now).ok());
    // No change to the outbox can be written (as with a full disk or a lock held too long).
    QString error;
    ASSERT_TRUE(
        rawExec(u"CREATE TRIGGER inject BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'injected'); "
                "END"_s,
                &error))
        << error.toStdString();
    EXPECT_FALSE(store().markOutboxFailed(failing, now, u"Rejected (422)"_s).ok());
    EXPECT_FALSE(store().markOutboxSent(sent, now, u"pay_2"_s).ok());
    EXPECT_EQ((*store().outboxEntry(failing))->state, OutboxEntry::State::Sending);
    // Still failing: kept, not lost.
    EXPECT_TRUE(store().dueOutbox(now)->isEmpty());

    ASSERT_TRUE(rawExec(u"DROP TRIGGER inject"_s, &error)) << error.toStdString();
    QSignalSpy changed(&store(), &PaymentStore::outboxChanged);
    // The sender's next look at the outbox writes what it could not write before.
    EXPECT_TRUE(store().dueOutbox(now)->isEmpty());
    EXPECT_EQ((*store().outboxEntry(failing))->state, OutboxEntry::State::Failed);
    EXPECT_EQ((*store().outboxEntry(failing))->lastError, u"Rejected (422)"_s);
    EXPECT_EQ((*store().outboxEntry(sent))->state, OutboxEntry::State::Sent);
    EXPECT_EQ((*store().outboxEntry(sent))->paymentId, u"pay_2"_s);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(*store().queuedActionCount(), 0);
}
