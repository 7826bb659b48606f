// DemocranceProvider against the sandbox's emulation: "Send payment link for policy" through the
// durable outbox exactly once (also across a crash between send and answer, and when the answer
// is lost), invoiced and waived payments shown as such, the listing and payment-status polling
// on a ManualScheduler, "check status now", the tax invoice, and the session wiring.
#include "providers/democrance/DemocranceProvider.h"

#include "SandboxHarness.h"
#include "democrance/DemocranceState.h"
#include "faults/FaultInjector.h"
#include "providers/democrance/DemocranceClient.h"
#include "providers/democrance/DemocranceRules.h"
#include "secrets/BoundSecret.h"
#include "store/PaymentQuery.h"
#include "sync/SyncSession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;

namespace {

const QString kSite = u"S01"_s;

class DemocranceProviderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QUrl base()
    {
        QUrl url = h.sandbox().baseUrl();
        url.setPath(u"/democrance"_s);
        return url;
    }
    sandbox::DemocranceState& state() { return *h.sandbox().component<sandbox::DemocranceState>(); }
    QString dealer() { return h.sandbox().options().democranceUsername; }

    DemocranceProvider::Config config()
    {
        DemocranceProvider::Config c;
        c.profileName = u"dem-test"_s;
        c.enterpriseId = u"E1"_s;
        DemocranceSite site;
        site.siteId = kSite;
        site.name = u"Northgate"_s;
        site.baseUrl = base();
        site.username = dealer();
        c.sites = {site};
        c.transport.allowPlainHttpToLoopback = true;
        c.transport.jitter = [] { return 0.0; };
        return c;
    }

    std::unique_ptr<PaymentStore> openStore()
    {
        auto opened = PaymentStore::open(m_dir.filePath(u"dem-cache.sqlite"_s));
        EXPECT_TRUE(opened.ok());
        return opened ? std::move(opened).value() : nullptr;
    }
    std::unique_ptr<DemocranceProvider> makeProvider(PaymentStore& store, Scheduler& scheduler,
                                                     DemocranceProvider::Config c = {})
    {
        if (c.sites.isEmpty())
            c = config();
        return std::make_unique<DemocranceProvider>(
            c, store, scheduler,
            QHash<QString, QByteArray>{{kSite, h.sandbox().options().democrancePassword.toUtf8()}});
    }
    std::unique_ptr<Outbox> makeOutbox(PaymentStore& store, Scheduler& scheduler,
                                       DemocranceProvider& provider)
    {
        Outbox::Options o;
        o.user = u"tester"_s;
        o.retry = {50, 200, 0.0, 60000, 1 << 30};
        auto outbox = std::make_unique<Outbox>(store, scheduler, o);
        outbox->addSender(provider.id(), &provider);
        return outbox;
    }

    QString addPolicy(const QString& status, qint64 premium = 125000,
                      const QString& product = u"gap-insurance"_s)
    {
        sandbox::DemPolicy p;
        p.dealer = dealer();
        p.status = status;
        p.productSlug = product;
        p.productName = u"GAP Insurance"_s;
        p.premium = premium;
        p.currency = u"AED"_s;
        p.firstName = u"Layla"_s;
        p.lastName = u"Haddad"_s;
        p.email = u"layla@example.com"_s;
        p.make = u"Toyota"_s;
        p.model = u"Land Cruiser"_s;
        p.registration = u"D 12345"_s;
        return state().insertPolicy(p);
    }
    ProviderActionRequest sendLink(const QString& policyNumber, const QString& gateway = u"payfort-aed"_s)
    {
        ProviderActionRequest r;
        r.provider = ProviderId::democrance();
        r.action = ProviderAction::Initiate;
        r.enterpriseId = u"E1"_s;
        r.storeId = kSite;
        r.payload = QJsonObject{{u"policy_number"_s, policyNumber}, {u"gateway"_s, gateway}};
        return r;
    }
    int paymentsOf(const QString& policyNumber)
    {
        int n = 0;
        for (const auto& p : state().payments())
            n += p.policyNumber == policyNumber ? 1 : 0;
        return n;
    }
    QString tokenOf(const QString& policyNumber)
    {
        const sandbox::DemPolicy* p = state().policyOf(dealer(), policyNumber);
        return p ? p->lastPayment : QString();
    }
    static QString idOf(const QString& policyNumber)
    {
        return DemocranceRules::paymentIdFor(kSite, policyNumber);
    }
    Payment cached(PaymentStore& store, const QString& id)
    {
        auto p = store.payment(id);
        EXPECT_TRUE(p.ok() && p->has_value()) << id.toStdString();
        return p.ok() && p->has_value() ? **p : Payment{};
    }
    OutboxEntry::State stateOf(PaymentStore& store, qint64 id) { return (*store.outboxEntry(id))->state; }
    template<typename T>
    Result<T, ApiError> wait(std::optional<Result<T, ApiError>>& slot)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return slot.has_value(); }, 20000));
        return slot ? *slot : Result<T, ApiError>(fail(ApiError::cancelled()));
    }

    SandboxHarness h{SandboxHarness::defaultOptions(0)};
    QTemporaryDir m_dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler fast{clock, /*autoAdvance=*/true};
    QObject context;
};

} // namespace

TEST_F(DemocranceProviderTest, APaymentLinkIsSentOnceCachedWithItsTokenAndFollowedToPaid)
{
    const QString number = addPolicy(u"S_NEW"_s);
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();

    ProviderActionRequest link = sendLink(number);
    auto id = outbox->submit(link);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 20000));
    EXPECT_EQ(confirmed.first().at(1).toString(), idOf(number));
    Payment p = cached(*store, idOf(number));
    EXPECT_EQ(p.provider, u"democrance"_s);
    EXPECT_EQ(p.storeId, kSite);
    EXPECT_EQ(p.enterpriseId, u"E1"_s);
    EXPECT_EQ(p.providerReference, number);
    EXPECT_EQ(p.reference.number, number);
    EXPECT_EQ(p.status.code(), Code::Notified) << "a link to send";
    EXPECT_EQ(p.providerStatus, u"S_NEW"_s);
    EXPECT_EQ(p.amount, Money::fromMinor(125000, u"AED"_s).value()) << "from the payment's status";
    EXPECT_TRUE(p.payLink.endsWith(u"/democrance/gateway/"_s + tokenOf(number))) << p.payLink.toStdString();
    EXPECT_EQ(p.providerData.value(u"token"_s).toString(), tokenOf(number));
    EXPECT_EQ(p.providerData.value(u"action"_s).toString(), u"Payment required"_s);
    EXPECT_EQ(p.providerData.value(u"gateway"_s).toString(), u"payfort-aed"_s);
    EXPECT_EQ(p.providerData.value(u"payment_status"_s).toString(), u"pending"_s);
    EXPECT_FALSE(p.providerData.value(u"reference"_s).toString().isEmpty());
    EXPECT_EQ(p.providerData.value(u"outbox_key"_s).toString(), (*store->outboxEntry(*id))->idempotencyKey);
    EXPECT_TRUE(provider->poller()->trackedPayments().contains(idOf(number)));
    EXPECT_EQ(paymentsOf(number), 1);
    for (auto it = p.providerData.constBegin(); it != p.providerData.constEnd(); ++it)
        EXPECT_NE(it.value().toString(), h.sandbox().options().democrancePassword) << "no password kept";

    // The customer pays; its return to /process/ is lost. "Check status now" asks Democrance,
    // which asks the gateway: paid, the policy active, funds cleared.
    ASSERT_TRUE(state().gatewayResult(tokenOf(number), true, u"Visa"_s, u"1111"_s).ok());
    std::optional<Result<Payment, ApiError>> fetched;
    provider->fetchPayment(p, &context, [&](Result<Payment, ApiError> r) { fetched.emplace(r); });
    ASSERT_TRUE(wait(fetched).ok()) << fetched->error().detail.toStdString();
    p = cached(*store, idOf(number));
    EXPECT_EQ(p.status.code(), Code::Paid);
    EXPECT_EQ(p.providerStatus, u"S_ACTIVE"_s);
    EXPECT_TRUE(p.fundsCleared) << "Democrance activates a policy once it has recorded the payment";
    EXPECT_EQ(p.release(), Payment::Release::SafeToRelease);
    EXPECT_EQ(p.amountPaid, p.amount);
    EXPECT_FALSE(provider->poller()->trackedPayments().contains(idOf(number))) << "finished: polled no more";

    // The receipt, as a PDF.
    ASSERT_TRUE(ProviderRules::forPayment(p).allowsQuery(ProviderQuery::TaxInvoice, p));
    std::optional<Result<QJsonObject, ApiError>> receipt;
    provider->query(ProviderQuery::TaxInvoice, kSite, {{u"policy_number"_s, number}}, &context,
                    [&](Result<QJsonObject, ApiError> r) { receipt.emplace(r); });
    ASSERT_TRUE(wait(receipt).ok()) << receipt->error().detail.toStdString();
    EXPECT_TRUE(
        QByteArray::fromBase64(receipt->value().value(u"data"_s).toString().toLatin1()).startsWith("%PDF-"));
    EXPECT_TRUE(receipt->value().value(u"filename"_s).toString().endsWith(u"-receipt.pdf"_s));

    // Gateways for the new-request form.
    const QString second = addPolicy(u"S_NEW"_s);
    std::optional<Result<QJsonObject, ApiError>> gateways;
    provider->query(ProviderQuery::Gateways, kSite, {{u"policy_number"_s, second}}, &context,
                    [&](Result<QJsonObject, ApiError> r) { gateways.emplace(r); });
    ASSERT_TRUE(wait(gateways).ok());
    EXPECT_EQ(gateways->value().value(u"gateways"_s).toArray().size(), 3);

    // Another provider's question is "not supported", never silence.
    std::optional<Result<QJsonObject, ApiError>> plans;
    provider->query(ProviderQuery::Plans, kSite, {}, &context,
                    [&](Result<QJsonObject, ApiError> r) { plans.emplace(r); });
    ASSERT_FALSE(wait(plans).ok());
    EXPECT_TRUE(plans->error().isPermanent());
}

TEST_F(DemocranceProviderTest, InvoicedAndWaivedPaymentsAreShownAsSuchNotAsErrors)
{
    const QString invoiced = addPolicy(u"S_NEW"_s);
    const QString free = addPolicy(u"S_QUOTED"_s, 0);
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    QSignalSpy failed(outbox.get(), &Outbox::actionFailed);
    outbox->start();

    ProviderActionRequest toInvoice = sendLink(invoiced, u"invoice"_s);
    ASSERT_TRUE(outbox->submit(toInvoice).ok());
    ProviderActionRequest waived = sendLink(free);
    ASSERT_TRUE(outbox->submit(waived).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 2; }, 20000));
    EXPECT_EQ(failed.count(), 0);

    Payment p = cached(*store, idOf(invoiced));
    EXPECT_EQ(p.providerData.value(u"action"_s).toString(), u"Payment to be invoiced"_s);
    EXPECT_EQ(p.status.code(), Code::Authorised);
    EXPECT_EQ(p.statusReason, u"Payment to be invoiced"_s);
    EXPECT_EQ(p.providerStatus, u"S_PENDING_APPROVAL"_s);
    EXPECT_TRUE(p.payLink.isEmpty()) << "no redirect";
    EXPECT_FALSE(ProviderRules::forPayment(p).allows(ProviderAction::Initiate, p)) << "no second payment";
    EXPECT_TRUE(ProviderRules::forPayment(p).allowsQuery(ProviderQuery::TaxInvoice, p));

    Payment w = cached(*store, idOf(free));
    EXPECT_EQ(w.providerData.value(u"action"_s).toString(), u"No payment required"_s);
    EXPECT_EQ(w.statusReason, u"No payment required"_s);
    EXPECT_EQ(w.status.code(), Code::Paid) << "the policy is active at once";
    EXPECT_TRUE(w.fundsCleared) << "nothing to clear";
    EXPECT_EQ(w.amountPaid.minorUnits(), 0);
    EXPECT_FALSE(ProviderRules::forPayment(w).allowsQuery(ProviderQuery::TaxInvoice, w));

    // The dealer settles the invoice; the next look shows it paid and cleared.
    ASSERT_TRUE(state().settleInvoice(tokenOf(invoiced)).ok());
    std::optional<Result<Payment, ApiError>> fetched;
    provider->fetchPayment(p, &context, [&](Result<Payment, ApiError> r) { fetched.emplace(r); });
    ASSERT_TRUE(wait(fetched).ok());
    p = cached(*store, idOf(invoiced));
    EXPECT_EQ(p.status.code(), Code::Paid);
    EXPECT_TRUE(p.fundsCleared);
}

TEST_F(DemocranceProviderTest, AnInitiateInterruptedAfterItsAnswerWasCachedIsNotSentAgainAfterARestart)
{
    const QString number = addPolicy(u"S_NEW"_s);
    qint64 id = 0;
    {
        auto store = openStore();
        auto provider = makeProvider(*store, fast);
        auto outbox = makeOutbox(*store, fast, *provider); // never started
        ProviderActionRequest link = sendLink(number);
        id = *outbox->submit(link);
        // The send happens and its answer is cached, then PayDesk stops before the outbox
        // records the entry as sent (the crash window between send and answer).
        ASSERT_TRUE(store->markOutboxSending(id, clock.now()).ok());
        const OutboxEntry entry = **store->outboxEntry(id);
        std::optional<Result<Payment, ApiError>> answer;
        provider->sendAction(entry, &context, [&](Result<Payment, ApiError> r) { answer.emplace(r); });
        ASSERT_TRUE(wait(answer).ok());
        EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Sending);
    }
    ASSERT_EQ(paymentsOf(number), 1);

    auto store = openStore(); // the entry found Sending is queued again
    EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Queued);
    auto provider = makeProvider(*store, fast);
    QSignalSpy attempts(&provider->http(), &HttpClient::attemptFinished);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 20000));
    EXPECT_EQ(confirmed.first().at(1).toString(), idOf(number));
    EXPECT_EQ(attempts.count(), 0) << "the replay found the payment by its key: nothing was sent";
    EXPECT_EQ(paymentsOf(number), 1);
    EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Sent);
}

TEST_F(DemocranceProviderTest, AnInitiateWhoseAnswerIsLostStartsNoSecondPayment)
{
    const QString card = addPolicy(u"S_NEW"_s);
    const QString invoiced = addPolicy(u"S_NEW"_s);
    auto store = openStore();
    DemocranceProvider::Config c = config();
    c.transport.transferTimeoutMs = 400;
    auto provider = makeProvider(*store, fast, c);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    QSignalSpy failed(outbox.get(), &Outbox::actionFailed);
    outbox->start();

    // Democrance starts the card payment; its answer comes too late and is given up. The replay
    // is answered with the payment under way (the same token and link).
    sandbox::FaultSpec lost;
    lost.latencyMs = 1500;
    lost.times = 1;
    h.sandbox().faults().set(u"democrance.payment.initiate"_s, lost);
    ProviderActionRequest first = sendLink(card);
    const qint64 cardEntry = *outbox->submit(first);
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 20000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(paymentsOf(card), 1) << "no second card payment";
    EXPECT_GE((*store->outboxEntry(cardEntry))->attempts, 2);
    Payment p = cached(*store, idOf(card));
    EXPECT_EQ(p.providerData.value(u"token"_s).toString(), tokenOf(card));
    EXPECT_FALSE(p.payLink.isEmpty());

    // An invoiced payment finishes at once (the policy waits for approval): a replay must not
    // invoice it twice. It finds the policy's latest payment invoiced and sends nothing.
    h.sandbox().faults().set(u"democrance.payment.initiate"_s, lost);
    ProviderActionRequest second = sendLink(invoiced, u"invoice"_s);
    ASSERT_TRUE(outbox->submit(second).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 2; }, 20000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(paymentsOf(invoiced), 1) << "invoiced once";
    Payment inv = cached(*store, idOf(invoiced));
    EXPECT_EQ(inv.status.code(), Code::Authorised);
    EXPECT_EQ(inv.providerData.value(u"payment_status"_s).toString(), u"invoiced"_s);
    EXPECT_EQ(inv.providerData.value(u"token"_s).toString(), tokenOf(invoiced));

    // A refusal is final: an unknown policy fails the entry with Democrance's words.
    ProviderActionRequest unknown = sendLink(u"NGM-NOPE-1"_s);
    ASSERT_TRUE(outbox->submit(unknown).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 20000));
    EXPECT_TRUE(failed.first().at(1).toString().contains(u"Policy not found"_s))
        << failed.first().at(1).toString().toStdString();
}

TEST_F(DemocranceProviderTest, PollingListsAwaitingPoliciesAndFollowsPaymentsByAgeWatchedAndRetryAfter)
{
    ManualScheduler manual{clock, /*autoAdvance=*/false};
    const QString fresh = addPolicy(u"S_NEW"_s);
    const QString pending = addPolicy(u"S_PENDING_APPROVAL"_s);
    addPolicy(u"S_ACTIVE"_s); // not awaiting payment: not listed
    const QString underWay = addPolicy(u"S_NEW"_s);
    ASSERT_TRUE(state().initiate(dealer(), underWay, u"payfort-aed"_s, {}).ok()); // the customer's checkout

    auto store = openStore();
    auto provider = makeProvider(*store, manual);
    QSignalSpy attempts(&provider->http(), &HttpClient::attemptFinished);
    auto sources = provider->takeSources();
    ASSERT_EQ(sources.size(), 1u);
    DemocrancePoller* poller = provider->poller();
    QSignalSpy synced(poller, &PaymentSource::fullSyncFinished);
    poller->start();
    ASSERT_TRUE(synced.wait(20000));
    EXPECT_EQ(poller->state().kind, ConnectionState::Kind::Live);
    PaymentQuery all;
    all.providers = {u"democrance"_s};
    all.limit = 0;
    EXPECT_EQ(store->query(all)->size(), 3) << "the awaiting policies";
    Payment p = cached(*store, idOf(fresh));
    EXPECT_EQ(p.status.code(), Code::Initiated);
    EXPECT_EQ(p.customer.name, u"Layla Haddad"_s);
    EXPECT_TRUE(p.description.contains(u"GAP Insurance"_s));
    EXPECT_TRUE(p.description.contains(u"Toyota Land Cruiser"_s));
    EXPECT_EQ(p.amount, Money::fromMinor(125000, u"AED"_s).value());
    EXPECT_EQ(cached(*store, idOf(pending)).status.code(), Code::Initiated);
    // The payment the customer began is followed by its status; the others have none.
    EXPECT_EQ(cached(*store, idOf(underWay)).status.code(), Code::Notified);
    EXPECT_EQ(poller->trackedPayments(), QStringList{idOf(underWay)});

    // Young payments: every 30 s; watched (detail pane): within 15 s.
    const qint64 t0 = clock.monotonicMs();
    EXPECT_LE(poller->dueAtMs(idOf(underWay)), t0 + 30000);
    poller->setWatched({idOf(underWay)});
    EXPECT_LE(poller->dueAtMs(idOf(underWay)), t0 + 15000);
    const int beforeWatched = attempts.count();
    manual.advanceMs(15000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == beforeWatched + 1; }, 20000));
    EXPECT_TRUE(attempts.last().at(1).toUrl().path().endsWith(u"/payment/status/"_s));

    // The customer pays and Democrance records it: the next status poll sees it paid, the
    // listing (asked at once) finds the policy active among the finished ones.
    ASSERT_TRUE(state().gatewayResult(tokenOf(underWay), true).ok());
    ASSERT_TRUE(state().process(tokenOf(underWay)).ok());
    manual.advanceMs(15000);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return cached(*store, idOf(underWay)).status.code() == Code::Paid; }, 20000));
    EXPECT_TRUE(cached(*store, idOf(underWay)).fundsCleared);
    EXPECT_EQ(poller->dueAtMs(idOf(underWay)), -1) << "paid: polled no more";

    // A policy cancelled at Democrance leaves the awaiting list: the next listing finds it.
    ASSERT_TRUE(state().setPolicyStatus(pending, u"S_CANCELLED"_s).ok());
    manual.advanceMs(60000);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return cached(*store, idOf(pending)).status.code() == Code::Cancelled; }, 20000));
    EXPECT_EQ(cached(*store, idOf(pending)).providerStatus, u"S_CANCELLED"_s);

    // A Retry-After of 7 s holds every step back that long.
    sandbox::FaultSpec slow;
    slow.rateLimit = 1.0;
    slow.retryAfterSeconds = 7;
    slow.times = 1;
    h.sandbox().faults().set(u"democrance.policy.all"_s, slow);
    const int beforeLimit = attempts.count();
    manual.advanceMs(60000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() > beforeLimit; }, 20000));
    // The listing's read is retried by the transport after Retry-After too; what matters is the
    // poller waits at least that long before its next step.
    ASSERT_FALSE(manual.requestedDelays().isEmpty());
    EXPECT_GE(manual.requestedDelays().last(), 7000);

    // The ladder by age.
    EXPECT_EQ(DemocrancePoller::intervalFor(0), 30000);
    EXPECT_EQ(DemocrancePoller::intervalFor(15 * 60 * 1000), 120000);
    EXPECT_EQ(DemocrancePoller::intervalFor(3 * 3600 * 1000), 600000);
    EXPECT_EQ(DemocrancePoller::intervalFor(2LL * 24 * 3600 * 1000), 1800000);
    poller->stop();
}

TEST_F(DemocranceProviderTest, ListedPoliciesAreDatedWithDemocrancesOwnTimesNotWhenPayDeskFirstSawThem)
{
    // Whole seconds: Democrance writes times as YYYY-MM-DDTHH:MM:SSZ.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), Qt::UTC);
    const auto addTimed = [&](const QString& status, const QDateTime& created, const QDateTime& modified) {
        sandbox::DemPolicy p;
        p.dealer = dealer();
        p.status = status;
        p.productSlug = u"gap-insurance"_s;
        p.productName = u"GAP Insurance"_s;
        p.premium = 99000;
        p.currency = u"AED"_s;
        p.created = created;
        p.modified = modified;
        return state().insertPolicy(p);
    };
    const QDateTime quotedAt = now.addDays(-2);
    const QDateTime repricedAt = now.addSecs(-3 * 3600);
    const QString older = addTimed(u"S_NEW"_s, quotedAt, repricedAt);
    const QDateTime sentAt = now.addSecs(-40 * 60);
    const QString newer = addTimed(u"S_PENDING_APPROVAL"_s, now.addSecs(-45 * 60), sentAt);

    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto sources = provider->takeSources();
    QSignalSpy synced(provider->poller(), &PaymentSource::fullSyncFinished);
    provider->poller()->start();
    ASSERT_TRUE(synced.wait(20000));

    const Payment a = cached(*store, idOf(older));
    EXPECT_EQ(a.updatedAt, repricedAt) << "the policy's `modified`, not the time PayDesk listed it";
    EXPECT_EQ(a.createdAt, quotedAt);
    ASSERT_FALSE(a.history.isEmpty());
    EXPECT_EQ(a.history.first().at, repricedAt);
    const Payment b = cached(*store, idOf(newer));
    EXPECT_EQ(b.updatedAt, sentAt);
    // The dashboard's order (last change first) is Democrance's order of events.
    PaymentQuery latest;
    latest.providers = {ProviderId::democrance()};
    latest.limit = 0;
    const QList<Payment> sorted = *store->query(latest);
    const auto rank = [&](const QString& id) {
        for (int i = 0; i < sorted.size(); ++i)
            if (sorted.at(i).paymentId == id)
                return i;
        return -1;
    };
    EXPECT_LT(rank(idOf(newer)), rank(idOf(older)));

    // Cancelled at Democrance later: the change is dated when Democrance made it, never later
    // than PayDesk's own clock.
    ASSERT_TRUE(state().setPolicyStatus(newer, u"S_CANCELLED"_s).ok());
    const QDateTime cancelledAt = state().policyOf(dealer(), newer)->modified;
    provider->poller()->listSoon(kSite);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return cached(*store, idOf(newer)).status.code() == Code::Cancelled; }, 20000));
    const Payment c = cached(*store, idOf(newer));
    EXPECT_GT(c.updatedAt, sentAt);
    EXPECT_LE(c.updatedAt, clock.now());
    if (QDateTime::fromSecsSinceEpoch(cancelledAt.toSecsSinceEpoch(), Qt::UTC) <= clock.now()) {
        EXPECT_EQ(c.updatedAt, QDateTime::fromSecsSinceEpoch(cancelledAt.toSecsSinceEpoch(), Qt::UTC));
    }
    provider->poller()->stop();
}

TEST(DemocranceChangeTimes, AMissingMalformedOrFutureTimeFallsBackAndAnOlderOneDoesNotDateANewChange)
{
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    const auto policy = [](const QString& modified, const QString& created,
                           const QString& paymentStatus = {}) {
        QJsonObject o{{u"policy_number"_s, u"GAP-000321"_s},
                      {u"status"_s, u"S_NEW"_s},
                      {u"premium"_s, u"349.00"_s},
                      {u"currency"_s, u"AED"_s}};
        if (!modified.isNull())
            o.insert(u"modified"_s, modified);
        if (!created.isNull())
            o.insert(u"created"_s, created);
        if (!paymentStatus.isEmpty())
            o.insert(u"payment"_s, QJsonObject{{u"token"_s, u"tok-1"_s},
                                               {u"gateway"_s, u"payfort-aed"_s},
                                               {u"action"_s, u"Payment required"_s},
                                               {u"status"_s, paymentStatus}});
        return o;
    };
    const auto listed = [&](const Payment& base, const QJsonObject& o, const QDateTime& at = {}) {
        return DemocranceProvider::fromPolicy(base, o, u"E1"_s, u"S01"_s, at.isValid() ? at : now);
    };
    const QDateTime nineOClock(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
    const QDateTime eightOClock(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);

    // `modified`, with or without Z, or with an offset; a date alone is midnight UTC.
    EXPECT_EQ(listed({}, policy(u"2026-12-06T09:00:00Z"_s, u"2026-12-06T08:00:00Z"_s)).updatedAt, nineOClock);
    EXPECT_EQ(listed({}, policy(u"2026-12-06T09:00:00"_s, {})).updatedAt, nineOClock);
    EXPECT_EQ(listed({}, policy(u"2026-12-06T13:00:00+04:00"_s, {})).updatedAt, nineOClock);
    EXPECT_EQ(listed({}, policy(u"2026-12-06T09:00:00.250000Z"_s, {})).updatedAt, nineOClock.addMSecs(250))
        << "REST framework's microseconds";
    // No `modified`, or one that is not UTC ISO 8601: `created`; neither: now.
    EXPECT_EQ(listed({}, policy({}, u"2026-12-06T08:00:00Z"_s)).updatedAt, eightOClock);
    EXPECT_EQ(listed({}, policy(u"2026-12-06 09:00:00"_s, u"2026-12-06T08:00:00Z"_s)).updatedAt, eightOClock);
    for (const QString& bad : {u"yesterday"_s, u"2026-13-40T09:00:00Z"_s, u"06/12/2026 09:00"_s,
                               u"2026-12-06T25:00:00Z"_s, u"2026-12-06T09:00Z"_s, u""_s}) {
        const Payment p = listed({}, policy(bad, bad));
        EXPECT_EQ(p.updatedAt, now) << bad.toStdString();
        EXPECT_EQ(p.createdAt, now) << bad.toStdString();
        EXPECT_EQ(p.version, 1);
    }
    QJsonObject numbers = policy({}, {});
    numbers.insert(u"modified"_s, 1765011600);
    EXPECT_EQ(listed({}, numbers).updatedAt, now) << "a number is not a time here";
    // A time ahead of PayDesk's clock (a skewed server) is taken as now, never in the future.
    EXPECT_EQ(listed({}, policy(u"2026-12-06T15:00:00Z"_s, u"2026-12-06T14:00:00Z"_s)).updatedAt, now);
    EXPECT_EQ(listed({}, policy(u"2026-12-06T15:00:00Z"_s, u"2026-12-06T14:00:00Z"_s)).createdAt, now);

    // Later: a change with a newer `modified` is dated with it; a change Democrance's time does
    // not explain (the policy's payment failed; `modified` did not move) is dated when PayDesk
    // saw it; nothing new writes nothing.
    const Payment first = listed({}, policy(u"2026-12-06T09:00:00Z"_s, u"2026-12-06T08:00:00Z"_s));
    const Payment same =
        listed(first, policy(u"2026-12-06T09:00:00Z"_s, u"2026-12-06T08:00:00Z"_s), now.addSecs(60));
    EXPECT_EQ(same.version, first.version);
    EXPECT_EQ(same.updatedAt, first.updatedAt);
    const Payment failed = listed(
        first, policy(u"2026-12-06T09:00:00Z"_s, u"2026-12-06T08:00:00Z"_s, u"failed"_s), now.addSecs(60));
    EXPECT_EQ(failed.status.code(), Code::Failed);
    EXPECT_EQ(failed.updatedAt, now.addSecs(60));
    ASSERT_FALSE(failed.history.isEmpty());
    EXPECT_EQ(failed.history.last().at, now.addSecs(60));
    QJsonObject repricedPolicy = policy(u"2026-12-06T12:01:30Z"_s, u"2026-12-06T08:00:00Z"_s, u"failed"_s);
    repricedPolicy.insert(u"premium"_s, u"399.00"_s);
    const Payment repriced = listed(failed, repricedPolicy, now.addSecs(120));
    EXPECT_EQ(repriced.updatedAt, now.addSecs(90)) << "Democrance's time, later than the last change";

    // A payment status answer: a finished payment is dated `completed`.
    Payment initiated = DemocranceProvider::fromInitiate(first,
                                                         QJsonObject{{u"token"_s, u"tok-2"_s},
                                                                     {u"action"_s, u"Payment required"_s},
                                                                     {u"url"_s, u"https://pay"_s}},
                                                         u"payfort-aed"_s, u"key-1"_s, now.addSecs(60));
    EXPECT_EQ(initiated.updatedAt, now.addSecs(60)) << "PayDesk's own action: its own time";
    const Payment paid =
        DemocranceProvider::fromPaymentStatus(initiated,
                                              QJsonObject{{u"token"_s, u"tok-2"_s},
                                                          {u"status"_s, u"paid"_s},
                                                          {u"policy_status"_s, u"S_ACTIVE"_s},
                                                          {u"created"_s, u"2026-12-06T12:01:00Z"_s},
                                                          {u"completed"_s, u"2026-12-06T12:04:10Z"_s}},
                                              now.addSecs(600));
    EXPECT_EQ(paid.status.code(), Code::Paid);
    EXPECT_EQ(paid.updatedAt, now.addSecs(250));
    const Payment unreadable = DemocranceProvider::fromPaymentStatus(
        initiated,
        QJsonObject{{u"token"_s, u"tok-2"_s}, {u"status"_s, u"failed"_s}, {u"completed"_s, u"soon"_s}},
        now.addSecs(600));
    EXPECT_EQ(unreadable.updatedAt, now.addSecs(600));
}

TEST_F(DemocranceProviderTest, ARefusedSignInStopsPollingThatSiteAndSaysWhy)
{
    ManualScheduler manual{clock, /*autoAdvance=*/false};
    addPolicy(u"S_NEW"_s);
    auto store = openStore();
    auto provider = std::make_unique<DemocranceProvider>(
        config(), *store, manual, QHash<QString, QByteArray>{{kSite, "wrong password"}});
    QSignalSpy attempts(&provider->http(), &HttpClient::attemptFinished);
    auto sources = provider->takeSources();
    DemocrancePoller* poller = provider->poller();
    QSignalSpy synced(poller, &PaymentSource::fullSyncFinished);
    poller->start();
    ASSERT_TRUE(synced.wait(20000));
    EXPECT_EQ(poller->state().kind, ConnectionState::Kind::SignInFailed);
    EXPECT_TRUE(poller->state().errorMessage.contains(u"Democrance"_s));
    EXPECT_EQ(poller->listDueAtMs(kSite), -1);
    const int seen = attempts.count();
    manual.advanceMs(10 * 60 * 1000);
    manual.advanceMs(0);
    EXPECT_EQ(attempts.count(), seen) << "no more sign-ins with a refused password";
    poller->stop();
}

TEST_F(DemocranceProviderTest, AnOutageShowsOfflineAndTheNextGoodAnswerBringsItBackLive)
{
    const QString number = addPolicy(u"S_NEW"_s);
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto sources = provider->takeSources();
    DemocrancePoller* poller = provider->poller();
    QList<ConnectionState::Kind> seen;
    QObject::connect(poller, &PaymentSource::stateChanged,
                     [&](const ConnectionState& state) { seen << state.kind; });
    // More server errors than the transport retries one read: the step fails, then recovers.
    sandbox::FaultSpec down;
    down.error5xx = 1.0;
    down.errorStatus = 503;
    down.times = 8;
    h.sandbox().faults().set(u"democrance.policy.all"_s, down);
    poller->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return poller->state().kind == ConnectionState::Kind::Live; }, 20000))
        << int(poller->state().kind);
    poller->stop();
    EXPECT_TRUE(seen.contains(ConnectionState::Kind::Offline));
    EXPECT_TRUE(poller->isFullSyncDone());
    EXPECT_EQ(cached(*store, idOf(number)).status.code(), Code::Initiated)
        << "listed once Democrance answered";
}

TEST_F(DemocranceProviderTest, ASessionWithDemocranceSitesRegistersTheProviderWithTheKeychainsPassword)
{
    addPolicy(u"S_NEW"_s);
    SyncSession::Config cfg;
    cfg.profile.name = u"dem-session"_s;
    cfg.profile.baseUrl = h.sandbox().baseUrl();
    cfg.profile.clientId = h.sandbox().clientId();
    cfg.profile.localTestPlatform = true;
    cfg.profile.enterpriseId = u"E1"_s;
    cfg.profile.democrance = config().sites;
    cfg.cachePath = m_dir.filePath(u"session.sqlite"_s);
    MemorySecretStore secrets;
    bool written = false;
    const DemocranceSite& site = cfg.profile.democrance.first();
    BoundSecret::write(secrets, site.secretKey(cfg.profile.name),
                       {site.secretOrigin(), h.sandbox().options().democrancePassword.toUtf8()}, &context,
                       [&](SecretStore::DoneResult done) { written = done.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    SyncSession session(cfg, secrets);
    ASSERT_TRUE(session.open().ok());
    EXPECT_TRUE(session.providerIds().contains(u"democrance"_s));
    session.start();
    std::optional<Result<QJsonObject, ApiError>> gateways;
    session.query(u"democrance"_s, ProviderQuery::Gateways, kSite, {}, &context,
                  [&](Result<QJsonObject, ApiError> r) { gateways.emplace(r); });
    ASSERT_TRUE(wait(gateways).ok()) << gateways->error().detail.toStdString();
    EXPECT_FALSE(gateways->value().value(u"gateways"_s).toArray().isEmpty())
        << "signed in with the keychain's password";

    const QString number = addPolicy(u"S_NEW"_s);
    QSignalSpy confirmed(&session, &SyncSession::actionConfirmed);
    ProviderActionRequest link = sendLink(number);
    ASSERT_TRUE(session.submit(link).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 20000));
    EXPECT_EQ(session.store()->payment(idOf(number))->value().provider, u"democrance"_s);
}
