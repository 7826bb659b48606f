#include "PinLockout.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString FailuresKey = u"KioskPinLock/failures"_s;
const QString UntilKey = u"KioskPinLock/lockedUntil"_s;

std::unique_ptr<QSettings> open(const QString& path)
{
    if (path.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

} // namespace

PinLockout::PinLockout(const Clock& clock, QString settingsPath)
    : m_clock(clock)
    , m_settingsPath(std::move(settingsPath))
{
}

QDateTime PinLockout::lockedUntil() const
{
    const QDateTime until =
        QDateTime::fromString(open(m_settingsPath)->value(UntilKey).toString(), Qt::ISODate);
    return until.isValid() && until > m_clock.now() ? until : QDateTime();
}

bool PinLockout::isLocked() const
{
    return lockedUntil().isValid();
}

int PinLockout::failures() const
{
    return open(m_settingsPath)->value(FailuresKey, 0).toInt();
}

bool PinLockout::recordFailure()
{
    auto settings = open(m_settingsPath);
    const int failures = settings->value(FailuresKey, 0).toInt() + 1;
    const bool locks = failures >= MaxFailures;
    if (locks) {
        settings->setValue(UntilKey, m_clock.now().addSecs(qint64(LockMinutes) * 60).toString(Qt::ISODate));
        settings->setValue(FailuresKey, 0);
    } else {
        settings->setValue(FailuresKey, failures);
    }
    settings->sync();
    return locks;
}

void PinLockout::recordSuccess()
{
    auto settings = open(m_settingsPath);
    settings->remove(FailuresKey);
    settings->remove(UntilKey);
    settings->sync();
}

} // namespace paydesk
