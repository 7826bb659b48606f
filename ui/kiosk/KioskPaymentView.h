#pragma once

#include "payments/Payment.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace paydesk {
class PaymentStore;
}

namespace paydesk::ui {

class QrCodeWidget;

/**
 * One payment for its customer: the store, amount and description, a large QR code of the pay
 * link with the link under it, and the live status (Viewed → Paying… → Paid, Failed, or no
 * longer payable). The QR code shows only while the cached payment is open. Follows
 * PaymentStore::paymentsChanged for its payment and re-reads it (one row by id). Every data
 * label is plain text; clear() leaves no customer text in any of its widgets.
 */
class KioskPaymentView : public QWidget
{
    Q_OBJECT

public:
    explicit KioskPaymentView(PaymentStore* store, QWidget* parent = nullptr);

    void showPayment(const Payment& payment);
    void clear();
    /// The platform cannot be reached: say so plainly (the status may be stale).
    void setOffline(bool offline);

    QString paymentId() const { return m_payment ? m_payment->paymentId : QString(); }
    std::optional<Payment> payment() const { return m_payment; }
    QString statusText() const;
    bool isQrCodeShown() const;
    QrCodeWidget* qrCode() const { return m_qr; }

    /// The status text for people, as the kiosk words it.
    static QString statusTextOf(const Payment& payment);

Q_SIGNALS:
    /// The payment changed (live); `final` when it can no longer change for the customer.
    void paymentUpdated(bool final);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload(const QStringList& ids);
    void render();
    void retranslate();

    PaymentStore* m_store;
    std::optional<Payment> m_payment;
    bool m_offline = false;
    QLabel* m_storeName = nullptr;
    QLabel* m_amount = nullptr;
    QLabel* m_description = nullptr;
    QrCodeWidget* m_qr = nullptr;
    QLabel* m_link = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_offlineNote = nullptr;
    /// In the QR code's place once the payment can no longer be paid: ✓ or ✕ in its status colour.
    QLabel* m_mark = nullptr;
};

} // namespace paydesk::ui
