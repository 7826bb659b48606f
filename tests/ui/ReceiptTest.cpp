// The receipt a dealer hands to a customer (issue 14, point 9): one document for the PDF and the
// printer, the dealership's details, local time with its zone, data as text; Ctrl+P prints it.
// And the keyboard shortcuts list (point 10): Help → Keyboard shortcuts and "?".
#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "PdfText.h"
#include "Sandbox.h"
#include "Translator.h"
#include "UiFixture.h"
#include "dialogs/AppSettings.h"
#include "dialogs/ReceiptIssuerForm.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "export/ReceiptPdf.h"
#include "payments/DealerActions.h"
#include "platform/PlatformState.h"
#include "platform/StatusUpdate.h"
#include "secrets/MemorySecretStore.h"
#include "sync/SyncSession.h"
#include "widgets/FilterBar.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using ::testing::HasSubstr;
using ::testing::Not;

namespace paydesk::ui {
namespace {

using test::pdfText;

ReceiptPdf::Issuer dealership()
{
    return {u"Northside Motors Ltd"_s,
            u"Leeds — Service"_s,
            {u"1 Kirkstall Road"_s, u"Leeds LS3 1LH"_s},
            u"GB 123 4567 89"_s,
            QString()};
}

Payment paidPayment()
{
    Payment p = test::samplePayment(PaymentStatus::Code::Paid);
    p.fundsCleared = false;
    // 10:40 UTC on 2 March: 11:40 in Berlin (CET).
    p.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 40), Qt::UTC);
    return p;
}

const QTimeZone kBerlin("Europe/Berlin");
const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);

TEST(ReceiptTest, NamesTheDealershipAndPrintsLocalTimeWithItsZone)
{
    ASSERT_TRUE(kBerlin.isValid());
    const ReceiptPdf receipt(dealership(), kUk, kBerlin);
    const Payment p = paidPayment();
    EXPECT_EQ(receipt.paidAtText(p), u"Monday, 2 March 2026, 11:40 CET"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    ASSERT_TRUE(receipt.write(p, path).ok());
    const QString text = pdfText(path);
    for (const QString& expected :
         {u"Northside Motors Ltd"_s, u"Leeds — Service"_s, u"1 Kirkstall Road"_s, u"Leeds LS3 1LH"_s,
          u"VAT number: GB 123 4567 89"_s, u"Payment receipt"_s, u"Jane Doe"_s, u"Invoice INV-10234"_s,
          u"£249.99"_s, u"VISA ending 4242"_s, u"Provider reference TXN-88231"_s,
          u"Monday, 2 March 2026, 11:40 CET"_s, u"Status Paid"_s})
        EXPECT_THAT(text.toStdString(), HasSubstr(expected.toStdString()));
    // The store id is not the heading, and UTC is not what the dealer reads.
    EXPECT_THAT(text.toStdString(), Not(HasSubstr("10:40")));
    EXPECT_THAT(text.toStdString(), Not(HasSubstr("LEEDS")));
}

TEST(ReceiptTest, SaysFundsClearedOnlyOnceTheyHave)
{
    Payment p = paidPayment();
    const ReceiptPdf receipt(dealership(), kUk, kBerlin);
    EXPECT_FALSE(receipt.document(p)->toPlainText().contains(u"Funds cleared"_s));
    p.fundsCleared = true;
    EXPECT_TRUE(receipt.document(p)->toPlainText().contains(u"Funds cleared\nYes"_s))
        << receipt.document(p)->toPlainText().toStdString();
}

TEST(ReceiptTest, AmountsFollowTheUiLocale)
{
    const Payment p = paidPayment();
    const QString german = ReceiptPdf(dealership(), QLocale(QLocale::German, QLocale::Germany), kBerlin)
                               .document(p)
                               ->toPlainText();
    // toPlainText() gives a non-breaking space as a plain one.
    QString expected = p.amountPaid.format(QLocale(QLocale::German, QLocale::Germany));
    expected.replace(QChar::Nbsp, u' ');
    EXPECT_TRUE(german.contains(expected)) << german.toStdString() << " / " << expected.toStdString();
    EXPECT_TRUE(german.contains(u"249,99"_s)) << german.toStdString();
}

TEST(ReceiptTest, CarriesNoContactDetailsAndNoMoreOfACardThanItsLastFour)
{
    Payment p = paidPayment();
    p.cardLast4 = u"4111111111111111"_s; // a provider that sent too much
    const QString text = ReceiptPdf(dealership(), kUk, kBerlin).document(p)->toPlainText();
    EXPECT_FALSE(text.contains(p.customer.email));
    EXPECT_FALSE(text.contains(p.customer.phone));
    EXPECT_FALSE(text.contains(u"4111111111111111"_s));
    EXPECT_TRUE(text.contains(u"VISA ending 1111"_s)) << text.toStdString();
}

TEST(ReceiptTest, AHostileNameStaysText)
{
    Payment p = paidPayment();
    p.customer.name = u"<b>Bold</b> & <img src=\"/dev/zero\"> Smith"_s;
    p.description = u"<a href=\"http://x\">Service</a>"_s;
    ReceiptPdf::Issuer issuer = dealership();
    issuer.dealerName = u"<h1>Evil</h1> Motors"_s;
    const ReceiptPdf receipt(issuer, kUk, kBerlin);
    const auto document = receipt.document(p);
    // Nothing became an image, a link or a heading: every fragment is plain characters.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            EXPECT_FALSE(it.fragment().charFormat().isImageFormat()) << it.fragment().text().toStdString();
            EXPECT_FALSE(it.fragment().charFormat().isAnchor()) << it.fragment().text().toStdString();
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hostile.pdf"_s);
    ASSERT_TRUE(receipt.write(p, path).ok());
    const QString text = pdfText(path);
    for (const QString& literal : {p.customer.name, p.description, issuer.dealerName})
        EXPECT_THAT(text.toStdString(), HasSubstr(literal.toStdString()));
}

TEST(ReceiptTest, ALogoFromTheProfileIsPrintedBesideTheHeading)
{
    QTemporaryDir dir;
    QImage logo(200, 100, QImage::Format_ARGB32);
    logo.fill(Qt::darkBlue);
    const QString logoPath = dir.filePath(u"logo.png"_s);
    ASSERT_TRUE(logo.save(logoPath));
    ReceiptPdf::Issuer issuer = dealership();
    auto images = [](const QTextDocument& document) {
        int count = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                count += it.fragment().charFormat().isImageFormat() ? 1 : 0;
        }
        return count;
    };
    EXPECT_EQ(images(*ReceiptPdf(issuer, kUk, kBerlin).document(paidPayment())), 0);
    issuer.logoFile = logoPath;
    const auto document = ReceiptPdf(issuer, kUk, kBerlin).document(paidPayment());
    EXPECT_EQ(images(*document), 1);
    EXPECT_TRUE(document->toPlainText().contains(u"Northside Motors Ltd"_s));
    issuer.logoFile = dir.filePath(u"missing.png"_s); // unreadable: no logo, still a receipt
    EXPECT_EQ(images(*ReceiptPdf(issuer, kUk, kBerlin).document(paidPayment())), 0);
}

TEST(ReceiptTest, PrintingThroughQPrinterPrintsWhatThePdfHolds)
{
    const ReceiptPdf receipt(dealership(), kUk, kBerlin);
    const Payment p = paidPayment();
    QTemporaryDir dir;
    const QString saved = dir.filePath(u"saved.pdf"_s);
    ASSERT_TRUE(receipt.write(p, saved).ok());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(printed);
    auto done = receipt.print(p, printer);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    ASSERT_TRUE(QFile::exists(printed));
    const QString text = pdfText(printed);
    EXPECT_THAT(text.toStdString(), HasSubstr("Northside Motors Ltd"));
    EXPECT_EQ(text, pdfText(saved)) << "one renderer: the printer and the PDF get the same receipt";

    QPrinter refused(QPrinter::HighResolution);
    refused.setOutputFormat(QPrinter::PdfFormat);
    refused.setOutputFileName(dir.filePath(u"unpaid.pdf"_s));
    auto notPaid = receipt.print(test::samplePayment(PaymentStatus::Code::Notified), refused);
    ASSERT_FALSE(notPaid.ok());
    EXPECT_EQ(notPaid.error().kind, ExportError::Kind::NotAllowed);
}

TEST(ReceiptSettingsTest, TheDealershipsDetailsAreKeptPerProfile)
{
    QSettings().clear();
    ConnectionProfile head;
    head.name = u"Head office"_s;
    head.baseUrl = QUrl(u"https://api.example.com"_s);
    head.enterpriseId = u"E1"_s;
    head.storeIds = {u"S01"_s};
    head.clientId = u"client"_s;
    ConnectionProfile branch = head;
    branch.name = u"Branch"_s;
    AppSettings initial;
    initial.profiles = {head, branch};
    initial.currentProfile = head.name;
    ASSERT_TRUE(initial.save());

    MemorySecretStore secrets;
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = test::child<QTabWidget>(dialog, "tabs");
    auto* form = test::child<ReceiptIssuerForm>(dialog, "receiptIssuerForm");
    tabs->setCurrentWidget(form);
    EXPECT_EQ(tabs->tabText(tabs->currentIndex()).remove(u'&'), u"Receipt details"_s);
    test::typeInto(form->dealerNameEdit(), u"Northside Motors Ltd"_s);
    form->addressEdit()->setFocus();
    QTest::keyClicks(form->addressEdit(), u"1 Kirkstall Road"_s);
    QTest::keyClick(form->addressEdit(), Qt::Key_Return);
    QTest::keyClicks(form->addressEdit(), u"Leeds LS3 1LH"_s);
    test::typeInto(form->vatNumberEdit(), u"GB 123 4567 89"_s);
    // The other profile has its own (none yet); switching back keeps what was typed.
    auto* profile = test::child<QComboBox>(dialog, "profile");
    profile->setCurrentIndex(1);
    EXPECT_TRUE(form->dealerNameEdit()->text().isEmpty());
    test::typeInto(form->dealerNameEdit(), u"Branch Motors"_s);
    profile->setCurrentIndex(0);
    EXPECT_EQ(form->dealerNameEdit()->text(), u"Northside Motors Ltd"_s);
    test::clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));

    const AppSettings saved = AppSettings::load();
    const ConnectionProfile* savedHead = saved.profile(u"Head office"_s);
    ASSERT_NE(savedHead, nullptr);
    EXPECT_EQ(savedHead->dealerName, u"Northside Motors Ltd"_s);
    EXPECT_EQ(savedHead->dealerAddress, (QStringList{u"1 Kirkstall Road"_s, u"Leeds LS3 1LH"_s}));
    EXPECT_EQ(savedHead->vatNumber, u"GB 123 4567 89"_s);
    ASSERT_NE(saved.profile(u"Branch"_s), nullptr);
    EXPECT_EQ(saved.profile(u"Branch"_s)->dealerName, u"Branch Motors"_s);
    EXPECT_TRUE(saved.profile(u"Branch"_s)->vatNumber.isEmpty());
    // What the receipt of that profile then names.
    const ReceiptPdf::Issuer issuer = ReceiptPdf::issuerOf(*savedHead);
    EXPECT_EQ(issuer.dealerName, u"Northside Motors Ltd"_s);
    EXPECT_EQ(issuer.address.size(), 2);
    EXPECT_TRUE(dialog.auditEntry(u"alice"_s)
                    .after.value(u"profiles"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"dealerName"_s) == u"Northside Motors Ltd"_s);
    QSettings().clear();
}

} // namespace
} // namespace paydesk::ui

namespace paydesk::uitest {
namespace {

using paydesk::ui::MainWindow;
using paydesk::ui::ShortcutsDialog;

class ReceiptWindowTest : public StoreTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(m_store.get(), m_clock);
        w->resize(1300, 800);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
};

TEST_F(ReceiptWindowTest, CtrlPPrintsTheSelectedPaymentsReceiptThroughThePrintDialog)
{
    fillWith(12);
    auto w = makeWindow();
    QTemporaryDir dir;
    const QString output = dir.filePath(u"printed.pdf"_s);
    int dialogs = 0;
    // The print dialog, answered: the printer writes a PDF file, so nothing blocks.
    w->setPrintDialog([&](QPrinter& printer, QWidget*) {
        ++dialogs;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(output);
        return true;
    });
    w->setReceiptIssuer({u"Northside Motors Ltd"_s, QString(), {u"1 Kirkstall Road"_s}, u"GB 123"_s, {}});

    // An open request: Ctrl+P does nothing, no dialog.
    ASSERT_TRUE(w->selectPayment(u"pay-0000000"_s));
    EXPECT_FALSE(w->printAction()->isEnabled());
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(dialogs, 0);
    EXPECT_FALSE(QFile::exists(output));

    // A paid one (pay-0000004: paid, cleared): Ctrl+P asks the dialog, then prints.
    ASSERT_TRUE(w->selectPayment(u"pay-0000004"_s));
    EXPECT_TRUE(w->printAction()->isEnabled());
    EXPECT_EQ(w->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    const auto payment = m_store->payment(u"pay-0000004"_s);
    ASSERT_TRUE(payment && payment->has_value());
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(dialogs, 1);
    ASSERT_TRUE(QFile::exists(output));
    const QString text = paydesk::ui::pdfText(output);
    EXPECT_THAT(text.toStdString(), HasSubstr("Northside Motors Ltd"));
    EXPECT_THAT(text.toStdString(), HasSubstr("VAT number: GB 123"));
    EXPECT_THAT(text.toStdString(), HasSubstr((*payment)->customer.name.toStdString()));
    EXPECT_THAT(text.toStdString(), HasSubstr("Funds cleared Yes"));
    // Printing is an export of the customer's data: it is in the audit log, naming the printer.
    auto audit = m_store->auditEntries();
    ASSERT_TRUE(audit.ok());
    const auto printed = std::find_if(audit->begin(), audit->end(), [](const AuditEntry& e) {
        return e.after.value(u"kind"_s).toString() == u"receipt-print"_s;
    });
    ASSERT_NE(printed, audit->end());
    EXPECT_EQ(printed->paymentId, u"pay-0000004"_s);
    EXPECT_EQ(printed->after.value(u"printer"_s).toString(), output);

    // Cancelled in the dialog: nothing printed.
    QFile::remove(output);
    w->setPrintDialog([&](QPrinter&, QWidget*) {
        ++dialogs;
        return false;
    });
    w->printAction()->trigger();
    EXPECT_EQ(dialogs, 2);
    EXPECT_FALSE(QFile::exists(output));
}

TEST_F(ReceiptWindowTest, ThePlatformsStoreDetailsWinOverTheProfileFieldByField)
{
    auto w = makeWindow();
    w->setReceiptIssuer(
        {u"Profile Motors"_s, QString(), {u"Profile Street 1"_s}, u"GB 999"_s, u"/logo.png"_s});
    w->setStoreIssuers({{u"E1/S1"_s, {u"Platform Motors"_s, u"Platform Bristol"_s, {}, u"GB 111"_s, {}}}});
    Payment p = paydesk::ui::test::samplePayment(PaymentStatus::Code::Paid);
    p.enterpriseId = u"E1"_s;
    p.storeId = u"S1"_s;
    const auto issuer = w->receiptIssuerFor(p);
    EXPECT_EQ(issuer.dealerName, u"Platform Motors"_s);
    EXPECT_EQ(issuer.siteName, u"Platform Bristol"_s);
    EXPECT_EQ(issuer.address, QStringList{u"Profile Street 1"_s}) << "the platform sent none";
    EXPECT_EQ(issuer.vatNumber, u"GB 111"_s);
    EXPECT_EQ(issuer.logoFile, u"/logo.png"_s);
    p.storeId = u"S2"_s; // a store the platform said nothing about
    EXPECT_EQ(w->receiptIssuerFor(p).dealerName, u"Profile Motors"_s);
    EXPECT_EQ(w->receiptIssuerFor(p).siteName, u"S2"_s);
}

TEST(ReceiptFromThePlatform, TheStoresDetailsFromThePlatformHeadThePrintedReceipt)
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    options.seedCount = 0;
    sandbox::Sandbox platform(options);
    ASSERT_TRUE(platform.start().ok());
    const auto stores = platform.state().stores();
    const auto bristol = std::find_if(stores.begin(), stores.end(), [](const auto& s) {
        return s.storeName == u"Lakeside Motors Bristol"_s;
    });
    ASSERT_NE(bristol, stores.end());

    SyncSession::Config config;
    config.profile.name = u"receipts"_s;
    config.profile.baseUrl = platform.baseUrl();
    config.profile.clientId = platform.clientId();
    config.profile.localTestPlatform = true; // the sandbox speaks plain http on loopback
    config.profile.enterpriseId = bristol->enterpriseId;
    config.profile.storeIds << bristol->storeId;
    // The profile says something else: the platform's word wins where it has one.
    config.profile.dealerName = u"Profile Name Ltd"_s;
    config.cachePath = dir.filePath(u"cache.sqlite"_s);
    config.user = u"tester"_s;
    MemorySecretStore secrets;
    bool written = false;
    secrets.write(config.profile.clientSecretKey(), platform.clientSecret().toUtf8(), &secrets,
                  [&written](SecretStore::DoneResult r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 2000));
    SyncSession session(config, secrets);
    ASSERT_TRUE(session.open().ok());
    MainWindow window(session.store());
    window.setReceiptIssuer(paydesk::ui::ReceiptPdf::issuerOf(config.profile));
    window.setSession(&session);
    session.start();

    // A paid payment at that store.
    InitiateRequest request;
    request.enterpriseId = bristol->enterpriseId;
    request.storeId = bristol->storeId;
    request.customer = {u"Amelia Hart"_s, u"amelia@example.com"_s, u"+447700900123"_s};
    request.channels = Channel::Email;
    request.reference = PaymentReference::make(PaymentReference::Type::Invoice, u"INV-77"_s);
    request.description = u"Service"_s;
    request.amount = *Money::fromMinor(12000, u"GBP"_s);
    auto created = platform.state().initiate(request);
    ASSERT_TRUE(created.ok());
    sandbox::StatusUpdate paid;
    paid.status = PaymentStatus(PaymentStatus::Code::Paid);
    paid.transactionReference = u"TXN-1"_s;
    paid.amountPaid = request.amount;
    paid.cardBrand = u"VISA"_s;
    paid.cardLast4 = u"4242"_s;
    auto applied =
        platform.state().applyStatusUpdate(bristol->enterpriseId, bristol->storeId, created->paymentId, paid);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto p = session.store()->payment(created->paymentId);
            return p && p->has_value() && (*p)->status.isPaid();
        },
        20000));
    // The store details arrive through the session (GET /stores on its worker).
    const auto cached = session.store()->payment(created->paymentId);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.receiptIssuerFor(**cached).vatNumber == u"GB 284 1937 56"_s; }, 20000));

    const QString output = dir.filePath(u"printed.pdf"_s);
    window.setPrintDialog([&](QPrinter& printer, QWidget*) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(output);
        return true;
    });
    ASSERT_TRUE(window.selectPayment(created->paymentId));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.printAction()->isEnabled(); }, 5000));
    window.printAction()->trigger();
    ASSERT_TRUE(QFile::exists(output));
    const QString text = paydesk::ui::pdfText(output);
    for (const char* expected : {"Lakeside Motor Group", "Lakeside Motors Bristol", "Unit 4, Avonmouth Way",
                                 "Bristol BS11 9YA", "VAT number: GB 284 1937 56", "Amelia Hart", "INV-77"})
        EXPECT_THAT(text.toStdString(), HasSubstr(expected));
    EXPECT_THAT(text.toStdString(), Not(HasSubstr("Profile Name Ltd")));
    EXPECT_THAT(text.toStdString(), Not(HasSubstr("amelia@example.com")));
    session.stop();
}

/// Every QAction of the window that has a shortcut, by object.
QList<QAction*> shortcutActions(const MainWindow& w)
{
    QList<QAction*> out;
    for (QAction* action : w.findChildren<QAction*>()) {
        if (!action->shortcuts().isEmpty() && !out.contains(action))
            out << action;
    }
    return out;
}

TEST_F(ReceiptWindowTest, TheShortcutsListShowsEveryShortcutOfTheWindow)
{
    fillWith(5);
    auto w = makeWindow();
    ASSERT_EQ(w->shortcutsAction()->shortcut(), QKeySequence(u"?"_s));
    // From the Help menu.
    w->shortcutsAction()->trigger();
    ShortcutsDialog* dialog = w->shortcutsDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QList<QAction*> actions = shortcutActions(*w);
    EXPECT_GE(actions.size(), 15);
    const auto entries = dialog->entries();
    ASSERT_EQ(dialog->table()->rowCount(), entries.size());
    for (QAction* action : actions) {
        const QString name = ShortcutsDialog::nameText(*action);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        EXPECT_FALSE(name.isEmpty()) << keys.toStdString() << " has no name";
        bool listed = false;
        for (int r = 0; r < dialog->table()->rowCount(); ++r)
            listed = listed || (dialog->table()->item(r, 0)->text() == name &&
                                dialog->table()->item(r, 1)->text().contains(keys));
        EXPECT_TRUE(listed) << name.toStdString() << " (" << keys.toStdString() << ") is not listed";
    }
    EXPECT_EQ(entries.size(), actions.size()) << "nothing listed that is not a shortcut of the window";
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->shortcutsDialog() == nullptr; }));
}

TEST_F(ReceiptWindowTest, TheShortcutsListAndTheReceiptSpeakGerman)
{
    fillWith(5);
    auto w = makeWindow();
    w->shortcutsAction()->trigger();
    ShortcutsDialog* dialog = w->shortcutsDialog();
    ASSERT_NE(dialog, nullptr);
    {
        paydesk::ui::Translator translator;
        ASSERT_TRUE(translator.setLanguage(u"de"_s));
        QCoreApplication::processEvents(); // LanguageChange is delivered as an event
        EXPECT_EQ(dialog->windowTitle(), u"Tastenkürzel"_s);
        // The open list follows: the actions' German names.
        QStringList names;
        for (const auto& entry : dialog->entries())
            names << entry.name;
        EXPECT_TRUE(names.contains(u"Quittung drucken"_s)) << names.join(u" | "_s).toStdString();
        EXPECT_TRUE(names.contains(u"Tastenkürzel"_s)) << names.join(u" | "_s).toStdString();
        const QString receipt =
            paydesk::ui::ReceiptPdf(paydesk::ui::ReceiptPdf::Issuer{u"Autohaus Keller GmbH"_s},
                                    QLocale(QLocale::German, QLocale::Germany), QTimeZone("Europe/Berlin"))
                .document(paydesk::ui::test::samplePayment(PaymentStatus::Code::Paid))
                ->toPlainText();
        for (const QString& german : {u"Zahlungsquittung"_s, u"Zahlungsreferenz"_s, u"Bezahlt am"_s,
                                      u"Geld gutgeschrieben"_s, u"Montag, 2. März 2026, 11:40 CET"_s})
            EXPECT_TRUE(receipt.contains(german)) << german.toStdString() << "\n" << receipt.toStdString();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog->windowTitle(), u"Keyboard shortcuts"_s);
    dialog->close();
}

TEST_F(ReceiptWindowTest, QuestionMarkOpensTheListOnlyOutsideTextFields)
{
    fillWith(5);
    auto w = makeWindow();
    // Typed into the search box, "?" is text.
    QLineEdit* search = w->filterBar()->searchEdit();
    ASSERT_NE(search, nullptr);
    search->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->hasFocus(); }));
    QTest::keyClick(search, Qt::Key_Question, Qt::ShiftModifier);
    QTest::keyClicks(search, u"?"_s);
    EXPECT_EQ(search->text(), u"??"_s);
    EXPECT_EQ(w->shortcutsDialog(), nullptr);
    search->clear();

    // In the table it opens the list.
    w->table()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->table()->hasFocus(); }));
    QTest::keyClicks(w->table(), u"?"_s);
    ASSERT_NE(w->shortcutsDialog(), nullptr);
    EXPECT_TRUE(w->shortcutsDialog()->isVisible());
    w->shortcutsDialog()->close();
}

} // namespace
} // namespace paydesk::uitest
