#pragma once

#include "kiosk/KioskConfig.h"
#include "kiosk/LookupThrottle.h"
#include "kiosk/PinLockout.h"
#include "store/AuditEntry.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace paydesk {
class Clock;
class PaymentStore;
} // namespace paydesk

namespace paydesk::ui {

class KioskPaymentView;
class OnScreenKeyboard;
class PinPad;

/**
 * Kiosk mode: the customer-facing, locked-down self-service screen of a service desk.
 *
 * Welcome → Look-up (reference + surname, exact match of one open payment of a served store,
 * one neutral answer for every failure, a growing cool-down after LookupThrottle::FreeAttempts
 * failures) → the payment with its QR code and live status. Idle (config idle times, judged by
 * the injected Clock on tick()) wipes back to Welcome, leaving no customer text in any widget.
 *
 * Locked down: frameless, full screen, on top; close events and Alt+F4, Ctrl+Q, Ctrl+W,
 * Escape, F11, the menu key, context menus, tooltips and drag and drop are swallowed by an
 * application event filter for everything inside this window. Staff reach the PIN pad with a
 * 3-second press on the top-left corner or Ctrl+Alt+Shift+P; the staff PIN (StaffPin hash from
 * KioskConfig) unlocks a staff menu; PinLockout locks the entry after 10 failures for 30
 * minutes across restarts; an idle staff session relocks. Unlocks, failed PINs and lockouts
 * go to the audit log through the sink set with setAuditSink().
 *
 * Reads only: one exact-match query per look-up and the shown payment by id.
 */
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Welcome,
        Lookup,
        Payment,
        Pin,
        Staff,
    };

    using AuditSink = std::function<void(const AuditEntry&)>;

    /// `storeIds`: the stores this kiosk serves (the profile's, narrowed by the config's).
    KioskWindow(PaymentStore* store, KioskConfig config, QStringList storeIds, const Clock& clock,
                QWidget* parent = nullptr);
    ~KioskWindow() override;

    void setAuditSink(AuditSink sink) { m_audit = std::move(sink); }
    /// Where the PIN lockout and the look-up cool-down are kept (tests); default the user's
    /// settings. Both survive a restart there.
    void setLockoutSettingsPath(const QString& path);
    /// The platform's name for the served stores (KioskStoreName); empty = the configured
    /// dealership name (or, without one, the application's name).
    void setStoreName(const QString& name);
    /// The name the Welcome screen shows.
    QString dealershipName() const;
    /// The language the wipe returns to after a customer picked another ("" = the system's).
    void setDefaultLanguage(const QString& language) { m_defaultLanguage = language; }

    Page page() const { return m_page; }
    bool isStaffUnlocked() const { return m_staffUnlocked; }
    KioskPaymentView* paymentView() const { return m_paymentView; }
    PinPad* pinPad() const { return m_pinPad; }
    QLineEdit* referenceField() const { return m_reference; }
    QLineEdit* surnameField() const { return m_surname; }
    QPushButton* findButton() const { return m_find; }
    QPushButton* startButton() const { return m_start; }
    QString lookupMessage() const;
    const LookupThrottle& throttle() const { return *m_throttle; }

    /// The look-up's one answer to every failure.
    static QString notFoundText();

public Q_SLOTS:
    /// Checks the idle times against the clock (a 1-second timer calls it; tests call it too).
    void tick();
    /// Back to Welcome; every customer field and label emptied.
    void wipe();
    void startLookup();
    void lookUp();
    void requestStaffAccess();
    void setOffline(bool offline);
    /// Leaves the staff session (after the dashboard's time, or from the staff menu).
    void relock();
    /// Lets the window close (after the staff chose to leave).
    void allowClose() { m_allowClose = true; }

Q_SIGNALS:
    void languageRequested(const QString& language);
    /// Staff chose to leave kiosk mode (audited); the app decides what follows.
    void leaveRequested();
    /// Staff opened the dashboard for `minutes`.
    void dashboardRequested(int minutes);
    void refreshRequested();
    /// The staff session ended (relocked): hide the dashboard again.
    void staffSessionEnded();
    /// A PIN check finished (for tests and the audit).
    void pinChecked(bool accepted);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildWelcome();
    QWidget* buildLookup();
    QWidget* buildPayment();
    QWidget* buildStaff();
    void showPage(Page page);
    void retranslate();
    void checkPin(const QString& pin);
    void finishPinCheck(bool accepted);
    void audit(const QString& action, const QJsonObject& after = {});
    void noteActivity();
    bool isBlockedKey(const QKeyEvent* event) const;
    bool isInside(QObject* object) const;

    PaymentStore* m_store;
    KioskConfig m_config;
    QStringList m_storeIds;
    const Clock& m_clock;
    std::unique_ptr<LookupThrottle> m_throttle;
    std::unique_ptr<PinLockout> m_lockout;
    AuditSink m_audit;

    Page m_page = Page::Welcome;
    bool m_staffUnlocked = false;
    bool m_allowClose = false;
    bool m_pinBusy = false;
    bool m_languageChanged = false;
    QString m_defaultLanguage;
    QString m_storeName;
    qint64 m_lastActivityMs = 0;
    qint64 m_finalSinceMs = -1;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_corner = nullptr;
    QTimer* m_cornerPress = nullptr;
    QTimer* m_ticker = nullptr;
    // Welcome
    QLabel* m_dealership = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QPushButton* m_start = nullptr;
    QList<QPushButton*> m_languageButtons;
    // Look-up
    QLabel* m_lookupTitle = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QLabel* m_surnameLabel = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_surname = nullptr;
    QLabel* m_lookupMessage = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_lookupBack = nullptr;
    OnScreenKeyboard* m_keyboard = nullptr;
    // Payment
    KioskPaymentView* m_paymentView = nullptr;
    QPushButton* m_done = nullptr;
    // PIN and staff
    PinPad* m_pinPad = nullptr;
    QLabel* m_staffTitle = nullptr;
    QLabel* m_about = nullptr;
    QPushButton* m_leave = nullptr;
    QPushButton* m_dashboard = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_aboutButton = nullptr;
    QPushButton* m_staffBack = nullptr;
};

} // namespace paydesk::ui
