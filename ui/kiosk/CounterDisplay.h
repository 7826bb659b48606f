#pragma once

#include "payments/Payment.h"

#include <QWidget>

class QLabel;

class QTimer;

namespace paydesk {
class Clock;
class PaymentStore;
} // namespace paydesk

namespace paydesk::ui {

class KioskPaymentView;

/**
 * The counter display: one payment's QR code and live status on a customer-facing screen,
 * opened from the dashboard's "Show to customer". Full screen on a second monitor when there
 * is one, otherwise a window beside the dashboard. Closes itself CloseAfterFinalMs after the
 * payment becomes final (long enough to read "Paid. Thank you"), judged by the injected Clock
 * on tick() (a 1-second timer calls it; tests call it after moving a ManualClock).
 */
class CounterDisplay : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CloseAfterFinalMs = 15'000;

    CounterDisplay(PaymentStore* store, const Payment& payment, const Clock& clock,
                   QWidget* parent = nullptr);

    KioskPaymentView* view() const { return m_view; }
    /// Shows it on the screen other than `dashboardScreenOf`'s, full screen; else as a window.
    void showBeside(QWidget* dashboard);

public Q_SLOTS:
    /// Closes the display once the payment has been final for CloseAfterFinalMs.
    void tick();

protected:
    void changeEvent(QEvent* event) override;

private:
    const Clock& m_clock;
    KioskPaymentView* m_view = nullptr;
    QTimer* m_ticker = nullptr;
    /// When the payment became final (Clock::monotonicMs); -1 while it is not.
    qint64 m_finalSinceMs = -1;
};

} // namespace paydesk::ui
