#include "SettingsDialog.h"

#include "ConnectionProfileForm.h"
#include "KioskSettingsForm.h"
#include "ProviderSitesForm.h"
#include "ReceiptIssuerForm.h"
#include "SecretChanges.h"
#include "Translator.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString kSecretField = QStringLiteral("clientSecret");

// The tabs, in order: General (language, theme) first, the connection one step further.
constexpr int kGeneralTab = 0;
constexpr int kConnectionTab = 1;
constexpr int kNotificationsTab = 2;
constexpr int kReceiptsTab = 3;
constexpr int kProvidersTab = 4;

struct ProfileEdit
{
    ConnectionProfile profile;
    /// Typed in this session; written to the keychain on accept, never shown back.
    QByteArray newSecret;
    /// The origin newSecret was first used with (tested or saved); empty until then. A typed
    /// secret goes to that origin only: after the URL changed it must be typed again.
    QString newSecretOrigin;
    /// Whether the keychain holds a secret for it (answered asynchronously).
    std::optional<bool> secretStored;
    /// The origin of the saved profile, which the stored secret is bound to (an older secret
    /// without an origin is bound to it when read); empty for a new profile.
    QString savedOrigin;
    /// Not yet saved: its name may still be edited.
    bool isNew = false;
    /// Its provider sites (Payment Assist, Democrance, myKaarma) with the secrets typed in this
    /// session, written to the keychain on accept.
    QList<ProviderSitesForm::Entry> sites;
    /// The provider sites as saved (their secrets are in the keychain, bound to these origins).
    QList<ProviderSite> savedSites;
};

QList<ProviderSitesForm::Entry> entriesOf(const ConnectionProfile& profile)
{
    QList<ProviderSitesForm::Entry> entries;
    for (const ProviderSite& site : providerSitesOf(profile))
        entries.append({site, {}});
    return entries;
}

/// The checks of every provider site of `e`; `row` is set to the first site with a problem.
FieldErrors providerSiteErrors(const ProfileEdit& e, int& row)
{
    for (int i = 0; i < e.sites.size(); ++i) {
        const ProviderSitesForm::Entry& entry = e.sites.at(i);
        FieldErrors errors = entry.site.errors(ProviderSitesForm::secretNeeded(entry, e.savedSites),
                                               e.profile.localTestPlatform);
        for (int j = 0; j < i; ++j) {
            const ProviderSite& other = e.sites.at(j).site;
            if (other.provider == entry.site.provider && other.siteId == entry.site.siteId)
                errors.prepend(
                    {QStringLiteral("siteId"),
                     SettingsDialog::tr("Site “%1” already has a %2 account in this profile.")
                         .arg(entry.site.siteId, ProviderSite::providerName(entry.site.provider))});
        }
        if (!errors.isEmpty()) {
            row = i;
            return errors;
        }
    }
    return {};
}

} // namespace

class SettingsDialog::Private
{
public:
    explicit Private(SecretStore& secrets)
        : secrets(secrets)
    {
    }

    SecretStore& secrets;
    AppSettings before;
    AppSettings after;
    QList<ProfileEdit> edits;
    QStringList removedProfiles;
    QStringList secretsReplaced;
    int shownProfile = -1;
    SecretChanges* changes = nullptr;

    QTabWidget* tabs = nullptr;
    // Connection
    QLabel* profileLabel = nullptr;
    QComboBox* profile = nullptr;
    QPushButton* addProfile = nullptr;
    QPushButton* removeProfile = nullptr;
    ConnectionProfileForm* form = nullptr;
    QLabel* restartNote = nullptr;
    // Appearance
    QLabel* languageLabel = nullptr;
    QComboBox* language = nullptr;
    QLabel* themeLabel = nullptr;
    QComboBox* theme = nullptr;
    // Notifications
    QCheckBox* notifyPaid = nullptr;
    QCheckBox* notifyFailed = nullptr;
    QCheckBox* notifyCleared = nullptr;
    QLabel* overdueDaysLabel = nullptr;
    QSpinBox* overdueDays = nullptr;
    QCheckBox* notifyWhenActive = nullptr;
    // Receipts (per profile)
    ReceiptIssuerForm* receipts = nullptr;
    // Payment providers besides Keyloop (per profile)
    ProviderSitesForm* providers = nullptr;
    /// Keychain keys of the provider sites of removed profiles, deleted once saved without them.
    QStringList removedSiteSecrets;
    // Kiosk mode of this computer (not per profile)
    KioskSettingsForm* kiosk = nullptr;
    /// The kiosk settings the last save changed (for the audit line; never a PIN or its hash).
    QStringList kioskChanged;
    QDialogButtonBox* buttons = nullptr;
};

SettingsDialog::SettingsDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_d(std::make_unique<Private>(secrets))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    m_d->changes = new SecretChanges(secrets, this);
    m_d->before = AppSettings::load();
    m_d->after = m_d->before;
    for (const ConnectionProfile& p : std::as_const(m_d->before.profiles)) {
        ProfileEdit edit;
        edit.profile = p;
        edit.savedOrigin = p.secretOrigin();
        edit.sites = entriesOf(p);
        edit.savedSites = providerSitesOf(p);
        m_d->edits.append(edit);
    }
    buildUi();
    retranslateUi();
    loadValues();
    // Ask the keychain which profiles already have a secret, to say so (never to show it). A
    // secret stored before secrets were bound is bound to its saved profile's origin here.
    for (int i = 0; i < m_d->edits.size(); ++i) {
        const ProfileEdit& e = m_d->edits.at(i);
        BoundSecret::read(m_d->secrets, e.profile.clientSecretKey(), e.savedOrigin, this,
                          [this, i](BoundSecret::ReadResult result) {
                              if (i < m_d->edits.size())
                                  m_d->edits[i].secretStored = result.ok() && result->has_value();
                              updateSecretPlaceholder();
                          });
    }
}

SettingsDialog::~SettingsDialog()
{
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

void SettingsDialog::buildUi()
{
    Private& d = *m_d;
    setMinimumWidth(560);
    d.tabs = new QTabWidget(this);
    d.tabs->setObjectName(QStringLiteral("tabs"));

    // --- Connection ----------------------------------------------------------------------
    auto* connection = new QWidget(d.tabs);
    auto* connectionLayout = new QVBoxLayout(connection);
    d.form = new ConnectionProfileForm(connection);
    connectionLayout->addWidget(d.form);
    connectionLayout->addStretch();

    auto* profileRow = new QWidget(d.form);
    auto* profileLayout = new QHBoxLayout(profileRow);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    d.profile = new QComboBox(profileRow);
    d.profile->setObjectName(QStringLiteral("profile"));
    d.addProfile = new QPushButton(profileRow);
    d.addProfile->setObjectName(QStringLiteral("addProfile"));
    d.removeProfile = new QPushButton(profileRow);
    d.removeProfile->setObjectName(QStringLiteral("removeProfile"));
    profileLayout->addWidget(d.profile, 1);
    profileLayout->addWidget(d.addProfile);
    profileLayout->addWidget(d.removeProfile);
    d.profileLabel = new QLabel(d.form);
    d.profileLabel->setBuddy(d.profile);
    // The profile picker heads the form's own rows, so its label lines up with the fields'.
    d.form->formLayout()->insertRow(0, d.profileLabel, profileRow);
    d.restartNote = new QLabel(d.form);
    d.restartNote->setWordWrap(true);
    d.form->formLayout()->addRow(d.restartNote);
    QList<QWidget*> order{d.profile, d.addProfile, d.removeProfile};
    order << d.form->tabChain();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    // --- Appearance ----------------------------------------------------------------------
    auto* appearance = new QWidget(d.tabs);
    auto* appearanceForm = new QFormLayout(appearance);
    d.language = new QComboBox(appearance);
    d.language->setObjectName(QStringLiteral("language"));
    d.language->addItem(QString(), QString());
    for (const QString& code : Translator::availableLanguages())
        d.language->addItem(Translator::nativeName(code), code);
    d.languageLabel = new QLabel(appearance);
    d.languageLabel->setBuddy(d.language);
    appearanceForm->addRow(d.languageLabel, d.language);
    d.theme = new QComboBox(appearance);
    d.theme->setObjectName(QStringLiteral("theme"));
    for (const char* t : {"system", "light", "dark"})
        d.theme->addItem(QString(), QString::fromLatin1(t));
    d.themeLabel = new QLabel(appearance);
    d.themeLabel->setBuddy(d.theme);
    appearanceForm->addRow(d.themeLabel, d.theme);

    // --- Notifications -------------------------------------------------------------------
    auto* notifications = new QWidget(d.tabs);
    auto* notificationsLayout = new QVBoxLayout(notifications);
    d.notifyPaid = new QCheckBox(notifications);
    d.notifyPaid->setObjectName(QStringLiteral("notifyPaid"));
    d.notifyFailed = new QCheckBox(notifications);
    d.notifyFailed->setObjectName(QStringLiteral("notifyFailed"));
    d.notifyCleared = new QCheckBox(notifications);
    d.notifyCleared->setObjectName(QStringLiteral("notifyCleared"));
    d.notifyWhenActive = new QCheckBox(notifications);
    d.notifyWhenActive->setObjectName(QStringLiteral("notifyWhenActive"));
    notificationsLayout->addWidget(d.notifyPaid);
    notificationsLayout->addWidget(d.notifyCleared);
    notificationsLayout->addWidget(d.notifyFailed);
    notificationsLayout->addWidget(d.notifyWhenActive);
    d.overdueDays = new QSpinBox(notifications);
    d.overdueDays->setObjectName(QStringLiteral("clearanceOverdueDays"));
    d.overdueDays->setRange(1, 90);
    d.overdueDaysLabel = new QLabel(notifications);
    d.overdueDaysLabel->setBuddy(d.overdueDays);
    auto* overdueRow = new QHBoxLayout;
    overdueRow->addWidget(d.overdueDaysLabel);
    overdueRow->addWidget(d.overdueDays);
    overdueRow->addStretch();
    notificationsLayout->addLayout(overdueRow);
    notificationsLayout->addStretch();
    // --- Receipts: the dealership's details of the profile shown on the Connection tab ------
    d.receipts = new ReceiptIssuerForm(d.tabs);

    // In this order (kGeneralTab, kConnectionTab, kNotificationsTab, kReceiptsTab).
    d.tabs->addTab(appearance, QString());
    d.tabs->addTab(connection, QString());
    d.tabs->addTab(notifications, QString());
    d.tabs->addTab(d.receipts, QString());
    // --- Payment providers: the provider sites of the profile shown on the Connection tab ---
    d.providers = new ProviderSitesForm(d.tabs);
    d.tabs->addTab(d.providers, QString());
    // --- Kiosk: this computer's kiosk mode and staff PIN -----------------------------------
    d.kiosk = new KioskSettingsForm(d.tabs);
    d.tabs->addTab(d.kiosk, QString());
    // Opens on General: the connection (with the client secret) is one deliberate step further,
    // not the first thing shown in front of the cashiers.
    d.tabs->setCurrentIndex(kGeneralTab);

    d.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d.buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d.tabs);
    layout->addWidget(d.buttons);

    connect(d.buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(d.buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(d.profile, &QComboBox::currentIndexChanged, this, [this](int index) { showProfile(index); });
    connect(d.addProfile, &QPushButton::clicked, this, [this] {
        storeShownProfile();
        ProfileEdit edit;
        edit.isNew = true;
        edit.secretStored = false;
        QString name = tr("New profile");
        for (int n = 2; profileIndex(name) >= 0; ++n)
            name = tr("New profile %1").arg(n);
        edit.profile.name = name;
        m_d->edits.append(edit);
        m_d->profile->addItem(name);
        m_d->profile->setCurrentIndex(m_d->profile->count() - 1);
        m_d->form->focusName();
    });
    connect(d.removeProfile, &QPushButton::clicked, this, [this] {
        const int index = m_d->profile->currentIndex();
        if (index < 0)
            return;
        // Its secret is deleted only once the settings without it are saved (accept).
        if (!m_d->edits.at(index).isNew) {
            m_d->removedProfiles << m_d->edits.at(index).profile.name;
            // Its provider sites' secrets go with it (after the save).
            for (const ProviderSite& site : m_d->edits.at(index).savedSites)
                m_d->removedSiteSecrets << site.secretKey(m_d->edits.at(index).profile.name);
        }
        m_d->edits.removeAt(index);
        m_d->shownProfile = -1;
        m_d->profile->removeItem(index);
        showProfile(m_d->profile->currentIndex());
    });
    connect(d.form, &ConnectionProfileForm::testRequested, this, &SettingsDialog::testConnection);
    connect(d.form, &ConnectionProfileForm::testFinished, this, &SettingsDialog::testFinished);
    connect(d.providers, &ProviderSitesForm::testRequested, this, [this] {
        storeShownProfile();
        if (m_d->shownProfile >= 0 && m_d->shownProfile < m_d->edits.size())
            m_d->providers->testShownSite(m_d->edits.at(m_d->shownProfile).profile, m_d->secrets);
    });
    connect(d.form, &ConnectionProfileForm::nameEdited, this, [this](const QString& name) {
        if (m_d->shownProfile >= 0)
            m_d->profile->setItemText(m_d->shownProfile, name);
    });
}

void SettingsDialog::retranslateUi()
{
    Private& d = *m_d;
    setWindowTitle(tr("Settings"));
    d.tabs->setTabText(kGeneralTab, tr("&General"));
    d.tabs->setTabText(kConnectionTab, tr("Connec&tion"));
    d.tabs->setTabText(kNotificationsTab, tr("&Notifications"));
    d.tabs->setTabText(kReceiptsTab, tr("Receipt &details"));
    d.tabs->setTabText(kProvidersTab, tr("Pa&yment providers"));
    d.tabs->setTabText(d.tabs->indexOf(d.kiosk), tr("&Kiosk"));
    // Every tab in sight, in every language: the dialog is at least as wide as its tab bar (and
    // never narrower than buildUi() made it), so no tab hides behind the bar's scroll arrows.
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(qMax(560, d.tabs->tabBar()->sizeHint().width() + margins.left() + margins.right() + 4));
    d.tabs->setAccessibleName(tr("Settings sections"));
    d.profileLabel->setText(tr("&Profile:"));
    d.profile->setAccessibleName(tr("Connection profile"));
    d.addProfile->setText(tr("Add"));
    d.addProfile->setAccessibleName(tr("Add a connection profile"));
    d.removeProfile->setText(tr("Remove"));
    d.removeProfile->setAccessibleName(tr("Remove this connection profile"));
    d.restartNote->setText(tr("Connection changes take effect the next time PayDesk starts. Secrets are kept "
                              "in the system keychain and are never shown again."));
    d.languageLabel->setText(tr("&Language:"));
    d.language->setAccessibleName(tr("Language"));
    d.language->setItemText(0, tr("System default"));
    d.themeLabel->setText(tr("T&heme:"));
    d.theme->setAccessibleName(tr("Theme"));
    d.theme->setItemText(0, tr("System"));
    d.theme->setItemText(1, tr("Light"));
    d.theme->setItemText(2, tr("Dark"));
    d.notifyPaid->setText(tr("Notify me when a payment is &paid"));
    d.notifyPaid->setAccessibleName(tr("Notify when a payment is paid"));
    d.notifyFailed->setText(tr("Notify me when a payment &fails"));
    d.notifyCleared->setText(tr("Notify me when a payment's funds &clear (safe to release)"));
    d.notifyCleared->setAccessibleName(tr("Notify when a payment's funds clear"));
    d.notifyFailed->setAccessibleName(tr("Notify when a payment fails"));
    d.notifyWhenActive->setText(tr("Also notify while PayDesk is in f&ront"));
    d.notifyWhenActive->setAccessibleName(tr("Notify while PayDesk is in front"));
    d.overdueDaysLabel->setText(tr("Mark clearance &overdue after (days):"));
    d.overdueDays->setAccessibleName(tr("Days after payment before clearance is overdue"));
    d.buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    d.buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    d.buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    d.buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateSecretPlaceholder();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SettingsDialog::loadValues()
{
    Private& d = *m_d;
    d.profile->clear();
    for (const ProfileEdit& e : std::as_const(d.edits))
        d.profile->addItem(e.profile.name);
    const ConnectionProfile* current = d.before.current();
    d.shownProfile = -1;
    const int index = current ? profileIndex(current->name) : -1;
    d.profile->setCurrentIndex(index);
    showProfile(index);
    d.language->setCurrentIndex(std::max(0, d.language->findData(d.before.language)));
    d.theme->setCurrentIndex(std::max(0, d.theme->findData(d.before.theme)));
    d.notifyPaid->setChecked(d.before.notifyPaid);
    d.notifyFailed->setChecked(d.before.notifyFailed);
    d.notifyCleared->setChecked(d.before.notifyCleared);
    d.overdueDays->setValue(d.before.clearanceOverdueDays);
    d.notifyWhenActive->setChecked(d.before.notifyWhenActive);
}

int SettingsDialog::profileIndex(const QString& name) const
{
    for (int i = 0; i < m_d->edits.size(); ++i) {
        if (m_d->edits.at(i).profile.name == name)
            return i;
    }
    return -1;
}

void SettingsDialog::storeShownProfile()
{
    Private& d = *m_d;
    if (d.shownProfile < 0 || d.shownProfile >= d.edits.size())
        return;
    ProfileEdit& e = d.edits[d.shownProfile];
    // A CA file outside PayDesk's own folder (typed, or saved before copies were made) is copied
    // in now, so the profile never points at a file someone else may change later.
    d.form->importTypedCa();
    const ConnectionProfile shown = d.form->profile();
    if (e.isNew)
        e.profile.name = shown.name;
    // Only what the form shows; the rest of the profile (token URL, paths, timeouts) stays.
    e.profile.baseUrl = shown.baseUrl;
    e.profile.localTestPlatform = shown.localTestPlatform;
    e.profile.enterpriseId = shown.enterpriseId;
    e.profile.storeIds = shown.storeIds;
    e.profile.clientId = shown.clientId;
    e.profile.trustedCaFile = shown.trustedCaFile;
    d.receipts->applyTo(e.profile);
    e.sites = d.providers->entries();
    QList<ProviderSite> sites;
    for (const ProviderSitesForm::Entry& entry : std::as_const(e.sites))
        sites << entry.site;
    applyProviderSites(e.profile, sites);
    if (!d.form->typedSecret().isEmpty()) {
        const QByteArray typed = d.form->typedSecret().toUtf8();
        if (typed != e.newSecret) {
            e.newSecret = typed;
            e.newSecretOrigin.clear(); // typed anew: bound when first used
        }
    }
}

bool SettingsDialog::secretNeedsRetyping(int index) const
{
    const ProfileEdit& e = m_d->edits.at(index);
    const QString origin = e.profile.secretOrigin();
    if (!e.newSecret.isEmpty())
        return !e.newSecretOrigin.isEmpty() && e.newSecretOrigin != origin;
    // The stored secret goes only where it was stored for. Unknown yet counts as stored.
    return !e.isNew && e.secretStored != false && e.savedOrigin != origin;
}

void SettingsDialog::forgetTypedSecret(int index)
{
    ProfileEdit& e = m_d->edits[index];
    e.newSecret.fill('\0');
    e.newSecret.clear();
    e.newSecretOrigin.clear();
    if (index == m_d->shownProfile)
        m_d->form->clearSecret();
    updateSecretPlaceholder();
}

void SettingsDialog::showProfile(int index)
{
    Private& d = *m_d;
    storeShownProfile();
    d.shownProfile = index;
    const bool has = index >= 0 && index < d.edits.size();
    d.form->setFieldsEnabled(has);
    d.removeProfile->setEnabled(has);
    const ProfileEdit e = has ? d.edits.at(index) : ProfileEdit{};
    d.form->setProfile(e.profile);
    d.receipts->setProfile(e.profile);
    d.receipts->setFieldsEnabled(has);
    d.providers->setEntries(e.profile, e.sites, e.savedSites);
    d.providers->setFieldsEnabled(has);
    d.form->setNameEditable(e.isNew); // keychain keys follow the name; existing ones keep theirs
    updateSecretPlaceholder();
}

void SettingsDialog::updateSecretPlaceholder()
{
    Private& d = *m_d;
    const int i = d.shownProfile;
    if (i < 0 || i >= d.edits.size()) {
        d.form->setSecretPlaceholder(QString());
        return;
    }
    const ProfileEdit& e = d.edits.at(i);
    if (!e.newSecret.isEmpty())
        d.form->setSecretPlaceholder(tr("A new secret will be saved"));
    else if (!e.secretStored.has_value())
        d.form->setSecretPlaceholder(tr("Checking the keychain…"));
    else if (*e.secretStored)
        d.form->setSecretPlaceholder(tr("Stored in the keychain; type to replace"));
    else
        d.form->setSecretPlaceholder(tr("Not stored yet"));
}

void SettingsDialog::testConnection()
{
    Private& d = *m_d;
    storeShownProfile();
    const int index = d.shownProfile;
    if (index < 0 || index >= d.edits.size())
        return;
    FieldErrors errors = d.edits.at(index).profile.validate();
    // Neither a stored secret nor one typed for another address goes to an edited URL.
    if (secretNeedsRetyping(index)) {
        forgetTypedSecret(index);
        errors.append({kSecretField, ConnectionProfileForm::retypeSecretMessage()});
    }
    if (!d.form->showErrors(errors)) {
        d.form->refuseTest(QString());
        return;
    }
    ProfileEdit& edit = d.edits[index];
    const ConnectionProfile profile = edit.profile;
    if (!edit.newSecret.isEmpty()) {
        // A typed secret is bound to the address it is first used with.
        if (edit.newSecretOrigin.isEmpty())
            edit.newSecretOrigin = profile.secretOrigin();
        d.form->runTest(profile, BoundSecret{edit.newSecretOrigin, edit.newSecret});
        return;
    }
    // Test with the stored secret; it is read for the test only and never shown. The tester
    // refuses it too if it is bound elsewhere.
    BoundSecret::read(d.secrets, profile.clientSecretKey(), edit.savedOrigin, this,
                      [this, profile, index](BoundSecret::ReadResult secret) {
                          if (!secret || !secret->has_value() || (*secret)->secret.isEmpty()) {
                              m_d->form->refuseTest(tr("Enter the client secret to test this profile."));
                              return;
                          }
                          if (!(*secret)->mayBeSentTo(profile.effectiveTokenUrl())) {
                              if (index == m_d->shownProfile)
                                  m_d->form->showError(kSecretField,
                                                       ConnectionProfileForm::retypeSecretMessage());
                              m_d->form->refuseTest(ConnectionProfileForm::retypeSecretMessage());
                              return;
                          }
                          m_d->form->runTest(profile, **secret);
                      });
}

QString SettingsDialog::testResult() const
{
    return m_d->form->testResult();
}

FieldErrors SettingsDialog::profileErrors(int index) const
{
    const ProfileEdit& e = m_d->edits.at(index);
    FieldErrors errors = e.profile.validate();
    if (e.profile.name.isEmpty())
        errors.prepend({QStringLiteral("name"), tr("Give the profile a name.")});
    for (int j = 0; j < m_d->edits.size(); ++j) {
        if (j != index && m_d->edits.at(j).profile.name == e.profile.name) {
            errors.prepend({QStringLiteral("name"), tr("Another profile already has this name.")});
            break;
        }
    }
    if (e.isNew && e.newSecret.isEmpty())
        errors.append({kSecretField, tr("Enter the client secret.")});
    else if (secretNeedsRetyping(index))
        errors.append({kSecretField, ConnectionProfileForm::retypeSecretMessage()});
    return errors;
}

void SettingsDialog::showProfileErrors(int index, const FieldErrors& errors)
{
    Private& d = *m_d;
    d.tabs->setCurrentIndex(kConnectionTab);
    if (d.profile->currentIndex() != index)
        d.profile->setCurrentIndex(index);
    d.form->showErrors(errors);
}

void SettingsDialog::accept()
{
    Private& d = *m_d;
    if (d.changes->isBusy())
        return;
    storeShownProfile();
    // Every profile must be usable; show the first one with a problem.
    for (int i = 0; i < d.edits.size(); ++i) {
        int siteRow = -1;
        const FieldErrors siteErrors = providerSiteErrors(d.edits.at(i), siteRow);
        if (!siteErrors.isEmpty()) {
            if (d.profile->currentIndex() != i)
                d.profile->setCurrentIndex(i);
            d.tabs->setCurrentIndex(kProvidersTab);
            d.providers->showErrors(siteRow, siteErrors);
            return;
        }
        const FieldErrors errors = profileErrors(i);
        if (errors.isEmpty())
            continue;
        if (secretNeedsRetyping(i))
            forgetTypedSecret(i);
        showProfileErrors(i, errors);
        return;
    }

    // The kiosk tab: a new staff PIN is checked here, then hashed on a pool thread (PBKDF2 takes
    // over a second on purpose); the save goes on once the hash is ready.
    if (d.kiosk->isHashing())
        return;
    if (const FieldErrors kioskErrors = d.kiosk->errors(); !kioskErrors.isEmpty()) {
        d.tabs->setCurrentWidget(d.kiosk);
        d.kiosk->showErrors(kioskErrors);
        return;
    }
    if (d.kiosk->needsHashing()) {
        d.buttons->setEnabled(false);
        d.kiosk->hashPin([this] {
            m_d->buttons->setEnabled(true);
            accept();
        });
        return;
    }

    AppSettings after;
    for (const ProfileEdit& e : std::as_const(d.edits))
        after.profiles.append(e.profile);
    after.currentProfile =
        d.profile->currentIndex() >= 0 ? d.edits.at(d.profile->currentIndex()).profile.name : QString();
    after.language = d.language->currentData().toString();
    after.theme = d.theme->currentData().toString();
    after.notifyPaid = d.notifyPaid->isChecked();
    after.notifyFailed = d.notifyFailed->isChecked();
    after.notifyCleared = d.notifyCleared->isChecked();
    after.clearanceOverdueDays = d.overdueDays->value();
    after.notifyWhenActive = d.notifyWhenActive->isChecked();

    // What the keychain must change. New secrets are written first (a profile is never saved
    // pointing at a secret that failed to store); deletes wait until the settings without the
    // profile are saved (a profile still saved never loses its secret).
    d.changes->clear();
    d.secretsReplaced.clear();
    for (const ProfileEdit& e : std::as_const(d.edits)) {
        // A token cached for another origin or other credentials is not kept to be sent.
        if (!e.isNew && (!e.newSecret.isEmpty() || e.profile.secretOrigin() != e.savedOrigin))
            d.changes->remove(e.profile.tokenCacheKey());
        // Provider sites: a typed secret is bound to its site's origin; a site that went has
        // its secret removed (after the settings without it are saved).
        QStringList keptKeys;
        for (const ProviderSitesForm::Entry& entry : e.sites) {
            keptKeys << entry.site.secretKey(e.profile.name);
            if (!entry.typedSecret.isEmpty())
                d.changes->write(entry.site.secretKey(e.profile.name),
                                 BoundSecret{entry.site.secretOrigin(), entry.typedSecret}.encode());
        }
        for (const ProviderSite& saved : e.savedSites) {
            if (!keptKeys.contains(saved.secretKey(e.profile.name)))
                d.changes->remove(saved.secretKey(e.profile.name));
        }
        if (e.newSecret.isEmpty())
            continue;
        d.secretsReplaced << e.profile.name;
        // Bound to the origin it is saved for (the check above made sure it was not used elsewhere).
        d.changes->write(e.profile.clientSecretKey(),
                         BoundSecret{e.profile.secretOrigin(), e.newSecret}.encode());
    }
    for (const QString& removed : std::as_const(d.removedProfiles)) {
        // A new profile of the same name has just had its own secret written.
        if (!after.profile(removed))
            d.changes->remove(SecretStore::clientSecretKey(removed));
        d.changes->remove(SecretStore::accessTokenKey(removed));
    }
    for (const QString& key : std::as_const(d.removedSiteSecrets)) {
        // Unless a profile saved now (a new one of the same name) uses that key again.
        bool used = false;
        for (const ProfileEdit& e : std::as_const(d.edits))
            for (const ProviderSitesForm::Entry& entry : e.sites)
                used = used || entry.site.secretKey(e.profile.name) == key;
        if (!used)
            d.changes->remove(key);
    }
    d.buttons->setEnabled(false);
    d.changes->writeAll([this, after](std::optional<SecretError> error) { secretsWritten(after, error); });
}

void SettingsDialog::secretsWritten(const AppSettings& after, std::optional<SecretError> error)
{
    Private& d = *m_d;
    d.buttons->setEnabled(true);
    if (error) {
        // Nothing was saved or deleted (and any secret written is back as it was): show the
        // profile whose secret failed, with every change still in the dialog.
        const QStringList failed = d.changes->failedKeys();
        int index = d.shownProfile;
        for (int i = 0; i < d.edits.size(); ++i) {
            if (!failed.isEmpty() && d.edits.at(i).profile.clientSecretKey() == failed.first())
                index = i;
        }
        showProfileErrors(index,
                          {{kSecretField, ConnectionProfileForm::keychainFailureMessage(error->message)},
                           {QString(), tr("Nothing was saved; your changes are still here.")}});
        return;
    }
    if (!after.save()) {
        d.changes->undoWrites();
        d.form->showErrors({{QString(), tr("The settings could not be saved. Nothing was changed.")}});
        d.tabs->setCurrentIndex(kConnectionTab);
        return;
    }
    // Only what IT did not provision; a new PIN only as its hash.
    d.kioskChanged = d.kiosk->save();
    d.changes->removeAll();
    for (ProfileEdit& e : d.edits) {
        if (!e.newSecret.isEmpty()) {
            e.newSecret.fill('\0');
            e.newSecret.clear();
            e.newSecretOrigin.clear();
            e.secretStored = true;
        }
        e.savedOrigin = e.profile.secretOrigin();
        for (ProviderSitesForm::Entry& entry : e.sites) {
            entry.typedSecret.fill('\0');
            entry.typedSecret.clear();
        }
        e.savedSites = providerSitesOf(e.profile);
        e.isNew = false;
    }
    d.removedProfiles.clear();
    d.removedSiteSecrets.clear();
    d.changes->clear();
    d.after = after;
    if (d.after.language != d.before.language)
        Q_EMIT languageChanged(d.after.language);
    if (d.after.theme != d.before.theme)
        Q_EMIT themeChanged(d.after.theme);
    if (!(d.after == d.before) || !d.secretsReplaced.isEmpty())
        Q_EMIT settingsChanged();
    QDialog::accept();
}

const AppSettings& SettingsDialog::before() const
{
    return m_d->before;
}

const AppSettings& SettingsDialog::after() const
{
    return m_d->after;
}

AuditEntry SettingsDialog::auditEntry(const QString& who) const
{
    AuditEntry entry;
    entry.who = who;
    entry.action = QStringLiteral("settings");
    entry.before = m_d->before.toAuditJson();
    entry.after = m_d->after.toAuditJson();
    // Which secrets were replaced, by profile name only: the value never goes anywhere.
    entry.after.insert(QStringLiteral("secretReplacedFor"), QJsonArray::fromStringList(m_d->secretsReplaced));
    // Which kiosk settings changed ("staffPin" for a new PIN: neither it nor its hash is logged).
    if (!m_d->kioskChanged.isEmpty())
        entry.after.insert(QStringLiteral("kioskChanged"), QJsonArray::fromStringList(m_d->kioskChanged));
    return entry;
}

QString SettingsDialog::shownError(const QString& field) const
{
    return m_d->form->shownError(field);
}

} // namespace paydesk::ui
