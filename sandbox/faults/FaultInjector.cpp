#include "FaultInjector.h"

#include <QLocale>

namespace paydesk::sandbox {

FaultInjector::FaultInjector(QObject* parent)
    : QObject(parent)
    , m_random(QRandomGenerator::global()->generate())
{
}

void FaultInjector::set(const QString& route, const FaultSpec& spec)
{
    if (spec.isEmpty() || spec.times == 0)
        m_specs.remove(route);
    else
        m_specs.insert(route, spec);
    Q_EMIT changed();
}

void FaultInjector::clear(const QString& route)
{
    if (m_specs.remove(route) > 0)
        Q_EMIT changed();
}

void FaultInjector::clearAll()
{
    m_specs.clear();
    Q_EMIT changed();
}

FaultSpec FaultInjector::specFor(const QString& route) const
{
    auto it = m_specs.constFind(route);
    if (it == m_specs.cend())
        it = m_specs.constFind(QStringLiteral("*"));
    return it == m_specs.cend() ? FaultSpec() : it.value();
}

bool FaultInjector::roll(double share)
{
    if (share <= 0.0)
        return false;
    if (share >= 1.0)
        return true;
    return m_random.generateDouble() < share;
}

QByteArray FaultInjector::retryAfterValue(const FaultSpec& spec, const QDateTime& now)
{
    if (!spec.retryAfterHttpDate)
        return QByteArray::number(spec.retryAfterSeconds);
    // IMF-fixdate, always in English and GMT (RFC 7231 section 7.1.1.1).
    const QDateTime at = now.toUTC().addSecs(spec.retryAfterSeconds);
    return QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

FaultDecision FaultInjector::decide(const QString& route)
{
    FaultDecision d;
    QString key = route;
    auto it = m_specs.find(route);
    if (it == m_specs.end()) {
        key = QStringLiteral("*");
        it = m_specs.find(key);
    }
    if (it == m_specs.end())
        return d;
    FaultSpec& spec = it.value();
    d.latencyMs = spec.latencyMs;
    if (roll(spec.drop)) {
        d.action = FaultDecision::Action::Drop;
        d.dropAfterHandling = spec.dropAfterHandling;
    } else if (roll(spec.error5xx)) {
        d.action = FaultDecision::Action::ServerError;
        d.status = spec.errorStatus;
    } else if (roll(spec.rateLimit)) {
        d.action = FaultDecision::Action::RateLimited;
        d.status = 429;
        d.retryAfter = retryAfterValue(spec, QDateTime::currentDateTimeUtc());
    } else if (roll(spec.malformedJson)) {
        d.action = FaultDecision::Action::MalformedJson;
    } else if (roll(spec.htmlPage)) {
        d.action = FaultDecision::Action::HtmlPage;
    } else if (roll(spec.tokenExpired)) {
        d.action = FaultDecision::Action::TokenExpired;
    }
    if (spec.times > 0 && --spec.times == 0) {
        m_specs.erase(it);
        Q_EMIT changed();
    }
    return d;
}

} // namespace paydesk::sandbox
