#include "platform/PlatformState.h"

#include "SandboxTestClient.h"
#include "platform/DemoSeeder.h"
#include "platform/DmsActivity.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>

namespace paydesk::sandbox::test {

namespace {

using Code = PaymentStatus::Code;

InitiateRequest request(const StoreInfo& store)
{
    InitiateRequest r;
    r.enterpriseId = store.enterpriseId;
    r.storeId = store.storeId;
    r.customer = Customer{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"),
                          QStringLiteral("+447700900001")};
    r.channels = Channel::Email;
    r.reference = PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-1"));
    r.amount = Money::fromMinor(1000, QStringLiteral("GBP")).value();
    return r;
}

class State : public ::testing::Test
{
protected:
    void SetUp() override
    {
        state.setNotifyDelayMs(60000);
        DemoSeeder::seed(state, 0, 1);
        store = state.stores().at(0);
    }

    ManualClock clock{QDateTime::currentDateTimeUtc()};
    PlatformState state{clock};
    StoreInfo store;
};

} // namespace

TEST_F(State, EveryChangeTakesTheNextSequenceAndIsSignalled)
{
    QSignalSpy spy(&state, &PlatformState::paymentChanged);
    auto p = state.initiate(request(store));
    ASSERT_TRUE(p.ok());
    const QString id = p->paymentId;
    StatusUpdate viewed;
    viewed.status = PaymentStatus(Code::Viewed);
    viewed.actor = StatusChange::Actor::Customer;
    ASSERT_TRUE(state.applyStatusUpdate(store.enterpriseId, store.storeId, id, viewed).ok());
    StatusUpdate paid;
    paid.status = PaymentStatus(Code::Paid);
    paid.amountPaid = p->amount;
    paid.transactionReference = QStringLiteral("T1");
    paid.cardBrand = QStringLiteral("VISA");
    paid.cardLast4 = QStringLiteral("0004");
    ASSERT_TRUE(state.applyStatusUpdate(store.enterpriseId, store.storeId, id, paid).ok());
    ASSERT_TRUE(state.markReconciled(store.enterpriseId, store.storeId, id).ok());
    EXPECT_FALSE(state.markReconciled(store.enterpriseId, store.storeId, id).ok()) << "only once";
    ASSERT_TRUE(state.markFundsCleared(store.enterpriseId, store.storeId, id).ok());

    ASSERT_EQ(spy.size(), 5);
    const QList<ChangeEvent::Kind> kinds{ChangeEvent::Kind::Initiated, ChangeEvent::Kind::StatusUpdated,
                                         ChangeEvent::Kind::StatusUpdated, ChangeEvent::Kind::Reconciled,
                                         ChangeEvent::Kind::FundsCleared};
    for (int i = 0; i < 5; ++i) {
        const ChangeEvent e = spy.at(i).at(0).value<ChangeEvent>();
        EXPECT_EQ(e.kind, kinds.at(i));
        EXPECT_EQ(e.payment.sequence, i + 1);
        EXPECT_EQ(e.payment.version, i + 1);
    }
    const Payment final = *state.payment(store.enterpriseId, store.storeId, id);
    EXPECT_TRUE(final.reconciled);
    EXPECT_TRUE(final.fundsCleared);
    EXPECT_EQ(final.release(), Payment::Release::SafeToRelease);
    EXPECT_EQ(state.latestSequence(store.enterpriseId, store.storeId), 5);
    EXPECT_EQ(spy.at(2).at(0).value<ChangeEvent>().previousStatus.code(), Code::Viewed);
}

TEST_F(State, PayTokensFindTheirPayment)
{
    state.setPayLinkBase(QStringLiteral("http://127.0.0.1:1"));
    auto p = state.initiate(request(store));
    ASSERT_TRUE(p.ok());
    const QString token = PlatformState::payTokenOf(*p);
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(p->payLink, QStringLiteral("http://127.0.0.1:1/pay/") + token);
    EXPECT_EQ(state.paymentByPayToken(token)->paymentId, p->paymentId);
    EXPECT_FALSE(state.paymentByPayToken(QStringLiteral("nope")).has_value());
    state.setPayLinkBase(QStringLiteral("http://127.0.0.1:2"));
    EXPECT_EQ(state.paymentById(p->paymentId)->payLink, QStringLiteral("http://127.0.0.1:2/pay/") + token);
}

TEST_F(State, NestedChangesFromListenersKeepSequenceOrderForEveryone)
{
    // A reconciler that reacts synchronously to PAID must not make later listeners see
    // the reconciliation before the payment.
    QObject context;
    QObject::connect(&state, &PlatformState::paymentChanged, &context, [this](const ChangeEvent& e) {
        if (e.kind == ChangeEvent::Kind::StatusUpdated && e.payment.status.code() == Code::Paid) {
            EXPECT_TRUE(
                state.markReconciled(e.payment.enterpriseId, e.payment.storeId, e.payment.paymentId).ok());
        }
    });
    QList<qint64> seen;
    QObject::connect(&state, &PlatformState::paymentChanged, &context,
                     [&seen](const ChangeEvent& e) { seen << e.payment.sequence; });
    auto p = state.initiate(request(store));
    StatusUpdate paid;
    paid.status = PaymentStatus(Code::Paid);
    paid.amountPaid = p->amount;
    paid.transactionReference = QStringLiteral("T1");
    ASSERT_TRUE(state.applyStatusUpdate(store.enterpriseId, store.storeId, p->paymentId, paid).ok());
    EXPECT_EQ(seen, (QList<qint64>{1, 2, 3}));
    EXPECT_TRUE(state.paymentById(p->paymentId)->reconciled);
}

TEST_F(State, OpenRequestsExpireWhenTheirLinkRunsOut)
{
    InitiateRequest r = request(store);
    r.expiresAt = clock.now().addSecs(60);
    auto p = state.initiate(r);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(state.sweepExpired(), 0);
    clock.advanceMs(61000);
    QSignalSpy spy(&state, &PlatformState::paymentChanged);
    EXPECT_EQ(state.sweepExpired(), 1);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<ChangeEvent>().kind, ChangeEvent::Kind::Expired);
    EXPECT_EQ(state.paymentById(p->paymentId)->status.code(), Code::Expired);
}

TEST(DemoSeeding, RealisticSpreadInEveryStatus)
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    PlatformState state(clock);
    DemoSeeder::seed(state, 5000, 42);
    EXPECT_EQ(state.paymentCount(), 5000);
    ASSERT_GE(state.stores().size(), 3);
    QSet<QString> statuses;
    QSet<QString> currencies;
    QSet<QString> tokens;
    QSet<QString> enterprises;
    int atTheSeedingInstant = 0;
    for (const StoreInfo& s : state.stores()) {
        enterprises.insert(s.enterpriseId);
        const FeedPage all = state.feed(s.enterpriseId, s.storeId, PaymentQuery{0, 100000});
        ASSERT_EQ(all.payments.size(), state.paymentCount(s.enterpriseId, s.storeId));
        qint64 expected = 1;
        for (const Payment& p : all.payments) {
            EXPECT_EQ(p.sequence, expected++) << "sequences are contiguous from 1";
            statuses.insert(p.status.toString());
            currencies.insert(p.amount.currency());
            tokens.insert(PlatformState::payTokenOf(p));
            EXPECT_GE(p.createdAt, clock.now().addDays(-91));
            EXPECT_LE(p.updatedAt, clock.now());
            atTheSeedingInstant += p.updatedAt == clock.now() ? 1 : 0;
            for (qsizetype i = 1; i < p.history.size(); ++i)
                EXPECT_LE(p.history.at(i - 1).at, p.history.at(i).at);
            EXPECT_TRUE(p.amount.isPositive());
            EXPECT_FALSE(p.customer.name.isEmpty());
            ASSERT_FALSE(p.history.isEmpty());
            EXPECT_EQ(p.history.last().status, p.status);
            if (p.status.code() == Code::Paid) {
                EXPECT_EQ(p.cardLast4.size(), 4);
                EXPECT_TRUE(p.amountPaid.isValid());
            }
        }
    }
    EXPECT_GE(enterprises.size(), 2);
    // Young payments' later steps fall between their creation and now, not all at the seeding
    // instant (where they would sit as one block at the top of a dashboard sorted by last change).
    EXPECT_LT(atTheSeedingInstant, 5);
    for (Code c :
         {Code::Initiated, Code::Notified, Code::Viewed, Code::InProgress, Code::Authorised, Code::Paid,
          Code::Failed, Code::Cancelled, Code::Expired, Code::PartiallyRefunded, Code::Refunded})
        EXPECT_TRUE(statuses.contains(PaymentStatus::wireName(c)))
            << PaymentStatus::wireName(c).toStdString();
    EXPECT_TRUE(currencies.contains(QStringLiteral("GBP")));
    EXPECT_TRUE(currencies.contains(QStringLiteral("EUR")));
    EXPECT_EQ(tokens.size(), 5000) << "every pay link is unique";
}

TEST_F(State, DmsActivityRaisesAndTouchesRequests)
{
    DmsActivity activity(state, 1000, 3);
    QSignalSpy spy(&state, &PlatformState::paymentChanged);
    for (int i = 0; i < 40; ++i)
        activity.tick();
    EXPECT_GE(spy.size(), 40);
    QSet<ChangeEvent::Kind> kinds;
    for (const auto& args : spy)
        kinds.insert(args.at(0).value<ChangeEvent>().kind);
    EXPECT_TRUE(kinds.contains(ChangeEvent::Kind::Initiated));
    EXPECT_GE(state.paymentCount(), 25);
    EXPECT_EQ(SandboxOptions::fromArguments({QStringLiteral("x")})->dmsActivityMs, 6000)
        << "demo scenario by default";
    EXPECT_EQ(SandboxOptions::fromArguments(
                  {QStringLiteral("x"), QStringLiteral("--scenario"), QStringLiteral("pay")})
                  ->dmsActivityMs,
              0);
    EXPECT_EQ(SandboxOptions::fromArguments(
                  {QStringLiteral("x"), QStringLiteral("--activity"), QStringLiteral("250")})
                  ->dmsActivityMs,
              250);
}

TEST(DemoSeeding, SameSeedSameData)
{
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    PlatformState a(clock);
    PlatformState b(clock);
    DemoSeeder::seed(a, 200, 9);
    DemoSeeder::seed(b, 200, 9);
    const StoreInfo s = a.stores().at(0);
    const auto pa = a.feed(s.enterpriseId, s.storeId, PaymentQuery{0, 1000}).payments;
    const auto pb = b.feed(s.enterpriseId, s.storeId, PaymentQuery{0, 1000}).payments;
    ASSERT_EQ(pa.size(), pb.size());
    for (qsizetype i = 0; i < pa.size(); ++i) {
        EXPECT_EQ(pa.at(i).paymentId, pb.at(i).paymentId);
        EXPECT_EQ(pa.at(i).amount, pb.at(i).amount);
    }
}

TEST(DemoSeeding, HundredThousandPaymentsSeedAndADeepPageIsWhole)
{
    // How fast seeding and deep pages are is measured by paydesk_sync_bench (BM_SandboxSeed,
    // BM_SandboxFeedPageDeepVsFirst); this proves they work at the demo's largest size.
    SandboxOptions options;
    options.scenario = QStringLiteral("off");
    options.seedCount = 100000;
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok());
    EXPECT_EQ(sandbox.state().paymentCount(), 100000);
    SandboxTestClient client(sandbox);
    const QString dealer = client.dealerToken();
    const Reply deep =
        client.get(client.storePrefix() + QStringLiteral("/payments?sinceSequence=39000&limit=1000"), dealer);
    ASSERT_EQ(deep.status, 200);
    const QJsonArray payments = deep.json().value(QLatin1StringView("payments")).toArray();
    ASSERT_EQ(payments.size(), 1000);
    // The page starts right after the asked sequence and runs on without a gap.
    for (qsizetype i = 0; i < payments.size(); ++i)
        EXPECT_EQ(payments.at(i).toObject().value(QLatin1StringView("sequence")).toInteger(), 39001 + i);
}

TEST(SandboxPersistence, StateAndKeysSurviveARestart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SandboxOptions options;
    options.scenario = QStringLiteral("off");
    options.seedCount = 100;
    options.dataPath = dir.filePath(QStringLiteral("sandbox.sqlite"));
    const QString key = newKey();
    QString paymentId;
    qint64 sequence = 0;
    {
        Sandbox sandbox(options);
        ASSERT_TRUE(sandbox.start().ok());
        SandboxTestClient client(sandbox);
        const QString dealer = client.dealerToken();
        const Reply r = client.postJson(client.storePrefix() + QStringLiteral("/payments"),
                                        SandboxTestClient::initiateBody(), dealer, key);
        ASSERT_EQ(r.status, 201);
        paymentId = r.json().value(QLatin1StringView("paymentId")).toString();
        sequence = r.json().value(QLatin1StringView("sequence")).toInteger();
        EXPECT_EQ(sandbox.state().paymentCount(), 101);
        // It holds partners' secrets and customers' details: owner-only, its WAL too.
        for (const QString& file : {options.dataPath, options.dataPath + QStringLiteral("-wal")}) {
            const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
            if (QFile::exists(file)) {
                EXPECT_FALSE(QFile::permissions(file) & others) << qPrintable(file);
            }
        }
    }
    {
        options.seedCount = 5000; // ignored: the file already has data
        Sandbox sandbox(options);
        ASSERT_TRUE(sandbox.start().ok());
        EXPECT_EQ(sandbox.state().paymentCount(), 101);
        const auto p = sandbox.state().paymentById(paymentId);
        ASSERT_TRUE(p.has_value());
        EXPECT_TRUE(p->payLink.startsWith(sandbox.baseUrl().toString())) << "pay links follow the new port";
        EXPECT_FALSE(p->history.isEmpty());
        SandboxTestClient client(sandbox);
        const QString dealer = client.dealerToken();
        const Reply replay = client.postJson(client.storePrefix() + QStringLiteral("/payments"),
                                             SandboxTestClient::initiateBody(), dealer, key);
        EXPECT_EQ(replay.status, 201);
        EXPECT_EQ(replay.header("Idempotent-Replayed"), QByteArray("true"));
        EXPECT_EQ(replay.json().value(QLatin1StringView("paymentId")).toString(), paymentId);
        const QJsonObject next = client.initiate(dealer);
        EXPECT_GT(next.value(QLatin1StringView("sequence")).toInteger(), sequence)
            << "the sequence continues";
    }
}

} // namespace paydesk::sandbox::test
