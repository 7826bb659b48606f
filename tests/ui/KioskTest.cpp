// Kiosk mode (issue 10): the locked-down customer screen, its look-up, PIN, idle wipe, QR code
// and accessibility, offscreen with a ManualClock (no sleeps).
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Translator.h"
#include "UiFixture.h"
#include "kiosk/CounterDisplay.h"
#include "kiosk/CustomerLookup.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskPaymentView.h"
#include "kiosk/KioskStoreName.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PinPad.h"
#include "kiosk/QrCode.h"
#include "kiosk/QrCodeWidget.h"
#include "kiosk/StaffPin.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qrencode.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::AuditEntry;
using paydesk::KioskConfig;
using paydesk::Payment;
using paydesk::PaymentStatus;
using paydesk::StaffPin;
using paydesk::ui::KioskWindow;

namespace {

// A PIN hash with the smallest iteration count StaffPin accepts keeps the tests quick; the
// format and the default count are checked in PinHashFormat.
const QString TestPin = u"246810"_s;

class KioskTest : public paydesk::uitest::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        fillWith(40);
        static const QString hash = StaffPin::hash(TestPin, StaffPin::MinIterations);
        m_config.pinHash = hash;
        m_config.dealershipName = u"Riverside Motors"_s;
        m_lockoutPath = m_dir.filePath(u"lockout.ini"_s);
        makeKiosk();
    }

    void TearDown() override { m_kiosk.reset(); }

    void makeKiosk()
    {
        m_kiosk = std::make_unique<KioskWindow>(m_store.get(), m_config, QStringList{u"S1"_s}, m_clock);
        m_kiosk->setLockoutSettingsPath(m_lockoutPath);
        m_kiosk->setAuditSink([this](const AuditEntry& e) { m_audit << e; });
        m_kiosk->resize(1280, 800);
    }

    /// Payment number i of the fixture data.
    Payment payment(int i) { return paydesk::uitest::makePayment(i, m_clock.now()); }
    static QString surnameOf(const Payment& p) { return p.customer.name.section(u' ', -1); }

    void lookUp(const QString& reference, const QString& surname)
    {
        if (m_kiosk->page() != KioskWindow::Page::Lookup)
            QTest::mouseClick(m_kiosk->startButton(), Qt::LeftButton);
        ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Lookup);
        m_kiosk->referenceField()->setFocus();
        m_kiosk->referenceField()->setText(QString());
        QTest::keyClicks(m_kiosk->referenceField(), reference);
        m_kiosk->surnameField()->setText(QString());
        QTest::keyClicks(m_kiosk->surnameField(), surname);
        QTest::mouseClick(m_kiosk->findButton(), Qt::LeftButton);
    }

    void enterPin(const QString& pin)
    {
        for (const QChar c : pin)
            QTest::mouseClick(m_kiosk->pinPad()->findChild<QAbstractButton*>(u"pinKey"_s + c),
                              Qt::LeftButton);
        QSignalSpy checked(m_kiosk.get(), &KioskWindow::pinChecked);
        QTest::mouseClick(m_kiosk->pinPad()->findChild<QAbstractButton*>(u"pinOk"_s), Qt::LeftButton);
        ASSERT_TRUE(checked.size() == 1 || checked.wait(10000));
    }

    /// Every text a widget of the window holds: labels, fields, buttons, names, tooltips.
    QStringList allTexts() const
    {
        QStringList texts;
        for (QWidget* w : m_kiosk->findChildren<QWidget*>()) {
            texts << w->accessibleName() << w->toolTip() << w->windowTitle();
            if (auto* label = qobject_cast<QLabel*>(w))
                texts << label->text();
            if (auto* edit = qobject_cast<QLineEdit*>(w)) {
                texts << edit->text() << edit->placeholderText();
                EXPECT_FALSE(edit->isUndoAvailable()) << edit->objectName().toStdString();
            }
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                texts << button->text();
        }
        return texts;
    }

    void saveShot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("PAYDESK_KIOSK_SHOTS");
        if (!dir.isEmpty())
            m_kiosk->grab().save(QDir(dir).filePath(name));
    }

    KioskConfig m_config;
    QString m_lockoutPath;
    QList<AuditEntry> m_audit;
    std::unique_ptr<KioskWindow> m_kiosk;
};

int countAudit(const QList<AuditEntry>& audit, const QString& action)
{
    return int(
        std::count_if(audit.begin(), audit.end(), [&](const AuditEntry& e) { return e.action == action; }));
}

QList<QWidget*> visibleTopLevels()
{
    QList<QWidget*> out;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            out << w;
    }
    return out;
}

TEST_F(KioskTest, LookupWithBothRightShowsThePaymentWithItsQrCode)
{
    m_kiosk->show();
    saveShot(u"welcome.png"_s);
    const Payment p = payment(0); // open, store S1
    lookUp(p.reference.number, surnameOf(p).toLower());
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Payment) << m_kiosk->lookupMessage().toStdString();
    EXPECT_EQ(m_kiosk->paymentView()->paymentId(), p.paymentId);
    EXPECT_TRUE(m_kiosk->paymentView()->isQrCodeShown());
    EXPECT_EQ(m_kiosk->paymentView()->statusText(), u"Waiting for your payment"_s);
    // The typed reference and surname are gone from the look-up's fields.
    EXPECT_TRUE(m_kiosk->referenceField()->text().isEmpty());
    EXPECT_TRUE(m_kiosk->surnameField()->text().isEmpty());
    saveShot(u"payment.png"_s);
}

TEST_F(KioskTest, EveryFailedLookupGetsTheSameAnswer)
{
    m_kiosk->show();
    const Payment open = payment(0);       // open, S1
    const Payment cancelled = payment(18); // cancelled, S1
    ASSERT_EQ(cancelled.status.code(), PaymentStatus::Code::Cancelled);
    ASSERT_EQ(cancelled.storeId, u"S1"_s);
    const Payment otherStore = payment(1); // open, S2
    ASSERT_EQ(otherStore.storeId, u"S2"_s);
    ASSERT_TRUE(otherStore.status.isOpen());

    const QList<std::pair<QString, QString>> attempts = {
        {open.reference.number, u"Nobody"_s},                 // right reference, wrong surname
        {u"R-999999"_s, surnameOf(open)},                     // wrong reference, right surname
        {cancelled.reference.number, surnameOf(cancelled)},   // a cancelled payment
        {otherStore.reference.number, surnameOf(otherStore)}, // another store's payment
        {open.reference.number.left(5), surnameOf(open)},     // a partial reference
    };
    for (const auto& [reference, surname] : attempts) {
        lookUp(reference, surname);
        EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Lookup) << reference.toStdString();
        EXPECT_EQ(m_kiosk->lookupMessage(), KioskWindow::notFoundText()) << reference.toStdString();
        EXPECT_TRUE(m_kiosk->paymentView()->paymentId().isEmpty());
    }
}

TEST_F(KioskTest, FailedLookupsBringACoolDownThatGrows)
{
    m_kiosk->show();
    const Payment open = payment(0);
    for (int i = 0; i < paydesk::LookupThrottle::FreeAttempts; ++i)
        lookUp(open.reference.number, u"Wrong"_s);
    // Now even the right answer waits.
    lookUp(open.reference.number, surnameOf(open));
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Lookup);
    EXPECT_TRUE(m_kiosk->lookupMessage().startsWith(u"Too many attempts"_s))
        << m_kiosk->lookupMessage().toStdString();
    m_clock.advanceMs(paydesk::LookupThrottle::BaseCooldownMs - 1000);
    lookUp(open.reference.number, surnameOf(open));
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Lookup);
    m_clock.advanceMs(1000);
    // The cool-down is over; another failure doubles it.
    lookUp(open.reference.number, u"Wrong"_s);
    EXPECT_EQ(m_kiosk->lookupMessage(), KioskWindow::notFoundText());
    EXPECT_EQ(m_kiosk->throttle().remainingMs(), 2 * paydesk::LookupThrottle::BaseCooldownMs);
    m_clock.advanceMs(2 * paydesk::LookupThrottle::BaseCooldownMs);
    lookUp(open.reference.number, surnameOf(open));
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Payment) << m_kiosk->lookupMessage().toStdString();
}

TEST_F(KioskTest, TheLookupCoolDownSurvivesARestart)
{
    m_kiosk->show();
    const Payment open = payment(0);
    for (int i = 0; i < paydesk::LookupThrottle::FreeAttempts; ++i)
        lookUp(open.reference.number, u"Wrong"_s);
    ASSERT_EQ(m_kiosk->throttle().remainingMs(), paydesk::LookupThrottle::BaseCooldownMs);

    // Restart: a new kiosk over the same settings still makes the customer wait.
    m_kiosk.reset();
    makeKiosk();
    m_kiosk->show();
    EXPECT_EQ(m_kiosk->throttle().remainingMs(), paydesk::LookupThrottle::BaseCooldownMs);
    lookUp(open.reference.number, surnameOf(open));
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Lookup);
    EXPECT_TRUE(m_kiosk->lookupMessage().startsWith(u"Too many attempts"_s))
        << m_kiosk->lookupMessage().toStdString();

    // The count survived too: the next failure after the cool-down doubles it.
    m_clock.advanceMs(paydesk::LookupThrottle::BaseCooldownMs);
    m_kiosk.reset();
    makeKiosk();
    m_kiosk->show();
    lookUp(open.reference.number, u"Wrong"_s);
    EXPECT_EQ(m_kiosk->lookupMessage(), KioskWindow::notFoundText());
    EXPECT_EQ(m_kiosk->throttle().remainingMs(), 2 * paydesk::LookupThrottle::BaseCooldownMs);
    m_clock.advanceMs(2 * paydesk::LookupThrottle::BaseCooldownMs);
    lookUp(open.reference.number, surnameOf(open));
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Payment) << m_kiosk->lookupMessage().toStdString();
    // A success starts the count again, also for the next start.
    m_kiosk.reset();
    makeKiosk();
    EXPECT_EQ(m_kiosk->throttle().failures(), 0);
    EXPECT_EQ(m_kiosk->throttle().remainingMs(), 0);
}

TEST_F(KioskTest, EscapeAttemptsLeaveTheKioskTheOnlyWindow)
{
    m_kiosk->showFullScreen();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_kiosk.get()));
    QTest::mouseClick(m_kiosk->startButton(), Qt::LeftButton);
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Lookup);
    EXPECT_TRUE(m_kiosk->windowFlags().testFlag(Qt::FramelessWindowHint));
    EXPECT_TRUE(m_kiosk->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    EXPECT_TRUE(m_kiosk->isFullScreen());

    const QList<std::pair<Qt::Key, Qt::KeyboardModifiers>> keys = {
        {Qt::Key_F4, Qt::AltModifier},    {Qt::Key_Q, Qt::ControlModifier}, {Qt::Key_W, Qt::ControlModifier},
        {Qt::Key_Escape, Qt::NoModifier}, {Qt::Key_F11, Qt::NoModifier},    {Qt::Key_Menu, Qt::NoModifier},
    };
    for (QWidget* target :
         {static_cast<QWidget*>(m_kiosk->referenceField()), static_cast<QWidget*>(m_kiosk.get())}) {
        for (const auto& [key, mods] : keys) {
            QTest::keyClick(target, key, mods);
            EXPECT_TRUE(m_kiosk->isVisible()) << int(key);
            EXPECT_TRUE(m_kiosk->isFullScreen()) << int(key);
            EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Lookup) << int(key);
            EXPECT_EQ(visibleTopLevels(), QList<QWidget*>{m_kiosk.get()}) << int(key);
        }
    }
    // A close event (the window manager's answer to Alt+F4) is refused.
    EXPECT_FALSE(m_kiosk->close());
    EXPECT_TRUE(m_kiosk->isVisible());
    // Context menus (right click, the menu key's event) open nothing.
    for (QWidget* target :
         {static_cast<QWidget*>(m_kiosk->referenceField()), static_cast<QWidget*>(m_kiosk.get())}) {
        QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5), target->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(target, &menu);
        QContextMenuEvent keyMenu(QContextMenuEvent::Keyboard, QPoint(5, 5),
                                  target->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(target, &keyMenu);
    }
    QTest::mouseClick(m_kiosk->referenceField(), Qt::RightButton);
    // A later event that must come after any popup: the focus is still in the kiosk.
    QTest::keyClicks(m_kiosk->referenceField(), u"AB"_s);
    EXPECT_EQ(m_kiosk->referenceField()->text(), u"AB"_s);
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
    EXPECT_EQ(visibleTopLevels(), QList<QWidget*>{m_kiosk.get()});
    EXPECT_TRUE(m_kiosk->referenceField()->contextMenuPolicy() == Qt::NoContextMenu);
    EXPECT_FALSE(m_kiosk->referenceField()->acceptDrops());
}

TEST_F(KioskTest, PinHashFormat)
{
    QElapsedTimer timer;
    timer.start();
    const QString hash = StaffPin::hash(TestPin);
    const qint64 ms = timer.elapsed();
    std::cout << "[ measured ] PBKDF2-SHA256, " << StaffPin::DefaultIterations << " iterations: " << ms
              << " ms\n";
    static const QRegularExpression format(
        u"^pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"_s);
    EXPECT_TRUE(format.match(hash).hasMatch()) << hash.toStdString();
    EXPECT_FALSE(hash.contains(TestPin));
    EXPECT_TRUE(StaffPin::isWellFormed(hash));
    EXPECT_TRUE(StaffPin::verify(TestPin, hash));
    EXPECT_FALSE(StaffPin::verify(u"246811"_s, hash));
    // A fresh salt every time.
    const QString again = StaffPin::hash(TestPin, StaffPin::MinIterations);
    EXPECT_NE(again.section(u'$', 2, 2), hash.section(u'$', 2, 2));
    // 6–12 digits only; a weak iteration count is refused.
    EXPECT_TRUE(StaffPin::hash(u"12345"_s).isEmpty());
    EXPECT_TRUE(StaffPin::hash(u"1234567890123"_s).isEmpty());
    EXPECT_TRUE(StaffPin::hash(u"12345a"_s).isEmpty());
    EXPECT_TRUE(StaffPin::hash(TestPin, 1000).isEmpty());
    QString weak = hash;
    weak.replace(u"$600000$"_s, u"$1000$"_s);
    EXPECT_FALSE(StaffPin::isWellFormed(weak));
    EXPECT_FALSE(StaffPin::verify(TestPin, weak));
}

TEST_F(KioskTest, RightPinUnlocksTheStaffMenuAndIsAudited)
{
    m_kiosk->show();
    QTest::keyClick(m_kiosk.get(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Pin);
    saveShot(u"pin.png"_s);
    enterPin(TestPin);
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Staff);
    EXPECT_TRUE(m_kiosk->isStaffUnlocked());
    EXPECT_EQ(countAudit(m_audit, u"kiosk.unlock"_s), 1);
    // Through the store's audit path, as the app wires it.
    for (const AuditEntry& e : std::as_const(m_audit))
        ASSERT_TRUE(m_store->appendAudit(e).ok());
    auto lines = m_store->auditEntries(10);
    ASSERT_TRUE(lines.ok());
    ASSERT_FALSE(lines->isEmpty());
    EXPECT_EQ(lines->first().action, u"kiosk.unlock"_s);
    EXPECT_EQ(lines->first().who, u"kiosk"_s);
}

TEST_F(KioskTest, TenWrongPinsLockTheEntryAndTheLockSurvivesARestart)
{
    m_kiosk->show();
    m_kiosk->requestStaffAccess();
    for (int i = 0; i < paydesk::PinLockout::MaxFailures; ++i) {
        enterPin(u"111111"_s);
        EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Pin);
    }
    EXPECT_EQ(countAudit(m_audit, u"kiosk.pin-failed"_s), paydesk::PinLockout::MaxFailures);
    EXPECT_EQ(countAudit(m_audit, u"kiosk.pin-lockout"_s), 1);
    EXPECT_TRUE(m_kiosk->pinPad()->message().contains(u"locked"_s))
        << m_kiosk->pinPad()->message().toStdString();
    // The right PIN is refused while locked, without even being checked.
    QSignalSpy checked(m_kiosk.get(), &KioskWindow::pinChecked);
    for (const QChar c : TestPin)
        m_kiosk->pinPad()->typeDigit(c);
    QTest::mouseClick(m_kiosk->pinPad()->findChild<QAbstractButton*>(u"pinOk"_s), Qt::LeftButton);
    EXPECT_TRUE(checked.isEmpty());
    EXPECT_FALSE(m_kiosk->isStaffUnlocked());

    // Restart: a new kiosk over the same settings is still locked.
    m_kiosk.reset();
    makeKiosk();
    m_kiosk->show();
    m_kiosk->requestStaffAccess();
    EXPECT_TRUE(m_kiosk->pinPad()->message().contains(u"locked"_s))
        << m_kiosk->pinPad()->message().toStdString();
    for (const QChar c : TestPin)
        m_kiosk->pinPad()->typeDigit(c);
    QTest::mouseClick(m_kiosk->pinPad()->findChild<QAbstractButton*>(u"pinOk"_s), Qt::LeftButton);
    EXPECT_FALSE(m_kiosk->isStaffUnlocked());

    // 30 minutes later the right PIN works again.
    m_clock.advanceMs(qint64(paydesk::PinLockout::LockMinutes) * 60'000);
    m_kiosk->pinPad()->clear();
    enterPin(TestPin);
    EXPECT_TRUE(m_kiosk->isStaffUnlocked());
}

TEST_F(KioskTest, IdleStaffSessionRelocks)
{
    m_kiosk->show();
    m_kiosk->requestStaffAccess();
    enterPin(TestPin);
    ASSERT_TRUE(m_kiosk->isStaffUnlocked());
    QSignalSpy ended(m_kiosk.get(), &KioskWindow::staffSessionEnded);
    m_clock.advanceMs(qint64(m_config.staffIdleMinutes) * 60'000 - 1000);
    m_kiosk->tick();
    EXPECT_TRUE(m_kiosk->isStaffUnlocked());
    // A touch restarts the count.
    QTest::mouseClick(m_kiosk->findChild<QAbstractButton*>(u"kioskAbout"_s), Qt::LeftButton);
    m_clock.advanceMs(qint64(m_config.staffIdleMinutes) * 60'000 - 1000);
    m_kiosk->tick();
    EXPECT_TRUE(m_kiosk->isStaffUnlocked());
    m_clock.advanceMs(1000);
    m_kiosk->tick();
    EXPECT_FALSE(m_kiosk->isStaffUnlocked());
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Welcome);
    EXPECT_EQ(ended.size(), 1);
    EXPECT_EQ(countAudit(m_audit, u"kiosk.relock"_s), 1);
}

TEST_F(KioskTest, IdleWipeLeavesNoCustomerTextInAnyWidget)
{
    m_kiosk->show();
    const Payment p = payment(0);
    // Something typed but not found, then the payment found.
    lookUp(p.reference.number, u"Typo"_s);
    lookUp(p.reference.number, surnameOf(p));
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Payment);
    const QStringList secrets = {
        p.customer.name.section(u' ', -1), p.reference.number, p.amount.format(QLocale()),
        p.payLink.section(u'/', -1),       p.description,      u"Typo"_s};
    // Before: the payment is on screen.
    const QString before = allTexts().join(u'\n');
    EXPECT_TRUE(before.contains(p.amount.format(QLocale())));
    m_clock.advanceMs(qint64(m_config.idleSeconds) * 1000 - 1000);
    m_kiosk->tick();
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Payment);
    m_clock.advanceMs(1000);
    m_kiosk->tick();
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Welcome);
    const QString after = allTexts().join(u'\n');
    for (const QString& secret : secrets)
        EXPECT_FALSE(after.contains(secret, Qt::CaseInsensitive)) << secret.toStdString();
    EXPECT_TRUE(m_kiosk->paymentView()->qrCode()->code().isEmpty());
    EXPECT_FALSE(m_kiosk->paymentView()->payment().has_value());
}

TEST_F(KioskTest, LiveStatusThenWipeAfterAFinalState)
{
    m_kiosk->show();
    const Payment p = payment(0);
    lookUp(p.reference.number, surnameOf(p));
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Payment);
    change(0, PaymentStatus::Code::InProgress, 2);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_kiosk->paymentView()->statusText() == u"Paying…"_s; }, 5000))
        << m_kiosk->paymentView()->statusText().toStdString();
    EXPECT_TRUE(m_kiosk->paymentView()->isQrCodeShown());
    change(0, PaymentStatus::Code::Paid, 3);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_kiosk->paymentView()->statusText().startsWith(u"Paid"_s); }, 5000));
    // No longer payable: the QR code goes.
    EXPECT_FALSE(m_kiosk->paymentView()->isQrCodeShown());
    saveShot(u"paid.png"_s);
    m_clock.advanceMs(qint64(m_config.finalIdleSeconds) * 1000 - 1000);
    m_kiosk->tick();
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Payment);
    m_clock.advanceMs(1000);
    m_kiosk->tick();
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Welcome);
}

TEST_F(KioskTest, QrCodeIsLibqrencodesMatrixOfThePayLinkAndIsPaintedSo)
{
    m_kiosk->show();
    const Payment p = payment(0);
    lookUp(p.reference.number, surnameOf(p));
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Payment);
    const paydesk::ui::QrCode& shown = m_kiosk->paymentView()->qrCode()->code();
    QRcode* expected = QRcode_encodeString(p.payLink.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    ASSERT_NE(expected, nullptr);
    ASSERT_EQ(shown.size(), expected->width);
    for (int i = 0; i < expected->width * expected->width; ++i)
        ASSERT_EQ(shown.modules().at(i), (expected->data[i] & 1) != 0) << i;
    QRcode_free(expected);

    // What is painted: each module's centre is black exactly where the matrix is dark.
    auto* widget = m_kiosk->paymentView()->qrCode();
    const QImage image = widget->grab().toImage();
    const int modules = shown.size() + 8;
    const int unit = qMin(widget->width(), widget->height()) / modules;
    ASSERT_GE(unit, 3) << "modules too small to scan: " << unit;
    const QPoint origin((widget->width() - unit * modules) / 2, (widget->height() - unit * modules) / 2);
    const qreal dpr = image.devicePixelRatio();
    for (int y = 0; y < shown.size(); ++y) {
        for (int x = 0; x < shown.size(); ++x) {
            const QPoint centre = origin + QPoint((x + 4) * unit + unit / 2, (y + 4) * unit + unit / 2);
            const bool dark = qGray(image.pixel(centre * dpr)) < 128;
            ASSERT_EQ(dark, shown.isDark(x, y)) << x << "," << y;
        }
    }
}

TEST_F(KioskTest, EveryControlHasAnAccessibleNameAndATouchSizedTarget)
{
    m_kiosk->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_kiosk.get()));
    const Payment p = payment(0);
    const auto checkPage = [&](const char* page) {
        QApplication::processEvents();
        for (QWidget* w : m_kiosk->findChildren<QWidget*>()) {
            if (!w->isVisible() || !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)))
                continue;
            EXPECT_FALSE(w->accessibleName().isEmpty()) << page << ": " << w->objectName().toStdString();
            EXPECT_GE(w->width(), 44) << page << ": " << w->objectName().toStdString();
            EXPECT_GE(w->height(), 44) << page << ": " << w->objectName().toStdString();
        }
    };
    checkPage("welcome");
    QTest::mouseClick(m_kiosk->startButton(), Qt::LeftButton);
    checkPage("look-up");
    lookUp(p.reference.number, surnameOf(p));
    checkPage("payment");
    m_kiosk->requestStaffAccess();
    checkPage("pin");
    enterPin(TestPin);
    checkPage("staff");
}

TEST_F(KioskTest, OnScreenKeyboardTypesIntoTheFieldInUse)
{
    m_kiosk->show();
    QTest::mouseClick(m_kiosk->startButton(), Qt::LeftButton);
    const auto key = [&](const QString& name) {
        QTest::mouseClick(m_kiosk->findChild<QAbstractButton*>(u"key_"_s + name), Qt::LeftButton);
    };
    QTest::mouseClick(m_kiosk->referenceField(), Qt::LeftButton);
    for (const QString& k : {u"R"_s, u"-"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s})
        key(k);
    QTest::mouseClick(m_kiosk->surnameField(), Qt::LeftButton);
    for (const QString& k : {u"H"_s, u"A"_s, u"R"_s, u"T"_s, u"X"_s})
        key(k);
    key(u"delete"_s);
    EXPECT_EQ(m_kiosk->referenceField()->text(), u"R-100000"_s);
    EXPECT_EQ(m_kiosk->surnameField()->text(), u"HART"_s);
    QTest::mouseClick(m_kiosk->findButton(), Qt::LeftButton);
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Payment) << m_kiosk->lookupMessage().toStdString();
}

TEST(KioskConfigTest, ProvisionedValuesWinOverTheUsersAndCannotBeChanged)
{
    QSettings user;
    user.setValue(u"Kiosk/idleSeconds"_s, 120);
    user.setValue(u"Kiosk/pinHash"_s, u"user-hash"_s);
    user.setValue(u"Kiosk/languages"_s, u"de"_s);
    user.sync();
    {
        QSettings system(QSettings::NativeFormat, QSettings::SystemScope,
                         QCoreApplication::organizationName(), QCoreApplication::applicationName());
        system.setValue(u"Kiosk/enabled"_s, true);
        system.setValue(u"Kiosk/pinHash"_s, u"provisioned-hash"_s);
        system.setValue(u"Kiosk/stores"_s, QStringList{u"S1"_s, u"S3"_s});
        system.setValue(u"Kiosk/idleSeconds"_s, 90);
        system.sync();
        ASSERT_EQ(system.status(), QSettings::NoError);
    }
    const KioskConfig config = KioskConfig::load();
    EXPECT_TRUE(config.enabled);
    EXPECT_EQ(config.pinHash, u"provisioned-hash"_s);
    EXPECT_EQ(config.idleSeconds, 90);
    EXPECT_EQ(config.storeIds, (QStringList{u"S1"_s, u"S3"_s}));
    EXPECT_EQ(config.languages, QStringList{u"de"_s}); // not provisioned: the user's
    EXPECT_TRUE(config.isProvisioned(u"pinHash"_s));
    EXPECT_FALSE(config.isProvisioned(u"languages"_s));
    EXPECT_FALSE(KioskConfig::saveUserValue(u"pinHash"_s, u"other"_s));
    EXPECT_TRUE(KioskConfig::saveUserValue(u"languages"_s, u"en"_s));
    EXPECT_EQ(KioskConfig::load().pinHash, u"provisioned-hash"_s);

    QSettings(QSettings::NativeFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
              QCoreApplication::applicationName())
        .clear();
    user.remove(u"Kiosk"_s);
}

TEST(KioskStoreNameTest, NamesTheServedStoresAndIsRememberedPerKiosk)
{
    using paydesk::KioskStoreName;
    using paydesk::StoreDetails;
    const auto store = [](const QString& enterprise, const QString& id, const QString& group,
                          const QString& name) {
        StoreDetails d;
        d.enterpriseId = enterprise;
        d.storeId = id;
        d.enterpriseName = group;
        d.storeName = name;
        return d;
    };
    const QList<StoreDetails> stores = {
        store(u"E1"_s, u"S1"_s, u"Lakeside Motor Group"_s, u"Lakeside Motors Bristol"_s),
        store(u"E1"_s, u"S2"_s, u"Lakeside Motor Group"_s, u"Lakeside Motors Bath"_s),
        store(u"E2"_s, u"S1"_s, u"Other Group"_s, u"Someone Else's Site"_s),
        store(u"E1"_s, u"S3"_s, QString(), QString()),
    };
    // One store: its own name (not another enterprise's store with the same id).
    EXPECT_EQ(KioskStoreName::fromStores(stores, u"E1"_s, {u"S1"_s}), u"Lakeside Motors Bristol"_s);
    // Several: the dealer group they share.
    EXPECT_EQ(KioskStoreName::fromStores(stores, u"E1"_s, {u"S1"_s, u"S2"_s}), u"Lakeside Motor Group"_s);
    // An unnamed store adds nothing; none named at all = empty (the configured name shows).
    EXPECT_EQ(KioskStoreName::fromStores(stores, u"E1"_s, {u"S1"_s, u"S3"_s}), u"Lakeside Motors Bristol"_s);
    EXPECT_TRUE(KioskStoreName::fromStores(stores, u"E1"_s, {u"S3"_s}).isEmpty());
    EXPECT_TRUE(KioskStoreName::fromStores({}, u"E1"_s, {u"S1"_s}).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"kiosk.ini"_s);
    KioskStoreName::remember(u"main"_s, {u"S2"_s, u"S1"_s}, u"Lakeside Motor Group"_s, path);
    EXPECT_EQ(KioskStoreName::cached(u"main"_s, {u"S1"_s, u"S2"_s}, path), u"Lakeside Motor Group"_s);
    EXPECT_TRUE(KioskStoreName::cached(u"main"_s, {u"S1"_s}, path).isEmpty());
    EXPECT_TRUE(KioskStoreName::cached(u"other"_s, {u"S1"_s, u"S2"_s}, path).isEmpty());
    KioskStoreName::remember(u"main"_s, {u"S1"_s, u"S2"_s}, QString(), path);
    EXPECT_TRUE(KioskStoreName::cached(u"main"_s, {u"S1"_s, u"S2"_s}, path).isEmpty());
}

TEST_F(KioskTest, CounterDisplayShowsTheQrCodeAndClosesWhenFinal)
{
    auto* display = new paydesk::ui::CounterDisplay(m_store.get(), payment(0), m_clock);
    QPointer<QWidget> guard(display);
    display->show();
    EXPECT_TRUE(display->view()->isQrCodeShown());
    // Open, it stays however long it is shown.
    m_clock.advanceMs(paydesk::ui::CounterDisplay::CloseAfterFinalMs * 4);
    display->tick();
    EXPECT_TRUE(display->isVisible());
    change(0, PaymentStatus::Code::Paid, 2);
    EXPECT_TRUE(QTest::qWaitFor([&] { return display->view()->statusText().startsWith(u"Paid"_s); }, 5000));
    EXPECT_FALSE(display->view()->isQrCodeShown());
    // The close follows the injected clock: a second early it is still there, then it goes.
    m_clock.advanceMs(paydesk::ui::CounterDisplay::CloseAfterFinalMs - 1000);
    display->tick();
    EXPECT_TRUE(display->isVisible());
    m_clock.advanceMs(1000);
    display->tick();
    EXPECT_FALSE(guard && guard->isVisible());
    // Closed with WA_DeleteOnClose: gone once the deferred delete runs.
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 5000));
    delete guard.data();
}

TEST_F(KioskTest, TheWipeReturnsToTheDesksLanguageAndOfflineIsSaidPlainly)
{
    m_kiosk->setDefaultLanguage(u"en"_s);
    m_kiosk->show();
    QSignalSpy language(m_kiosk.get(), &KioskWindow::languageRequested);
    paydesk::ui::Translator translator;
    QObject::connect(m_kiosk.get(), &KioskWindow::languageRequested, &translator,
                     &paydesk::ui::Translator::setLanguage);
    auto* german = m_kiosk->findChild<QAbstractButton*>(u"kioskLanguage_de"_s);
    ASSERT_NE(german, nullptr);
    QTest::mouseClick(german, Qt::LeftButton);
    ASSERT_EQ(language.size(), 1);
    EXPECT_EQ(language.at(0).at(0).toString(), u"de"_s);
    EXPECT_EQ(m_kiosk->startButton()->text(), u"Start"_s);
    // The language change reaches the widgets as a posted event.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_kiosk->findButton()->text() == u"Suchen"_s; }, 3000));
    saveShot(u"welcome-de.png"_s);
    QTest::mouseClick(m_kiosk->startButton(), Qt::LeftButton);
    saveShot(u"lookup-de.png"_s);
    const Payment p = payment(0);
    lookUp(p.reference.number, surnameOf(p));
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Payment);
    m_kiosk->setOffline(true);
    auto* offline = m_kiosk->findChild<QLabel*>(u"kioskOffline"_s);
    ASSERT_NE(offline, nullptr);
    EXPECT_TRUE(offline->isVisible());
    saveShot(u"offline-de.png"_s);
    m_clock.advanceMs(qint64(m_config.idleSeconds) * 1000);
    m_kiosk->tick();
    EXPECT_EQ(m_kiosk->page(), KioskWindow::Page::Welcome);
    ASSERT_EQ(language.size(), 2);
    EXPECT_EQ(language.at(1).at(0).toString(), u"en"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_kiosk->findButton()->text() == u"Find"_s; }, 3000));
}

TEST_F(KioskTest, HostileTextShowsLiterally)
{
    Payment p = payment(0);
    p.version = 5;
    p.description = u"<img src=\"/dev/zero\"><b>Funds cleared — safe to release</b>"_s;
    p.storeId = u"S1"_s;
    ASSERT_TRUE(m_store->upsert(p).ok());
    m_kiosk->show();
    lookUp(p.reference.number, surnameOf(p));
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Payment);
    auto* description = m_kiosk->findChild<QLabel*>(u"kioskDescription"_s);
    ASSERT_NE(description, nullptr);
    EXPECT_EQ(description->text(), p.description);
    for (QLabel* label : m_kiosk->findChildren<QLabel*>()) {
        if (label->text().contains(u'<')) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
        }
        EXPECT_EQ(label->textInteractionFlags() & Qt::LinksAccessibleByMouse, 0)
            << label->objectName().toStdString();
    }
}

TEST_F(KioskTest, ShowToCustomerFromTheDashboardOpensTheCounterDisplay)
{
    paydesk::ui::MainWindow window(m_store.get(), m_clock);
    window.resize(1300, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.selectPayment(payment(18).paymentId)); // cancelled: nothing to show
    EXPECT_FALSE(window.showToCustomerAction()->isEnabled());
    ASSERT_TRUE(window.selectPayment(payment(0).paymentId)); // open
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.showToCustomerAction()->isEnabled(); }, 3000));
    window.showToCustomerAction()->trigger();
    auto* display = window.findChild<paydesk::ui::CounterDisplay*>();
    ASSERT_NE(display, nullptr);
    EXPECT_TRUE(display->isVisible());
    EXPECT_TRUE(display->isWindow());
    EXPECT_EQ(display->view()->paymentId(), payment(0).paymentId);
    EXPECT_TRUE(display->view()->isQrCodeShown());
}

} // namespace
