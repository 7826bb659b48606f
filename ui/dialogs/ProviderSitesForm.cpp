#include "ProviderSitesForm.h"

#include "FieldMessage.h"
#include "ProviderSiteTester.h"
#include "providers/ProviderAction.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

// The form's fields, by the field names ProviderSite::errors() uses.
const QStringList kFields{u"siteId"_s, u"name"_s,       u"baseUrl"_s,       u"account"_s,
                          u"secret"_s, u"dealerUuid"_s, u"departmentUuid"_s};

enum Column
{
    ProviderColumn,
    SiteColumn,
    NameColumn,
    AddressColumn,
    ColumnCount
};

} // namespace

ProviderSitesForm::ProviderSitesForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"providerSitesForm"_s);
    auto* v = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"providerSites"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // A handful of rows: the short columns fit their text, the address takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(ProviderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SiteColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(150);
    v->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    m_add = new QToolButton(this);
    m_add->setObjectName(u"addProviderSite"_s);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_add);
    for (const QString& provider : ProviderSite::providers()) {
        QAction* action = menu->addAction(ProviderSite::providerName(provider));
        action->setObjectName(u"addSite."_s + provider);
        connect(action, &QAction::triggered, this, [this, provider] { addSite(provider); });
    }
    m_add->setMenu(menu);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeProviderSite"_s);
    connect(m_remove, &QPushButton::clicked, this, &ProviderSitesForm::removeShownSite);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    v->addLayout(buttons);

    m_box = new QGroupBox(this);
    m_box->setObjectName(u"providerSiteBox"_s);
    m_form = new QFormLayout(m_box);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& field : kFields) {
        auto* edit = new QLineEdit(m_box);
        edit->setObjectName(u"site."_s + field);
        auto* label = new QLabel(m_box);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
        m_fields.insert(field, edit);
        m_labels.insert(field, label);
        connect(edit, &QLineEdit::textEdited, this, &ProviderSitesForm::fieldEdited);
    }
    m_fields.value(u"secret"_s)->setEchoMode(QLineEdit::Password);
    auto* testRow = new QHBoxLayout;
    m_test = new QPushButton(m_box);
    m_test->setObjectName(u"testProviderSite"_s);
    m_result = new QLabel(m_box);
    m_result->setObjectName(u"providerSiteTestResult"_s);
    m_result->setTextFormat(Qt::PlainText); // it may quote what a server said
    m_result->setWordWrap(true);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    m_form->addRow(testRow);
    v->addWidget(m_box);
    m_errors = new FieldMessage(m_fields.value(u"siteId"_s), QString(), this);
    m_errors->setObjectName(u"providerSites.message"_s);
    v->addWidget(m_errors);
    v->addStretch();

    m_tester = new ProviderSiteTester(this);
    connect(m_tester, &ProviderSiteTester::finished, this, [this](bool ok, const QString& message) {
        setTestResult(ok, message);
        m_test->setEnabled(m_enabled && m_shown >= 0);
        Q_EMIT testFinished(ok);
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_shown >= 0)
            Q_EMIT testRequested();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading && row != m_shown)
            showSite(row);
    });
    retranslate();
    showSite(-1);
}

ProviderSitesForm::~ProviderSitesForm()
{
    for (Entry& e : m_entries)
        e.typedSecret.fill('\0');
}

void ProviderSitesForm::setEntries(const ConnectionProfile& profile, const QList<Entry>& entries,
                                   const QList<ProviderSite>& saved)
{
    m_entries = entries;
    m_saved = saved;
    m_defaultSiteId = profile.storeIds.value(0);
    m_loading = true;
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row)
        updateRow(row);
    m_loading = false;
    m_shown = -2; // force a refresh
    showSite(m_entries.isEmpty() ? -1 : 0);
    showErrors(m_shown, {});
}

void ProviderSitesForm::setFieldsEnabled(bool enabled)
{
    m_enabled = enabled;
    m_add->setEnabled(enabled);
    showSite(m_shown);
}

void ProviderSitesForm::addSite(const QString& provider)
{
    Entry e;
    e.site.provider = provider;
    e.site.siteId = m_defaultSiteId;
    e.site.baseUrl = ProviderSite::defaultBaseUrl(provider);
    m_entries.append(e);
    m_table->setRowCount(int(m_entries.size()));
    updateRow(int(m_entries.size()) - 1);
    showSite(int(m_entries.size()) - 1);
    m_fields.value(u"account"_s)->setFocus();
}

void ProviderSitesForm::removeShownSite()
{
    if (m_shown < 0 || m_shown >= m_entries.size())
        return;
    const int row = m_shown;
    m_entries[row].typedSecret.fill('\0');
    m_entries.removeAt(row);
    m_loading = true;
    m_table->removeRow(row);
    m_loading = false;
    m_shown = -2;
    showSite(std::min(row, int(m_entries.size()) - 1));
}

void ProviderSitesForm::showSite(int row)
{
    if (row >= m_entries.size())
        row = int(m_entries.size()) - 1;
    const bool changed = row != m_shown;
    m_shown = row;
    const bool has = row >= 0;
    m_loading = true;
    if (m_table->currentRow() != row)
        m_table->setCurrentCell(row, 0);
    m_loading = false;
    m_box->setVisible(has);
    m_remove->setEnabled(m_enabled && has);
    m_test->setEnabled(m_enabled && has && !m_tester->isRunning());
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->setEnabled(m_enabled && has);
    if (!has) {
        for (QLineEdit* edit : std::as_const(m_fields))
            edit->clear();
        setTestResult(true, QString());
        return;
    }
    if (!changed)
        return;
    const Entry& e = m_entries.at(row);
    m_fields.value(u"siteId"_s)->setText(e.site.siteId);
    m_fields.value(u"name"_s)->setText(e.site.name);
    m_fields.value(u"baseUrl"_s)->setText(e.site.baseUrl.isEmpty() ? QString() : e.site.baseUrl.toString());
    m_fields.value(u"account"_s)->setText(e.site.account);
    m_fields.value(u"dealerUuid"_s)->setText(e.site.dealerUuid);
    m_fields.value(u"departmentUuid"_s)->setText(e.site.departmentUuid);
    // Never shown back: the field only says whether one is typed or stored.
    m_fields.value(u"secret"_s)->clear();
    setTestResult(true, QString());
    m_errors->setMessage(QString());
    updateFieldsForProvider();
}

void ProviderSitesForm::updateFieldsForProvider()
{
    if (m_shown < 0 || m_shown >= m_entries.size())
        return;
    const Entry& e = m_entries.at(m_shown);
    const bool pa = e.site.provider == ProviderId::paymentAssist();
    const bool mk = e.site.provider == ProviderId::myKaarma();
    m_box->setTitle(tr("%1 site").arg(ProviderSite::providerName(e.site.provider)));
    m_labels.value(u"account"_s)->setText(pa ? tr("A&PI key:") : tr("&User name:"));
    m_labels.value(u"secret"_s)->setText(pa ? tr("API &secret:") : tr("&Password:"));
    m_fields.value(u"account"_s)->setAccessibleName(pa ? tr("API key") : tr("User name"));
    m_fields.value(u"secret"_s)->setAccessibleName(pa ? tr("API secret") : tr("Password"));
    m_form->setRowVisible(m_fields.value(u"dealerUuid"_s), mk);
    m_form->setRowVisible(m_fields.value(u"departmentUuid"_s), mk);
    m_fields.value(u"baseUrl"_s)
        ->setPlaceholderText(ProviderSite::defaultBaseUrl(e.site.provider).toString());
    m_fields.value(u"siteId"_s)->setPlaceholderText(m_defaultSiteId);
    m_fields.value(u"secret"_s)
        ->setPlaceholderText(!e.typedSecret.isEmpty()   ? tr("Typed; saved with OK")
                             : secretNeeded(e, m_saved) ? QString()
                                                        : tr("Stored in the keychain; "
                                                             "type to replace"));
}

void ProviderSitesForm::fieldEdited()
{
    if (m_shown < 0 || m_shown >= m_entries.size())
        return;
    Entry& e = m_entries[m_shown];
    e.site.siteId = m_fields.value(u"siteId"_s)->text().trimmed();
    e.site.name = m_fields.value(u"name"_s)->text().trimmed();
    const QString url = m_fields.value(u"baseUrl"_s)->text().trimmed();
    e.site.baseUrl = QUrl(url);
    e.site.account = m_fields.value(u"account"_s)->text().trimmed();
    e.site.dealerUuid = m_fields.value(u"dealerUuid"_s)->text().trimmed();
    e.site.departmentUuid = m_fields.value(u"departmentUuid"_s)->text().trimmed();
    const QString typed = m_fields.value(u"secret"_s)->text();
    if (!typed.isEmpty()) {
        e.typedSecret.fill('\0');
        e.typedSecret = typed.toUtf8();
    }
    updateRow(m_shown);
    m_errors->setMessage(QString());
}

void ProviderSitesForm::updateRow(int row)
{
    const ProviderSite& s = m_entries.at(row).site;
    const QStringList cells{ProviderSite::providerName(s.provider), s.siteId, s.name, s.baseUrl.toString()};
    for (int c = 0; c < ColumnCount; ++c) {
        QTableWidgetItem* item = m_table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, c, item);
        }
        item->setText(cells.at(c));
    }
}

void ProviderSitesForm::showErrors(int row, const FieldErrors& errors)
{
    if (row >= 0 && row != m_shown)
        showSite(row);
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.message;
    m_errors->setMessage(lines.join(u'\n'));
    if (!errors.isEmpty())
        if (QLineEdit* edit = m_fields.value(errors.first().field))
            edit->setFocus();
}

QString ProviderSitesForm::shownErrors() const
{
    return m_errors->message();
}

bool ProviderSitesForm::secretNeeded(const Entry& entry, const QList<ProviderSite>& saved)
{
    if (!entry.typedSecret.isEmpty())
        return false;
    for (const ProviderSite& s : saved)
        if (s.provider == entry.site.provider && s.siteId == entry.site.siteId &&
            s.secretOrigin() == entry.site.secretOrigin())
            return false;
    return true;
}

void ProviderSitesForm::testShownSite(const ConnectionProfile& profile, SecretStore& secrets)
{
    if (m_shown < 0 || m_shown >= m_entries.size())
        return;
    const Entry e = m_entries.at(m_shown);
    FieldErrors errors = e.site.errors(false, profile.localTestPlatform);
    if (!errors.isEmpty()) {
        showErrors(m_shown, errors);
        setTestResult(false, QString());
        Q_EMIT testFinished(false);
        return;
    }
    m_test->setEnabled(false);
    setTestResult(true, tr("Testing…"));
    if (!e.typedSecret.isEmpty()) {
        m_tester->run(profile, e.site, e.typedSecret);
        return;
    }
    const bool pa = e.site.provider == ProviderId::paymentAssist();
    const QString missing =
        pa ? tr("Enter the API secret to test this site.") : tr("Enter the password to test this site.");
    if (secretNeeded(e, m_saved)) {
        // No stored secret belongs to this address: nothing is sent.
        setTestResult(false, missing);
        m_test->setEnabled(m_enabled);
        Q_EMIT testFinished(false);
        return;
    }
    // The stored one, read for the test only and never shown; it goes only to its own origin.
    const ProviderSite site = e.site;
    BoundSecret::read(secrets, site.secretKey(profile.name), QString(), this,
                      [this, profile, site, missing](BoundSecret::ReadResult secret) {
                          if (!secret || !secret->has_value() || (*secret)->secret.isEmpty() ||
                              !(*secret)->mayBeSentTo(site.baseUrl)) {
                              setTestResult(false, missing);
                              m_test->setEnabled(m_enabled);
                              Q_EMIT testFinished(false);
                              return;
                          }
                          m_tester->run(profile, site, (*secret)->secret);
                      });
}

QString ProviderSitesForm::testResult() const
{
    return m_result->text();
}

void ProviderSitesForm::setTestResult(bool ok, const QString& message)
{
    m_result->setText(message);
    m_result->setProperty("ok", ok);
}

void ProviderSitesForm::retranslate()
{
    m_intro->setText(tr("The payment providers of this profile besides Keyloop, each site with its own "
                        "credentials. A site may have several providers."));
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Site"), tr("Name"), tr("API address")});
    m_add->setText(tr("&Add site"));
    m_remove->setText(tr("Remo&ve site"));
    m_labels.value(u"siteId"_s)->setText(tr("S&ite (store id):"));
    m_labels.value(u"name"_s)->setText(tr("Na&me:"));
    m_labels.value(u"baseUrl"_s)->setText(tr("API add&ress:"));
    m_labels.value(u"dealerUuid"_s)->setText(tr("Dea&ler UUID:"));
    m_labels.value(u"departmentUuid"_s)->setText(tr("Departm&ent UUID:"));
    m_fields.value(u"name"_s)->setPlaceholderText(tr("As the dealer calls this branch"));
    m_test->setText(tr("Test &connection"));
    m_table->setAccessibleName(tr("Provider sites"));
    m_add->setAccessibleName(tr("Add a provider site"));
    m_remove->setAccessibleName(tr("Remove this provider site"));
    m_test->setAccessibleName(tr("Test the connection of this site"));
    m_fields.value(u"siteId"_s)->setAccessibleName(tr("Site (store id)"));
    m_fields.value(u"name"_s)->setAccessibleName(tr("Site name"));
    m_fields.value(u"baseUrl"_s)->setAccessibleName(tr("API address"));
    m_fields.value(u"dealerUuid"_s)->setAccessibleName(tr("Dealer UUID"));
    m_fields.value(u"departmentUuid"_s)->setAccessibleName(tr("Department UUID"));
    for (int row = 0; row < m_entries.size(); ++row)
        updateRow(row);
    updateFieldsForProvider();
}

void ProviderSitesForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
