#pragma once

#include "export/ReceiptPdf.h"
#include "payments/Payment.h"
#include "providers/ProviderAction.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace paydesk {
class SyncSession;
}

namespace paydesk::ui {

/**
 * The Payment Assist part of the detail pane: the application's reference (pa_ref), its plan,
 * the raw status word and the invoice-outstanding flag, and its actions — upload the invoice
 * (our receipt PDF, or a chosen file), lower the amount, expire (this provider's cancel) and
 * capture — each enabled as the provider's rules allow (DealerActions::allows) and each
 * queued through the durable outbox (SyncSession::submit). Hidden for other providers.
 *
 * While a Payment Assist payment is shown here it is watched (SyncSession::setWatched), so
 * the poller checks it about every 15 s.
 */
class FinanceDetails : public QWidget
{
    Q_OBJECT

public:
    explicit FinanceDetails(QWidget* parent = nullptr);
    ~FinanceDetails() override;

    void setSession(SyncSession* session);
    /// Who issues the receipt that is uploaded as the invoice.
    void setReceiptIssuer(std::function<ReceiptPdf::Issuer(const Payment&)> issuer)
    {
        m_issuer = std::move(issuer);
    }
    /// The payment of the pane (nothing, or another provider's: hidden, nothing watched).
    void setPayment(const std::optional<Payment>& payment);

    /// Queues `action` for the shown payment with `payload`; false (and the reason shown) when
    /// the outbox refused it.
    bool submit(ProviderAction action, const QJsonObject& payload = {});
    /// Uploads the receipt of the shown payment as its invoice (a PDF).
    bool uploadReceipt();
    /// Uploads `path` as the invoice (its suffix names the file type).
    bool uploadFile(const QString& path);

    /// The last thing said about an action (queued, done, refused); plain text.
    QString messageText() const;
    QString fieldText(const QString& key) const;
    QPushButton* button(ProviderAction action) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void askLowerAmount();
    void askExpire();
    void chooseInvoiceFile();

    QPointer<SyncSession> m_session;
    std::function<ReceiptPdf::Issuer(const Payment&)> m_issuer;
    std::optional<Payment> m_payment;
    QString m_watched;
    /// Plan names by site and plan_id (from /account), asked once per site.
    QHash<QString, QHash<int, QString>> m_planNames;
    qint64 m_pendingEntry = 0;
    QHash<QString, QLabel*> m_names;
    QHash<QString, QLabel*> m_values;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_uploadReceipt = nullptr;
    QPushButton* m_uploadFile = nullptr;
    QPushButton* m_lower = nullptr;
    QPushButton* m_expire = nullptr;
    QPushButton* m_capture = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace paydesk::ui
