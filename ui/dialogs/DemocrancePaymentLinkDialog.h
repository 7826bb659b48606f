#pragma once

#include "FieldErrorPresenter.h"
#include "api/ApiError.h"
#include "payments/FieldError.h"
#include "providers/ProviderAction.h"
#include "util/Result.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk::ui {

class FieldMessage;

/**
 * Democrance "Send payment link for policy": the policy number, the payment gateway picked from
 * those Democrance offers for that policy (ProviderQuery::Gateways, asked once per number when
 * the dealer leaves the field — Tab, Shift+Tab, a click elsewhere — or presses Enter in it, or
 * with "Find gateways"; asked again after a failed answer), then one ProviderActionRequest (Initiate:
 * `policy_number`, `gateway`) through the submit function (SyncSession::submit, the durable outbox).
 * Democrance's answer may be a link
 * ("Payment required"), or "No payment required" / "Payment to be invoiced": outcomes the
 * window shows as such when the outbox confirms, never as errors.
 *
 * @code
 * DemocrancePaymentLinkDialog dialog({enterpriseId, siteId, siteName}, this);
 * dialog.setQuery(…session->query(ProviderId::democrance(), …)…);
 * dialog.setSubmit(…session->submit(copy)…);
 * @endcode
 */
class DemocrancePaymentLinkDialog : public QDialog
{
    Q_OBJECT

public:
    struct Site
    {
        QString enterpriseId;
        QString siteId;
        QString name;
    };
    using Answer = std::function<void(Result<QJsonObject, ApiError>)>;
    using QueryFunction = std::function<void(ProviderQuery query, const QString& siteId,
                                             const QJsonObject& params, QObject* context, Answer answer)>;

    explicit DemocrancePaymentLinkDialog(const Site& site, QWidget* parent = nullptr);
    ~DemocrancePaymentLinkDialog() override;

    void setQuery(QueryFunction query);
    void setSubmit(SubmitFunction<ProviderActionRequest> submit);
    ProviderActionRequest request() const { return m_accepted; }
    FieldErrors validationErrors() const;
    QString shownError(const QString& field) const;
    /// What the gateway line says (the gateways found, or why none).
    QString gatewayNote() const;
    int gatewayCount() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;
    /// Asks Democrance which gateways the typed policy may use (through the query function: on
    /// the session's worker; the answer comes back to this dialog).
    void findGateways();

protected:
    void changeEvent(QEvent* event) override;
    /// The policy number's Tab, Shift+Tab, Enter and focus-out.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    /// The dealer left the policy number (or pressed Enter in it): its gateways are asked unless
    /// they were asked for this very number already. Whether they are asked now.
    bool policyLeft();
    ProviderActionRequest collect(FieldErrors& errors) const;

    Site m_site;
    QueryFunction m_query;
    SubmitFunction<ProviderActionRequest> m_submit;
    FieldErrorPresenter* m_errors = nullptr;
    ProviderActionRequest m_accepted;
    QString m_gatewaysFor;
    int m_generation = 0;

    QLabel* m_intro = nullptr;
    QLabel* m_siteLabel = nullptr;
    QLabel* m_siteName = nullptr;
    QLabel* m_policyLabel = nullptr;
    QLineEdit* m_policy = nullptr;
    QPushButton* m_find = nullptr;
    QLabel* m_gatewayLabel = nullptr;
    QComboBox* m_gateway = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_outcomes = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace paydesk::ui
