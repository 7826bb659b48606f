#include "CounterDisplay.h"

#include "KioskPaymentView.h"
#include "util/Clock.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

CounterDisplay::CounterDisplay(PaymentStore* store, const Payment& payment, const Clock& clock,
                               QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_clock(clock)
{
    setObjectName(u"counterDisplay"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setContextMenuPolicy(Qt::NoContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    m_view = new KioskPaymentView(store, this);
    layout->addWidget(m_view);
    m_view->showPayment(payment);
    // The time since the payment became final is the clock's, as the kiosk's idle wipe is.
    const auto noteFinal = [this](bool final) {
        if (final && m_finalSinceMs < 0)
            m_finalSinceMs = m_clock.monotonicMs();
    };
    connect(m_view, &KioskPaymentView::paymentUpdated, this, noteFinal);
    noteFinal(payment.status.isFinal());
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &CounterDisplay::tick);
    m_ticker->start();
    setWindowTitle(tr("PayDesk — customer display"));
    resize(1024, 640);
}

void CounterDisplay::tick()
{
    if (m_finalSinceMs >= 0 && m_clock.monotonicMs() - m_finalSinceMs >= CloseAfterFinalMs) {
        m_ticker->stop();
        close();
    }
}

void CounterDisplay::showBeside(QWidget* dashboard)
{
    const QScreen* own = dashboard ? dashboard->screen() : nullptr;
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen != own) {
            setScreen(screen);
            setGeometry(screen->geometry());
            showFullScreen();
            return;
        }
    }
    show();
}

void CounterDisplay::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("PayDesk — customer display"));
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
