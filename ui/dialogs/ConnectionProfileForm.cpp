#include "ConnectionProfileForm.h"

#include "ConnectionTester.h"
#include "FieldErrorPresenter.h"
#include "FieldMessage.h"
#include "api/TrustedCaStore.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace paydesk::ui {

namespace {

const QString kName = QStringLiteral("name");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kEnterprise = QStringLiteral("enterpriseId");
const QString kStores = QStringLiteral("storeIds");
const QString kClientId = QStringLiteral("clientId");
const QString kSecret = QStringLiteral("clientSecret");
const QString kCa = QStringLiteral("trustedCaFile");

} // namespace

ConnectionProfileForm::ConnectionProfileForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionProfile"));
    m_errors = new FieldErrorPresenter(this);
    m_tester = new ConnectionTester(this);
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = addField(kName, m_nameLabel);
    m_url = addField(kBaseUrl, m_urlLabel);
    m_localTest = new QCheckBox(this);
    m_localTest->setObjectName(QStringLiteral("localTestPlatform"));
    m_form->addRow(nullptr, m_localTest);
    m_enterprise = addField(kEnterprise, m_enterpriseLabel);
    m_stores = addField(kStores, m_storesLabel);
    m_clientId = addField(kClientId, m_clientIdLabel);
    m_secret = addField(kSecret, m_secretLabel);
    // Typed, never shown back.
    m_secret->setEchoMode(QLineEdit::Password);
    auto* caRow = new QWidget(this);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_ca = addField(kCa, m_caLabel, caRow);
    m_browseCa = new QPushButton(caRow);
    m_browseCa->setObjectName(QStringLiteral("browseCa"));
    caLayout->addWidget(m_ca, 1);
    caLayout->addWidget(m_browseCa);
    // What PayDesk trusts, to compare with what IT gave: never rich text.
    m_caFingerprint = new QLabel(this);
    m_caFingerprint->setObjectName(QStringLiteral("trustedCaFingerprint"));
    m_caFingerprint->setTextFormat(Qt::PlainText);
    m_caFingerprint->setWordWrap(true);
    m_caFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caFingerprint->setVisible(false);
    m_form->addRow(nullptr, m_caFingerprint);
    m_form->addRow(nullptr, m_errors->formMessage());

    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    // Server messages and certificate details: never rich text.
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(m_test, m_result);

    connect(m_test, &QPushButton::clicked, this, &ConnectionProfileForm::testRequested);
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString& message) {
        m_test->setEnabled(true);
        showTestResult(ok, message);
        Q_EMIT testFinished(ok);
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), m_ca->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            trustCaFile(file);
    });
    connect(m_ca, &QLineEdit::textChanged, this, [this] { updateCaFingerprint(); });
    connect(m_secret, &QLineEdit::textEdited, this, &ConnectionProfileForm::secretEdited);
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString& text) { Q_EMIT nameEdited(text.trimmed()); });
    retranslateUi();
}

ConnectionProfileForm::~ConnectionProfileForm()
{
    // See the dialogs: a line edit losing the focus on the way out must not signal into us.
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

QLineEdit* ConnectionProfileForm::addField(const QString& key, QLabel*& label, QWidget* row)
{
    auto* edit = new QLineEdit(row ? row : this);
    edit->setObjectName(key);
    label = new QLabel(this);
    label->setBuddy(edit);
    m_form->addRow(label, row ? row : edit);
    auto* message = new FieldMessage(edit, QString(), this);
    message->setObjectName(key + QStringLiteral(".message"));
    m_form->addRow(nullptr, message);
    m_messages.insert(key, message);
    m_errors->addField(key, edit, message);
    // A message goes as soon as the user changes what it was about.
    connect(edit, &QLineEdit::textEdited, this, [this, key] { m_errors->markEdited(key); });
    return edit;
}

void ConnectionProfileForm::retranslateUi()
{
    m_nameLabel->setText(tr("Profile na&me:"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Head office"));
    m_urlLabel->setText(tr("Platform &URL:"));
    m_url->setAccessibleName(tr("Platform URL"));
    m_url->setPlaceholderText(tr("https://api.example.com"));
    m_localTest->setText(tr("Local test platform on t&his computer (allows plain http://)"));
    m_localTest->setAccessibleName(tr("Local test platform"));
    m_enterpriseLabel->setText(tr("&Enterprise:"));
    m_enterprise->setAccessibleName(tr("Enterprise id"));
    m_enterprise->setPlaceholderText(tr("e.g. E100234"));
    m_storesLabel->setText(tr("&Stores:"));
    m_stores->setAccessibleName(tr("Store ids"));
    m_stores->setPlaceholderText(tr("Store ids, separated by commas"));
    m_clientIdLabel->setText(tr("Client &id:"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_secretLabel->setText(tr("Client sec&ret:"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_caLabel->setText(tr("Trusted &CA:"));
    m_ca->setAccessibleName(tr("Trusted CA certificate file"));
    m_ca->setPlaceholderText(tr("Optional: a PEM file with your company's CA"));
    m_browseCa->setText(tr("&Browse…"));
    m_browseCa->setAccessibleName(tr("Choose the CA certificate file"));
    m_caFingerprint->setAccessibleName(tr("Fingerprint of the trusted CA"));
    m_test->setText(tr("Test c&onnection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_result->setAccessibleName(tr("Connection test result"));
    const QHash<QString, QString> messageNames{
        {kName, tr("Profile name problem")},
        {kBaseUrl, tr("Platform URL problem")},
        {kEnterprise, tr("Enterprise problem")},
        {kStores, tr("Stores problem")},
        {kClientId, tr("Client id problem")},
        {kSecret, tr("Client secret problem")},
        {kCa, tr("CA file problem")},
    };
    for (auto it = messageNames.cbegin(); it != messageNames.cend(); ++it)
        m_messages.value(it.key())->setAccessibleName(it.value());
    m_errors->retranslate();
    updateCaFingerprint();
}

void ConnectionProfileForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

ConnectionProfile ConnectionProfileForm::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.localTestPlatform = m_localTest->isChecked();
    p.enterpriseId = m_enterprise->text().trimmed();
    const QStringList stores =
        m_stores->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& s : stores) {
        if (!p.storeIds.contains(s))
            p.storeIds << s;
    }
    p.clientId = m_clientId->text().trimmed();
    p.trustedCaFile = m_ca->text().trimmed();
    return p;
}

void ConnectionProfileForm::setProfile(const ConnectionProfile& profile)
{
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_localTest->setChecked(profile.localTestPlatform);
    m_enterprise->setText(profile.enterpriseId);
    m_stores->setText(profile.storeIds.join(QStringLiteral(", ")));
    m_clientId->setText(profile.clientId);
    m_secret->clear();
    m_ca->setText(profile.trustedCaFile);
    m_testResult.clear();
    m_result->clear();
    m_errors->refuse({});
}

void ConnectionProfileForm::setNameEditable(bool editable)
{
    m_name->setReadOnly(!editable);
}

void ConnectionProfileForm::setFieldsEnabled(bool enabled)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_url, m_localTest, m_enterprise, m_stores,
                                                      m_clientId, m_secret, m_ca, m_browseCa, m_test})
        w->setEnabled(enabled);
}

QList<QWidget*> ConnectionProfileForm::tabChain() const
{
    return {m_name,     m_url,    m_localTest, m_enterprise, m_stores,
            m_clientId, m_secret, m_ca,        m_browseCa,   m_test};
}

void ConnectionProfileForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

QString ConnectionProfileForm::typedSecret() const
{
    return m_secret->text();
}

void ConnectionProfileForm::clearSecret()
{
    m_secret->clear();
}

void ConnectionProfileForm::setSecretPlaceholder(const QString& text)
{
    m_secret->setPlaceholderText(text);
}

void ConnectionProfileForm::trustCaFile(const QString& file)
{
    auto imported = TrustedCaStore().import(file);
    if (!imported) {
        showError(kCa, imported.error());
        return;
    }
    m_errors->markEdited(kCa);
    m_ca->setText(imported->path);
}

void ConnectionProfileForm::importTypedCa()
{
    const QString path = m_ca->text().trimmed();
    const TrustedCaStore store;
    if (path.isEmpty() || store.holds(path))
        return;
    if (auto imported = store.import(path))
        m_ca->setText(imported->path);
}

void ConnectionProfileForm::updateCaFingerprint()
{
    const QStringList prints =
        TrustedCaStore::fingerprints(TrustedCaStore::certificatesIn(m_ca->text().trimmed()));
    m_caFingerprint->setVisible(!prints.isEmpty());
    m_caFingerprint->setText(prints.isEmpty() ? QString()
                                              : tr("SHA-256 fingerprint: %1").arg(prints.join(u'\n')));
}

FieldErrors ConnectionProfileForm::errors(bool secretRequired) const
{
    const ConnectionProfile p = profile();
    FieldErrors errors = p.validate();
    if (p.name.isEmpty())
        errors.prepend({kName, tr("Give the profile a name.")});
    if (secretRequired && m_secret->text().isEmpty())
        errors.append({kSecret, tr("Enter the client secret.")});
    return errors;
}

bool ConnectionProfileForm::showErrors(const FieldErrors& errors)
{
    return m_errors->refuse(errors);
}

void ConnectionProfileForm::showError(const QString& field, const QString& message)
{
    m_errors->addRefusal({field, message});
}

QString ConnectionProfileForm::shownError(const QString& field) const
{
    return m_errors->shownError(field);
}

void ConnectionProfileForm::runTest(const ConnectionProfile& profile, const BoundSecret& secret)
{
    m_test->setEnabled(false);
    m_testResult.clear();
    m_result->setText(tr("Testing… signing in and reading each store."));
    m_result->setPalette(palette());
    m_tester->run(profile, secret);
}

void ConnectionProfileForm::refuseTest(const QString& message)
{
    m_test->setEnabled(true);
    showTestResult(false, message.isEmpty() ? tr("Fill in the marked fields first.") : message);
    Q_EMIT testFinished(false);
}

void ConnectionProfileForm::showTestResult(bool ok, const QString& message)
{
    m_testResult = message;
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + message);
    // Colour repeats the sign; both palettes keep the contrast.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, ok ? (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20))
                                        : (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20)));
    m_result->setPalette(p);
}

QString ConnectionProfileForm::retypeSecretMessage()
{
    return tr("The platform address changed: type the client secret again to use it with the new address.");
}

QString ConnectionProfileForm::keychainFailureMessage(const QString& detail)
{
    return tr("The secret could not be stored in the keychain: %1").arg(detail);
}

} // namespace paydesk::ui
