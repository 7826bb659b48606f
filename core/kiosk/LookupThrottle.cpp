#include "LookupThrottle.h"

#include <QSettings>
#include <QtGlobal>

#include <memory>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString FailuresKey = u"KioskLookupLock/failures"_s;
const QString UntilKey = u"KioskLookupLock/blockedUntil"_s;
const QString CooldownKey = u"KioskLookupLock/cooldownMs"_s;

std::unique_ptr<QSettings> open(const QString& path)
{
    if (path.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

} // namespace

LookupThrottle::LookupThrottle(const Clock& clock, QString settingsPath)
    : m_clock(clock)
    , m_settingsPath(std::move(settingsPath))
{
}

qint64 LookupThrottle::remainingMs() const
{
    const auto settings = open(m_settingsPath);
    const QDateTime until = QDateTime::fromString(settings->value(UntilKey).toString(), Qt::ISODateWithMs);
    if (!until.isValid())
        return 0;
    const qint64 cooldown =
        qBound<qint64>(0, settings->value(CooldownKey, MaxCooldownMs).toLongLong(), MaxCooldownMs);
    return qBound<qint64>(0, m_clock.now().msecsTo(until), cooldown);
}

int LookupThrottle::failures() const
{
    return open(m_settingsPath)->value(FailuresKey, 0).toInt();
}

void LookupThrottle::recordFailure()
{
    auto settings = open(m_settingsPath);
    const int failures = settings->value(FailuresKey, 0).toInt() + 1;
    settings->setValue(FailuresKey, failures);
    if (failures >= FreeAttempts) {
        const int step = qMin(failures - FreeAttempts, 10);
        const qint64 cooldown = qMin(MaxCooldownMs, BaseCooldownMs << step);
        settings->setValue(UntilKey, m_clock.now().addMSecs(cooldown).toString(Qt::ISODateWithMs));
        settings->setValue(CooldownKey, cooldown);
    }
    settings->sync();
}

void LookupThrottle::recordSuccess()
{
    auto settings = open(m_settingsPath);
    settings->remove(u"KioskLookupLock"_s);
    settings->sync();
}

} // namespace paydesk
