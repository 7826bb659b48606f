#include "SettingsDialog.h"

namespace paydesk::ui {

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
};

SettingsDialog::SettingsDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_d(std::make_unique<Private>(secrets))
{
    setWindowTitle(tr("Settings"));
    m_d->before = AppSettings::load();
    m_d->after = m_d->before;
}

SettingsDialog::~SettingsDialog() = default;

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
    return entry;
}

QString SettingsDialog::shownError(const QString&) const
{
    return QString();
}

void SettingsDialog::accept()
{
    QDialog::accept();
}

} // namespace paydesk::ui
