#include "NewRequestDialog.h"

#include "providers/ProviderAction.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

NewRequestDialog::NewRequestDialog(const QList<Option>& options, QWidget* parent)
    : QDialog(parent)
    , m_options(options)
{
    setObjectName(u"newRequestDialog"_s);
    auto* v = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_site = new QComboBox(this);
    m_site->setObjectName(u"site"_s);
    for (const Option& o : m_options) {
        if (m_siteIds.contains(o.siteId))
            continue;
        m_siteIds << o.siteId;
        m_site->addItem(o.siteName.isEmpty() || o.siteName == o.siteId
                            ? o.siteId
                            : u"%1 (%2)"_s.arg(o.siteName, o.siteId),
                        o.siteId);
    }
    m_siteLabel = new QLabel(this);
    m_siteLabel->setBuddy(m_site);
    form->addRow(m_siteLabel, m_site);
    // One site: nothing to pick there.
    form->setRowVisible(m_site, m_siteIds.size() > 1);
    v->addLayout(form);
    m_providers = new QGroupBox(this);
    m_providers->setObjectName(u"providerChoice"_s);
    m_providerLayout = new QVBoxLayout(m_providers);
    m_group = new QButtonGroup(this);
    v->addWidget(m_providers);
    v->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_site, &QComboBox::currentIndexChanged, this, &NewRequestDialog::showSite);
    setMinimumWidth(420);
    retranslateUi();
    showSite();
}

NewRequestDialog::~NewRequestDialog() = default;

bool NewRequestDialog::needed(const QList<Option>& options)
{
    QSet<QString> providers;
    for (const Option& o : options)
        providers.insert(o.provider);
    return providers.size() > 1;
}

void NewRequestDialog::showSite()
{
    const QString site = m_site->currentData().toString();
    const auto buttons = m_group->buttons();
    for (QAbstractButton* b : buttons) {
        m_group->removeButton(b);
        delete b;
    }
    for (const Option& o : std::as_const(m_options)) {
        if (o.siteId != site)
            continue;
        auto* button = new QRadioButton(describe(o.provider), m_providers);
        button->setObjectName(u"provider."_s + o.provider);
        button->setProperty("provider", o.provider);
        m_group->addButton(button);
        m_providerLayout->addWidget(button);
    }
    if (!m_group->buttons().isEmpty())
        m_group->buttons().constFirst()->setChecked(true);
    m_providers->setVisible(m_group->buttons().size() > 1);
}

NewRequestDialog::Option NewRequestDialog::chosen() const
{
    const QString site = m_site->currentData().toString();
    const QAbstractButton* checked = m_group->checkedButton();
    const QString provider = checked ? checked->property("provider").toString() : QString();
    for (const Option& o : m_options)
        if (o.siteId == site && o.provider == provider)
            return o;
    return {};
}

bool NewRequestDialog::providerChoiceShown() const
{
    return m_providers->isVisibleTo(this);
}

QStringList NewRequestDialog::providersShown() const
{
    QStringList providers;
    for (const QAbstractButton* b : m_group->buttons())
        providers << b->property("provider").toString();
    return providers;
}

void NewRequestDialog::chooseProvider(const QString& provider)
{
    for (QAbstractButton* b : m_group->buttons())
        if (b->property("provider").toString() == provider)
            b->click();
}

void NewRequestDialog::chooseSite(const QString& siteId)
{
    m_site->setCurrentIndex(m_site->findData(siteId));
}

QString NewRequestDialog::describe(const QString& provider) const
{
    if (provider == ProviderId::keyloop())
        return tr("&Keyloop: payment request (the customer gets a pay link)");
    if (provider == ProviderId::paymentAssist())
        return tr("&Payment Assist: finance application");
    if (provider == ProviderId::democrance())
        return tr("&Democrance: payment link for an insurance policy");
    if (provider == ProviderId::myKaarma())
        return tr("&myKaarma: prepayment for a repair order");
    return provider;
}

void NewRequestDialog::retranslateUi()
{
    setWindowTitle(tr("New request"));
    m_siteLabel->setText(tr("&Site:"));
    m_site->setAccessibleName(tr("Site"));
    m_providers->setTitle(tr("Which provider?"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&ontinue"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Continue to the provider's form"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    for (QAbstractButton* b : m_group->buttons()) {
        b->setText(describe(b->property("provider").toString()));
        b->setAccessibleName(b->text().remove(u'&'));
    }
}

void NewRequestDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace paydesk::ui
