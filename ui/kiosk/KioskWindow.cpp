#include "KioskWindow.h"

#include "KioskPaymentView.h"
#include "OnScreenKeyboard.h"
#include "PinPad.h"
#include "Translator.h"
#include "kiosk/CustomerLookup.h"
#include "kiosk/StaffPin.h"
#include "store/PaymentStore.h"
#include "util/Clock.h"
#include "util/OwnThread.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

// How long staff keep the dashboard before it locks back to the kiosk.
constexpr int DashboardMinutes = 10;
// The hidden corner: a press this long asks for the PIN.
constexpr int CornerPressMs = 3000;
constexpr int CornerSize = 64;

QPushButton* bigButton(QWidget* parent, const QString& objectName)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumSize(160, 64);
    QFont font = button->font();
    font.setPointSize(18);
    button->setFont(font);
    return button;
}

QLabel* heading(QWidget* parent, int pointSize)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSize(pointSize);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLineEdit* field(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMinimumHeight(56);
    edit->setMaxLength(40);
    edit->setAcceptDrops(false);
    edit->setDragEnabled(false);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    QFont font = edit->font();
    font.setPointSize(20);
    edit->setFont(font);
    return edit;
}

} // namespace

KioskWindow::KioskWindow(PaymentStore* store, KioskConfig config, QStringList storeIds, const Clock& clock,
                         QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_store(store)
    , m_config(std::move(config))
    , m_storeIds(std::move(storeIds))
    , m_clock(clock)
    , m_throttle(std::make_unique<LookupThrottle>(clock))
    , m_lockout(std::make_unique<PinLockout>(clock))
{
    setObjectName(u"kioskWindow"_s);
    setAcceptDrops(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildWelcome());
    m_stack->addWidget(buildLookup());
    m_stack->addWidget(buildPayment());
    m_pinPad = new PinPad(this);
    m_pinPad->setObjectName(u"kioskPinPad"_s);
    m_stack->addWidget(m_pinPad);
    m_stack->addWidget(buildStaff());
    layout->addWidget(m_stack);

    // The hidden staff corner: no look of its own, a long press asks for the PIN.
    m_corner = new QWidget(this);
    m_corner->setObjectName(u"kioskStaffCorner"_s);
    m_corner->setGeometry(0, 0, CornerSize, CornerSize);
    m_corner->installEventFilter(this);
    m_cornerPress = new QTimer(this);
    m_cornerPress->setSingleShot(true);
    m_cornerPress->setInterval(CornerPressMs);
    connect(m_cornerPress, &QTimer::timeout, this, &KioskWindow::requestStaffAccess);

    connect(m_pinPad, &PinPad::submitted, this, &KioskWindow::checkPin);
    connect(m_pinPad, &PinPad::cancelled, this, &KioskWindow::wipe);
    connect(m_paymentView, &KioskPaymentView::paymentUpdated, this, [this](bool final) {
        if (final && m_finalSinceMs < 0)
            m_finalSinceMs = m_clock.monotonicMs();
    });

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &KioskWindow::tick);
    m_ticker->start();

    // Everything inside this window goes through eventFilter(): blocked keys, context menus,
    // tooltips and drops never reach a widget, and any touch or key counts as activity.
    qApp->installEventFilter(this);
    // No label can be selected, copied or followed as a link.
    for (QLabel* label : findChildren<QLabel*>())
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    retranslate();
    m_lastActivityMs = m_clock.monotonicMs();
    showPage(Page::Welcome);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::setLockoutSettingsPath(const QString& path)
{
    m_lockout = std::make_unique<PinLockout>(m_clock, path);
    m_throttle = std::make_unique<LookupThrottle>(m_clock, path);
}

void KioskWindow::setStoreName(const QString& name)
{
    m_storeName = name.trimmed();
    m_dealership->setText(dealershipName());
    m_dealership->setAccessibleName(m_dealership->text());
}

QString KioskWindow::dealershipName() const
{
    // The platform's name for the stores first; the configured one while it has none.
    if (!m_storeName.isEmpty())
        return m_storeName;
    return m_config.dealershipName.isEmpty() ? QCoreApplication::applicationName() : m_config.dealershipName;
}

QWidget* KioskWindow::buildWelcome()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    m_dealership = heading(page, 36);
    m_dealership->setTextFormat(Qt::PlainText);
    m_dealership->setObjectName(u"kioskDealership"_s);
    m_welcomeTitle = heading(page, 24);
    m_welcomeTitle->setObjectName(u"kioskWelcomeTitle"_s);
    layout->addWidget(m_dealership);
    layout->addSpacing(16);
    layout->addWidget(m_welcomeTitle);
    layout->addSpacing(32);
    m_start = bigButton(page, u"kioskStart"_s);
    m_start->setMinimumSize(360, 96);
    connect(m_start, &QPushButton::clicked, this, &KioskWindow::startLookup);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    auto* languages = new QHBoxLayout;
    languages->addStretch();
    const QStringList offered =
        m_config.languages.isEmpty() ? Translator::availableLanguages() : m_config.languages;
    for (const QString& language : offered) {
        if (!Translator::availableLanguages().contains(language))
            continue;
        auto* button = bigButton(page, u"kioskLanguage_"_s + language);
        button->setText(Translator::nativeName(language));
        button->setProperty("language", language);
        connect(button, &QPushButton::clicked, this, [this, language] {
            m_languageChanged = true;
            Q_EMIT languageRequested(language);
        });
        m_languageButtons << button;
        languages->addWidget(button);
    }
    languages->addStretch();
    layout->addLayout(languages);
    return page;
}

QWidget* KioskWindow::buildLookup()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_lookupTitle = heading(page, 26);
    layout->addWidget(m_lookupTitle);
    auto* form = new QGridLayout;
    m_referenceLabel = new QLabel(page);
    m_surnameLabel = new QLabel(page);
    for (QLabel* label : {m_referenceLabel, m_surnameLabel}) {
        QFont font = label->font();
        font.setPointSize(16);
        label->setFont(font);
    }
    m_reference = field(page, u"kioskReference"_s);
    m_surname = field(page, u"kioskSurname"_s);
    m_referenceLabel->setBuddy(m_reference);
    m_surnameLabel->setBuddy(m_surname);
    form->addWidget(m_referenceLabel, 0, 0);
    form->addWidget(m_reference, 0, 1);
    form->addWidget(m_surnameLabel, 1, 0);
    form->addWidget(m_surname, 1, 1);
    layout->addLayout(form);
    m_lookupMessage = new QLabel(page);
    m_lookupMessage->setObjectName(u"kioskLookupMessage"_s);
    m_lookupMessage->setTextFormat(Qt::PlainText);
    m_lookupMessage->setAlignment(Qt::AlignCenter);
    m_lookupMessage->setWordWrap(true);
    m_lookupMessage->setMinimumHeight(48);
    QFont messageFont = m_lookupMessage->font();
    messageFont.setPointSize(16);
    messageFont.setBold(true);
    m_lookupMessage->setFont(messageFont);
    layout->addWidget(m_lookupMessage);
    m_keyboard = new OnScreenKeyboard(page);
    m_keyboard->setObjectName(u"kioskKeyboard"_s);
    m_keyboard->setTarget(m_reference);
    for (QLineEdit* edit : {m_reference, m_surname})
        edit->installEventFilter(this);
    layout->addWidget(m_keyboard);
    auto* buttons = new QHBoxLayout;
    m_lookupBack = bigButton(page, u"kioskLookupBack"_s);
    connect(m_lookupBack, &QPushButton::clicked, this, &KioskWindow::wipe);
    m_find = bigButton(page, u"kioskFind"_s);
    m_find->setDefault(true);
    connect(m_find, &QPushButton::clicked, this, &KioskWindow::lookUp);
    connect(m_reference, &QLineEdit::returnPressed, m_surname, qOverload<>(&QWidget::setFocus));
    connect(m_surname, &QLineEdit::returnPressed, this, &KioskWindow::lookUp);
    buttons->addWidget(m_lookupBack);
    buttons->addStretch();
    buttons->addWidget(m_find);
    layout->addLayout(buttons);
    return page;
}

QWidget* KioskWindow::buildPayment()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_paymentView = new KioskPaymentView(m_store, page);
    m_paymentView->setObjectName(u"kioskPaymentView"_s);
    layout->addWidget(m_paymentView, 1);
    m_done = bigButton(page, u"kioskDone"_s);
    connect(m_done, &QPushButton::clicked, this, &KioskWindow::wipe);
    layout->addWidget(m_done, 0, Qt::AlignRight);
    return page;
}

QWidget* KioskWindow::buildStaff()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setAlignment(Qt::AlignCenter);
    m_staffTitle = heading(page, 26);
    layout->addWidget(m_staffTitle);
    m_leave = bigButton(page, u"kioskLeave"_s);
    m_dashboard = bigButton(page, u"kioskDashboard"_s);
    m_refresh = bigButton(page, u"kioskRefresh"_s);
    m_aboutButton = bigButton(page, u"kioskAbout"_s);
    m_staffBack = bigButton(page, u"kioskStaffBack"_s);
    m_about = new QLabel(page);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setAlignment(Qt::AlignCenter);
    m_about->hide();
    for (QPushButton* b : {m_leave, m_dashboard, m_refresh, m_aboutButton, m_staffBack})
        layout->addWidget(b);
    layout->addWidget(m_about);
    connect(m_leave, &QPushButton::clicked, this, [this] {
        audit(u"kiosk.leave"_s);
        m_allowClose = true;
        Q_EMIT leaveRequested();
    });
    connect(m_dashboard, &QPushButton::clicked, this, [this] {
        audit(u"kiosk.dashboard"_s, QJsonObject{{u"minutes"_s, DashboardMinutes}});
        Q_EMIT dashboardRequested(DashboardMinutes);
    });
    connect(m_refresh, &QPushButton::clicked, this, &KioskWindow::refreshRequested);
    connect(m_aboutButton, &QPushButton::clicked, this, [this] {
        m_about->setText(tr("PayDesk %1, kiosk mode").arg(QCoreApplication::applicationVersion()));
        m_about->show();
    });
    connect(m_staffBack, &QPushButton::clicked, this, &KioskWindow::relock);
    return page;
}

void KioskWindow::showPage(Page page)
{
    m_page = page;
    m_stack->setCurrentIndex(int(page));
    m_corner->setVisible(page == Page::Welcome);
    m_corner->raise();
    switch (page) {
    case Page::Lookup:
        m_reference->setFocus();
        m_keyboard->setTarget(m_reference);
        break;
    case Page::Pin:
        m_pinPad->setFocus();
        break;
    default:
        m_stack->currentWidget()->setFocus();
        break;
    }
}

QString KioskWindow::notFoundText()
{
    return tr("We couldn't find that — please ask at the desk.");
}

QString KioskWindow::lookupMessage() const
{
    return m_lookupMessage->text();
}

void KioskWindow::startLookup()
{
    m_lookupMessage->clear();
    showPage(Page::Lookup);
}

void KioskWindow::lookUp()
{
    if (m_page != Page::Lookup)
        return;
    if (const qint64 wait = m_throttle->remainingMs(); wait > 0) {
        m_lookupMessage->setText(
            tr("Too many attempts. Please try again in %n second(s), or ask at the desk.", nullptr,
               int((wait + 999) / 1000)));
        return;
    }
    const auto found = m_store ? CustomerLookup::find(*m_store, m_reference->text(), m_surname->text(),
                                                      m_storeIds, m_clock.now())
                               : std::nullopt;
    if (!found) {
        m_throttle->recordFailure();
        m_lookupMessage->setText(notFoundText());
        return;
    }
    m_throttle->recordSuccess();
    m_reference->setText(QString());
    m_surname->setText(QString());
    m_lookupMessage->clear();
    m_finalSinceMs = found->status.isFinal() ? m_clock.monotonicMs() : -1;
    m_paymentView->showPayment(*found);
    showPage(Page::Payment);
}

void KioskWindow::wipe()
{
    // setText() also clears each field's undo history, so nothing typed can be brought back.
    m_reference->setText(QString());
    m_surname->setText(QString());
    m_lookupMessage->clear();
    m_paymentView->clear();
    m_pinPad->clear();
    m_about->clear();
    m_about->hide();
    m_finalSinceMs = -1;
    m_staffUnlocked = false;
    showPage(Page::Welcome);
    // The next customer starts in the desk's language, not the last customer's.
    if (m_languageChanged) {
        m_languageChanged = false;
        Q_EMIT languageRequested(m_defaultLanguage);
    }
}

void KioskWindow::relock()
{
    const bool wasUnlocked = m_staffUnlocked;
    wipe();
    if (wasUnlocked) {
        audit(u"kiosk.relock"_s);
        Q_EMIT staffSessionEnded();
    }
}

void KioskWindow::setOffline(bool offline)
{
    m_paymentView->setOffline(offline);
}

void KioskWindow::tick()
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 idle = now - m_lastActivityMs;
    if (m_staffUnlocked) {
        if (idle >= qint64(m_config.staffIdleMinutes) * 60'000)
            relock();
        return;
    }
    if (m_page == Page::Welcome)
        return;
    if (idle >= qint64(m_config.idleSeconds) * 1000) {
        wipe();
        return;
    }
    if (m_page == Page::Payment && m_finalSinceMs >= 0 &&
        now - m_finalSinceMs >= qint64(m_config.finalIdleSeconds) * 1000)
        wipe();
}

void KioskWindow::requestStaffAccess()
{
    m_reference->setText(QString());
    m_surname->setText(QString());
    m_paymentView->clear();
    m_pinPad->clear();
    if (m_staffUnlocked) {
        showPage(Page::Staff);
        return;
    }
    if (m_config.pinHash.isEmpty() || !StaffPin::isWellFormed(m_config.pinHash))
        m_pinPad->setMessage(tr("No staff PIN is set up for this kiosk."));
    else if (const QDateTime until = m_lockout->lockedUntil(); until.isValid())
        m_pinPad->setMessage(tr("PIN entry is locked until %1.")
                                 .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
    showPage(Page::Pin);
}

void KioskWindow::checkPin(const QString& pin)
{
    if (m_pinBusy)
        return;
    if (const QDateTime until = m_lockout->lockedUntil(); until.isValid()) {
        m_pinPad->setMessage(tr("PIN entry is locked until %1.")
                                 .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
        return;
    }
    if (m_config.pinHash.isEmpty() || !StaffPin::isWellFormed(m_config.pinHash)) {
        m_pinPad->setMessage(tr("No staff PIN is set up for this kiosk."));
        return;
    }
    // PBKDF2 with hundreds of thousands of rounds takes a moment: off the GUI thread.
    m_pinBusy = true;
    m_pinPad->setBusy(true);
    m_pinPad->setMessage(tr("Checking…"));
    runOnOwnThread(
        this, [pin, hash = m_config.pinHash] { return StaffPin::verify(pin, hash); },
        [this](bool accepted) { finishPinCheck(accepted); });
}

void KioskWindow::finishPinCheck(bool accepted)
{
    m_pinBusy = false;
    m_pinPad->setBusy(false);
    if (m_page != Page::Pin) {
        Q_EMIT pinChecked(false);
        return;
    }
    if (accepted) {
        m_lockout->recordSuccess();
        m_staffUnlocked = true;
        m_pinPad->clear();
        m_lastActivityMs = m_clock.monotonicMs();
        audit(u"kiosk.unlock"_s);
        showPage(Page::Staff);
    } else {
        const bool locked = m_lockout->recordFailure();
        audit(u"kiosk.pin-failed"_s);
        if (locked) {
            audit(u"kiosk.pin-lockout"_s,
                  QJsonObject{{u"until"_s, m_lockout->lockedUntil().toString(Qt::ISODate)}});
            m_pinPad->setMessage(tr("Too many wrong PINs. PIN entry is locked until %1.")
                                     .arg(QLocale().toString(m_lockout->lockedUntil().toLocalTime().time(),
                                                             QLocale::ShortFormat)));
        } else {
            m_pinPad->setMessage(tr("Wrong PIN."));
        }
    }
    Q_EMIT pinChecked(accepted);
}

void KioskWindow::audit(const QString& action, const QJsonObject& after)
{
    if (!m_audit)
        return;
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.who = u"kiosk"_s;
    entry.action = action;
    entry.after = after;
    m_audit(entry);
}

void KioskWindow::noteActivity()
{
    m_lastActivityMs = m_clock.monotonicMs();
}

bool KioskWindow::isBlockedKey(const QKeyEvent* event) const
{
    const int key = event->key();
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_Escape || key == Qt::Key_F11 || key == Qt::Key_Menu)
        return true;
    if (key == Qt::Key_F4 && (mods & Qt::AltModifier))
        return true;
    if ((mods & Qt::ControlModifier) && (key == Qt::Key_Q || key == Qt::Key_W || key == Qt::Key_F4))
        return true;
    return false;
}

bool KioskWindow::isInside(QObject* object) const
{
    auto* widget = qobject_cast<QWidget*>(object);
    if (!widget) {
        // QWindow (the native window of this widget) gets the raw events first.
        auto* window = qobject_cast<QWindow*>(object);
        return window && window == windowHandle();
    }
    return widget == this || isAncestorOf(widget);
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_corner) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin)
            m_cornerPress->start();
        else if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::TouchEnd ||
                 event->type() == QEvent::TouchCancel)
            m_cornerPress->stop();
    }
    if ((event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) &&
        (watched == m_reference || watched == m_surname))
        m_keyboard->setTarget(static_cast<QLineEdit*>(watched));
    if (!isInside(watched))
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        noteActivity();
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_P &&
            key->modifiers().testFlags(Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier)) {
            requestStaffAccess();
            return true;
        }
        if (isBlockedKey(key))
            return true;
        break;
    }
    case QEvent::ShortcutOverride:
        if (isBlockedKey(static_cast<QKeyEvent*>(event))) {
            // Accepted: the key goes to the widget as a key press (swallowed above), never to
            // a shortcut.
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyRelease:
        if (isBlockedKey(static_cast<QKeyEvent*>(event)))
            return true;
        break;
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        noteActivity();
        break;
    case QEvent::ContextMenu:
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
    case QEvent::QueryWhatsThis:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        event->ignore();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_allowClose) {
        QWidget::closeEvent(event);
        return;
    }
    event->ignore();
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    // Whatever reaches the window itself stays here (Escape would otherwise travel up).
    event->accept();
}

void KioskWindow::retranslate()
{
    m_dealership->setText(dealershipName());
    m_dealership->setAccessibleName(m_dealership->text());
    m_welcomeTitle->setText(tr("Pay for your repair, service or order"));
    m_start->setText(tr("Start"));
    m_start->setAccessibleName(tr("Start: find your payment"));
    for (QPushButton* button : std::as_const(m_languageButtons))
        button->setAccessibleName(tr("Language: %1").arg(button->text()));
    m_lookupTitle->setText(tr("Find your payment"));
    m_referenceLabel->setText(tr("Reference (repair order or invoice number)"));
    m_surnameLabel->setText(tr("Surname"));
    m_reference->setAccessibleName(tr("Reference"));
    m_surname->setAccessibleName(tr("Surname"));
    m_find->setText(tr("Find"));
    m_find->setAccessibleName(tr("Find my payment"));
    m_lookupBack->setText(tr("Back"));
    m_lookupBack->setAccessibleName(tr("Back to the start"));
    m_lookupMessage->setAccessibleName(tr("Message"));
    m_done->setText(tr("Done"));
    m_done->setAccessibleName(tr("Done: back to the start"));
    m_staffTitle->setText(tr("Staff"));
    m_leave->setText(tr("Leave kiosk mode"));
    m_leave->setAccessibleName(m_leave->text());
    m_dashboard->setText(tr("Open the dashboard for %n minute(s)", nullptr, DashboardMinutes));
    m_dashboard->setAccessibleName(m_dashboard->text());
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(m_refresh->text());
    m_aboutButton->setText(tr("About"));
    m_aboutButton->setAccessibleName(m_aboutButton->text());
    m_staffBack->setText(tr("Back to the customer screen"));
    m_staffBack->setAccessibleName(m_staffBack->text());
    m_corner->setAccessibleName(tr("Staff access"));
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
