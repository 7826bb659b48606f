// Renders each dialog offscreen to PNG, so people can look at them (and the README can show
// them). Set PAYDESK_SCREENSHOT_DIR to keep the files; otherwise they go to a temporary folder
// and the test only checks that something sensible was painted.
#include "DialogTestSupport.h"
#include "Theme.h"
#include "Translator.h"
#include "dialogs/CancelDialog.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/InitiateDialog.h"
#include "dialogs/KioskSettingsForm.h"
#include "dialogs/ResendDialog.h"
#include "dialogs/SettingsDialog.h"
#include "export/ReceiptPdf.h"
#include "kiosk/StaffPin.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;

namespace {

class DialogScreenshotTest : public ::testing::Test
{
protected:
    QString outputDir()
    {
        const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            return dir;
        }
        return m_temp.path();
    }

    void save(QWidget& w, const QString& name)
    {
        // Let posted layout requests run, as the event loop would before painting.
        QCoreApplication::processEvents();
        w.adjustSize();
        QCoreApplication::processEvents();
        const QImage image = w.grab().toImage();
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(image.width(), 200);
        EXPECT_GT(image.height(), 100);
        const QString path = QDir(outputDir()).filePath(name);
        ASSERT_TRUE(image.save(path)) << qPrintable(path);
    }

    QTemporaryDir m_temp;
};

TEST_F(DialogScreenshotTest, InitiateDialog)
{
    InitiateDialog dialog(
        {{QStringLiteral("ENT1"), QStringLiteral("LEEDS"), QStringLiteral("Leeds — Sales")},
         {QStringLiteral("ENT1"), QStringLiteral("YORK"), QStringLiteral("York — Service")}});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(dialog, "name"), QStringLiteral("Jane Doe"));
    typeInto(child<QLineEdit>(dialog, "email"), QStringLiteral("jane@example"));
    typeInto(child<QLineEdit>(dialog, "phone"), QStringLiteral("07700 900123"));
    typeInto(child<QLineEdit>(dialog, "referenceNumber"), QStringLiteral("INV-10234"));
    typeInto(child<QLineEdit>(dialog, "description"), QStringLiteral("Service and MOT"));
    typeInto(child<QLineEdit>(dialog, "amount"), QStringLiteral("1249.5"));
    save(dialog, QStringLiteral("initiate-dialog.png"));
    clickAccept(dialog);
    save(dialog, QStringLiteral("initiate-dialog-errors.png"));
}

TEST_F(DialogScreenshotTest, InitiateDialogDark)
{
    // The messages must stay readable on the dark palette.
    const QPalette previous = QApplication::palette();
    QApplication::setPalette(Theme::darkPalette());
    {
        InitiateDialog dialog(
            {{QStringLiteral("ENT1"), QStringLiteral("LEEDS"), QStringLiteral("Leeds — Sales")}});
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<QLineEdit>(dialog, "name"), QStringLiteral("Jane Doe"));
        typeInto(child<QLineEdit>(dialog, "email"), QStringLiteral("jane@"));
        clickAccept(dialog);
        save(dialog, QStringLiteral("initiate-dialog-dark.png"));
    }
    QApplication::setPalette(previous);
}

TEST_F(DialogScreenshotTest, InitiateDialogInGerman)
{
    // German labels are longer: check nothing is cut off.
    Translator translator;
    ASSERT_TRUE(translator.setLanguage(QStringLiteral("de")));
    {
        InitiateDialog dialog(
            {{QStringLiteral("E305512"), QStringLiteral("S01"), QStringLiteral("Autohaus Keller Hamburg")}});
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<QLineEdit>(dialog, "name"), QStringLiteral("Juergen Mueller"));
        typeInto(child<QLineEdit>(dialog, "amount"), QStringLiteral("1.234,5"));
        clickAccept(dialog);
        save(dialog, QStringLiteral("initiate-dialog-de.png"));
    }
    translator.setLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST_F(DialogScreenshotTest, CancelDialog)
{
    CancelDialog dialog(samplePayment());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QComboBox>(dialog, "reason")->setCurrentIndex(0);
    child<QCheckBox>(dialog, "confirm")->setChecked(true);
    save(dialog, QStringLiteral("cancel-dialog.png"));
}

TEST_F(DialogScreenshotTest, ResendDialog)
{
    ResendDialog dialog(samplePayment());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(dialog, "email"), QStringLiteral("jane.doe@example.org"));
    child<QCheckBox>(dialog, "bySms")->setChecked(true);
    save(dialog, QStringLiteral("resend-dialog.png"));
}

TEST_F(DialogScreenshotTest, FirstRunDialog)
{
    MemorySecretStore secrets;
    FirstRunDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(dialog, "baseUrl"), QStringLiteral("https://api.eu.example.com"));
    typeInto(child<QLineEdit>(dialog, "enterpriseId"), QStringLiteral("E100234"));
    typeInto(child<QLineEdit>(dialog, "storeIds"), QStringLiteral("S01, S02"));
    typeInto(child<QLineEdit>(dialog, "clientId"), QStringLiteral("paydesk-leeds"));
    save(dialog, QStringLiteral("first-run-dialog.png"));
}

TEST_F(DialogScreenshotTest, SettingsDialog)
{
    QSettings().clear();
    AppSettings settings;
    ConnectionProfile profile;
    profile.name = QStringLiteral("Head office");
    profile.baseUrl = QUrl(QStringLiteral("https://api.eu.example.com"));
    profile.enterpriseId = QStringLiteral("E100234");
    profile.storeIds = {QStringLiteral("S01"), QStringLiteral("S02")};
    profile.clientId = QStringLiteral("paydesk-leeds");
    settings.profiles = {profile};
    settings.save();
    MemorySecretStore secrets;
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // The keychain has answered whether a secret is stored (none is, in this test).
    auto* secret = child<QLineEdit>(dialog, "clientSecret");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return secret->placeholderText() == QStringLiteral("Not stored yet"); }, 5000))
        << secret->placeholderText().toStdString();
    save(dialog, QStringLiteral("settings-dialog.png"));
    QSettings().clear();
}

TEST_F(DialogScreenshotTest, SettingsKioskTab)
{
    // The Kiosk tab twice: a PIN too short (its message under the field), and with the PIN and
    // the idle time provisioned by IT (read-only, "Set by your administrator").
    QSettings().clear();
    AppSettings settings;
    ConnectionProfile profile;
    profile.name = QStringLiteral("Service desk");
    profile.baseUrl = QUrl(QStringLiteral("https://api.eu.example.com"));
    profile.enterpriseId = QStringLiteral("E100234");
    profile.storeIds = {QStringLiteral("S01")};
    profile.clientId = QStringLiteral("paydesk-desk");
    settings.profiles = {profile};
    settings.save();
    MemorySecretStore secrets;
    {
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* form = child<KioskSettingsForm>(dialog, "kioskSettingsForm");
        child<QTabWidget>(dialog, "tabs")->setCurrentWidget(form);
        typeInto(child<QLineEdit>(dialog, "kioskDealershipName"), QStringLiteral("Riverside Motors"));
        typeInto(child<QLineEdit>(dialog, "staffPin"), QStringLiteral("1234"));
        typeInto(child<QLineEdit>(dialog, "staffPinRepeat"), QStringLiteral("1234"));
        clickAccept(dialog);
        ASSERT_FALSE(form->shownError(QStringLiteral("staffPin")).isEmpty());
        save(dialog, QStringLiteral("settings-kiosk.png"));
    }
    QSettings system(QSettings::NativeFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
                     QCoreApplication::applicationName());
    system.setValue(QStringLiteral("Kiosk/pinHash"),
                    StaffPin::hash(QStringLiteral("135791"), StaffPin::MinIterations));
    system.setValue(QStringLiteral("Kiosk/idleSeconds"), 90);
    system.setValue(QStringLiteral("Kiosk/enabled"), true);
    system.sync();
    {
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        child<QTabWidget>(dialog, "tabs")
            ->setCurrentWidget(child<KioskSettingsForm>(dialog, "kioskSettingsForm"));
        save(dialog, QStringLiteral("settings-kiosk-provisioned.png"));
    }
    system.clear();
    QSettings().clear();
}

TEST_F(DialogScreenshotTest, ReceiptPreview)
{
    // The receipt's document as laid out on screen (the PDF and the printer print the same one).
    const auto document = ReceiptPdf({QStringLiteral("Northside Motors"),
                                      QStringLiteral("Leeds — Service"),
                                      {QStringLiteral("1 Kirkstall Road"), QStringLiteral("Leeds LS3 1LH")},
                                      QStringLiteral("GB 123 4567 89"),
                                      QString()})
                              .document(samplePayment(PaymentStatus::Code::Paid));
    document->setTextWidth(600);
    QImage image(QSize(600, int(document->size().height()) + 1), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document->drawContents(&painter);
    painter.end();
    EXPECT_GT(image.height(), 200);
    ASSERT_TRUE(image.save(QDir(outputDir()).filePath(QStringLiteral("receipt-preview.png"))));
}

} // namespace
