#include "MyKaarmaPrepaymentDialog.h"

#include "FieldMessage.h"
#include "money/Money.h"
#include "providers/ProviderRules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {
const QString kOrder = u"orderNumber"_s;
const QString kCustomer = u"customerUuid"_s;
const QString kAmount = u"amount"_s;
const QString kDescription = u"desc"_s;
const QString kSendText = u"sendAsText"_s;
} // namespace

MyKaarmaPrepaymentDialog::MyKaarmaPrepaymentDialog(const Site& site, QWidget* parent)
    : QDialog(parent)
    , m_site(site)
{
    if (m_site.currency.isEmpty())
        m_site.currency = u"USD"_s;
    setObjectName(u"myKaarmaPrepaymentDialog"_s);
    m_errors = new FieldErrorPresenter(this);
    auto* v = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_siteLabel = new QLabel(this);
    m_siteName = new QLabel(site.name.isEmpty() ? site.siteId : site.name, this);
    m_siteName->setTextFormat(Qt::PlainText);
    form->addRow(m_siteLabel, m_siteName);
    auto addField = [this, form](QLabel*& label, QLineEdit*& edit, const QString& field) {
        edit = new QLineEdit(this);
        edit->setObjectName(field);
        label = new QLabel(this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        auto* message = new FieldMessage(edit, QString(), this);
        message->setObjectName(field + u".message"_s);
        form->addRow(QString(), message);
        m_errors->addField(field, edit, message);
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            m_errors->markEdited(field);
            FieldErrors errors;
            collect(errors);
            m_errors->show(errors);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { m_errors->markTouched(field); });
    };
    addField(m_orderLabel, m_order, kOrder);
    addField(m_customerLabel, m_customer, kCustomer);
    addField(m_amountLabel, m_amount, kAmount);
    addField(m_descriptionLabel, m_description, kDescription);
    m_sendText = new QCheckBox(this);
    m_sendText->setObjectName(kSendText);
    m_sendText->setChecked(true);
    m_sendEmail = new QCheckBox(this);
    m_sendEmail->setObjectName(u"sendAsEmail"_s);
    form->addRow(QString(), m_sendText);
    form->addRow(QString(), m_sendEmail);
    auto* sendMessage = new FieldMessage(m_sendText, QString(), this);
    sendMessage->setObjectName(kSendText + u".message"_s);
    form->addRow(QString(), sendMessage);
    m_errors->addField(kSendText, m_sendText, sendMessage);
    m_errors->addAlias(u"sendAsEmail"_s, kSendText);
    m_note = new QLabel(this);
    m_note->setObjectName(u"sendNote"_s);
    m_note->setWordWrap(true);
    form->addRow(QString(), m_note);
    v->addLayout(form);
    v->addWidget(m_errors->formMessage());
    v->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MyKaarmaPrepaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MyKaarmaPrepaymentDialog::reject);
    for (QCheckBox* box : {m_sendText, m_sendEmail})
        connect(box, &QCheckBox::toggled, this, [this] {
            m_errors->markEdited(kSendText);
            updateNote();
        });
    setMinimumWidth(480);
    retranslateUi();
}

MyKaarmaPrepaymentDialog::~MyKaarmaPrepaymentDialog() = default;

void MyKaarmaPrepaymentDialog::setSubmit(SubmitFunction<ProviderActionRequest> submit)
{
    m_submit = std::move(submit);
}

std::optional<qint64> MyKaarmaPrepaymentDialog::amountMinor() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Money::parseUserInput(text, m_site.currency);
    if (!parsed)
        return std::nullopt;
    return parsed->minorUnits();
}

ProviderActionRequest MyKaarmaPrepaymentDialog::collect(FieldErrors& errors) const
{
    ProviderActionRequest r;
    r.provider = ProviderId::myKaarma();
    r.action = ProviderAction::Initiate;
    r.enterpriseId = m_site.enterpriseId;
    r.storeId = m_site.siteId;
    QJsonObject& p = r.payload;
    p.insert(kOrder, m_order->text().trimmed());
    p.insert(kCustomer, m_customer->text().trimmed());
    if (!m_description->text().trimmed().isEmpty())
        p.insert(kDescription, m_description->text().trimmed());
    p.insert(u"currency"_s, m_site.currency);
    const auto amount = amountMinor();
    if (!m_amount->text().trimmed().isEmpty() && !amount) {
        const auto example = Money::fromMinor(12500, m_site.currency);
        errors.append(
            {kAmount,
             tr("Enter the amount, e.g. %1.").arg(example ? example->formatUserInput() : u"125.00"_s)});
    }
    p.insert(kAmount, amount.value_or(0));
    p.insert(kSendText, m_sendText->isChecked());
    p.insert(u"sendAsEmail"_s, m_sendEmail->isChecked());
    // Neither box: the prepayment only, so its fees can be seen before the link goes out.
    p.insert(u"prepaymentOnly"_s, !m_sendText->isChecked() && !m_sendEmail->isChecked());
    // The fees as a credit card at the service desk would pay them, the most the customer can
    // be charged (myKaarma needs the tender type to work out a surcharge); its answer says them
    // (feeResponse). The customer still chooses how to pay on the page.
    p.insert(u"feeRequest"_s, QJsonObject{{u"fetchSurcharge"_s, true},
                                          {u"fetchApplicationFee"_s, true},
                                          {u"tenderType"_s, u"CREDIT"_s},
                                          {u"transactionDepartment"_s, u"SERVICE"_s}});
    for (const FieldError& e : ProviderRules::forProvider(ProviderId::myKaarma()).validate(r))
        if (!(e.field == kAmount && std::any_of(errors.cbegin(), errors.cend(),
                                                [](const FieldError& x) { return x.field == kAmount; })))
            errors.append(e);
    return r;
}

FieldErrors MyKaarmaPrepaymentDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString MyKaarmaPrepaymentDialog::shownError(const QString& field) const
{
    return m_errors->shownError(field);
}

QString MyKaarmaPrepaymentDialog::sendNote() const
{
    return m_note->text();
}

void MyKaarmaPrepaymentDialog::updateNote()
{
    if (m_sendText->isChecked() || m_sendEmail->isChecked())
        m_note->setText(tr("myKaarma adds its card surcharge to what the customer pays; the detail pane "
                           "shows it once the prepayment is made."));
    else
        m_note->setText(tr("Nothing goes to the customer yet: the prepayment is made and its surcharge "
                           "and fees are shown in the detail pane, from where you send the link."));
}

void MyKaarmaPrepaymentDialog::accept()
{
    FieldErrors errors;
    const ProviderActionRequest request = collect(errors);
    if (!m_errors->accept(errors))
        return;
    if (m_submit && !m_errors->refuse(m_submit(request)))
        return;
    m_accepted = request;
    QDialog::accept();
}

void MyKaarmaPrepaymentDialog::reject()
{
    m_errors->requestDiscard([this] { QDialog::reject(); });
}

void MyKaarmaPrepaymentDialog::retranslateUi()
{
    setWindowTitle(tr("Prepayment"));
    m_intro->setText(tr("A prepayment for a repair order through myKaarma: the customer pays the amount "
                        "by the link they get."));
    m_siteLabel->setText(tr("Site:"));
    m_orderLabel->setText(tr("&Repair order:"));
    m_order->setAccessibleName(tr("Repair order number"));
    m_customerLabel->setText(tr("&Customer (myKaarma id):"));
    m_customer->setAccessibleName(tr("myKaarma customer id"));
    m_amountLabel->setText(tr("&Amount (%1):").arg(m_site.currency));
    m_amount->setAccessibleName(tr("Amount"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setAccessibleName(tr("Description"));
    m_sendText->setText(tr("Send the pay link by &text"));
    m_sendEmail->setText(tr("Send the pay link by &email"));
    m_ok->setText(tr("&Make prepayment"));
    m_ok->setAccessibleName(tr("Make the prepayment"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_sendText->setAccessibleName(tr("Send the pay link by text"));
    m_sendEmail->setAccessibleName(tr("Send the pay link by email"));
    updateNote();
    m_errors->retranslate();
}

void MyKaarmaPrepaymentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace paydesk::ui
