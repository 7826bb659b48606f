#include "LookupThrottle.h"

#include <QtGlobal>

namespace paydesk {

qint64 LookupThrottle::remainingMs() const
{
    return qMax<qint64>(0, m_blockedUntilMs - m_clock.monotonicMs());
}

void LookupThrottle::recordFailure()
{
    ++m_failures;
    if (m_failures < FreeAttempts)
        return;
    const int step = qMin(m_failures - FreeAttempts, 10);
    const qint64 cooldown = qMin(MaxCooldownMs, BaseCooldownMs << step);
    m_blockedUntilMs = m_clock.monotonicMs() + cooldown;
}

void LookupThrottle::recordSuccess()
{
    m_failures = 0;
    m_blockedUntilMs = 0;
}

} // namespace paydesk
