#pragma once

#include "FieldErrorPresenter.h"
#include "api/ApiError.h"
#include "payments/FieldError.h"
#include "providers/ProviderAction.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk::ui {

class FieldMessage;

/**
 * "New finance application" (Payment Assist): the customer (name, address line 1, postcode,
 * e-mail, mobile), the vehicle registration, amount, description and order reference; a
 * pre-approval check with its answer; the plan, picked among those /account offers, with the
 * repayment schedule /plan computes for the amount, shown before anything is sent; the link by
 * e-mail and/or SMS.
 *
 * The dialog asks its questions through the query function (SyncSession::query()) and queues
 * the application through the submit function (SyncSession::submit(ProviderActionRequest&),
 * the durable outbox: exactly once). Validation is PaymentAssistRules::validate() plus the
 * form's own rules (a first name and a surname); messages appear under the fields as in the
 * other forms (FieldErrorPresenter).
 *
 * @code
 * FinanceApplicationDialog dialog({{enterpriseId, siteId, siteName}}, this);
 * dialog.setQuery([session](auto q, auto site, auto params, auto ctx, auto answer) {
 *     session->query(ProviderId::paymentAssist(), q, site, params, ctx, answer); });
 * dialog.setSubmit([session](const ProviderActionRequest& r) { … session->submit(copy) … });
 * dialog.exec();
 * @endcode
 */
class FinanceApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    struct Site
    {
        QString enterpriseId;
        /// The Payment Assist site (PaymentAssistSite::siteId).
        QString siteId;
        /// For people; the site id when empty.
        QString name;
    };
    using Answer = std::function<void(Result<QJsonObject, ApiError>)>;
    using QueryFunction = std::function<void(ProviderQuery query, const QString& siteId,
                                             const QJsonObject& params, QObject* context, Answer answer)>;

    explicit FinanceApplicationDialog(const QList<Site>& sites, QWidget* parent = nullptr);
    ~FinanceApplicationDialog() override;

    /// Where plans, schedules and pre-approvals are asked; setting it loads the plans.
    void setQuery(QueryFunction query);
    /// Where the application goes on OK; the dialog closes only when it returns no errors.
    void setSubmit(SubmitFunction<ProviderActionRequest> submit);

    /// The validated request (after the dialog was accepted).
    ProviderActionRequest request() const { return m_accepted; }
    /// The form's errors as it stands, with wire field names (f_name, postcode, amount, …).
    FieldErrors validationErrors() const;
    /// The message shown under `field` (wire name; f_name and s_name show under the name).
    QString shownError(const QString& field) const;
    /// The pre-approval's answer as shown; empty before one was asked.
    QString preapprovalText() const;
    /// The repayment schedule as shown (plan, interest, total, one line per instalment).
    QString scheduleText() const;
    /// The number of plans in the picker.
    int planCount() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;
    /// Asks /preapproval for the customer as typed.
    void preapprove();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    FieldMessage* addMessage(QWidget* focus, const QString& field);
    void loadPlans();
    void quoteLater();
    void quote();
    void growToFit();
    void revalidate();
    ProviderActionRequest collect(FieldErrors& errors) const;
    QString currentSiteId() const;
    std::optional<qint64> amountPence() const;

    QList<Site> m_sites;
    QueryFunction m_query;
    SubmitFunction<ProviderActionRequest> m_submit;
    FieldErrorPresenter* m_errors = nullptr;
    QHash<QString, FieldMessage*> m_messages;
    ProviderActionRequest m_accepted;
    QJsonArray m_plans;
    int m_quoteGeneration = 0;
    class QTimer* m_quoteTimer = nullptr;

    QLabel* m_intro = nullptr;
    QHash<QString, QLabel*> m_labels;
    QComboBox* m_site = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_addr1 = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_regNo = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_orderId = nullptr;
    QPushButton* m_preapprove = nullptr;
    QLabel* m_preapproval = nullptr;
    QComboBox* m_plan = nullptr;
    QLabel* m_schedule = nullptr;
    QCheckBox* m_sendEmail = nullptr;
    QCheckBox* m_sendSms = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace paydesk::ui
