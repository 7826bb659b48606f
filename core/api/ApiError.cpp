#include "ApiError.h"

#include <QLocale>

namespace paydesk {

bool ApiError::isInFlightConflict() const
{
    // The idempotency rule's 409 ("the first request with this key is still running") is worth
    // retrying; a 409 naming a business conflict (e.g. ILLEGAL_TRANSITION: cancelling a paid
    // request) is the platform's final answer, and with the same key it would only be replayed.
    return httpStatus == 409 && (code.isEmpty() || code.contains(u"IDEMPOTENCY", Qt::CaseInsensitive) ||
                                 code.contains(u"IN_PROGRESS", Qt::CaseInsensitive) ||
                                 code.contains(u"IN_FLIGHT", Qt::CaseInsensitive));
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
        return true;
    case Kind::Http:
        return (httpStatus == 409 && isInFlightConflict()) || httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isPermanent() const
{
    if (kind == Kind::Refused || (kind == Kind::Validation && httpStatus == 0))
        return true;
    if (kind != Kind::Http && kind != Kind::Validation)
        return false;
    if (httpStatus < 400 || httpStatus >= 500 || httpStatus == 429)
        return false;
    return httpStatus != 409 || !isInFlightConflict();
}

ApiError ApiError::network(const QString& detail)
{
    ApiError e;
    e.kind = Kind::Network;
    e.message = tr("The platform cannot be reached. PayDesk keeps working from its cache and retries.");
    e.detail = detail;
    return e;
}

ApiError ApiError::timeout(const QString& detail)
{
    ApiError e = network(detail);
    e.message = tr("The platform did not answer in time. PayDesk retries.");
    return e;
}

ApiError ApiError::tls(const QString& detail)
{
    ApiError e;
    e.kind = Kind::Tls;
    e.message = tr("The platform's certificate was not accepted. Check the server address, or trust the "
                   "company's CA certificate in the connection settings.");
    e.detail = detail;
    return e;
}

ApiError ApiError::tlsCertificateExpired(const QString& detail)
{
    ApiError e = tls(detail);
    e.message = tr("The platform's certificate has expired, so PayDesk does not connect. Ask whoever runs "
                   "the platform to renew it.");
    return e;
}

ApiError ApiError::tlsCertificateNotYetValid(const QString& detail)
{
    ApiError e = tls(detail);
    e.message = tr("The platform's certificate is not valid yet, so PayDesk does not connect. Check this "
                   "computer's date and time.");
    return e;
}

ApiError ApiError::insecureUrl(const QString& url)
{
    ApiError e;
    e.kind = Kind::Tls;
    e.message =
        tr("Plain HTTP is only allowed for the demo or a local test platform on this computer. Use an "
           "https:// address for the platform.");
    e.detail = QStringLiteral("refused insecure URL ") + url;
    return e;
}

ApiError ApiError::parse(const QString& detail, const QString& field)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.field = field;
    e.message = tr("The platform sent an answer PayDesk cannot read.");
    e.detail = detail;
    return e;
}

ApiError ApiError::unexpectedContentType(const QString& contentType, int httpStatus)
{
    ApiError e =
        parse(QStringLiteral("unexpected content type '%1' with HTTP %2").arg(contentType).arg(httpStatus));
    e.httpStatus = httpStatus;
    e.message = tr("The platform sent a web page instead of data. The server address or the account's "
                   "permissions may be wrong.");
    return e;
}

ApiError ApiError::replyTooLarge(qint64 limitBytes, const QString& detail)
{
    ApiError e = parse(detail);
    e.code = QLatin1StringView(kReplyTooLarge);
    e.message = tr("The server's answer was too large (over %1).")
                    .arg(QLocale().formattedDataSize(limitBytes, 0, QLocale::DataSizeIecFormat));
    return e;
}

ApiError ApiError::brokenFeed(const QString& detail)
{
    ApiError e = parse(detail, QStringLiteral("nextSequence"));
    e.code = QLatin1StringView(kBrokenFeed);
    e.message = tr("The platform's change feed is inconsistent: it does not move forward as it should. "
                   "PayDesk keeps the cached data, does not store the bad position, and tries again later.");
    return e;
}

ApiError ApiError::auth(const QString& detail)
{
    ApiError e;
    e.kind = Kind::Auth;
    e.httpStatus = 401;
    e.message = tr("The platform refused PayDesk's access token.");
    e.detail = detail;
    return e;
}

ApiError ApiError::signInFailed(const QString& detail)
{
    ApiError e;
    e.kind = Kind::Auth;
    e.httpStatus = 401;
    e.code = QStringLiteral("sign-in-failed");
    e.message = tr("Sign-in failed: the platform did not accept the client id or secret. Check them in the "
                   "connection settings.");
    e.detail = detail;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("The request was cancelled.");
    e.detail = QStringLiteral("cancelled");
    return e;
}

ApiError ApiError::http(int status, const QString& code, const QString& platformMessage, const QString& field)
{
    ApiError e;
    e.kind = (status == 400 || status == 422) ? Kind::Validation : Kind::Http;
    e.httpStatus = status;
    e.code = code;
    e.field = field;
    e.detail = QStringLiteral("HTTP %1 %2").arg(status).arg(code);
    QString base;
    if (status == 400 || status == 422)
        base = tr("The platform rejected the request.");
    else if (status == 403)
        base = tr("This account is not allowed to do that.");
    else if (status == 404)
        base = tr("The platform does not know this payment or store.");
    else if (status == 409)
        base = tr("The platform is still processing the same request.");
    else if (status == 429)
        base = tr("The platform asked PayDesk to slow down.");
    else if (status >= 500)
        base = tr("The platform had a problem (HTTP %1). PayDesk retries.").arg(status);
    else
        base = tr("The platform answered with HTTP %1.").arg(status);
    e.message = platformMessage.isEmpty() ? base : tr("%1 %2").arg(base, platformMessage);
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}

} // namespace paydesk
