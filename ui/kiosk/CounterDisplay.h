#pragma once

#include "payments/Payment.h"

#include <QWidget>

class QLabel;

namespace paydesk {
class PaymentStore;
}

namespace paydesk::ui {

class KioskPaymentView;

/**
 * The counter display: one payment's QR code and live status on a customer-facing screen,
 * opened from the dashboard's "Show to customer". Full screen on a second monitor when there
 * is one, otherwise a window beside the dashboard. Closes itself CloseAfterFinalMs after the
 * payment becomes final (long enough to read "Paid. Thank you").
 */
class CounterDisplay : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CloseAfterFinalMs = 15'000;

    CounterDisplay(PaymentStore* store, const Payment& payment, QWidget* parent = nullptr);

    KioskPaymentView* view() const { return m_view; }
    /// Shows it on the screen other than `dashboardScreenOf`'s, full screen; else as a window.
    void showBeside(QWidget* dashboard);

protected:
    void changeEvent(QEvent* event) override;

private:
    KioskPaymentView* m_view = nullptr;
};

} // namespace paydesk::ui
