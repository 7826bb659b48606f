#pragma once

#include "ApiError.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace paydesk {

/// Supplies bearer tokens to HttpClient. Implemented by TokenProvider.
class Authenticator
{
public:
    using TokenCallback = std::function<void(Result<QString, ApiError>)>;

    virtual ~Authenticator() = default;

    /// Calls back (bound to `context`) with a usable access token, renewing first when needed.
    virtual void accessToken(QObject* context, TokenCallback callback) = 0;
    /**
     * The platform answered 401 to a call made with `token`. The next accessToken() renews —
     * unless another caller already replaced that token, so parallel 401s cause one renewal.
     */
    virtual void tokenRejected(const QString& token) = 0;
};

} // namespace paydesk
