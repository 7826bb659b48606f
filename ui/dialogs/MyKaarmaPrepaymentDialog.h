#pragma once

#include "FieldErrorPresenter.h"
#include "payments/FieldError.h"
#include "providers/ProviderAction.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk::ui {

/**
 * myKaarma "Prepayment" for a repair order: the order number, myKaarma's customer, the amount
 * (in the site's currency), a description, and how the pay link goes out — by text and/or
 * email. With neither ticked the prepayment is made without sending anything: myKaarma then
 * tells its surcharge and fees (shown in the detail pane, ProviderQuery::FeePreview), and the
 * link is sent from there ("Send payment request"). The request is one ProviderActionRequest
 * (Initiate, MyKaarmaRules' payload: orderNumber, amount in minor units, currency,
 * customerUuid, desc, sendAsText, sendAsEmail, prepaymentOnly, feeRequest) through the submit
 * function (SyncSession::submit, the durable outbox).
 */
class MyKaarmaPrepaymentDialog : public QDialog
{
    Q_OBJECT

public:
    struct Site
    {
        QString enterpriseId;
        QString siteId;
        QString name;
        /// ISO 4217; myKaarma serves US dealers (USD) unless the site's payments say otherwise.
        QString currency;
    };

    explicit MyKaarmaPrepaymentDialog(const Site& site, QWidget* parent = nullptr);
    ~MyKaarmaPrepaymentDialog() override;

    void setSubmit(SubmitFunction<ProviderActionRequest> submit);
    ProviderActionRequest request() const { return m_accepted; }
    FieldErrors validationErrors() const;
    QString shownError(const QString& field) const;
    /// What the dialog says about the fees and the link (follows the send boxes).
    QString sendNote() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateNote();
    ProviderActionRequest collect(FieldErrors& errors) const;
    std::optional<qint64> amountMinor() const;

    Site m_site;
    SubmitFunction<ProviderActionRequest> m_submit;
    FieldErrorPresenter* m_errors = nullptr;
    ProviderActionRequest m_accepted;

    QLabel* m_intro = nullptr;
    QLabel* m_siteLabel = nullptr;
    QLabel* m_siteName = nullptr;
    QLabel* m_orderLabel = nullptr;
    QLineEdit* m_order = nullptr;
    QLabel* m_customerLabel = nullptr;
    QLineEdit* m_customer = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLineEdit* m_description = nullptr;
    QCheckBox* m_sendText = nullptr;
    QCheckBox* m_sendEmail = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace paydesk::ui
