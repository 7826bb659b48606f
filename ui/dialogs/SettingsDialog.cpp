#include "SettingsDialog.h"

#include "ConnectionTester.h"
#include "FieldMessage.h"
#include "Translator.h"
#include "api/TrustedCaStore.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

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
};

QStringList splitStores(const QString& text)
{
    QStringList stores;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        if (!stores.contains(part))
            stores << part;
    return stores;
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
    int pendingWrites = 0;
    bool writeFailed = false;

    QTabWidget* tabs = nullptr;
    // Connection
    QLabel* profileLabel = nullptr;
    QComboBox* profile = nullptr;
    QPushButton* addProfile = nullptr;
    QPushButton* removeProfile = nullptr;
    QLabel* nameLabel = nullptr;
    QLineEdit* name = nullptr;
    QLabel* urlLabel = nullptr;
    QLineEdit* url = nullptr;
    QCheckBox* localTest = nullptr;
    QLabel* enterpriseLabel = nullptr;
    QLineEdit* enterprise = nullptr;
    QLabel* storesLabel = nullptr;
    QLineEdit* stores = nullptr;
    QLabel* clientIdLabel = nullptr;
    QLineEdit* clientId = nullptr;
    QLabel* secretLabel = nullptr;
    QLineEdit* secret = nullptr;
    QLabel* caLabel = nullptr;
    QLineEdit* ca = nullptr;
    QPushButton* browseCa = nullptr;
    QLabel* caFingerprint = nullptr;
    QLabel* restartNote = nullptr;
    QPushButton* test = nullptr;
    QLabel* testResult = nullptr;
    ConnectionTester* tester = nullptr;
    QHash<QString, FieldMessage*> messages;
    // Appearance
    QLabel* languageLabel = nullptr;
    QComboBox* language = nullptr;
    QLabel* themeLabel = nullptr;
    QComboBox* theme = nullptr;
    // Notifications
    QCheckBox* notifyPaid = nullptr;
    QCheckBox* notifyFailed = nullptr;
    QCheckBox* notifyWhenActive = nullptr;
    QDialogButtonBox* buttons = nullptr;
};

SettingsDialog::SettingsDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_d(std::make_unique<Private>(secrets))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    m_d->before = AppSettings::load();
    m_d->after = m_d->before;
    for (const ConnectionProfile& p : std::as_const(m_d->before.profiles)) {
        ProfileEdit edit;
        edit.profile = p;
        edit.savedOrigin = p.secretOrigin();
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
    auto* form = new QFormLayout(connection);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [&](QLabel*& label, QWidget* field, QWidget* focus, const QString& key) {
        label = new QLabel(connection);
        label->setBuddy(focus);
        form->addRow(label, field);
        if (!key.isEmpty()) {
            auto* message = new FieldMessage(focus, QString(), connection);
            message->setObjectName(key + QStringLiteral(".message"));
            d.messages.insert(key, message);
            form->addRow(QString(), message);
        }
    };

    auto* profileRow = new QWidget(connection);
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
    addField(d.profileLabel, profileRow, d.profile, QString());

    const auto lineEdit = [connection](const char* name) {
        auto* e = new QLineEdit(connection);
        e->setObjectName(QLatin1StringView(name));
        return e;
    };
    d.name = lineEdit("name");
    addField(d.nameLabel, d.name, d.name, QStringLiteral("name"));
    d.url = lineEdit("baseUrl");
    addField(d.urlLabel, d.url, d.url, QStringLiteral("baseUrl"));
    d.localTest = new QCheckBox(connection);
    d.localTest->setObjectName(QStringLiteral("localTestPlatform"));
    form->addRow(QString(), d.localTest);
    d.enterprise = lineEdit("enterpriseId");
    addField(d.enterpriseLabel, d.enterprise, d.enterprise, QStringLiteral("enterpriseId"));
    d.stores = lineEdit("storeIds");
    addField(d.storesLabel, d.stores, d.stores, QStringLiteral("storeIds"));
    d.clientId = lineEdit("clientId");
    addField(d.clientIdLabel, d.clientId, d.clientId, QStringLiteral("clientId"));
    d.secret = lineEdit("clientSecret");
    // Typed, never shown back: the field is always empty when the dialog opens.
    d.secret->setEchoMode(QLineEdit::Password);
    addField(d.secretLabel, d.secret, d.secret, QStringLiteral("clientSecret"));
    auto* caRow = new QWidget(connection);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    d.ca = lineEdit("trustedCaFile");
    d.ca->setParent(caRow);
    d.browseCa = new QPushButton(caRow);
    d.browseCa->setObjectName(QStringLiteral("browseCa"));
    caLayout->addWidget(d.ca, 1);
    caLayout->addWidget(d.browseCa);
    addField(d.caLabel, caRow, d.ca, QStringLiteral("trustedCaFile"));
    // What PayDesk trusts, to compare with what IT gave: never rich text.
    d.caFingerprint = new QLabel(connection);
    d.caFingerprint->setObjectName(QStringLiteral("trustedCaFingerprint"));
    d.caFingerprint->setTextFormat(Qt::PlainText);
    d.caFingerprint->setWordWrap(true);
    d.caFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), d.caFingerprint);
    d.test = new QPushButton(connection);
    d.test->setObjectName(QStringLiteral("testConnection"));
    d.testResult = new QLabel(connection);
    d.testResult->setObjectName(QStringLiteral("testResult"));
    d.testResult->setWordWrap(true);
    d.testResult->setTextFormat(Qt::PlainText);
    d.testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(d.test, d.testResult);
    d.tester = new ConnectionTester(this);
    d.restartNote = new QLabel(connection);
    d.restartNote->setWordWrap(true);
    form->addRow(d.restartNote);
    d.tabs->addTab(connection, QString());

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
    d.tabs->addTab(appearance, QString());

    // --- Notifications -------------------------------------------------------------------
    auto* notifications = new QWidget(d.tabs);
    auto* notificationsLayout = new QVBoxLayout(notifications);
    d.notifyPaid = new QCheckBox(notifications);
    d.notifyPaid->setObjectName(QStringLiteral("notifyPaid"));
    d.notifyFailed = new QCheckBox(notifications);
    d.notifyFailed->setObjectName(QStringLiteral("notifyFailed"));
    d.notifyWhenActive = new QCheckBox(notifications);
    d.notifyWhenActive->setObjectName(QStringLiteral("notifyWhenActive"));
    notificationsLayout->addWidget(d.notifyPaid);
    notificationsLayout->addWidget(d.notifyFailed);
    notificationsLayout->addWidget(d.notifyWhenActive);
    notificationsLayout->addStretch();
    d.tabs->addTab(notifications, QString());

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
        m_d->name->setFocus();
        m_d->name->selectAll();
    });
    connect(d.removeProfile, &QPushButton::clicked, this, [this] {
        const int index = m_d->profile->currentIndex();
        if (index < 0)
            return;
        if (!m_d->edits.at(index).isNew)
            m_d->removedProfiles << m_d->edits.at(index).profile.name;
        m_d->edits.removeAt(index);
        m_d->shownProfile = -1;
        m_d->profile->removeItem(index);
        showProfile(m_d->profile->currentIndex());
    });
    connect(d.browseCa, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), m_d->ca->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            trustCaFile(file);
    });
    connect(d.ca, &QLineEdit::textChanged, this, [this] { updateCaFingerprint(); });
    connect(d.test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(d.tester, &ConnectionTester::finished, this, [this](bool ok, const QString& message) {
        m_d->test->setEnabled(true);
        m_d->testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + message);
        Q_EMIT testFinished(ok);
    });
    connect(d.name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_d->shownProfile >= 0)
            m_d->profile->setItemText(m_d->shownProfile, text.trimmed());
    });
}

void SettingsDialog::retranslateUi()
{
    Private& d = *m_d;
    setWindowTitle(tr("Settings"));
    d.tabs->setTabText(0, tr("Connec&tion"));
    d.tabs->setTabText(1, tr("&Appearance"));
    d.tabs->setTabText(2, tr("&Notifications"));
    d.tabs->setAccessibleName(tr("Settings sections"));
    d.profileLabel->setText(tr("&Profile:"));
    d.profile->setAccessibleName(tr("Connection profile"));
    d.addProfile->setText(tr("Add"));
    d.addProfile->setAccessibleName(tr("Add a connection profile"));
    d.removeProfile->setText(tr("Remove"));
    d.removeProfile->setAccessibleName(tr("Remove this connection profile"));
    d.nameLabel->setText(tr("Na&me:"));
    d.name->setAccessibleName(tr("Profile name"));
    d.urlLabel->setText(tr("Platform &URL:"));
    d.url->setAccessibleName(tr("Platform URL"));
    d.url->setPlaceholderText(tr("https://api.example.com"));
    d.localTest->setText(tr("Local test platform on t&his computer (allows plain http://)"));
    d.localTest->setAccessibleName(tr("Local test platform"));
    d.enterpriseLabel->setText(tr("&Enterprise:"));
    d.enterprise->setAccessibleName(tr("Enterprise id"));
    d.storesLabel->setText(tr("&Stores:"));
    d.stores->setAccessibleName(tr("Store ids"));
    d.stores->setPlaceholderText(tr("Store ids, separated by commas"));
    d.clientIdLabel->setText(tr("Client &id:"));
    d.clientId->setAccessibleName(tr("Client id"));
    d.secretLabel->setText(tr("Client sec&ret:"));
    d.secret->setAccessibleName(tr("Client secret"));
    d.caLabel->setText(tr("Trusted &CA:"));
    d.ca->setAccessibleName(tr("Trusted CA certificate file"));
    d.ca->setPlaceholderText(tr("Optional: a PEM file with your company's CA"));
    d.browseCa->setText(tr("&Browse…"));
    d.browseCa->setAccessibleName(tr("Choose the CA certificate file"));
    d.caFingerprint->setAccessibleName(tr("Fingerprint of the trusted CA"));
    d.test->setText(tr("Test c&onnection"));
    d.test->setAccessibleName(tr("Test connection"));
    d.testResult->setAccessibleName(tr("Connection test result"));
    d.restartNote->setText(tr("Connection changes take effect the next time PayDesk starts. Secrets are kept "
                              "in the system keychain and are never shown again."));
    d.languageLabel->setText(tr("&Language:"));
    d.language->setAccessibleName(tr("Language"));
    d.language->setItemText(0, tr("System default"));
    d.themeLabel->setText(tr("&Theme:"));
    d.theme->setAccessibleName(tr("Theme"));
    d.theme->setItemText(0, tr("System"));
    d.theme->setItemText(1, tr("Light"));
    d.theme->setItemText(2, tr("Dark"));
    d.notifyPaid->setText(tr("Notify me when a payment is &paid"));
    d.notifyPaid->setAccessibleName(tr("Notify when a payment is paid"));
    d.notifyFailed->setText(tr("Notify me when a payment &fails"));
    d.notifyFailed->setAccessibleName(tr("Notify when a payment fails"));
    d.notifyWhenActive->setText(tr("Also notify while PayDesk is in &front"));
    d.notifyWhenActive->setAccessibleName(tr("Notify while PayDesk is in front"));
    const QHash<QString, QString> messageNames{
        {QStringLiteral("name"), tr("Profile name problem")},
        {QStringLiteral("baseUrl"), tr("Platform URL problem")},
        {QStringLiteral("enterpriseId"), tr("Enterprise problem")},
        {QStringLiteral("storeIds"), tr("Stores problem")},
        {QStringLiteral("clientId"), tr("Client id problem")},
        {QStringLiteral("clientSecret"), tr("Client secret problem")},
        {QStringLiteral("trustedCaFile"), tr("CA file problem")},
    };
    for (auto it = messageNames.cbegin(); it != messageNames.cend(); ++it)
        d.messages.value(it.key())->setAccessibleName(it.value());
    d.buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    d.buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    d.buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    d.buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateSecretPlaceholder();
    updateCaFingerprint();
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
    if (e.isNew)
        e.profile.name = d.name->text().trimmed();
    e.profile.baseUrl = QUrl(d.url->text().trimmed());
    e.profile.localTestPlatform = d.localTest->isChecked();
    e.profile.enterpriseId = d.enterprise->text().trimmed();
    e.profile.storeIds = splitStores(d.stores->text());
    e.profile.clientId = d.clientId->text().trimmed();
    // A CA file outside PayDesk's own folder (typed, or saved before copies were made) is copied
    // in now, so the profile never points at a file someone else may change later.
    QString ca = d.ca->text().trimmed();
    const TrustedCaStore caStore;
    if (!ca.isEmpty() && !caStore.holds(ca)) {
        if (auto imported = caStore.import(ca)) {
            ca = imported->path;
            d.ca->setText(ca);
        } // else left as typed: validate() says it cannot be read
    }
    e.profile.trustedCaFile = ca;
    if (!d.secret->text().isEmpty()) {
        const QByteArray typed = d.secret->text().toUtf8();
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
        m_d->secret->clear();
    updateSecretPlaceholder();
}

QString SettingsDialog::retypeSecretMessage() const
{
    return tr("The platform address changed: type the client secret again to use it with the new address.");
}

void SettingsDialog::trustCaFile(const QString& file)
{
    Private& d = *m_d;
    FieldMessage* message = d.messages.value(QStringLiteral("trustedCaFile"));
    auto imported = TrustedCaStore().import(file);
    if (!imported) {
        message->setMessage(imported.error());
        return;
    }
    message->setMessage(QString());
    d.ca->setText(imported->path);
}

void SettingsDialog::updateCaFingerprint()
{
    Private& d = *m_d;
    const QStringList prints =
        TrustedCaStore::fingerprints(TrustedCaStore::certificatesIn(d.ca->text().trimmed()));
    d.caFingerprint->setVisible(!prints.isEmpty());
    d.caFingerprint->setText(prints.isEmpty() ? QString()
                                              : tr("SHA-256 fingerprint: %1").arg(prints.join(u'\n')));
}

void SettingsDialog::showProfile(int index)
{
    Private& d = *m_d;
    storeShownProfile();
    d.shownProfile = index;
    const bool has = index >= 0 && index < d.edits.size();
    for (QWidget* w :
         {static_cast<QWidget*>(d.name), static_cast<QWidget*>(d.url), static_cast<QWidget*>(d.enterprise),
          static_cast<QWidget*>(d.stores), static_cast<QWidget*>(d.clientId), static_cast<QWidget*>(d.secret),
          static_cast<QWidget*>(d.localTest), static_cast<QWidget*>(d.ca), static_cast<QWidget*>(d.browseCa),
          static_cast<QWidget*>(d.removeProfile)})
        w->setEnabled(has);
    const ProfileEdit e = has ? d.edits.at(index) : ProfileEdit{};
    d.testResult->clear();
    d.name->setText(e.profile.name);
    d.name->setReadOnly(!e.isNew); // keychain keys follow the name; existing ones keep theirs
    d.url->setText(e.profile.baseUrl.toString());
    d.localTest->setChecked(e.profile.localTestPlatform);
    d.enterprise->setText(e.profile.enterpriseId);
    d.stores->setText(e.profile.storeIds.join(QStringLiteral(", ")));
    d.clientId->setText(e.profile.clientId);
    d.secret->clear();
    d.ca->setText(e.profile.trustedCaFile);
    for (FieldMessage* m : std::as_const(d.messages))
        m->setMessage(QString());
    updateSecretPlaceholder();
}

void SettingsDialog::updateSecretPlaceholder()
{
    Private& d = *m_d;
    const int i = d.shownProfile;
    if (i < 0 || i >= d.edits.size()) {
        d.secret->setPlaceholderText(QString());
        return;
    }
    const ProfileEdit& e = d.edits.at(i);
    if (!e.newSecret.isEmpty())
        d.secret->setPlaceholderText(tr("A new secret will be saved"));
    else if (!e.secretStored.has_value())
        d.secret->setPlaceholderText(tr("Checking the keychain…"));
    else if (*e.secretStored)
        d.secret->setPlaceholderText(tr("Stored in the keychain; type to replace"));
    else
        d.secret->setPlaceholderText(tr("Not stored yet"));
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
        errors.append({QStringLiteral("clientSecret"), retypeSecretMessage()});
    }
    QHash<QString, QString> shown;
    for (const FieldError& e : std::as_const(errors)) {
        if (!shown.contains(e.field))
            shown.insert(e.field, e.message);
    }
    for (auto it = d.messages.cbegin(); it != d.messages.cend(); ++it)
        it.value()->setMessage(shown.value(it.key()));
    if (!errors.isEmpty()) {
        d.testResult->setText(QStringLiteral("✖ ") + tr("Fill in the marked fields first."));
        Q_EMIT testFinished(false);
        return;
    }
    d.test->setEnabled(false);
    d.testResult->setText(tr("Testing… signing in and reading each store."));
    ProfileEdit& edit = d.edits[index];
    const ConnectionProfile profile = edit.profile;
    if (!edit.newSecret.isEmpty()) {
        // A typed secret is bound to the address it is first used with.
        if (edit.newSecretOrigin.isEmpty())
            edit.newSecretOrigin = profile.secretOrigin();
        d.tester->run(profile, BoundSecret{edit.newSecretOrigin, edit.newSecret});
        return;
    }
    // Test with the stored secret; it is read for the test only and never shown. The tester
    // refuses it too if it is bound elsewhere.
    BoundSecret::read(
        d.secrets, profile.clientSecretKey(), edit.savedOrigin, this,
        [this, profile, index](BoundSecret::ReadResult secret) {
            const auto refuse = [this](const QString& message) {
                m_d->test->setEnabled(true);
                m_d->testResult->setText(QStringLiteral("✖ ") + message);
                Q_EMIT testFinished(false);
            };
            if (!secret || !secret->has_value() || (*secret)->secret.isEmpty()) {
                refuse(tr("Enter the client secret to test this profile."));
                return;
            }
            if (!(*secret)->mayBeSentTo(profile.effectiveTokenUrl())) {
                if (index == m_d->shownProfile)
                    m_d->messages.value(QStringLiteral("clientSecret"))->setMessage(retypeSecretMessage());
                refuse(retypeSecretMessage());
                return;
            }
            m_d->tester->run(profile, **secret);
        });
}

QString SettingsDialog::testResult() const
{
    return m_d->testResult->text();
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
        errors.append({QStringLiteral("clientSecret"), tr("Enter the client secret.")});
    else if (secretNeedsRetyping(index))
        errors.append({QStringLiteral("clientSecret"), retypeSecretMessage()});
    return errors;
}

void SettingsDialog::accept()
{
    Private& d = *m_d;
    if (d.pendingWrites > 0)
        return;
    storeShownProfile();
    // Every profile must be usable; show the first one with a problem.
    for (int i = 0; i < d.edits.size(); ++i) {
        const FieldErrors errors = profileErrors(i);
        if (errors.isEmpty())
            continue;
        if (secretNeedsRetyping(i))
            forgetTypedSecret(i);
        d.tabs->setCurrentIndex(0);
        if (d.profile->currentIndex() != i)
            d.profile->setCurrentIndex(i);
        QHash<QString, QString> shown;
        for (const FieldError& e : errors) {
            if (!shown.contains(e.field))
                shown.insert(e.field, e.message);
        }
        for (auto it = d.messages.cbegin(); it != d.messages.cend(); ++it)
            it.value()->setMessage(shown.value(it.key()));
        const QString first = errors.constFirst().field;
        if (QWidget* w = findChild<QWidget*>(first))
            w->setFocus(Qt::OtherFocusReason);
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
    after.notifyWhenActive = d.notifyWhenActive->isChecked();

    // Secrets first (the keychain answers later); the settings are saved once all are stored,
    // so a profile is never saved pointing at a secret that failed to store.
    d.secretsReplaced.clear();
    d.writeFailed = false;
    for (ProfileEdit& e : d.edits) {
        // A token cached for another origin or other credentials is not kept to be sent.
        if (!e.isNew && (!e.newSecret.isEmpty() || e.profile.secretOrigin() != e.savedOrigin))
            d.secrets.remove(e.profile.tokenCacheKey(), this, [](SecretStore::DoneResult) {});
        if (e.newSecret.isEmpty())
            continue;
        d.secretsReplaced << e.profile.name;
        ++d.pendingWrites;
        // Bound to the origin it is saved for (the check above made sure it was not used elsewhere).
        e.newSecretOrigin = e.profile.secretOrigin();
        BoundSecret::write(d.secrets, e.profile.clientSecretKey(),
                           BoundSecret{e.newSecretOrigin, e.newSecret}, this,
                           [this, after](SecretStore::DoneResult result) {
                               if (!result) {
                                   m_d->writeFailed = true;
                                   m_d->messages.value(QStringLiteral("clientSecret"))
                                       ->setMessage(tr("The secret could not be stored in the keychain: %1")
                                                        .arg(result.error().message));
                               }
                               if (--m_d->pendingWrites == 0)
                                   finishAccept(after);
                           });
    }
    for (const QString& removed : std::as_const(d.removedProfiles)) {
        d.secrets.remove(SecretStore::clientSecretKey(removed), this, [](SecretStore::DoneResult) {});
        d.secrets.remove(SecretStore::accessTokenKey(removed), this, [](SecretStore::DoneResult) {});
    }
    d.buttons->setEnabled(d.pendingWrites == 0);
    if (d.pendingWrites == 0)
        finishAccept(after);
}

void SettingsDialog::finishAccept(const AppSettings& after)
{
    Private& d = *m_d;
    d.buttons->setEnabled(true);
    if (d.writeFailed)
        return; // the message says why; nothing was saved
    for (ProfileEdit& e : d.edits) {
        if (!e.newSecret.isEmpty()) {
            e.newSecret.clear();
            e.newSecretOrigin.clear();
            e.secretStored = true;
        }
        e.savedOrigin = e.profile.secretOrigin();
        e.isNew = false;
    }
    after.save();
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
    return entry;
}

QString SettingsDialog::shownError(const QString& field) const
{
    const FieldMessage* m = m_d->messages.value(field);
    return m ? m->message() : QString();
}

} // namespace paydesk::ui
