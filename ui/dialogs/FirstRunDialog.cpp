#include "FirstRunDialog.h"

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
};

FirstRunDialog::FirstRunDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_d(std::make_unique<Private>(secrets))
{
    setWindowTitle(tr("Connect PayDesk"));
}

FirstRunDialog::~FirstRunDialog() = default;

ConnectionProfile FirstRunDialog::profile() const
{
    return m_d->profile;
}

QString FirstRunDialog::shownError(const QString&) const
{
    return QString();
}

QString FirstRunDialog::testResult() const
{
    return m_d->testResult;
}

void FirstRunDialog::accept()
{
    QDialog::accept();
}

void FirstRunDialog::testConnection()
{
    Q_EMIT testFinished(false);
}

} // namespace paydesk::ui
