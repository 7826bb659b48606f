#include "CounterDisplay.h"

#include "KioskPaymentView.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

CounterDisplay::CounterDisplay(PaymentStore* store, const Payment& payment, QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"counterDisplay"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setContextMenuPolicy(Qt::NoContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    m_view = new KioskPaymentView(store, this);
    layout->addWidget(m_view);
    m_view->showPayment(payment);
    const auto closeWhenFinal = [this](bool final) {
        if (final)
            QTimer::singleShot(CloseAfterFinalMs, this, &QWidget::close);
    };
    connect(m_view, &KioskPaymentView::paymentUpdated, this, closeWhenFinal);
    if (payment.status.isFinal())
        closeWhenFinal(true);
    setWindowTitle(tr("PayDesk — customer display"));
    resize(1024, 640);
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
