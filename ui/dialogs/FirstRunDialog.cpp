#include "FirstRunDialog.h"

#include "ConnectionTester.h"
#include "FieldMessage.h"
#include "api/TrustedCaStore.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace paydesk::ui {

class FirstRunDialog::Private
{
public:
    explicit Private(SecretStore& secrets)
        : secrets(secrets)
    {
    }

    SecretStore& secrets;
    ConnectionProfile profile;
    QString testResult;
    /// The origin the typed secret was first used with (tested); empty until then or after the
    /// secret was edited. The secret goes to that origin only.
    QString secretOrigin;
    bool saving = false;
    ConnectionTester* tester = nullptr;

    QLabel* heading = nullptr;
    QLabel* intro = nullptr;
    QHash<QString, QLabel*> labels;
    QHash<QString, QLineEdit*> fields;
    QHash<QString, FieldMessage*> messages;
    QPushButton* browseCa = nullptr;
    QCheckBox* localTest = nullptr;
    QLabel* caFingerprint = nullptr;
    QPushButton* test = nullptr;
    QLabel* result = nullptr;
    QDialogButtonBox* buttons = nullptr;
};

namespace {

const char* const kFields[] = {"name",     "baseUrl",      "enterpriseId", "storeIds",
                               "clientId", "clientSecret", "trustedCaFile"};

} // namespace

FirstRunDialog::FirstRunDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_d(std::make_unique<Private>(secrets))
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setMinimumWidth(560);
    Private& d = *m_d;
    d.tester = new ConnectionTester(this);

    d.heading = new QLabel(this);
    QFont big = d.heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    d.heading->setFont(big);
    d.intro = new QLabel(this);
    d.intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const char* f : kFields) {
        const QString key = QLatin1StringView(f);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(key);
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        d.fields.insert(key, edit);
        d.labels.insert(key, label);
        QWidget* field = edit;
        if (key == u"trustedCaFile") {
            field = new QWidget(this);
            auto* row = new QHBoxLayout(field);
            row->setContentsMargins(0, 0, 0, 0);
            d.browseCa = new QPushButton(field);
            d.browseCa->setObjectName(QStringLiteral("browseCa"));
            row->addWidget(edit, 1);
            row->addWidget(d.browseCa);
        }
        form->addRow(label, field);
        auto* message = new FieldMessage(edit, QString(), this);
        message->setObjectName(key + QStringLiteral(".message"));
        d.messages.insert(key, message);
        form->addRow(QString(), message);
        connect(edit, &QLineEdit::textEdited, this,
                [this, key] { m_d->messages.value(key)->setMessage({}); });
        if (key == u"baseUrl") {
            d.localTest = new QCheckBox(this);
            d.localTest->setObjectName(QStringLiteral("localTestPlatform"));
            form->addRow(QString(), d.localTest);
        } else if (key == u"trustedCaFile") {
            // What PayDesk trusts, to compare with what IT gave: never rich text.
            d.caFingerprint = new QLabel(this);
            d.caFingerprint->setObjectName(QStringLiteral("trustedCaFingerprint"));
            d.caFingerprint->setTextFormat(Qt::PlainText);
            d.caFingerprint->setWordWrap(true);
            d.caFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
            d.caFingerprint->setVisible(false);
            form->addRow(QString(), d.caFingerprint);
            connect(edit, &QLineEdit::textChanged, this, [this] { updateCaFingerprint(); });
        } else if (key == u"clientSecret") {
            // A secret typed anew is bound to the address it is first used with.
            connect(edit, &QLineEdit::textEdited, this, [this] { m_d->secretOrigin.clear(); });
        }
    }
    d.fields.value(QStringLiteral("name"))->setText(QStringLiteral("default"));
    d.fields.value(QStringLiteral("clientSecret"))->setEchoMode(QLineEdit::Password);

    d.test = new QPushButton(this);
    d.test->setObjectName(QStringLiteral("testConnection"));
    d.result = new QLabel(this);
    d.result->setObjectName(QStringLiteral("testResult"));
    d.result->setWordWrap(true);
    d.result->setTextFormat(Qt::PlainText);
    d.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(d.test, 0, Qt::AlignTop);
    testRow->addWidget(d.result, 1);

    d.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d.buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d.heading);
    layout->addWidget(d.intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(d.buttons);

    connect(d.buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(d.buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(d.test, &QPushButton::clicked, this, &FirstRunDialog::testConnection);
    connect(d.browseCa, &QPushButton::clicked, this, [this] {
        QLineEdit* ca = m_d->fields.value(QStringLiteral("trustedCaFile"));
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), ca->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            trustCaFile(file);
    });
    connect(d.tester, &ConnectionTester::finished, this, [this](bool ok, const QString& message) {
        m_d->test->setEnabled(true);
        showResult(ok, message);
        Q_EMIT testFinished(ok);
    });
    retranslateUi();
}

FirstRunDialog::~FirstRunDialog()
{
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

void FirstRunDialog::retranslateUi()
{
    Private& d = *m_d;
    setWindowTitle(tr("Connect PayDesk"));
    d.heading->setText(tr("Welcome to PayDesk"));
    d.intro->setText(tr("Connect PayDesk to your payments platform. Your administrator or the platform's "
                        "developer portal has these details. The client secret is kept in the system "
                        "keychain, never in a file."));
    const QList<std::tuple<QString, QString, QString, QString>> texts{
        {QStringLiteral("name"), tr("Profile &name:"), tr("Profile name"), tr("e.g. Head office")},
        {QStringLiteral("baseUrl"), tr("Platform &URL:"), tr("Platform URL"), tr("https://api.example.com")},
        {QStringLiteral("enterpriseId"), tr("&Enterprise:"), tr("Enterprise id"), tr("e.g. E100234")},
        {QStringLiteral("storeIds"), tr("&Stores:"), tr("Store ids"), tr("Store ids, separated by commas")},
        {QStringLiteral("clientId"), tr("Client &id:"), tr("Client id"), QString()},
        {QStringLiteral("clientSecret"), tr("Client sec&ret:"), tr("Client secret"), QString()},
        {QStringLiteral("trustedCaFile"), tr("Trusted &CA:"), tr("Trusted CA certificate file"),
         tr("Optional: a PEM file with your company's CA")},
    };
    for (const auto& [key, label, name, placeholder] : texts) {
        d.labels.value(key)->setText(label);
        d.fields.value(key)->setAccessibleName(name);
        d.fields.value(key)->setPlaceholderText(placeholder);
        d.messages.value(key)->setAccessibleName(tr("%1 problem").arg(name));
    }
    d.browseCa->setText(tr("&Browse…"));
    d.browseCa->setAccessibleName(tr("Choose the CA certificate file"));
    d.localTest->setText(tr("Local test platform on t&his computer (allows plain http://)"));
    d.localTest->setAccessibleName(tr("Local test platform"));
    d.caFingerprint->setAccessibleName(tr("Fingerprint of the trusted CA"));
    updateCaFingerprint();
    d.test->setText(tr("&Test connection"));
    d.test->setAccessibleName(tr("Test connection"));
    d.result->setAccessibleName(tr("Connection test result"));
    d.buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and connect"));
    d.buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save and connect"));
    d.buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    d.buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Quit"));
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

ConnectionProfile FirstRunDialog::collect(FieldErrors& errors) const
{
    const Private& d = *m_d;
    ConnectionProfile p;
    p.name = d.fields.value(QStringLiteral("name"))->text().trimmed();
    p.baseUrl = QUrl(d.fields.value(QStringLiteral("baseUrl"))->text().trimmed());
    p.localTestPlatform = d.localTest->isChecked();
    p.enterpriseId = d.fields.value(QStringLiteral("enterpriseId"))->text().trimmed();
    const QString stores = d.fields.value(QStringLiteral("storeIds"))->text();
    for (const QString& s : stores.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        if (!p.storeIds.contains(s))
            p.storeIds << s;
    p.clientId = d.fields.value(QStringLiteral("clientId"))->text().trimmed();
    p.trustedCaFile = d.fields.value(QStringLiteral("trustedCaFile"))->text().trimmed();
    errors = p.validate();
    if (p.name.isEmpty())
        errors.prepend({QStringLiteral("name"), tr("Give the profile a name.")});
    if (d.fields.value(QStringLiteral("clientSecret"))->text().isEmpty())
        errors.append({QStringLiteral("clientSecret"), tr("Enter the client secret.")});
    return p;
}

bool FirstRunDialog::showErrors(const FieldErrors& errors)
{
    Private& d = *m_d;
    QHash<QString, QString> shown;
    for (const FieldError& e : errors) {
        if (!shown.contains(e.field))
            shown.insert(e.field, e.message);
    }
    for (auto it = d.messages.cbegin(); it != d.messages.cend(); ++it)
        it.value()->setMessage(shown.value(it.key()));
    for (const char* f : kFields) {
        if (shown.contains(QLatin1StringView(f))) {
            d.fields.value(QLatin1StringView(f))->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return errors.isEmpty();
}

void FirstRunDialog::showResult(bool ok, const QString& message)
{
    Private& d = *m_d;
    d.testResult = message;
    d.result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + message);
    // Colour repeats the sign; both palettes keep the contrast.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = d.result->palette();
    p.setColor(QPalette::WindowText, ok ? (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20))
                                        : (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20)));
    d.result->setPalette(p);
}

void FirstRunDialog::trustCaFile(const QString& file)
{
    Private& d = *m_d;
    FieldMessage* message = d.messages.value(QStringLiteral("trustedCaFile"));
    auto imported = TrustedCaStore().import(file);
    if (!imported) {
        message->setMessage(imported.error());
        return;
    }
    message->setMessage(QString());
    d.fields.value(QStringLiteral("trustedCaFile"))->setText(imported->path);
}

void FirstRunDialog::importTypedCa()
{
    // A typed path is copied in like a browsed one: the profile never points at a file someone
    // else may change later. One that cannot be read stays as typed; validate() says so.
    QLineEdit* ca = m_d->fields.value(QStringLiteral("trustedCaFile"));
    const QString path = ca->text().trimmed();
    const TrustedCaStore store;
    if (path.isEmpty() || store.holds(path))
        return;
    if (auto imported = store.import(path))
        ca->setText(imported->path);
}

void FirstRunDialog::updateCaFingerprint()
{
    Private& d = *m_d;
    const QStringList prints = TrustedCaStore::fingerprints(
        TrustedCaStore::certificatesIn(d.fields.value(QStringLiteral("trustedCaFile"))->text().trimmed()));
    d.caFingerprint->setVisible(!prints.isEmpty());
    d.caFingerprint->setText(prints.isEmpty() ? QString()
                                              : tr("SHA-256 fingerprint: %1").arg(prints.join(u'\n')));
}

bool FirstRunDialog::checkSecretOrigin(const ConnectionProfile& profile)
{
    Private& d = *m_d;
    if (d.secretOrigin.isEmpty() || d.secretOrigin == profile.secretOrigin())
        return true;
    // Typed for (and already sent to) another address: it must be typed again for this one.
    d.secretOrigin.clear();
    d.fields.value(QStringLiteral("clientSecret"))->clear();
    showErrors({{QStringLiteral("clientSecret"),
                 tr("The platform address changed: type the client secret again to use it with the new "
                    "address.")}});
    return false;
}

void FirstRunDialog::testConnection()
{
    importTypedCa();
    FieldErrors errors;
    const ConnectionProfile profile = collect(errors);
    if (!showErrors(errors) || !checkSecretOrigin(profile)) {
        showResult(false, tr("Fill in the marked fields first."));
        Q_EMIT testFinished(false);
        return;
    }
    m_d->test->setEnabled(false);
    m_d->result->setText(tr("Testing… signing in and reading each store."));
    m_d->result->setPalette(palette());
    m_d->secretOrigin = profile.secretOrigin();
    m_d->tester->run(
        profile,
        BoundSecret{m_d->secretOrigin, m_d->fields.value(QStringLiteral("clientSecret"))->text().toUtf8()});
}

void FirstRunDialog::accept()
{
    Private& d = *m_d;
    if (d.saving)
        return;
    importTypedCa();
    FieldErrors errors;
    const ConnectionProfile profile = collect(errors);
    if (!showErrors(errors) || !checkSecretOrigin(profile))
        return;
    d.saving = true;
    d.buttons->setEnabled(false);
    // The secret goes to the keychain first, bound to the profile's origin; the profile is saved
    // only once it is stored.
    BoundSecret::write(
        d.secrets, profile.clientSecretKey(),
        BoundSecret{profile.secretOrigin(), d.fields.value(QStringLiteral("clientSecret"))->text().toUtf8()},
        this, [this, profile](SecretStore::DoneResult result) {
            m_d->saving = false;
            m_d->buttons->setEnabled(true);
            if (!result) {
                m_d->messages.value(QStringLiteral("clientSecret"))
                    ->setMessage(
                        tr("The secret could not be stored in the keychain: %1").arg(result.error().message));
                return;
            }
            AppSettings settings = AppSettings::load();
            settings.profiles.removeIf(
                [&profile](const ConnectionProfile& p) { return p.name == profile.name; });
            settings.profiles.append(profile);
            settings.currentProfile = profile.name;
            settings.save();
            m_d->profile = profile;
            QDialog::accept();
        });
}

ConnectionProfile FirstRunDialog::profile() const
{
    return m_d->profile;
}

QString FirstRunDialog::shownError(const QString& field) const
{
    const FieldMessage* m = m_d->messages.value(field);
    return m ? m->message() : QString();
}

QString FirstRunDialog::testResult() const
{
    return m_d->testResult;
}

} // namespace paydesk::ui
