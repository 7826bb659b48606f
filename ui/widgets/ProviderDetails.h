#pragma once

#include "payments/Payment.h"
#include "providers/ProviderAction.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace paydesk {
class SyncSession;
}

namespace paydesk::ui {

/**
 * The Democrance and myKaarma part of the detail pane (Payment Assist has FinanceDetails):
 *
 * - Democrance: the policy, its raw status word, the gateway, Democrance's action ("No payment
 *   required" and "Payment to be invoiced" said as outcomes) and the payment's status;
 *   "Download tax invoice…" and "Download receipt…" once the policy is paid (ProviderQuery::
 *   TaxInvoice, saved as the PDF Democrance sends, owner-only).
 * - myKaarma: the repair order, the order's status word, paid, paid online, payment request
 *   sent, the surcharge and fees (ProviderQuery::FeePreview), myKaarma's warnings, and
 *   "suspicious" as a warning that the money is not to be released (the provider's rules never
 *   clear a suspicious payment); "Resend payment request" as the rules allow, through the
 *   outbox.
 * - both: "Check status now" (SyncSession::fetchDetails, the provider's fetchPayment()).
 *
 * Every value is data from a server: plain text only. Hidden for other providers.
 */
class ProviderDetails : public QWidget
{
    Q_OBJECT

public:
    using SavePathChooser = std::function<QString(const QString& suggestedName)>;

    explicit ProviderDetails(QWidget* parent = nullptr);
    ~ProviderDetails() override;

    void setSession(SyncSession* session);
    /// The payment of the pane (nothing, or another provider's: hidden).
    void setPayment(const std::optional<Payment>& payment);
    /// Where a downloaded document goes (default: a save dialog); empty = not saved.
    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }

    /// The value shown for `key` (policy, raw, gateway, action, paymentStatus; order, paid,
    /// paidOnline, requestSent, fees, warnings), or empty when hidden.
    QString fieldText(const QString& key) const;
    /// The suspicious warning as shown (empty when not suspicious).
    QString warningText() const;
    /// The last thing said about an action or a download; plain text.
    QString messageText() const;
    QPushButton* button(const QString& name) const;

public Q_SLOTS:
    void checkNow();
    /// Saves Democrance's tax invoice (or, with `receipt`, its receipt) of the shown policy.
    void downloadDocument(bool receipt);
    void resendRequest();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void showField(const QString& key, const QString& value);
    void loadFees();

    QPointer<SyncSession> m_session;
    std::optional<Payment> m_payment;
    SavePathChooser m_choosePath;
    qint64 m_pendingEntry = 0;
    /// The payment whose "Check status now" is under way.
    QString m_checking;
    QString m_feesFor;
    QString m_fees;
    QFormLayout* m_form = nullptr;
    QHash<QString, QLabel*> m_names;
    QHash<QString, QLabel*> m_values;
    QLabel* m_title = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_message = nullptr;
    QHash<QString, QPushButton*> m_buttons;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace paydesk::ui
