// One dashboard for every way a dealership gets paid (issue 16, "Across providers"): the filters,
// saved views, CSV export, KPIs and the receipt work for Keyloop's platform payments, Payment
// Assist finance, Democrance policies and myKaarma orders alike. The cache is a real SQLite file
// filled through each provider's own ingest path (the platform's JSON reader, Payment Assist's
// /begin and /status merges, Democrance's policy listing, myKaarma's prepayment answer and
// dealer-orders list as its client reads them); the window is driven through its real widgets.
#include "MainWindow.h"
#include "PdfText.h"
#include "UiFixture.h"
#include "export/CsvExporter.h"
#include "export/ReceiptPdf.h"
#include "models/PaymentTableModel.h"
#include "models/SavedViews.h"
#include "payments/PaymentJson.h"
#include "providers/ProviderAction.h"
#include "providers/democrance/DemocranceProvider.h"
#include "providers/mykaarma/MyKaarmaClient.h"
#include "providers/mykaarma/MyKaarmaProvider.h"
#include "providers/paymentassist/PaymentAssistProvider.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiStrip.h"
#include "widgets/KpiTile.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QUuid>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using ::testing::UnorderedElementsAreArray;

namespace paydesk::uitest {
namespace {

using Code = PaymentStatus::Code;
using ui::MainWindow;
using ui::PaymentFilter;

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
    return doc.object();
}

/// What myKaarma's client makes of an answer body (numbers kept as their exact text).
QJsonObject myKaarmaAnswer(const char* body, const QString& scope)
{
    auto read = MyKaarmaClient::readAnswer(200, QByteArray(body), "application/json", scope);
    EXPECT_TRUE(read.ok()) << (read.ok() ? std::string() : read.error().message.toStdString());
    return read.ok() ? read.value() : QJsonObject();
}

} // namespace

/**
 * Ten payments, at least two of each provider, in stores S1 (open, some of them ten days old)
 * and S2 (paid today), in GBP (Keyloop, Payment Assist), AED (Democrance) and USD (myKaarma).
 */
class AcrossProvidersTest : public StoreTest
{
protected:
    // Keyloop (the platform's payment records).
    static inline const QString kKeyloopOpen = u"kl-open-1"_s;
    static inline const QString kKeyloopPaid = u"kl-paid-1"_s;
    // Payment Assist (the application's token).
    static inline const QString kFinanceOpen = u"pa-tok-open"_s;
    static inline const QString kFinancePaid = u"pa-tok-paid"_s;
    // Democrance (one payment per policy).
    static inline const QString kPolicyNew = u"democrance:S1:GAP-000123"_s;
    static inline const QString kPolicyPending = u"democrance:S1:WAR-000456"_s;
    static inline const QString kPolicyFailed = u"democrance:S1:GAP-000999"_s;
    static inline const QString kPolicyActive = u"democrance:S2:PPF-000789"_s;
    // myKaarma (one payment per dealer order).
    static inline const QString kOrderOpen = u"mykaarma:S1:do-1001"_s;
    static inline const QString kOrderPaid = u"mykaarma:S2:do-2002"_s;

    static QStringList allIds()
    {
        return {kKeyloopOpen,   kKeyloopPaid,  kFinanceOpen,  kFinancePaid, kPolicyNew,
                kPolicyPending, kPolicyFailed, kPolicyActive, kOrderOpen,   kOrderPaid};
    }

    QDateTime now() const { return m_clock.now(); }
    QDateTime tenDaysAgo() const { return m_clock.now().addDays(-10); }

    void write(const Payment& p)
    {
        auto written = m_store->upsert(p);
        ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
        EXPECT_TRUE(*written) << p.paymentId.toStdString();
    }

    void seedKeyloop()
    {
        // As the change feed delivers them (SyncEngine reads each record with PaymentJson).
        auto open = PaymentJson::paymentFromJson(json(R"({
            "paymentId": "kl-open-1", "enterpriseId": "E1", "storeId": "S1",
            "reference": {"type": "INVOICE", "number": "INV-1001"}, "description": "Service",
            "amount": {"value": "120.00", "currencyCode": "GBP"},
            "customer": {"name": "Kate Kerr", "email": "kate.kerr@example.co.uk", "phone": "+447700900111"},
            "channels": ["EMAIL"], "status": "NOTIFIED",
            "createdAt": "2026-11-21T10:00:00Z", "updatedAt": "2026-11-21T10:05:00Z",
            "version": 2, "sequence": 7})"));
        ASSERT_TRUE(open.ok());
        write(*open);
        auto paid = PaymentJson::paymentFromJson(json(R"({
            "paymentId": "kl-paid-1", "enterpriseId": "E1", "storeId": "S2",
            "reference": {"type": "REPAIR_ORDER", "number": "RO-5511"}, "description": "Brakes",
            "amount": {"value": "250.00", "currencyCode": "GBP"},
            "amountPaid": {"value": "250.00", "currencyCode": "GBP"},
            "customer": {"name": "Ken Lowe", "email": "ken.lowe@example.co.uk", "phone": "+447700900112"},
            "channels": ["SMS"], "status": "PAID", "card": {"brand": "VISA", "last4": "4242"},
            "transactionReference": "TXN-K-77", "fundsCleared": true, "reconciled": true,
            "createdAt": "2026-11-21T09:00:00Z", "updatedAt": "2026-11-21T11:30:00Z",
            "version": 4, "sequence": 9,
            "history": [{"status": "INITIATED", "at": "2026-11-21T09:00:00Z", "actor": "DEALER"},
                        {"status": "PAID", "at": "2026-11-21T11:30:00Z", "actor": "PARTNER"}]})"));
        ASSERT_TRUE(paid.ok());
        write(*paid);
    }

    void seedPaymentAssist()
    {
        // /begin's fields and answer, then /status as the poller merges it.
        const Payment begunOpen = PaymentAssistProvider::begun(
            u"E1"_s, u"S1"_s,
            json(R"({"order_id": "PA-ORD-3107", "description": "Gearbox", "amount": 50000, "f_name": "Paul",
                     "s_name": "Ames", "email": "paul.ames@example.co.uk", "telephone": "+447700900222",
                     "send_email": true})"),
            json(R"({"token": "pa-tok-open", "url": "https://pa.example/apply/open"})"), u"key-pa-1"_s,
            now().addSecs(-3 * 3600));
        write(PaymentAssistProvider::merged(begunOpen,
                                            json(R"({"status": "in_progress", "pa_ref": "PA-REF-55"})"),
                                            now().addSecs(-2 * 3600)));
        const Payment begunPaid = PaymentAssistProvider::begun(
            u"E1"_s, u"S2"_s,
            json(R"({"order_id": "PA-ORD-3108", "description": "Clutch", "amount": 80000, "f_name": "Pia",
                     "s_name": "Ross", "email": "pia.ross@example.co.uk", "telephone": "+447700900223",
                     "send_sms": true})"),
            json(R"({"token": "pa-tok-paid", "url": "https://pa.example/apply/paid"})"), u"key-pa-2"_s,
            now().addSecs(-3 * 3600));
        // Completed, but Payment Assist still waits for the dealer's invoice: awaiting clearance.
        write(PaymentAssistProvider::merged(
            begunPaid,
            json(
                R"({"status": "completed", "pa_ref": "PA-REF-66", "requires_invoice": true, "has_invoice": false})"),
            now().addSecs(-20 * 60)));
    }

    void seedDemocrance()
    {
        // The policy listing (/api/v3/policy/all/), one result at a time as the poller reads it.
        write(DemocranceProvider::fromPolicy(Payment(), json(R"({
            "policy_number": "GAP-000123", "status": "S_NEW", "product": {"name": "GAP Insurance"},
            "premium": "349.00", "currency": "AED",
            "customer": {"first_name": "Dana", "last_name": "Dee", "email": "dana.dee@example.ae",
                         "mobile": "+971500000001"},
            "vehicle": {"make": "Toyota", "model": "Corolla", "registration": "D 12345"},
            "created": "2026-11-21T08:00:00Z"})"),
                                             u"E1"_s, u"S1"_s, now().addSecs(-4 * 3600)));
        write(DemocranceProvider::fromPolicy(Payment(), json(R"({
            "policy_number": "WAR-000456", "status": "S_PENDING_APPROVAL", "product": {"name": "Warranty"},
            "premium": "1200.00", "currency": "AED",
            "customer": {"first_name": "Omar", "last_name": "Farouk", "email": "omar@example.ae",
                         "mobile": "+971500000002"},
            "created": "2026-11-11T08:00:00Z"})"),
                                             u"E1"_s, u"S1"_s, tenDaysAgo()));
        write(DemocranceProvider::fromPolicy(Payment(), json(R"({
            "policy_number": "GAP-000999", "status": "S_NEW", "product": {"name": "GAP Insurance"},
            "premium": "99.00", "currency": "AED",
            "customer": {"first_name": "Farah", "last_name": "Nasser", "email": "farah@example.ae",
                         "mobile": "+971500000003"},
            "payment": {"token": "tok-999", "reference": "PAY-0999", "gateway": "payfort-aed",
                        "action": "Payment required", "status": "failed"}})"),
                                             u"E1"_s, u"S1"_s, now().addSecs(-90 * 60)));
        // Listed while awaiting payment, then active once Democrance recorded the card payment.
        const Payment listed = DemocranceProvider::fromPolicy(Payment(), json(R"({
            "policy_number": "PPF-000789", "status": "S_NEW", "product": {"name": "Paint Protection"},
            "premium": "1200.50", "currency": "AED",
            "customer": {"first_name": "Layla", "last_name": "Haddad", "email": "layla@example.ae",
                         "mobile": "+971500000004"}})"),
                                                              u"E1"_s, u"S2"_s, now().addSecs(-5 * 3600));
        write(DemocranceProvider::fromPolicy(listed, json(R"({
            "policy_number": "PPF-000789", "status": "S_ACTIVE", "product": {"name": "Paint Protection"},
            "premium": "1200.50", "currency": "AED",
            "customer": {"first_name": "Layla", "last_name": "Haddad", "email": "layla@example.ae",
                         "mobile": "+971500000004"},
            "payment": {"token": "tok-789", "reference": "PAY-0789", "gateway": "payfort-aed",
                        "action": "Payment required", "status": "paid"}})"),
                                             u"E1"_s, u"S2"_s, now().addSecs(-15 * 60)));
    }

    void seedMyKaarma()
    {
        // An order with a payment request sent (the dealer-orders filter, the polling source).
        const QJsonObject orders = myKaarmaAnswer(R"({"mykaarmaDealerOrderList": [{
            "paymentDealerOrderDTO": {"dealerOrderUuid": "do-1001", "orderNumber": "RO-1001",
                "departmentUuid": "dep-1", "amount": 1234.50, "paidAmount": 0, "paid": false,
                "paidOnline": false, "paymentRequestSent": true, "suspicious": false,
                "orderDate": "2026-11-11T09:00:00Z",
                "paymentCustomer": {"firstName": "John", "lastName": "Smith", "company": ""}},
            "standardOrderDTO": {"dealerOrderUuid": "do-1001", "orderStatus": "open", "description": "Brake service"},
            "invoices": [{"guid": "inv-1", "invoiceStatus": "UNPAID",
                          "paymentRequests": [{"guid": "pr-1", "status": "SENT"}]}]}], "warnings": []})",
                                                  MyKaarmaClient::Scope::dealerOrderRead());
        Payment base;
        base.paymentId = MyKaarmaProvider::paymentIdOf(u"S1"_s, u"do-1001"_s);
        base.enterpriseId = u"E1"_s;
        base.storeId = u"S1"_s;
        base.provider = ProviderId::myKaarma();
        auto open = MyKaarmaProvider::merged(
            base, orders.value(u"mykaarmaDealerOrderList"_s).toArray().at(0).toObject(), u"USD"_s,
            tenDaysAgo());
        ASSERT_TRUE(open.ok()) << open.error().message.toStdString();
        write(*open);

        // PayDesk's prepayment on another order, then that order listed with its invoice paid.
        const QJsonObject answer = myKaarmaAnswer(
            R"({"dealerOrderUuid": "do-2002", "orderNumber": "RO-2002", "invoiceGUID": "7d1e6a80-inv-2002",
                "departmentUuid": "dep-1", "amount": 150.00, "warnings": []})",
            MyKaarmaClient::Scope::prepayment());
        auto prepaid = MyKaarmaProvider::prepaid(
            u"E1"_s, u"S2"_s,
            json(R"({"orderNumber": "RO-2002", "amount": 15000, "currency": "USD", "customerUuid": "cust-9",
                     "desc": "Deposit", "sendAsText": true})"),
            answer, u"key-mk-2"_s, u"USD"_s, now().addSecs(-60 * 60));
        ASSERT_TRUE(prepaid.ok()) << prepaid.error().message.toStdString();
        write(*prepaid);
        const QJsonObject listed = myKaarmaAnswer(R"({"mykaarmaDealerOrderList": [{
            "paymentDealerOrderDTO": {"dealerOrderUuid": "do-2002", "orderNumber": "RO-2002",
                "departmentUuid": "dep-1", "amount": 900.00, "paidAmount": 150.00, "paid": false,
                "paidOnline": true, "paymentRequestSent": true, "suspicious": false,
                "orderDate": "2026-11-21T11:00:00Z",
                "paymentCustomer": {"firstName": "Maria", "lastName": "Lopez", "email": "maria@example.com"}},
            "standardOrderDTO": {"dealerOrderUuid": "do-2002", "orderStatus": "open", "description": "Timing belt"},
            "invoices": [{"guid": "7d1e6a80-inv-2002", "invoiceStatus": "PAID",
                          "paymentRequests": [{"guid": "pr-2", "status": "PAID"}]}]}], "warnings": []})",
                                                  MyKaarmaClient::Scope::dealerOrderRead());
        auto paid = MyKaarmaProvider::merged(
            *prepaid, listed.value(u"mykaarmaDealerOrderList"_s).toArray().at(0).toObject(), u"USD"_s,
            now().addSecs(-10 * 60));
        ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
        write(*paid);
    }

    void seedAll()
    {
        ASSERT_NO_FATAL_FAILURE(seedKeyloop());
        ASSERT_NO_FATAL_FAILURE(seedPaymentAssist());
        ASSERT_NO_FATAL_FAILURE(seedDemocrance());
        ASSERT_NO_FATAL_FAILURE(seedMyKaarma());
        // What each ingest path made of its input, as the rest of the tests rely on it.
        const QList<std::pair<QString, Code>> expected{
            {kKeyloopOpen, Code::Notified}, {kKeyloopPaid, Code::Paid},    {kFinanceOpen, Code::InProgress},
            {kFinancePaid, Code::Paid},     {kPolicyNew, Code::Initiated}, {kPolicyPending, Code::Initiated},
            {kPolicyFailed, Code::Failed},  {kPolicyActive, Code::Paid},   {kOrderOpen, Code::Notified},
            {kOrderPaid, Code::Paid}};
        for (const auto& [id, code] : expected) {
            auto p = m_store->payment(id);
            ASSERT_TRUE(p.ok() && p->has_value()) << id.toStdString();
            ASSERT_EQ((*p)->status.code(), code)
                << id.toStdString() << " is " << (*p)->status.toString().toStdString();
        }
    }

    std::unique_ptr<MainWindow> makeWindow(const QString& profile = QString())
    {
        auto w = std::make_unique<MainWindow>(m_store.get(), m_clock);
        w->setProfileName(profile.isEmpty() ? m_profile : profile);
        w->filterBar()->setSearchDebounceMs(10);
        w->resize(1300, 800);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        EXPECT_TRUE(settle(*w));
        return w;
    }

    /// Waits until the table holds every row of its query.
    static bool settle(MainWindow& w)
    {
        return QTest::qWaitFor(
            [&] {
                return !w.model()->isBusy() && w.model()->totalCount() >= 0 &&
                       w.model()->rowCount() == w.model()->totalCount();
            },
            5000);
    }

    static QStringList shownIds(MainWindow& w)
    {
        EXPECT_TRUE(settle(w));
        QStringList ids;
        for (int row = 0; row < w.model()->rowCount(); ++row)
            ids << w.model()->paymentIdAt(row);
        return ids;
    }

    /// Re-reads the filter bar's choices and waits until every store and provider is offered
    /// (the window may read them off the GUI thread).
    static bool refreshChoices(MainWindow& w)
    {
        w.refreshSummary();
        return QTest::qWaitFor(
            [&] {
                QComboBox* providers = w.filterBar()->providerCombo();
                QComboBox* stores = w.filterBar()->storeCombo();
                for (const QString& id : {ProviderId::keyloop(), ProviderId::paymentAssist(),
                                          ProviderId::democrance(), ProviderId::myKaarma()}) {
                    if (providers->findData(id) < 0)
                        return false;
                }
                return stores->findData(u"S1"_s) >= 0 && stores->findData(u"S2"_s) >= 0;
            },
            5000);
    }

    static std::vector<QString> vec(const QStringList& list) { return {list.cbegin(), list.cend()}; }

    static QAction* statusAction(MainWindow& w, const QString& text)
    {
        for (QAction* a : w.filterBar()->statusButton()->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
        ADD_FAILURE() << "no status menu entry " << text.toStdString();
        return nullptr;
    }

    /// A fresh settings group per test case: saved views outlive a case within the binary.
    QString m_profile = u"across-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
};

// ---- 1. Filters ---------------------------------------------------------------------------------

TEST_F(AcrossProvidersTest, OpenRequestsOnlyShowsTheOpenRowsOfEveryProvider)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    auto w = makeWindow();
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(vec(allIds())));

    QAction* open = statusAction(*w, u"Open requests only"_s);
    ASSERT_NE(open, nullptr);
    open->trigger();
    // A Keyloop request sent, a finance application in progress, a new and a pending-approval
    // policy (S_NEW, S_PENDING_APPROVAL) and a myKaarma order with its payment request sent.
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{
                                       kKeyloopOpen, kFinanceOpen, kPolicyNew, kPolicyPending, kOrderOpen}));
    EXPECT_EQ(w->filterBar()->filter().statuses, PaymentFilter::openStatuses());
}

TEST_F(AcrossProvidersTest, PaidShowsAnActivePolicyAPaidOrderAndCompletedFinance)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    auto w = makeWindow();
    QAction* paid = statusAction(*w, PaymentStatus(Code::Paid).displayName());
    ASSERT_NE(paid, nullptr);
    paid->trigger(); // checkable: checks it
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{
                                       kKeyloopPaid, kFinancePaid, kPolicyActive, kOrderPaid}));
    // The raw words stay with them: S_ACTIVE for the policy.
    auto policy = m_store->payment(kPolicyActive);
    ASSERT_TRUE(policy.ok() && policy->has_value());
    EXPECT_EQ((*policy)->providerStatus, u"S_ACTIVE"_s);

    QAction* failed = statusAction(*w, PaymentStatus(Code::Failed).displayName());
    ASSERT_NE(failed, nullptr);
    paid->trigger(); // unchecks Paid
    failed->trigger();
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{kPolicyFailed}));
}

TEST_F(AcrossProvidersTest, TheProviderFilterOffersAllFourAndShowsOnlyThatProvidersRows)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    auto w = makeWindow();
    ASSERT_TRUE(refreshChoices(*w));
    QComboBox* combo = w->filterBar()->providerCombo();
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemText(i);
    EXPECT_THAT(vec(offered),
                UnorderedElementsAreArray(std::vector<QString>{
                    u"All providers"_s, u"Keyloop"_s, u"Payment Assist"_s, u"Democrance"_s, u"myKaarma"_s}));

    const QList<std::pair<QString, QStringList>> byProvider{
        {u"Keyloop"_s, {kKeyloopOpen, kKeyloopPaid}},
        {u"Payment Assist"_s, {kFinanceOpen, kFinancePaid}},
        {u"Democrance"_s, {kPolicyNew, kPolicyPending, kPolicyFailed, kPolicyActive}},
        {u"myKaarma"_s, {kOrderOpen, kOrderPaid}},
    };
    for (const auto& [name, ids] : byProvider) {
        combo->setCurrentIndex(combo->findText(name));
        EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(vec(ids))) << name.toStdString();
        // Every row shows its provider by name.
        for (int row = 0; row < w->model()->rowCount(); ++row)
            EXPECT_EQ(w->model()->index(row, ui::PaymentTableModel::ProviderColumn).data().toString(), name);
    }
    // Combined with a status: the open Democrance policies only.
    combo->setCurrentIndex(combo->findText(u"Democrance"_s));
    statusAction(*w, u"Open requests only"_s)->trigger();
    EXPECT_THAT(vec(shownIds(*w)),
                UnorderedElementsAreArray(std::vector<QString>{kPolicyNew, kPolicyPending}));
}

TEST_F(AcrossProvidersTest, StoreAndDateRangeFiltersTakeRowsFromEveryProvider)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    auto w = makeWindow();
    ASSERT_TRUE(refreshChoices(*w));
    QComboBox* store = w->filterBar()->storeCombo();
    store->setCurrentIndex(store->findData(u"S2"_s));
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{
                                       kKeyloopPaid, kFinancePaid, kPolicyActive, kOrderPaid}));
    store->setCurrentIndex(store->findData(u"S1"_s));
    EXPECT_THAT(vec(shownIds(*w)),
                UnorderedElementsAreArray(std::vector<QString>{kKeyloopOpen, kFinanceOpen, kPolicyNew,
                                                               kPolicyPending, kPolicyFailed, kOrderOpen}));
    store->setCurrentIndex(0); // all stores

    // Last 7 days leaves out the policy and the order last changed ten days ago …
    QComboBox* date = w->filterBar()->dateCombo();
    date->setCurrentIndex(date->findData(int(PaymentFilter::DatePreset::Last7Days)));
    QStringList recent = allIds();
    recent.removeAll(kPolicyPending);
    recent.removeAll(kOrderOpen);
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(vec(recent)));
    // … and a custom range around that day holds just those two.
    PaymentFilter range;
    range.datePreset = PaymentFilter::DatePreset::Custom;
    range.customFrom = tenDaysAgo().toLocalTime().date().addDays(-1);
    range.customTo = tenDaysAgo().toLocalTime().date();
    w->filterBar()->setFilter(range);
    EXPECT_THAT(vec(shownIds(*w)),
                UnorderedElementsAreArray(std::vector<QString>{kPolicyPending, kOrderOpen}));
}

TEST_F(AcrossProvidersTest, SearchFindsAPolicyNumberAnOrderNumberAndEveryProvidersReference)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    auto w = makeWindow();
    const QList<std::pair<QString, QStringList>> searches{
        {u"GAP-000123"_s, {kPolicyNew}},     // Democrance policy_number
        {u"WAR-000456"_s, {kPolicyPending}}, //
        {u"RO-1001"_s, {kOrderOpen}},        // myKaarma orderNumber
        {u"RO-2002"_s, {kOrderPaid}},        //
        {u"PA-ORD-3107"_s, {kFinanceOpen}},  // the dealer's order id of an application
        {u"INV-1001"_s, {kKeyloopOpen}},     // a platform payment's reference
        {u"Haddad"_s, {kPolicyActive}},      // a policy holder's name
        {u"Lopez"_s, {kOrderPaid}},          // an order's paying customer
    };
    QLineEdit* search = w->filterBar()->searchEdit();
    for (const auto& [text, ids] : searches) {
        search->clear();
        QTest::keyClicks(search, text);
        QTest::keyClick(search, Qt::Key_Return);
        EXPECT_TRUE(QTest::qWaitFor([&] { return w->filterBar()->filter().text == text; }, 3000));
        EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(vec(ids))) << text.toStdString();
    }
}

// ---- 2. Saved views -----------------------------------------------------------------------------

TEST_F(AcrossProvidersTest, ASavedViewWithAProviderFilterIsRestoredInTheNextSession)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    {
        auto w = makeWindow();
        ASSERT_TRUE(refreshChoices(*w));
        QComboBox* combo = w->filterBar()->providerCombo();
        combo->setCurrentIndex(combo->findData(ProviderId::myKaarma()));
        statusAction(*w, PaymentStatus(Code::Paid).displayName())->trigger();
        EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{kOrderPaid}));
        w->filterBar()->saveView(u"Paid myKaarma"_s);
        combo->setCurrentIndex(combo->findData(ProviderId::democrance()));
        w->filterBar()->saveView(u"Democrance policies"_s);
        w->filterBar()->clear();
    }
    // The next session: a new window on the same profile. The view's provider holds when the
    // filter bar's list of providers is read again.
    auto w = makeWindow();
    ASSERT_EQ(w->savedViews()->names(), (QStringList{u"Paid myKaarma"_s, u"Democrance policies"_s}));
    EXPECT_EQ(w->savedViews()->view(u"Democrance policies"_s)->provider, ProviderId::democrance());
    w->filterBar()->applyView(u"Paid myKaarma"_s);
    EXPECT_EQ(w->filterBar()->filter().provider, ProviderId::myKaarma());
    EXPECT_EQ(w->filterBar()->providerCombo()->currentText(), u"myKaarma"_s);
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{kOrderPaid}));
    ASSERT_TRUE(refreshChoices(*w)); // the provider list refreshed: the choice stays
    EXPECT_EQ(w->filterBar()->providerCombo()->currentData().toString(), ProviderId::myKaarma());
    EXPECT_EQ(w->filterBar()->filter().provider, ProviderId::myKaarma());

    const int index = w->filterBar()->savedViewsCombo()->findText(u"Democrance policies"_s);
    ASSERT_GE(index, 0);
    w->filterBar()->savedViewsCombo()->setCurrentIndex(index);
    Q_EMIT w->filterBar()->savedViewsCombo()->activated(index);
    EXPECT_EQ(w->filterBar()->providerCombo()->currentText(), u"Democrance"_s);
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{kPolicyActive}));
    EXPECT_TRUE(w->filterBar()->summaryLabel()->fullText().contains(u"Provider: Democrance"_s))
        << w->filterBar()->summaryLabel()->fullText().toStdString();
}

// ---- 3. CSV export ------------------------------------------------------------------------------

TEST_F(AcrossProvidersTest, TheCsvHasEveryProvidersRowsWithItsReferenceAndNoContactDetails)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    auto w = makeWindow();
    QSignalSpy finished(w.get(), &MainWindow::csvExportFinished);
    const QString path = m_dir.filePath(u"all.csv"_s);
    w->exportCsv(path);
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(finished.first().at(0).toBool());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3)); // after the BOM
    QStringList lines = text.split(u"\r\n"_s);
    ASSERT_TRUE(lines.last().isEmpty());
    lines.removeLast();
    ASSERT_EQ(lines.size(), 1 + allIds().size()) << text.toStdString();

    const QStringList header = lines.first().split(u',');
    const qsizetype provider = header.indexOf(u"Provider"_s);
    const qsizetype reference = header.indexOf(u"Reference"_s);
    const qsizetype providerReference = header.indexOf(u"Provider reference"_s);
    const qsizetype currency = header.indexOf(u"Currency"_s);
    const qsizetype amount = header.indexOf(u"Amount"_s);
    ASSERT_GE(provider, 0) << lines.first().toStdString();
    ASSERT_GE(providerReference, 0) << lines.first().toStdString();
    // No cell below holds a comma or quote, so a split reads the cells.
    QHash<QString, QStringList> byReference;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u',');
        ASSERT_EQ(cells.size(), header.size()) << lines.at(i).toStdString();
        byReference.insert(cells.at(reference), cells);
    }
    struct Row
    {
        QString reference, provider, providerReference, amount, currency;
    };
    const QList<Row> expected{
        {u"INV-1001"_s, u"keyloop"_s, QString(), u"120.00"_s, u"GBP"_s},
        {u"RO-5511"_s, u"keyloop"_s, u"TXN-K-77"_s, u"250.00"_s, u"GBP"_s},
        {u"PA-ORD-3107"_s, u"paymentassist"_s, u"PA-REF-55"_s, u"500.00"_s, u"GBP"_s},
        {u"PA-ORD-3108"_s, u"paymentassist"_s, u"PA-REF-66"_s, u"800.00"_s, u"GBP"_s},
        {u"GAP-000123"_s, u"democrance"_s, QString(), u"349.00"_s, u"AED"_s},
        {u"WAR-000456"_s, u"democrance"_s, QString(), u"1200.00"_s, u"AED"_s},
        {u"GAP-000999"_s, u"democrance"_s, u"PAY-0999"_s, u"99.00"_s, u"AED"_s},
        {u"PPF-000789"_s, u"democrance"_s, u"PAY-0789"_s, u"1200.50"_s, u"AED"_s},
        {u"RO-1001"_s, u"mykaarma"_s, QString(), u"1234.50"_s, u"USD"_s},
        {u"RO-2002"_s, u"mykaarma"_s, u"7d1e6a80-inv-2002"_s, u"150.00"_s, u"USD"_s},
    };
    for (const Row& row : expected) {
        ASSERT_TRUE(byReference.contains(row.reference)) << row.reference.toStdString() << "\n"
                                                         << text.toStdString();
        const QStringList& cells = byReference.value(row.reference);
        EXPECT_EQ(cells.at(provider), row.provider) << row.reference.toStdString();
        EXPECT_EQ(cells.at(providerReference), row.providerReference) << row.reference.toStdString();
        EXPECT_EQ(cells.at(amount), row.amount) << row.reference.toStdString();
        EXPECT_EQ(cells.at(currency), row.currency) << row.reference.toStdString();
    }

    // No customer contact detail of any provider leaves PayDesk.
    for (const char* contact : {"kate.kerr@", "ken.lowe@", "paul.ames@", "pia.ross@", "dana.dee@", "omar@",
                                "farah@", "layla@", "maria@", "7700900111", "7700900112", "7700900222",
                                "7700900223", "500000001", "500000002", "500000003", "500000004", "@example"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(contact))) << contact;
}

// ---- 4. KPIs ------------------------------------------------------------------------------------

TEST_F(AcrossProvidersTest, KpisCountEveryProviderPerCurrencyInMinorUnits)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    const QDate today = now().toLocalTime().date();
    auto kpis = m_store->kpis(today);
    ASSERT_TRUE(kpis.ok());
    // Open: Keyloop NOTIFIED, finance in progress, S_NEW and S_PENDING_APPROVAL, a myKaarma order.
    EXPECT_EQ(kpis->open, 5);
    EXPECT_EQ(kpis->failed, 1); // the policy whose card payment failed
    // Paid today: one of each provider, each in its own currency, in minor units.
    EXPECT_EQ(kpis->paidToday, 4);
    const QMap<QString, qint64> amounts{{u"GBP"_s, 25000 + 80000}, {u"AED"_s, 120050}, {u"USD"_s, 15000}};
    EXPECT_EQ(kpis->paidTodayAmount, amounts);
    // The finance application still waits for the dealer's invoice; the rest has cleared.
    EXPECT_EQ(kpis->awaitingClearance, 1);
    // Per store: S1 has everything open, S2 everything paid.
    auto s1 = m_store->kpis(today, {u"S1"_s});
    ASSERT_TRUE(s1.ok());
    EXPECT_EQ(s1->open, 5);
    EXPECT_EQ(s1->paidToday, 0);
    EXPECT_TRUE(s1->paidTodayAmount.isEmpty());

    // The strip shows the figures, each currency apart; a click on a tile filters the table to
    // the rows it counts, of every provider.
    auto w = makeWindow();
    w->refreshSummary();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->kpiStrip()->kpis() == *kpis; }, 5000));
    const QString paidToday = w->kpiStrip()->tile(ui::KpiStrip::Kpi::PaidToday)->value();
    // In the UI locale (an earlier test of the suite may leave another default than en_GB).
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        const QString figure = Money::fromMinor(it.value(), it.key())->format(QLocale());
        EXPECT_TRUE(paidToday.contains(figure))
            << paidToday.toStdString() << " lacks " << figure.toStdString();
    }
    EXPECT_EQ(w->kpiStrip()->tile(ui::KpiStrip::Kpi::Open)->value(), QLocale().toString(5));
    QTest::mouseClick(w->kpiStrip()->tile(ui::KpiStrip::Kpi::Open), Qt::LeftButton);
    EXPECT_EQ(shownIds(*w).size(), kpis->open);
    QTest::mouseClick(w->kpiStrip()->tile(ui::KpiStrip::Kpi::PaidToday), Qt::LeftButton);
    EXPECT_EQ(shownIds(*w).size(), kpis->paidToday);
    QTest::mouseClick(w->kpiStrip()->tile(ui::KpiStrip::Kpi::AwaitingClearance), Qt::LeftButton);
    EXPECT_THAT(vec(shownIds(*w)), UnorderedElementsAreArray(std::vector<QString>{kFinancePaid}));
}

// ---- 5. The receipt ------------------------------------------------------------------------------

TEST_F(AcrossProvidersTest, TheReceiptShowsEachProvidersReference)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    auto w = makeWindow();
    struct Expected
    {
        QString paymentId;
        QStringList phrases;
    };
    const QList<Expected> receipts{
        // Democrance: the policy and Democrance's payment reference.
        {kPolicyActive,
         {u"Payment reference Policy PPF-000789"_s, u"Paid by Democrance"_s, u"Provider reference PAY-0789"_s,
          u"AED"_s}},
        // myKaarma: the repair order and the prepayment's invoice.
        {kOrderPaid,
         {u"Payment reference Repair order RO-2002"_s, u"Paid by myKaarma"_s,
          u"Provider reference 7d1e6a80-inv-2002"_s}},
        // Payment Assist: the dealer's order and Payment Assist's pa_ref.
        {kFinancePaid,
         {u"Payment reference Repair order PA-ORD-3108"_s, u"Paid by Payment Assist"_s,
          u"Provider reference PA-REF-66"_s}},
        // Keyloop: the platform's transaction reference, as before.
        {kKeyloopPaid, {u"Paid by Keyloop"_s, u"Provider reference TXN-K-77"_s}},
    };
    for (const Expected& receipt : receipts) {
        SCOPED_TRACE(receipt.paymentId.toStdString());
        ASSERT_TRUE(w->selectPayment(receipt.paymentId));
        const QString path = m_dir.filePath(receipt.paymentId.section(u':', -1) + u".pdf"_s);
        w->exportReceipt(path);
        ASSERT_TRUE(QFile::exists(path));
        const QString text = ui::test::pdfText(path);
        for (const QString& phrase : receipt.phrases)
            EXPECT_TRUE(text.contains(phrase))
                << "no \"" << phrase.toStdString() << "\" in: " << text.toStdString();
        // The document the PDF prints says the same.
        auto p = m_store->payment(receipt.paymentId);
        ASSERT_TRUE(p.ok() && p->has_value());
        const QString document =
            ui::ReceiptPdf(w->receiptIssuerFor(**p)).document(**p)->toPlainText().simplified();
        EXPECT_TRUE(document.contains(receipt.phrases.last())) << document.toStdString();
        EXPECT_FALSE(text.contains(u"@"_s)) << "no contact details on a receipt";
    }
}

// ---- The timeline -------------------------------------------------------------------------------

// The detail pane's status timeline of a paid payment shows how it got there, whoever the
// provider: the step it began with and the step it was paid, in that order.
TEST_F(AcrossProvidersTest, ThePaidTimelineOfEveryProviderKeepsTheStepItBeganWith)
{
    ASSERT_NO_FATAL_FAILURE(seedAll());
    for (const QString& id : {kKeyloopPaid, kFinancePaid, kPolicyActive, kOrderPaid}) {
        auto p = m_store->payment(id);
        ASSERT_TRUE(p.ok() && p->has_value()) << id.toStdString();
        QStringList steps;
        for (const StatusChange& change : (*p)->history)
            steps << change.status.toString();
        EXPECT_EQ(steps, (QStringList{u"INITIATED"_s, u"PAID"_s})) << id.toStdString();
    }
}

} // namespace paydesk::uitest
