#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace paydesk {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Options{})
{
}

RetryPolicy::RetryPolicy(Options options, JitterSource jitter)
    : m_options(options)
    , m_jitter(std::move(jitter))
{
    if (!m_jitter)
        m_jitter = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RetryPolicy::shouldRetry(const ApiError& error, int attemptsSoFar) const
{
    return error.isRetryable() && attemptsSoFar < m_options.maxAttempts;
}

qint64 RetryPolicy::nominalBackoffMs(int retry) const
{
    qint64 delay = m_options.baseMs;
    for (int i = 1; i < retry && delay < m_options.capMs; ++i)
        delay *= 2;
    return std::min(delay, m_options.capMs);
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    const qint64 nominal = nominalBackoffMs(retry);
    const double r = std::clamp(m_jitter(), 0.0, 1.0);
    // Jitter spreads clients that failed together; shortening only keeps the 5 s cap a true cap.
    return nominal - static_cast<qint64>(static_cast<double>(nominal) * m_options.jitterFraction * r);
}

qint64 RetryPolicy::delayMs(int retry, const ApiError& error) const
{
    const qint64 backoff = backoffMs(retry);
    if (error.retryAfterMs < 0)
        return backoff;
    return std::max(backoff, std::min(error.retryAfterMs, m_options.retryAfterCapMs));
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray& value, const QDateTime& now,
                                                     qint64 capMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Long digit strings would overflow; anything that long is beyond the cap anyway.
        if (text.size() > 9)
            return capMs;
        return std::min(text.toLongLong() * 1000, capMs);
    }
    // RFC 9110 §5.6.7: IMF-fixdate, plus the obsolete RFC 850 and asctime forms recipients must accept.
    const QString s = QString::fromLatin1(text).simplified();
    const QLocale c = QLocale::c();
    static const QStringList formats = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),
    };
    for (const QString& format : formats) {
        QDateTime at = c.toDateTime(s, format);
        if (!at.isValid())
            continue;
        if (format.contains(u"yy ") && at.date().year() < 1970)
            at = at.addYears(100); // two-digit years: RFC 850 dates are never that old
        at.setTimeZone(QTimeZone::utc());
        const qint64 ms = now.msecsTo(at);
        return std::clamp<qint64>(ms, 0, capMs);
    }
    return std::nullopt;
}

} // namespace paydesk
