#include "PaymentAssistSiteForm.h"

#include "FieldMessage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

PaymentAssistSiteForm::PaymentAssistSiteForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"paymentAssistSiteForm"_s);
    auto* v = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto add = [this, form](QLabel*& label, const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        label = new QLabel(this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        return edit;
    };
    m_key = add(m_keyLabel, u"paymentAssistApiKey"_s);
    m_secret = add(m_secretLabel, u"paymentAssistSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_url = add(m_urlLabel, u"paymentAssistBaseUrl"_s);
    m_site = add(m_siteLabel, u"paymentAssistSiteId"_s);
    m_name = add(m_nameLabel, u"paymentAssistSiteName"_s);
    v->addLayout(form);
    // The checks' message (plain text, the forms' own colours), under the fields.
    m_errors = new FieldMessage(m_key, QString(), this);
    m_errors->setObjectName(u"paymentAssist.message"_s);
    v->addWidget(m_errors);
    v->addStretch();
    connect(m_key, &QLineEdit::textEdited, this, [this] { showErrors({}); });
    connect(m_secret, &QLineEdit::textEdited, this, [this] { showErrors({}); });
    connect(m_url, &QLineEdit::textEdited, this, [this] { showErrors({}); });
    retranslate();
}

PaymentAssistSiteForm::~PaymentAssistSiteForm()
{
    clearSecret();
}

void PaymentAssistSiteForm::setProfile(const ConnectionProfile& profile)
{
    const PaymentAssistSite site = profile.paymentAssist.value(0);
    m_defaultSite = profile.storeIds.value(0);
    m_key->setText(site.apiKey);
    m_url->setText(site.baseUrl.isEmpty() ? QString() : site.baseUrl.toString());
    m_site->setText(site.siteId);
    m_site->setPlaceholderText(m_defaultSite);
    m_name->setText(site.name);
    clearSecret();
    showErrors({});
}

void PaymentAssistSiteForm::applyTo(ConnectionProfile& profile) const
{
    QList<PaymentAssistSite> sites = profile.paymentAssist;
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        if (!sites.isEmpty())
            sites.removeFirst();
        profile.paymentAssist = sites;
        return;
    }
    PaymentAssistSite site = sites.value(0);
    site.apiKey = key;
    const QString url = m_url->text().trimmed();
    site.baseUrl = QUrl(url.isEmpty() ? u"https://api.v1.payment-assist.co.uk"_s : url);
    site.siteId = m_site->text().trimmed().isEmpty() ? profile.storeIds.value(0) : m_site->text().trimmed();
    site.name = m_name->text().trimmed();
    if (sites.isEmpty())
        sites << site;
    else
        sites[0] = site;
    profile.paymentAssist = sites;
}

void PaymentAssistSiteForm::setFieldsEnabled(bool enabled)
{
    for (QLineEdit* e : {m_key, m_secret, m_url, m_site, m_name})
        e->setEnabled(enabled);
}

QString PaymentAssistSiteForm::typedSecret() const
{
    return m_secret->text();
}

void PaymentAssistSiteForm::clearSecret()
{
    m_secret->clear();
}

void PaymentAssistSiteForm::setSecretPlaceholder(const QString& text)
{
    m_secret->setPlaceholderText(text);
}

void PaymentAssistSiteForm::showErrors(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.message;
    m_errors->setMessage(lines.join(u'\n'));
}

QString PaymentAssistSiteForm::shownErrors() const
{
    return m_errors->message();
}

FieldErrors PaymentAssistSiteForm::errors(const ConnectionProfile& profile, bool secretNeeded)
{
    FieldErrors errors;
    if (profile.paymentAssist.isEmpty())
        return errors;
    const PaymentAssistSite& site = profile.paymentAssist.first();
    const QString scheme = site.baseUrl.scheme();
    if (!site.baseUrl.isValid() || site.baseUrl.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        errors.append({u"paymentAssist.baseUrl"_s, tr("Enter the Payment Assist API address, e.g. "
                                                      "https://api.v1.payment-assist.co.uk.")});
    else if (scheme == u"http" && !profile.localTestPlatform)
        errors.append({u"paymentAssist.baseUrl"_s,
                       tr("The Payment Assist API address must start with https:// (plain http only for a "
                          "profile marked as a local test platform).")});
    if (site.siteId.isEmpty())
        errors.append(
            {u"paymentAssist.siteId"_s, tr("Enter the site (store id) the applications belong to.")});
    if (secretNeeded)
        errors.append({u"paymentAssist.secret"_s,
                       tr("Enter the Payment Assist API secret (it is kept in the keychain, for this address "
                          "only).")});
    return errors;
}

void PaymentAssistSiteForm::retranslate()
{
    m_intro->setText(
        tr("Point-of-sale finance with Payment Assist for this profile. Each dealer or branch has "
           "its own API key and secret; leave the key empty for no Payment Assist."));
    m_keyLabel->setText(tr("API &key:"));
    m_secretLabel->setText(tr("API &secret:"));
    m_urlLabel->setText(tr("API add&ress:"));
    m_url->setPlaceholderText(u"https://api.v1.payment-assist.co.uk"_s);
    m_siteLabel->setText(tr("S&ite (store id):"));
    m_nameLabel->setText(tr("Na&me:"));
    m_name->setPlaceholderText(tr("As the dealer calls this branch"));
    m_key->setAccessibleName(tr("Payment Assist API key"));
    m_secret->setAccessibleName(tr("Payment Assist API secret"));
    m_url->setAccessibleName(tr("Payment Assist API address"));
    m_site->setAccessibleName(tr("Payment Assist site (store id)"));
    m_name->setAccessibleName(tr("Payment Assist site name"));
}

void PaymentAssistSiteForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
