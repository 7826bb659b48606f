// No full card number reaches the cache (database and WAL), its audit log or the client's log,
// from either side: a dealer's form with one is refused, and a provider's text holding one is
// masked to the last four as it is read, before anything is stored.
#include "SandboxHarness.h"
#include "payments/CardNumber.h"
#include "platform/StatusUpdate.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using Code = PaymentStatus::Code;

namespace {

// Test numbers of four brands, as a partner or a DMS might pass them on in text.
const QStringList kCards{QStringLiteral("4111111111111111"), QStringLiteral("5555555555554444"),
                         QStringLiteral("378282246310005"), QStringLiteral("6011111111111117"),
                         QStringLiteral("4012888888881881")};

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The sandbox stands for the remote platform, which does see what it was sent.
    const QByteArray category(context.category ? context.category : "");
    if (!category.startsWith("paydesk.sandbox"))
        g_log.append(QString::fromUtf8(category) + u' ' + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// The client's own log lines, debug included, while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureLog);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }
};

/// What of `bytes` gives a card number away: the digits as they are, or once the spaces and
/// dashes people group them with are taken out, or anything else the card-number rule finds.
QStringList cardNumbersIn(const QByteArray& bytes)
{
    QByteArray ungrouped = bytes;
    ungrouped.replace(' ', QByteArray()).replace('-', QByteArray());
    QStringList found;
    for (const QString& card : kCards) {
        if (bytes.contains(card.toLatin1()) || ungrouped.contains(card.toLatin1()))
            found << card;
    }
    if (CardNumber::containsCardNumber(QString::fromLatin1(bytes)))
        found << QStringLiteral("(a card-shaped number)");
    return found;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CardNumberLeak, NoFullCardNumberReachesTheCacheItsWalTheAuditLogOrTheLog)
{
    ASSERT_TRUE(cardNumbersIn("paid 4111 1111 1111 1111 ok").contains(kCards.first())) << "the scan works";
    ASSERT_EQ(cardNumbersIn("INV-10234 •••• 1111"), QStringList());

    LogCapture log;
    SandboxHarness h(SandboxHarness::defaultOptions(5));
    const sandbox::StoreInfo site = h.state().stores().first();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // A provider's payment with a card number in every text it carries, as a platform that
    // passes its connectors' text on unchecked would serve it.
    Payment hostile;
    hostile.paymentId = QStringLiteral("pay-card-leak");
    hostile.enterpriseId = site.enterpriseId;
    hostile.storeId = site.storeId;
    hostile.reference =
        PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("3782 822463 10005"));
    hostile.description = QStringLiteral("Paid by card 4111 1111 1111 1111");
    hostile.amount = Money::fromMinor(24999, site.currency).value();
    hostile.customer = Customer{QStringLiteral("Jane 5555-5555-5555-4444"),
                                QStringLiteral("jane@example.com"), QStringLiteral("+447700900123")};
    hostile.channels = Channel::Email;
    hostile.status = PaymentStatus(Code::Notified);
    hostile.payLink = h.state().payLinkBase() + QStringLiteral("/pay/card-leak-token");
    hostile.transactionReference = QStringLiteral("6011111111111117");
    hostile.createdAt = now;
    hostile.updatedAt = now;
    hostile.expiresAt = now.addDays(7);
    hostile.version = 1;
    hostile.history = {StatusChange{PaymentStatus(Code::Initiated), now, StatusChange::Actor::Dealer,
                                    QStringLiteral("raised from DMS, card 4012888888881881")}};
    h.state().loadPayments(site.enterpriseId, site.storeId, {hostile});

    // The full client: sync (feed, then push), details on selection, the outbox.
    auto client = h.makeClient(Scheduler::system(), QStringLiteral("leak"));
    auto engine = client->makeEngine(Scheduler::system(), site.enterpriseId, site.storeId);
    engine->start();
    auto cached = [&] {
        auto p = client->store->payment(hostile.paymentId);
        return p.ok() && p->has_value() ? std::optional<Payment>(**p) : std::nullopt;
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return engine->state().kind == ConnectionState::Kind::Live && cached().has_value(); }, 20000));
    EXPECT_EQ(cached()->description, QStringLiteral("Paid by card •••• 1111")) << "masked, not dropped";

    // The partner's decline, with the card in its reason and note, arrives by push.
    sandbox::StatusUpdate declined;
    declined.status = PaymentStatus(Code::Failed);
    declined.actor = StatusChange::Actor::Partner;
    declined.failureReason = QStringLiteral("Declined: card 4012 8888 8888 1881");
    declined.note = QStringLiteral("partner: 4111-1111-1111-1111 declined");
    ASSERT_TRUE(
        h.state().applyStatusUpdate(site.enterpriseId, site.storeId, hostile.paymentId, declined).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return cached()->status.code() == Code::Failed; }, 10000));
    EXPECT_EQ(cached()->statusReason, QStringLiteral("Declined: card •••• 1881"));

    // The dealer selects it: the details (the whole timeline) are fetched into the cache.
    QObject context;
    bool fetched = false;
    client->platform->fetchPayment(
        site.enterpriseId, site.storeId, hostile.paymentId, &context, [&](Result<Payment, ApiError> answer) {
            ASSERT_TRUE(answer.ok());
            EXPECT_GE(answer->history.size(), 2);
            ASSERT_TRUE(client->store->replaceHistory(hostile.paymentId, answer->history).ok());
            ASSERT_TRUE(client->store->upsert(*answer).ok());
            fetched = true;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return fetched; }, 10000));

    // The dealer's side: a card number in a form is refused and nothing is queued; a plain
    // cancel goes through, writing the payment as cached into the append-only audit log.
    Outbox::Options options;
    options.user = QStringLiteral("tester");
    Outbox outbox(*client->platform, *client->store, Scheduler::system(), options);
    QSignalSpy confirmed(&outbox, &Outbox::actionConfirmed);
    outbox.start();
    InitiateRequest request;
    request.enterpriseId = site.enterpriseId;
    request.storeId = site.storeId;
    request.customer = Customer{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), QString()};
    request.reference = PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-1"));
    request.description = QStringLiteral("Paid by card 4111 1111 1111 1111");
    request.amount = Money::fromMinor(100, site.currency).value();
    auto refused = outbox.submit(request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().value(0).field, QStringLiteral("description"));
    CancelRequest cancel{site.enterpriseId, site.storeId, hostile.paymentId, QStringLiteral("Paid cash")};
    ASSERT_TRUE(outbox.submit(cancel).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return cached()->status.code() == Code::Cancelled; }, 10000));
    EXPECT_EQ(client->store->outboxEntries()->size(), 1) << "only the cancel was ever queued";
    const auto audit = client->store->auditEntries();
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_TRUE(QJsonDocument(audit->first().before).toJson().contains("Paid by card •••• 1111"))
        << "the audit log holds the masked text";

    const Payment shown = *cached();
    EXPECT_EQ(shown.customer.name, QStringLiteral("Jane •••• 4444"));
    EXPECT_EQ(shown.reference.number, QStringLiteral("•••• 0005"));
    EXPECT_EQ(shown.transactionReference, QStringLiteral("•••• 1117"));
    EXPECT_EQ(shown.customer.phone, QStringLiteral("+447700900123"));

    // Byte scan of the database and its WAL while the client runs, and of the database again
    // once it is closed (and checkpointed).
    const QString wal = client->storePath + QStringLiteral("-wal");
    const QByteArray walBytes = readAll(wal);
    EXPECT_FALSE(walBytes.isEmpty()) << "the WAL holds the recent writes";
    EXPECT_EQ(cardNumbersIn(walBytes), QStringList());
    EXPECT_EQ(cardNumbersIn(readAll(client->storePath)), QStringList());
    engine.reset();
    outbox.stop();
    const QString path = client->storePath;
    client.reset();
    const QByteArray closed = readAll(path);
    ASSERT_FALSE(closed.isEmpty());
    EXPECT_TRUE(closed.contains("•••• 1111")) << "the scan read the payment's text";
    EXPECT_EQ(cardNumbersIn(closed), QStringList());
    EXPECT_EQ(cardNumbersIn(readAll(wal)), QStringList());

    const QByteArray logText = g_log.join(u'\n').toUtf8();
    EXPECT_FALSE(g_log.isEmpty());
    EXPECT_EQ(cardNumbersIn(logText), QStringList());
}
