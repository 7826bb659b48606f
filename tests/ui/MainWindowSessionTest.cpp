// The window observes a SyncSession: its combined state, its outbox's queued count, its stores.
// Switching the profile (another session, another saved-views group) and removing it (no
// session) rewire the window; nothing of the old session reaches it afterwards.
#include "MainWindow.h"
#include "QtPrinters.h"
#include "UiTestData.h"
#include "models/PaymentTableModel.h"
#include "models/SavedViews.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/Outbox.h"
#include "sync/PaymentSource.h"
#include "sync/SyncSession.h"
#include "util/Clock.h"
#include "widgets/ConnectionIndicator.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiStrip.h"
#include "widgets/KpiTile.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::ui::KpiStrip;
using paydesk::ui::MainWindow;

namespace paydesk::uitest {

namespace {

using Kind = ConnectionState::Kind;

/// Stands in for a store's sync: its state is whatever the test sets.
class FakeSource final : public PaymentSource
{
public:
    void start() override {}
    void stop() override {}
    ConnectionState state() const override { return m_state; }
    bool isFullSyncDone() const override { return true; }

    void set(Kind kind, const QString& error = {})
    {
        m_state.kind = kind;
        m_state.errorMessage = error;
        Q_EMIT stateChanged(m_state);
    }

private:
    ConnectionState m_state;
};

class MainWindowSessionTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// A session for `profile` over the shared cache file; opened (nothing is sent before
    /// start(), and the tests never start it), with one fake source to drive its state (its
    /// Keyloop engines stay Stopped, so the fake's state shows whenever it is worse).
    std::unique_ptr<SyncSession> makeSession(const QString& profile, const QStringList& stores,
                                             FakeSource** source)
    {
        SyncSession::Config config;
        config.profile.name = profile;
        config.profile.baseUrl = QUrl(u"https://platform.invalid"_s);
        config.profile.enterpriseId = u"E1"_s;
        config.profile.storeIds = stores;
        config.profile.clientId = u"client"_s;
        config.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        config.user = profile + u"-user"_s;
        auto session = std::make_unique<SyncSession>(config, m_secrets);
        auto opened = session->open();
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        auto fake = std::make_unique<FakeSource>();
        *source = fake.get();
        session->addSource(std::move(fake));
        return session;
    }

    static InitiateRequest request(const QString& storeId, const QString& reference)
    {
        InitiateRequest r;
        r.enterpriseId = u"E1"_s;
        r.storeId = storeId;
        r.customer = Customer{u"Ada Lovelace"_s, u"ada@example.com"_s, {}};
        r.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, reference);
        r.amount = Money::fromMinor(4200, u"GBP"_s).value();
        return r;
    }

    static QString queuedTile(MainWindow& w)
    {
        return w.kpiStrip()->tile(KpiStrip::Kpi::QueuedActions)->value();
    }

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC)};
};

} // namespace

TEST_F(MainWindowSessionTest, FollowsTheCombinedStateAndTheOutboxCount)
{
    FakeSource* source = nullptr;
    auto session = makeSession(u"north"_s, {u"N1"_s, u"N2"_s}, &source);
    MainWindow w(session->store(), m_clock);
    EXPECT_FALSE(w.initiateAction()->isEnabled()) << "no session, no way out";
    w.setSession(session.get());
    EXPECT_EQ(w.session(), session.get());
    EXPECT_TRUE(w.initiateAction()->isEnabled());

    source->set(Kind::Live);
    // Worst of the stopped Keyloop stores and the live source: the session's own figure.
    EXPECT_EQ(w.connectionIndicator()->state(), session->state());
    source->set(Kind::Offline, u"no route to the platform"_s);
    EXPECT_EQ(w.connectionIndicator()->state().kind, Kind::Offline);
    EXPECT_TRUE(w.connectionIndicator()->toolTip().contains(u"no route to the platform"_s));

    // The queued count is the outbox's, by its signal: the KPI tile and the indicator follow
    // at once, without a summary refresh.
    EXPECT_EQ(queuedTile(w), u"0"_s);
    // The session's worker writes the action; its count comes back queued.
    InitiateRequest ro1 = request(u"N1"_s, u"RO-1"_s);
    ASSERT_TRUE(session->submit(ro1).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.connectionIndicator()->queuedActions() == 1; }, 5000));
    EXPECT_EQ(queuedTile(w), u"1"_s);
    EXPECT_TRUE(w.connectionIndicator()->text().endsWith(u"1 action queued"_s))
        << w.connectionIndicator()->text().toStdString();
}

TEST_F(MainWindowSessionTest, SwitchingTheProfileRewiresTheWindowToTheNewSession)
{
    FakeSource* northSource = nullptr;
    FakeSource* southSource = nullptr;
    auto north = makeSession(u"north"_s, {u"N1"_s, u"N2"_s}, &northSource);
    auto south = makeSession(u"south"_s, {u"S1"_s}, &southSource);
    ASSERT_TRUE(fill(*north->store(), 60, m_clock.now()));
    MainWindow w(north->store(), m_clock);
    w.setProfileName(u"north"_s);
    w.setSession(north.get());
    northSource->set(Kind::Live);
    w.filterBar()->saveView(u"North open"_s);
    ASSERT_TRUE(w.savedViews()->contains(u"North open"_s));

    // The app switches: the other profile's name (saved views) and session.
    w.setProfileName(u"south"_s);
    w.setSession(south.get());
    EXPECT_EQ(w.session(), south.get());
    EXPECT_FALSE(w.savedViews()->contains(u"North open"_s)) << "saved views are per profile";
    EXPECT_EQ(w.filterBar()->savedViewsCombo()->findText(u"North open"_s), -1);
    EXPECT_EQ(w.connectionIndicator()->state(), south->state());

    // Only the new session reaches the window.
    northSource->set(Kind::SignInFailed, u"north refused"_s);
    EXPECT_NE(w.connectionIndicator()->state().kind, Kind::SignInFailed);
    southSource->set(Kind::Polling);
    EXPECT_EQ(w.connectionIndicator()->state().kind, Kind::Polling);
    InitiateRequest ro2 = request(u"N1"_s, u"RO-2"_s);
    QSignalSpy northCounts(north.get(), &SyncSession::queuedCountChanged);
    ASSERT_TRUE(north->submit(ro2).ok());
    // The north session announced its count (queued to this thread); the window did not listen.
    ASSERT_TRUE(northCounts.wait(5000) || !northCounts.isEmpty());
    EXPECT_EQ(w.connectionIndicator()->queuedActions(), 0) << "the north outbox is not this window's";
    InitiateRequest ro3 = request(u"S1"_s, u"RO-3"_s);
    ASSERT_TRUE(south->submit(ro3).ok());
    // Both profiles share the cache file here, so the south outbox counts both entries.
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.connectionIndicator()->queuedActions() == 2; }, 5000));
    EXPECT_EQ(w.connectionIndicator()->queuedActions(), south->outbox()->queuedCount());

    // The filter bar of the new profile drives the table.
    const int all = w.model()->rowCount();
    ui::PaymentFilter paid;
    paid.statuses = ui::PaymentFilter::paidStatuses();
    w.setFilter(paid);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.model()->isBusy(); }, 5000)); // the reader's answer
    EXPECT_LT(w.model()->rowCount(), all);
    EXPECT_GT(w.model()->rowCount(), 0);

    // And back: the first profile's views are there again.
    w.setProfileName(u"north"_s);
    w.setSession(north.get());
    EXPECT_TRUE(w.savedViews()->contains(u"North open"_s));
    EXPECT_GE(w.filterBar()->savedViewsCombo()->findText(u"North open"_s), 0);
    EXPECT_EQ(w.connectionIndicator()->state().kind, Kind::SignInFailed);
}

TEST_F(MainWindowSessionTest, RemovingTheProfileLeavesTheWindowConnectedToNothing)
{
    FakeSource* source = nullptr;
    auto session = makeSession(u"north"_s, {u"N1"_s}, &source);
    ASSERT_TRUE(fill(*session->store(), 30, m_clock.now()));
    MainWindow w(session->store(), m_clock);
    w.setSession(session.get());
    source->set(Kind::Live);
    InitiateRequest ro4 = request(u"N1"_s, u"RO-4"_s);
    ASSERT_TRUE(session->submit(ro4).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.connectionIndicator()->queuedActions() == 1; }, 5000));
    ASSERT_TRUE(w.selectPayment(u"pay-0000000"_s)); // INITIATED: cancel and resend allowed
    EXPECT_TRUE(w.cancelAction()->isEnabled());

    w.setSession(nullptr);
    EXPECT_EQ(w.session(), nullptr);
    EXPECT_FALSE(w.initiateAction()->isEnabled());
    EXPECT_FALSE(w.cancelAction()->isEnabled());
    EXPECT_FALSE(w.resendAction()->isEnabled());
    EXPECT_EQ(w.connectionIndicator()->state().kind, Kind::Stopped);
    EXPECT_EQ(w.connectionIndicator()->queuedActions(), 0);
    source->set(Kind::Offline);
    EXPECT_EQ(w.connectionIndicator()->state().kind, Kind::Stopped) << "the removed session is not heard";
    // The cache stays readable: the table still shows what was synced.
    EXPECT_EQ(w.model()->rowCount(), 30);

    // A session that goes away while observed leaves the window the same way.
    w.setSession(session.get());
    EXPECT_TRUE(w.initiateAction()->isEnabled());
    FakeSource* other = nullptr;
    auto second = makeSession(u"south"_s, {u"S1"_s}, &other);
    w.setSession(second.get());
    second.reset();
    EXPECT_EQ(w.session(), nullptr);
    EXPECT_FALSE(w.initiateAction()->isEnabled());
    EXPECT_EQ(w.connectionIndicator()->state().kind, Kind::Stopped);
}

TEST_F(MainWindowSessionTest, DamageFoundAtRunTimeIsShownToTheDealerAndStays)
{
    FakeSource* source = nullptr;
    auto session = makeSession(u"north"_s, {u"N1"_s}, &source);
    MainWindow w(session->store(), m_clock);
    w.setSession(session.get());
    ASSERT_NE(w.damageNotice(), nullptr);
    EXPECT_TRUE(w.damageNotice()->isHidden());

    // A writer thread meets the damage (the store marks the file for rebuild and says so once,
    // from that thread); the window hears it queued.
    std::unique_ptr<QThread> writer(
        QThread::create([store = session->store()] { store->requestRecoveryOnNextOpen(); }));
    writer->start();
    ASSERT_TRUE(writer->wait(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.damageNotice()->isHidden(); }, 5000));
    EXPECT_EQ(w.damageNotice()->text(), PaymentStore::damageMessage());
    EXPECT_EQ(w.damageNotice()->textFormat(), Qt::PlainText);
    // Persistent: a passing status message does not replace it.
    w.showStatusMessage(u"Settings saved"_s, 1);
    EXPECT_FALSE(w.damageNotice()->isHidden());

    // A window made after the damage was found (the signal came once, before it) shows it too.
    MainWindow late(session->store(), m_clock);
    EXPECT_FALSE(late.damageNotice()->isHidden());
    EXPECT_EQ(late.damageNotice()->text(), PaymentStore::damageMessage());
}

TEST_F(MainWindowSessionTest, IndexingIsShownWhileTheCacheBuildsItsIndexes)
{
    FakeSource* source = nullptr;
    auto session = makeSession(u"north"_s, {u"N1"_s}, &source);
    PaymentStore* store = session->store();
    MainWindow w(store, m_clock);
    w.setSession(session.get());
    ASSERT_NE(w.indexingNotice(), nullptr);
    EXPECT_TRUE(w.indexingNotice()->isHidden());

    // A first sync's bulk load, begun on a writer thread as the session's worker does: the
    // window hears it queued and says so...
    bool began = false;
    std::unique_ptr<QThread> writer(QThread::create([store, &began] {
        began = store->beginBulkLoad().valueOr(false);
        store->closeThreadConnection();
    }));
    writer->start();
    ASSERT_TRUE(writer->wait(5000));
    ASSERT_TRUE(began);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.indexingNotice()->isHidden(); }, 5000));
    EXPECT_EQ(w.indexingNotice()->text(), MainWindow::tr("Indexing…"));
    // ...until the store has built its indexes again (on its own thread).
    store->endBulkLoad();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.indexingNotice()->isHidden(); }, 30'000));
    EXPECT_FALSE(store->isIndexing());
}

} // namespace paydesk::uitest
