// PaymentStore's audit log as a hash chain: edits and deletions made with a plain SQLite
// connection (triggers dropped first, as an attacker would) are caught at the first broken
// link, and the recorded OS account ignores $USER. Real SQLite files.
#include "QtPrinters.h"
#include "StoreTestSupport.h"
#include "store/AuditChain.h"
#include "util/OsAccount.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#endif

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Problem = AuditChainCheck::Problem;

namespace {

class StoreAuditChain : public StoreFixture
{
protected:
    /// Appends `n` lines; returns their ids in order.
    QList<qint64> appendLines(int n)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            AuditEntry a;
            a.at = at(21, 9, i);
            a.who = u"alice"_s;
            a.action = u"export"_s;
            a.enterpriseId = u"E1"_s;
            a.storeId = u"S1"_s;
            a.after = QJsonObject{{u"rows"_s, i}};
            auto id = store().appendAudit(a);
            EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().detail.toStdString());
            ids << (id.ok() ? *id : 0);
        }
        return ids;
    }

    /// What someone with an SQLite shell on the file runs: statements on a connection of its own.
    void tamper(const QStringList& statements)
    {
        const QString name = u"attacker"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            ASSERT_TRUE(db.open());
            for (const QString& sql : statements) {
                QSqlQuery q(db);
                ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    AuditChainCheck verify()
    {
        auto check = store().verifyAuditChain();
        EXPECT_TRUE(check.ok()) << check.error().detail.toStdString();
        return check.ok() ? *check : AuditChainCheck{};
    }
};

/// The login name of the effective uid, looked up here independently of OsAccount.
QString expectedAccount()
{
#ifdef Q_OS_WIN
    return OsAccount::currentUserName();
#else
    const passwd* entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : u"uid:%1"_s.arg(geteuid());
#endif
}

} // namespace

TEST_F(StoreAuditChain, AnUntouchedLogVerifies)
{
    EXPECT_TRUE(verify().ok()); // empty
    appendLines(3);
    OutboxEntry e;
    e.idempotencyKey = u"k1"_s;
    e.kind = OutboxEntry::Kind::Cancel;
    ASSERT_TRUE(store().enqueueAction(e, AuditEntry{0, {}, u"alice"_s, u"cancel"_s}).ok());
    reopen();
    appendLines(2);

    const AuditChainCheck check = verify();
    EXPECT_TRUE(check.ok());
    EXPECT_EQ(check.rowsVerified, 6);
    const auto lines = *store().auditEntries();
    ASSERT_EQ(lines.size(), 6);
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(lines.at(i).sequence, 6 - i); // newest first
}

TEST_F(StoreAuditChain, AnEditedLineIsCaughtAtThatLine)
{
    const QList<qint64> ids = appendLines(5);
    tamper({u"DROP TRIGGER audit_log_no_update"_s,
            u"UPDATE audit_log SET who = 'mallory' WHERE id = %1"_s.arg(ids.at(2))});

    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::Edited);
    EXPECT_EQ(check.brokenSeq, 3);
    EXPECT_EQ(check.brokenId, ids.at(2));
    EXPECT_EQ(check.rowsVerified, 2);
}

TEST_F(StoreAuditChain, AnEditWithARecomputedHashIsCaughtAtTheNextLink)
{
    const QList<qint64> ids = appendLines(4);
    // The attacker knows the scheme and rehashes the edited line, but not the rest of the chain.
    const auto lines = *store().auditEntries();
    const AuditEntry& second = lines.at(2); // newest first: index 2 is seq 2
    ASSERT_EQ(second.sequence, 2);
    const QString firstHash = [&] {
        QString hash;
        const QString name = u"reader"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(u"SELECT hash FROM audit_log WHERE seq = 1"_s) && q.next());
            hash = q.value(0).toString();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return hash;
    }();
    const AuditChain::Row forged{2,
                                 second.at.toMSecsSinceEpoch(),
                                 u"mallory"_s,
                                 second.osAccount,
                                 second.action,
                                 second.enterpriseId,
                                 second.storeId,
                                 second.paymentId,
                                 QString(),
                                 u"{\"rows\":1}"_s};
    tamper({u"DROP TRIGGER audit_log_no_update"_s,
            u"UPDATE audit_log SET who = 'mallory', hash = '%1' WHERE id = %2"_s
                .arg(AuditChain::linkHash(firstHash, forged))
                .arg(ids.at(1))});

    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::Edited);
    EXPECT_EQ(check.brokenSeq, 3);
    EXPECT_EQ(check.brokenId, ids.at(2));
}

TEST_F(StoreAuditChain, ADeletedMiddleLineIsCaught)
{
    const QList<qint64> ids = appendLines(5);
    tamper({u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log WHERE id = %1"_s.arg(ids.at(2))});

    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::Missing);
    EXPECT_EQ(check.brokenSeq, 3);
    EXPECT_EQ(check.brokenId, ids.at(3)); // the line after the gap
}

TEST_F(StoreAuditChain, ADeletedMiddleLineIsCaughtEvenWhenTheRestIsRenumbered)
{
    const QList<qint64> ids = appendLines(4);
    tamper({u"DROP TRIGGER audit_log_no_delete"_s, u"DROP TRIGGER audit_log_no_update"_s,
            u"DELETE FROM audit_log WHERE id = %1"_s.arg(ids.at(1)),
            u"UPDATE audit_log SET seq = seq - 1 WHERE seq > 2"_s, u"DROP TRIGGER audit_head_forward_only"_s,
            u"UPDATE audit_head SET seq = seq - 1"_s});

    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::Edited);
    EXPECT_EQ(check.brokenSeq, 2);
    EXPECT_EQ(check.brokenId, ids.at(2));
}

TEST_F(StoreAuditChain, ADeletedTailIsCaught)
{
    appendLines(5);
    tamper({u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log WHERE seq > 3"_s});

    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::Missing);
    EXPECT_EQ(check.brokenSeq, 4);
    EXPECT_EQ(check.brokenId, 0);
    EXPECT_EQ(check.rowsVerified, 3);
}

TEST_F(StoreAuditChain, EmptyingTheLogIsCaught)
{
    // The reproduction from the security review.
    appendLines(3);
    tamper({u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log"_s});

    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::Missing);
    EXPECT_EQ(check.brokenSeq, 1);

    // Appending afterwards keeps the evidence: the new line follows the head, not the hole.
    appendLines(1);
    EXPECT_EQ(verify().problem, Problem::Missing);
}

TEST_F(StoreAuditChain, ADeletedHeadIsReportedAndNeverRecreated)
{
    appendLines(2);
    tamper({u"DROP TRIGGER audit_head_no_delete"_s, u"DELETE FROM audit_head"_s});
    EXPECT_EQ(verify().problem, Problem::HeadMismatch);

    // Dealer actions keep working, and the chain of lines itself stays sound.
    const QList<qint64> more = appendLines(1);
    EXPECT_GT(more.at(0), 0);
    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::HeadMismatch);
    EXPECT_EQ(check.rowsVerified, 3);
}

TEST_F(StoreAuditChain, ALineWrittenAroundTheStoreIsCaught)
{
    appendLines(2);
    tamper({u"INSERT INTO audit_log (at, who, action, enterprise_id, store_id, payment_id, before_json, "
            u"after_json) VALUES (1, 'mallory', 'cancel', 'E1', 'S1', 'p', '', '')"_s});

    const AuditChainCheck check = verify();
    EXPECT_EQ(check.problem, Problem::Unchained);
}

TEST_F(StoreAuditChain, ConcurrentWritersKeepOneChain)
{
    constexpr int PerThread = 40;
    auto writer = [this] {
        for (int i = 0; i < PerThread; ++i)
            EXPECT_TRUE(store().appendAudit(AuditEntry{0, {}, u"sync"_s, u"resend"_s}).ok());
        store().closeThreadConnection();
    };
    std::unique_ptr<QThread> a(QThread::create(writer));
    std::unique_ptr<QThread> b(QThread::create(writer));
    a->start();
    b->start();
    ASSERT_TRUE(a->wait(60'000));
    ASSERT_TRUE(b->wait(60'000));

    const AuditChainCheck check = verify();
    EXPECT_TRUE(check.ok());
    EXPECT_EQ(check.rowsVerified, 2 * PerThread);
}

TEST_F(StoreAuditChain, TheRecordedAccountIgnoresTheEnvironment)
{
    const QString expected = expectedAccount();
    ASSERT_FALSE(expected.isEmpty());
    const QString spoof = expected == u"bob" ? u"mallory"_s : u"bob"_s;
    const QByteArray savedUser = qgetenv("USER");
    const QByteArray savedLogname = qgetenv("LOGNAME");
    const QByteArray savedUsername = qgetenv("USERNAME");
    qputenv("USER", spoof.toUtf8());
    qputenv("LOGNAME", spoof.toUtf8());
    qputenv("USERNAME", spoof.toUtf8());
    const auto restore = qScopeGuard([&] {
        qputenv("USER", savedUser);
        qputenv("LOGNAME", savedLogname);
        qputenv("USERNAME", savedUsername);
    });

    EXPECT_EQ(OsAccount::currentUserName(), expected);
    appendLines(1);
    const auto lines = *store().auditEntries();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).osAccount, expected);
    EXPECT_NE(lines.at(0).osAccount, spoof);
    EXPECT_TRUE(verify().ok());
}
