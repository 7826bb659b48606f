#include "FaultSpec.h"

#include <QStringList>

namespace paydesk::sandbox {

namespace {

Result<double, QString> share(const QJsonValue& v, const QString& key)
{
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d < 0.0 || d > 1.0)
        return fail(QStringLiteral("%1 must be a number from 0 to 1").arg(key));
    return d;
}

} // namespace

bool FaultSpec::isEmpty() const
{
    return latencyMs <= 0 && error5xx <= 0 && rateLimit <= 0 && drop <= 0 && malformedJson <= 0 &&
           htmlPage <= 0 && tokenExpired <= 0;
}

QJsonObject FaultSpec::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("latencyMs"), latencyMs},
        {QLatin1StringView("error5xx"), error5xx},
        {QLatin1StringView("errorStatus"), errorStatus},
        {QLatin1StringView("rateLimit"), rateLimit},
        {QLatin1StringView("retryAfterSeconds"), retryAfterSeconds},
        {QLatin1StringView("retryAfterHttpDate"), retryAfterHttpDate},
        {QLatin1StringView("drop"), drop},
        {QLatin1StringView("dropAfterHandling"), dropAfterHandling},
        {QLatin1StringView("malformedJson"), malformedJson},
        {QLatin1StringView("htmlPage"), htmlPage},
        {QLatin1StringView("tokenExpired"), tokenExpired},
        {QLatin1StringView("times"), times},
    };
}

Result<FaultSpec, QString> FaultSpec::fromJson(const QJsonObject& json)
{
    FaultSpec s;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"latencyMs") {
            if (!v.isDouble() || v.toInt(-1) < 0 || v.toInt() > 600000)
                return fail(QStringLiteral("latencyMs must be 0..600000"));
            s.latencyMs = v.toInt();
        } else if (key == u"errorStatus") {
            const int st = v.toInt(0);
            if (st != 500 && st != 502 && st != 503 && st != 504)
                return fail(QStringLiteral("errorStatus must be 500, 502, 503 or 504"));
            s.errorStatus = st;
        } else if (key == u"retryAfterSeconds") {
            if (!v.isDouble() || v.toInt(-1) < 0)
                return fail(QStringLiteral("retryAfterSeconds must be >= 0"));
            s.retryAfterSeconds = v.toInt();
        } else if (key == u"retryAfterHttpDate") {
            s.retryAfterHttpDate = v.toBool();
        } else if (key == u"dropAfterHandling") {
            s.dropAfterHandling = v.toBool();
        } else if (key == u"times") {
            if (!v.isDouble() || v.toInt(-2) < -1)
                return fail(QStringLiteral("times must be -1 or more"));
            s.times = v.toInt();
        } else {
            double* target = nullptr;
            if (key == u"error5xx")
                target = &s.error5xx;
            else if (key == u"rateLimit")
                target = &s.rateLimit;
            else if (key == u"drop")
                target = &s.drop;
            else if (key == u"malformedJson")
                target = &s.malformedJson;
            else if (key == u"htmlPage")
                target = &s.htmlPage;
            else if (key == u"tokenExpired")
                target = &s.tokenExpired;
            if (!target)
                return fail(QStringLiteral("unknown fault key: %1").arg(key));
            auto d = share(v, key);
            if (!d)
                return fail(d.error());
            *target = d.value();
        }
    }
    return s;
}

Result<FaultSpec, QString> FaultSpec::parse(const QString& text)
{
    QJsonObject json;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed();
        const QString value = eq < 0 ? QStringLiteral("1") : part.mid(eq + 1).trimmed();
        if (value == u"true" || value == u"false") {
            json.insert(key, value == u"true");
            continue;
        }
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("%1: not a number: %2").arg(key, value));
        json.insert(key, d);
    }
    return fromJson(json);
}

} // namespace paydesk::sandbox
