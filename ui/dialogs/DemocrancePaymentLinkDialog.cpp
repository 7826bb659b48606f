#include "DemocrancePaymentLinkDialog.h"

#include "FieldMessage.h"
#include "providers/ProviderRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {
const QString kPolicy = u"policy_number"_s;
const QString kGateway = u"gateway"_s;
} // namespace

DemocrancePaymentLinkDialog::DemocrancePaymentLinkDialog(const Site& site, QWidget* parent)
    : QDialog(parent)
    , m_site(site)
{
    setObjectName(u"democrancePaymentLinkDialog"_s);
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

    m_policy = new QLineEdit(this);
    m_policy->setObjectName(u"policyNumber"_s);
    m_find = new QPushButton(this);
    m_find->setObjectName(u"findGateways"_s);
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_find);
    m_policyLabel = new QLabel(this);
    m_policyLabel->setBuddy(m_policy);
    form->addRow(m_policyLabel, policyRow);
    auto* policyMessage = new FieldMessage(m_policy, QString(), this);
    policyMessage->setObjectName(kPolicy + u".message"_s);
    form->addRow(QString(), policyMessage);
    m_errors->addField(kPolicy, m_policy, policyMessage);

    m_gateway = new QComboBox(this);
    m_gateway->setObjectName(u"gateway"_s);
    m_gatewayLabel = new QLabel(this);
    m_gatewayLabel->setBuddy(m_gateway);
    form->addRow(m_gatewayLabel, m_gateway);
    m_note = new QLabel(this);
    m_note->setObjectName(u"gatewayNote"_s);
    m_note->setTextFormat(Qt::PlainText); // may quote what Democrance said
    m_note->setWordWrap(true);
    form->addRow(QString(), m_note);
    auto* gatewayMessage = new FieldMessage(m_gateway, QString(), this);
    gatewayMessage->setObjectName(kGateway + u".message"_s);
    form->addRow(QString(), gatewayMessage);
    m_errors->addField(kGateway, m_gateway, gatewayMessage);
    v->addLayout(form);

    m_outcomes = new QLabel(this);
    m_outcomes->setWordWrap(true);
    v->addWidget(m_outcomes);
    v->addWidget(m_errors->formMessage());
    v->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DemocrancePaymentLinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DemocrancePaymentLinkDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &DemocrancePaymentLinkDialog::findGateways);
    connect(m_policy, &QLineEdit::textEdited, this, [this] {
        m_errors->markEdited(kPolicy);
        FieldErrors errors;
        collect(errors);
        m_errors->show(errors);
    });
    // Leaving the number (Tab, Shift+Tab, a click elsewhere) or pressing Enter in it asks its
    // gateways: seen on the field's own key and focus events. The Tab key itself counts, not only
    // the focus change it causes, which is not reported while the window system does not consider
    // the dialog active (editingFinished alone missed a Tab offscreen).
    m_policy->installEventFilter(this);
    connect(m_gateway, &QComboBox::activated, this, [this] { m_errors->markEdited(kGateway); });
    setMinimumWidth(480);
    retranslateUi();
}

DemocrancePaymentLinkDialog::~DemocrancePaymentLinkDialog() = default;

void DemocrancePaymentLinkDialog::setQuery(QueryFunction query)
{
    m_query = std::move(query);
}

void DemocrancePaymentLinkDialog::setSubmit(SubmitFunction<ProviderActionRequest> submit)
{
    m_submit = std::move(submit);
}

bool DemocrancePaymentLinkDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_policy) {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
                policyLeft(); // the key goes on and moves the focus
            } else if ((key == Qt::Key_Return || key == Qt::Key_Enter) && policyLeft()) {
                return true; // Enter on a new number asks its gateways; it does not send yet
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Not for a context menu over the field, nor for another window coming to the front.
            const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
            if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
                policyLeft();
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool DemocrancePaymentLinkDialog::policyLeft()
{
    m_errors->markTouched(kPolicy);
    const QString policy = m_policy->text().trimmed();
    if (!m_query || policy.isEmpty() || policy == m_gatewaysFor)
        return false; // nothing to ask with, nothing typed, or asked for this number already
    findGateways();
    return true;
}

void DemocrancePaymentLinkDialog::findGateways()
{
    const QString policy = m_policy->text().trimmed();
    if (!m_query || policy.isEmpty())
        return;
    m_gatewaysFor = policy;
    const int generation = ++m_generation;
    m_gateway->clear();
    m_find->setEnabled(false);
    m_note->setText(tr("Asking Democrance which gateways policy %1 may use…").arg(policy));
    m_query(ProviderQuery::Gateways, m_site.siteId, {{kPolicy, policy}}, this,
            [this, generation, policy](Result<QJsonObject, ApiError> answer) {
                if (generation != m_generation)
                    return; // the number changed since
                m_find->setEnabled(true);
                if (!answer) {
                    m_gatewaysFor.clear(); // leaving the field again asks again
                    m_note->setText(tr("No gateways: %1").arg(answer.error().message));
                    return;
                }
                const QJsonArray gateways = answer->value(u"gateways"_s).toArray();
                for (const QJsonValue& value : gateways) {
                    const QJsonObject g = value.toObject();
                    const QString id = g.value(kGateway).toString();
                    const QString name = g.value(u"name"_s).toString(id);
                    m_gateway->addItem(name == id ? name : u"%1 (%2)"_s.arg(name, id), id);
                }
                m_note->setText(
                    gateways.isEmpty()
                        ? tr("Democrance offers no gateway for policy %1.").arg(policy)
                        : tr("Pick one of the gateways Democrance offers for policy %1.").arg(policy));
            });
}

QString DemocrancePaymentLinkDialog::gatewayNote() const
{
    return m_note->text();
}

int DemocrancePaymentLinkDialog::gatewayCount() const
{
    return m_gateway->count();
}

ProviderActionRequest DemocrancePaymentLinkDialog::collect(FieldErrors& errors) const
{
    ProviderActionRequest r;
    r.provider = ProviderId::democrance();
    r.action = ProviderAction::Initiate;
    r.enterpriseId = m_site.enterpriseId;
    r.storeId = m_site.siteId;
    r.payload.insert(kPolicy, m_policy->text().trimmed());
    r.payload.insert(kGateway, m_gateway->currentData().toString());
    errors.append(ProviderRules::forProvider(ProviderId::democrance()).validate(r));
    return r;
}

FieldErrors DemocrancePaymentLinkDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString DemocrancePaymentLinkDialog::shownError(const QString& field) const
{
    return m_errors->shownError(field);
}

void DemocrancePaymentLinkDialog::accept()
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

void DemocrancePaymentLinkDialog::reject()
{
    m_errors->requestDiscard([this] { QDialog::reject(); });
}

void DemocrancePaymentLinkDialog::retranslateUi()
{
    setWindowTitle(tr("Send payment link for policy"));
    m_intro->setText(tr("Democrance sends the customer a link to pay the policy's premium through the "
                        "gateway you pick."));
    m_siteLabel->setText(tr("Site:"));
    m_policyLabel->setText(tr("&Policy number:"));
    m_policy->setAccessibleName(tr("Policy number"));
    m_find->setText(tr("&Find gateways"));
    m_find->setAccessibleName(tr("Find the gateways of this policy"));
    m_gatewayLabel->setText(tr("&Gateway:"));
    m_gateway->setAccessibleName(tr("Payment gateway"));
    m_outcomes->setText(tr("Democrance may also answer “No payment required” or “Payment to be invoiced” "
                           "(the invoice gateway): the policy is then issued without a card payment, "
                           "and PayDesk shows it so."));
    m_ok->setText(tr("&Send link"));
    m_ok->setAccessibleName(tr("Send the payment link"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_errors->retranslate();
}

void DemocrancePaymentLinkDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace paydesk::ui
