#include "DemocranceApi.h"

#include "DemocranceState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

constexpr int kDefaultPerPage = 100;
constexpr int kMaxPerPage = 1000;

QString isoTime(const QDateTime& t)
{
    // The documents: "times in YYYY-MM-DDTHH:MM:SSZ format", always UTC.
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s) : QString();
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue(QJsonValue::Null);
}

QString methodText(Method m)
{
    switch (m) {
    case Method::Get:
        return u"GET"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Patch:
        return u"PATCH"_s;
    case Method::Delete:
        return u"DELETE"_s;
    default:
        return u"OTHER"_s;
    }
}

/// The session key of `Authorization: Token <key>` or of the `sessionid` cookie.
QString sessionKey(const HttpRequest& request)
{
    const QByteArray auth = request.header("Authorization").trimmed();
    if (auth.size() > 6 && auth.first(6).compare("Token ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(auth.mid(6).trimmed());
    const QByteArray cookies = request.header("Cookie");
    for (const QByteArray& part : cookies.split(';')) {
        const QByteArray c = part.trimmed();
        if (c.startsWith("sessionid="))
            return QString::fromLatin1(c.mid(10));
    }
    return QString();
}

} // namespace

DemocranceApi::DemocranceApi(Sandbox& sandbox, DemocranceState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
{
    HttpServer& http = sandbox.http();
    const QString login = basePath() + u"/api/v3/login"_s;
    http.addRoute(Method::Post, login, RouteOptions{u"democrance.login"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return this->login(r); });
    for (Method m : {Method::Get, Method::Put, Method::Patch, Method::Delete}) {
        http.addRoute(m, login, RouteOptions{u"democrance.login.method"_s, RouteAuth::None, false, false},
                      [m](HttpRequest&) {
                          return detail(405, u"Method \"%1\" not allowed."_s.arg(methodText(m)))
                              .withHeader("Allow", "POST, OPTIONS");
                      });
    }

    addEndpoint(u"/api/v3/policy/all"_s, {Method::Get}, u"democrance.policy.all"_s,
                &DemocranceApi::policyAll);

    // Anything else under the base path answers in the API's own shape.
    const RouteOptions unknown{u"democrance.unknown"_s, RouteAuth::None, false, false};
    QString pattern = basePath();
    for (int depth = 0; depth < 7; ++depth) {
        for (Method m : {Method::Get, Method::Post, Method::Put, Method::Patch, Method::Delete})
            http.addRoute(m, pattern, unknown, [](HttpRequest&) { return detail(404, u"Not found."_s); });
        pattern += u"/{p%1}"_s.arg(depth);
    }
}

void DemocranceApi::addEndpoint(const QString& path, const QList<Method>& methods, const QString& routeName,
                                Handler handler)
{
    HttpServer& http = m_sandbox.http();
    const QString pattern = basePath() + path;
    QStringList allowed;
    for (Method m : methods)
        allowed << methodText(m);
    for (Method m : methods) {
        http.addRoute(m, pattern, RouteOptions{routeName, RouteAuth::None, false, true},
                      [this, handler](HttpRequest& r) {
                          auto dealer = authenticate(r);
                          if (!dealer)
                              return dealer.error();
                          m_state.runDue();
                          Call call;
                          call.dealer = dealer.value();
                          call.values = parameters(r);
                          return (this->*handler)(r, call);
                      });
    }
    for (Method m : {Method::Get, Method::Post, Method::Put, Method::Patch, Method::Delete}) {
        if (methods.contains(m))
            continue;
        const QByteArray allow = (allowed.join(u", "_s) + u", OPTIONS"_s).toLatin1();
        http.addRoute(m, pattern, RouteOptions{routeName + u".method"_s, RouteAuth::None, false, false},
                      [m, allow](HttpRequest&) {
                          return detail(405, u"Method \"%1\" not allowed."_s.arg(methodText(m)))
                              .withHeader("Allow", allow);
                      });
    }
}

Result<const DemDealer*, HttpResponse> DemocranceApi::authenticate(const HttpRequest& request)
{
    const DemDealer* dealer = m_state.sessionDealer(sessionKey(request));
    if (!dealer)
        return fail(detail(401, u"Customer not authenticated"_s).withHeader("WWW-Authenticate", "Token"));
    return dealer;
}

HttpResponse DemocranceApi::detail(int status, const QString& message)
{
    return HttpResponse::json(QJsonObject{{u"detail"_s, message}}, status);
}

HttpResponse DemocranceApi::fieldError(int status, const QString& field, const QString& message)
{
    return HttpResponse::json(QJsonObject{{field, QJsonArray{message}}}, status);
}

QString DemocranceApi::decimal(qint64 minor)
{
    const bool negative = minor < 0;
    const qint64 v = negative ? -minor : minor;
    return u"%1%2.%3"_s.arg(negative ? u"-"_s : QString()).arg(v / 100).arg(v % 100, 2, 10, QLatin1Char('0'));
}

QHash<QString, QString> DemocranceApi::parameters(const HttpRequest& request)
{
    QHash<QString, QString> out;
    const QByteArray body = request.body().trimmed();
    if (body.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                out.insert(it.key(), v.toString());
            else if (v.isDouble())
                out.insert(it.key(), QString::number(v.toDouble(), 'g', 17));
            else if (v.isBool())
                out.insert(it.key(), v.toBool() ? u"true"_s : u"false"_s);
        }
    } else if (!body.isEmpty()) {
        QByteArray form = body;
        form.replace('+', ' ');
        const QUrlQuery q(QString::fromUtf8(form));
        for (const auto& item : q.queryItems(QUrl::FullyDecoded))
            out.insert(item.first, item.second);
    }
    // Query parameters fill what the body does not have (policy_number on GET /gateways/ …).
    for (const auto& item : request.query().queryItems(QUrl::FullyDecoded)) {
        if (!out.contains(item.first))
            out.insert(item.first, item.second);
    }
    return out;
}

QJsonObject DemocranceApi::policyJson(const DemPolicy& p, const DemPayment* last)
{
    QJsonValue payment(QJsonValue::Null);
    if (last) {
        payment = QJsonObject{
            {u"token"_s, last->token},
            {u"reference"_s, last->reference},
            {u"gateway"_s, last->gateway},
            {u"action"_s, last->action},
            {u"status"_s, DemPayment::statusName(last->status)},
        };
    }
    return QJsonObject{
        {u"policy_number"_s, p.policyNumber},
        {u"status"_s, p.status},
        {u"product"_s, QJsonObject{{u"slug"_s, p.productSlug}, {u"name"_s, p.productName}}},
        {u"premium"_s, decimal(p.premium)},
        {u"currency"_s, p.currency},
        {u"customer"_s, QJsonObject{{u"first_name"_s, p.firstName},
                                    {u"last_name"_s, p.lastName},
                                    {u"email"_s, p.email},
                                    {u"mobile"_s, p.mobile}}},
        {u"vehicle"_s,
         QJsonObject{{u"make"_s, p.make}, {u"model"_s, p.model}, {u"registration"_s, p.registration}}},
        {u"start_date"_s, p.startDate.isValid() ? QJsonValue(p.startDate.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
        {u"end_date"_s,
         p.endDate.isValid() ? QJsonValue(p.endDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"created"_s, timeOrNull(p.created)},
        {u"modified"_s, timeOrNull(p.modified)},
        {u"payment"_s, payment},
    };
}

HttpResponse DemocranceApi::login(const HttpRequest& request)
{
    const QHash<QString, QString> values = parameters(request);
    const QString username = values.value(u"username"_s);
    const QString password = values.value(u"password"_s);
    if (username.isEmpty() || password.isEmpty()) {
        QJsonObject problems;
        if (username.isEmpty())
            problems.insert(u"username"_s, QJsonArray{u"This field is required."_s});
        if (password.isEmpty())
            problems.insert(u"password"_s, QJsonArray{u"This field is required."_s});
        return HttpResponse::json(problems, 400);
    }
    const auto session = m_state.login(username, password);
    if (!session) {
        // The user name may be logged; the password never is.
        qCInfo(lcSandbox).noquote() << "democrance: login refused for" << username;
        return detail(401, u"Invalid username or password."_s);
    }
    const DemDealer* dealer = m_state.dealer(username);
    HttpResponse r = HttpResponse::json(QJsonObject{
        {u"token"_s, session->key},
        {u"username"_s, session->username},
        {u"broker"_s, dealer ? dealer->brokerId : QString()},
        {u"expires"_s, isoTime(session->expiresAt)},
    });
    r.withHeader("Set-Cookie", "sessionid=" + session->key.toLatin1() +
                                   "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
                                   QByteArray::number(m_state.sessionLifetimeSeconds()));
    return r;
}

HttpResponse DemocranceApi::policyAll(const HttpRequest& request, Call& call)
{
    // status: one status, a comma-separated list, or the parameter repeated.
    QStringList wanted;
    for (const auto& item : request.query().queryItems(QUrl::FullyDecoded)) {
        if (item.first != u"status"_s)
            continue;
        for (const QString& s : item.second.split(u',', Qt::SkipEmptyParts))
            wanted << s.trimmed();
    }
    for (const QString& s : std::as_const(wanted)) {
        if (!DemocranceState::statuses().contains(s))
            return fieldError(400, u"status"_s,
                              u"Select a valid choice. %1 is not one of the available choices."_s.arg(s));
    }
    int perPage = kDefaultPerPage;
    if (const QString v = call.value(u"per_page"_s); !v.isEmpty()) {
        bool ok = false;
        perPage = v.toInt(&ok);
        if (!ok || perPage < 1)
            return fieldError(400, u"per_page"_s,
                              u"A valid integer from 1 to %1 is required."_s.arg(kMaxPerPage));
        if (perPage > kMaxPerPage)
            return fieldError(400, u"per_page"_s,
                              u"Ensure this value is less than or equal to %1."_s.arg(kMaxPerPage));
    }
    int page = 1;
    if (const QString v = call.value(u"page"_s); !v.isEmpty()) {
        bool ok = false;
        page = v.toInt(&ok);
        if (!ok || page < 1)
            return detail(404, u"Invalid page."_s);
    }
    const QList<DemPolicy> all = m_state.policies(call.dealer->username, wanted);
    const int count = int(all.size());
    const int pages = std::max(1, (count + perPage - 1) / perPage);
    if (page > pages)
        return detail(404, u"Invalid page."_s);

    QJsonArray results;
    const int from = (page - 1) * perPage;
    for (int i = from; i < std::min(count, from + perPage); ++i) {
        const DemPolicy& p = all.at(i);
        results.append(policyJson(p, p.lastPayment.isEmpty() ? nullptr : m_state.payment(p.lastPayment)));
    }
    auto pageUrl = [&](int n) -> QJsonValue {
        if (n < 1 || n > pages)
            return QJsonValue(QJsonValue::Null);
        QUrl url(m_sandbox.baseUrl());
        url.setPath(request.path());
        QUrlQuery q(request.query());
        q.removeAllQueryItems(u"page"_s);
        q.addQueryItem(u"page"_s, QString::number(n));
        url.setQuery(q);
        return url.toString();
    };
    return HttpResponse::json(QJsonObject{
        {u"count"_s, count},
        {u"page"_s, page},
        {u"per_page"_s, perPage},
        {u"num_pages"_s, pages},
        {u"next"_s, pageUrl(page + 1)},
        {u"previous"_s, pageUrl(page - 1)},
        {u"results"_s, results},
    });
}

} // namespace paydesk::sandbox
