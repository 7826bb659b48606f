#include "FirstRunDialog.h"

#include "ConnectionProfileForm.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
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
    /// The origin the typed secret was first used with (tested); empty until then or after the
    /// secret was edited. The secret goes to that origin only.
    QString secretOrigin;
    bool saving = false;

    QLabel* heading = nullptr;
    QLabel* intro = nullptr;
    ConnectionProfileForm* form = nullptr;
    QDialogButtonBox* buttons = nullptr;
};

FirstRunDialog::FirstRunDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_d(std::make_unique<Private>(secrets))
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setMinimumWidth(560);
    Private& d = *m_d;

    d.heading = new QLabel(this);
    QFont big = d.heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    d.heading->setFont(big);
    d.intro = new QLabel(this);
    d.intro->setWordWrap(true);

    d.form = new ConnectionProfileForm(this);
    ConnectionProfile first;
    first.name = QStringLiteral("default");
    d.form->setProfile(first);

    d.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d.buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d.heading);
    layout->addWidget(d.intro);
    layout->addWidget(d.form);
    layout->addStretch();
    layout->addWidget(d.buttons);

    connect(d.buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(d.buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(d.form, &ConnectionProfileForm::testRequested, this, &FirstRunDialog::testConnection);
    connect(d.form, &ConnectionProfileForm::testFinished, this, &FirstRunDialog::testFinished);
    // A secret typed anew is bound to the address it is first used with.
    connect(d.form, &ConnectionProfileForm::secretEdited, this, [this] { m_d->secretOrigin.clear(); });
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

bool FirstRunDialog::checkSecretOrigin(const ConnectionProfile& profile)
{
    Private& d = *m_d;
    if (d.secretOrigin.isEmpty() || d.secretOrigin == profile.secretOrigin())
        return true;
    // Typed for (and already sent to) another address: it must be typed again for this one.
    d.secretOrigin.clear();
    d.form->clearSecret();
    d.form->showErrors({{QStringLiteral("clientSecret"), ConnectionProfileForm::retypeSecretMessage()}});
    return false;
}

void FirstRunDialog::testConnection()
{
    Private& d = *m_d;
    d.form->importTypedCa();
    const ConnectionProfile profile = d.form->profile();
    if (!d.form->showErrors(d.form->errors(true)) || !checkSecretOrigin(profile)) {
        d.form->refuseTest(QString());
        return;
    }
    d.secretOrigin = profile.secretOrigin();
    d.form->runTest(profile, BoundSecret{d.secretOrigin, d.form->typedSecret().toUtf8()});
}

void FirstRunDialog::accept()
{
    Private& d = *m_d;
    if (d.saving)
        return;
    d.form->importTypedCa();
    const ConnectionProfile profile = d.form->profile();
    if (!d.form->showErrors(d.form->errors(true)) || !checkSecretOrigin(profile))
        return;
    d.saving = true;
    d.buttons->setEnabled(false);
    // The secret goes to the keychain first, bound to the profile's origin; the profile is saved
    // only once it is stored.
    BoundSecret::write(d.secrets, profile.clientSecretKey(),
                       BoundSecret{profile.secretOrigin(), d.form->typedSecret().toUtf8()}, this,
                       [this, profile](SecretStore::DoneResult result) {
                           m_d->saving = false;
                           m_d->buttons->setEnabled(true);
                           if (!result) {
                               m_d->form->showError(
                                   QStringLiteral("clientSecret"),
                                   ConnectionProfileForm::keychainFailureMessage(result.error().message));
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
    return m_d->form->shownError(field);
}

QString FirstRunDialog::testResult() const
{
    return m_d->form->testResult();
}

} // namespace paydesk::ui
