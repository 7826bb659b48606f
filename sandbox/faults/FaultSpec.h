#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace paydesk::sandbox {

/**
 * The faults switched on for one route (or for "*", every platform route).
 *
 * Shares are probabilities from 0 to 1; tests use 1 with `times` to fail exactly the next
 * N calls, deterministically. Admin routes never get faults, so a fault can always be
 * switched off again.
 *
 * JSON / command-line keys (same names): latencyMs, error5xx, errorStatus, rateLimit,
 * retryAfterSeconds, retryAfterHttpDate, drop, dropAfterHandling, malformedJson, htmlPage,
 * tokenExpired, times.
 */
struct FaultSpec
{
    /// Added before the answer is written (the handler has already run).
    int latencyMs = 0;
    /// Share of calls answered with errorStatus (500, 502, 503 or 504) without running the handler.
    double error5xx = 0.0;
    int errorStatus = 503;
    /// Share of calls answered 429 with Retry-After, without running the handler.
    double rateLimit = 0.0;
    int retryAfterSeconds = 1;
    /// Retry-After as an HTTP date instead of seconds.
    bool retryAfterHttpDate = false;
    /// Share of connections aborted (TCP reset) instead of answered.
    double drop = 0.0;
    /// Drop only after the handler has run: the change happens but the answer is lost.
    bool dropAfterHandling = false;
    /// Share of calls answered 200 with a truncated, unparseable JSON body.
    double malformedJson = 0.0;
    /// Share of calls answered 200 with an HTML login page (what gateways do on a missing scope).
    double htmlPage = 0.0;
    /// Share of calls answered 401 "Access Token expired" whatever token they carry (the
    /// client must renew and retry). `POST /admin/tokens/expire` really expires every token.
    double tokenExpired = 0.0;
    /// How many more calls this spec applies to; -1 = until switched off.
    int times = -1;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static Result<FaultSpec, QString> fromJson(const QJsonObject& json);
    /// "latencyMs=200,error5xx=0.2,times=3" (the value of --fault after "route:").
    static Result<FaultSpec, QString> parse(const QString& text);
};

} // namespace paydesk::sandbox
