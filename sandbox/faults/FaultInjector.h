#pragma once

#include "FaultSpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>

namespace paydesk::sandbox {

/// What the server does to one call, decided by FaultInjector::decide().
struct FaultDecision
{
    enum class Action
    {
        None,
        ServerError,   ///< answer FaultSpec::errorStatus, handler not run
        RateLimited,   ///< answer 429 + Retry-After, handler not run
        Drop,          ///< abort the connection (before or after the handler, see dropAfterHandling)
        MalformedJson, ///< 200 with a broken JSON body, handler not run
        HtmlPage,      ///< 200 with an HTML login page, handler not run
        TokenExpired,  ///< 401 "Access Token expired", handler not run
    };
    Action action = Action::None;
    int latencyMs = 0;
    bool dropAfterHandling = false;
    int status = 0;
    QByteArray retryAfter;
};

/**
 * The fault switches, per route name, changeable at run time (admin endpoint, command line,
 * or directly from tests: `sandbox.faults().set("payments.list", spec)`).
 *
 * Route names: "token", "payments.list", "payments.get", "payments.initiate",
 * "payments.cancel", "payments.resend", "payments.status", "events.stream", and "*" for every
 * route that has no spec of its own. Partner routes use their own names ("partner.*").
 */
class FaultInjector : public QObject
{
    Q_OBJECT

public:
    explicit FaultInjector(QObject* parent = nullptr);

    void set(const QString& route, const FaultSpec& spec);
    void clear(const QString& route);
    void clearAll();
    /// The spec that applies to a route: its own, else "*", else an empty one.
    FaultSpec specFor(const QString& route) const;
    QMap<QString, FaultSpec> all() const { return m_specs; }

    /// Rolls the dice for one call (and counts down `times`).
    FaultDecision decide(const QString& route);

    /// A Retry-After value for a spec: seconds, or an RFC 7231 HTTP date.
    static QByteArray retryAfterValue(const FaultSpec& spec, const QDateTime& now);

    /// For deterministic tests of shares between 0 and 1.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

Q_SIGNALS:
    void changed();

private:
    bool roll(double share);

    QMap<QString, FaultSpec> m_specs;
    QRandomGenerator m_random;
};

} // namespace paydesk::sandbox
