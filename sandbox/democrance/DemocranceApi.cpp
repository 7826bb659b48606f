#include "DemocranceApi.h"

#include "DemocrancePdf.h"
#include "DemocranceState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "http/PageSecurity.h"
#include "money/Money.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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

QString amountText(qint64 minor, const QString& currency)
{
    const auto m = Money::fromMinor(minor, currency);
    return m ? m->format(QLocale(QLocale::English, QLocale::UnitedKingdom)) : QString::number(minor);
}

bool absoluteHttpUrl(const QString& text)
{
    const QUrl u(text, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http"_s || u.scheme() == u"https"_s) && !u.host().isEmpty();
}

/// The tax invoice of an invoiced payment, or the tax invoice / receipt of a paid one.
QByteArray taxInvoicePdf(const DemPayment& pay, const DemPolicy& policy, const DemDealer& dealer)
{
    using Line = DemocrancePdf::Line;
    const bool paid = pay.status == DemPayment::Status::Paid;
    const QString title = paid ? u"Tax Invoice / Receipt"_s : u"Tax Invoice"_s;
    // UAE VAT at 5 %, included in the premium: VAT = round(total × 5 / 105), integer fils.
    const qint64 vat = (pay.amount * 5 + 52) / 105;
    QList<Line> lines;
    lines << Line{title, 20, true, 0, {}};
    lines << Line{dealer.name + u" (broker "_s + dealer.brokerId + u")"_s, 11, false, 6, {}};
    lines << Line{u"Issued through Democrance - TRN 100234567800003"_s, 9, false, 0, {}};
    lines << Line{u"Document number"_s, 10, false, 16, pay.reference};
    lines << Line{u"Date"_s, 10, false, 0,
                  (paid ? pay.finishedAt : pay.created).toUTC().toString(u"yyyy-MM-dd"_s)};
    lines << Line{u"Policy number"_s, 10, false, 0, policy.policyNumber};
    lines << Line{u"Insured"_s, 10, false, 0, policy.firstName + u' ' + policy.lastName};
    lines << Line{u"Vehicle"_s, 10, false, 0,
                  policy.make + u' ' + policy.model + u", "_s + policy.registration};
    lines << Line{u"Cover"_s, 10, false, 0,
                  policy.startDate.toString(Qt::ISODate) + u" to "_s + policy.endDate.toString(Qt::ISODate)};
    lines << Line{policy.productName, 11, true, 16, {}};
    lines << Line{u"Premium excluding VAT"_s, 10, false, 4, amountText(pay.amount - vat, pay.currency)};
    lines << Line{u"VAT 5%"_s, 10, false, 0, amountText(vat, pay.currency)};
    lines << Line{u"Total"_s, 11, true, 2, amountText(pay.amount, pay.currency)};
    if (paid) {
        QString how = u"Paid on "_s + pay.finishedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        if (pay.gateway == u"invoice"_s)
            how += u", invoice settled by the dealer"_s;
        else if (!pay.cardLast4.isEmpty())
            how += u" by "_s + pay.cardBrand + u" card ending "_s + pay.cardLast4 + u" ("_s + pay.gateway +
                   u")"_s;
        lines << Line{how, 10, false, 16, {}};
        lines << Line{u"Received with thanks."_s, 10, false, 0, {}};
    } else {
        lines << Line{u"Payment to be invoiced: due to Democrance within 30 days of this invoice."_s,
                      10,
                      false,
                      16,
                      {}};
    }
    return DemocrancePdf::document(title + u' ' + pay.reference, lines);
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
    addEndpoint(u"/api/v3/policy/{policyNumber}"_s, {Method::Get}, u"democrance.policy.one"_s,
                &DemocranceApi::policyOne);
    addEndpoint(u"/api/v3/payment/gateways"_s, {Method::Get, Method::Post}, u"democrance.payment.gateways"_s,
                &DemocranceApi::gateways);
    addEndpoint(u"/api/v3/payment/token"_s, {Method::Get}, u"democrance.payment.token"_s,
                &DemocranceApi::token);
    addEndpoint(u"/api/v3/payment/initiate"_s, {Method::Post}, u"democrance.payment.initiate"_s,
                &DemocranceApi::initiate);
    addEndpoint(u"/api/v3/payment/validate-session"_s, {Method::Post},
                u"democrance.payment.validate-session"_s, &DemocranceApi::validateSession);
    addEndpoint(u"/api/v3/payment/status"_s, {Method::Get}, u"democrance.payment.status"_s,
                &DemocranceApi::status);
    addEndpoint(u"/api/v3/payment/complete"_s, {Method::Get, Method::Post}, u"democrance.payment.complete"_s,
                &DemocranceApi::complete);
    addEndpoint(u"/api/v3/payment/{reference}/tax-invoice"_s, {Method::Get},
                u"democrance.payment.tax-invoice"_s, &DemocranceApi::taxInvoice);
    for (Method m : {Method::Get, Method::Post}) {
        http.addRoute(m, processPath(),
                      RouteOptions{u"democrance.payment.process"_s, RouteAuth::None, false, true},
                      [this](HttpRequest& r) { return process(r); });
        http.addRoute(m, basePath() + u"/payment/completed"_s,
                      RouteOptions{u"democrance.payment.completed"_s, RouteAuth::None, false, true},
                      [this](HttpRequest& r) { return completedPage(r); });
    }

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

HttpResponse DemocranceApi::policyOne(const HttpRequest& request, Call& call)
{
    const DemPolicy* p = m_state.policyOf(call.dealer->username, request.param(u"policyNumber"_s));
    if (!p)
        return detail(404, u"Policy not found"_s);
    return HttpResponse::json(
        policyJson(*p, p->lastPayment.isEmpty() ? nullptr : m_state.payment(p->lastPayment)));
}

QString DemocranceApi::gatewayUrl(const QString& token) const
{
    return m_sandbox.baseUrl().toString() + basePath() + u"/gateway/"_s + token;
}

Result<const DemPayment*, HttpResponse> DemocranceApi::paymentOf(const Call& call, const QString& token)
{
    const DemPayment* p = token.isEmpty() ? nullptr : m_state.payment(token);
    if (!p || p->dealer != call.dealer->username)
        return fail(detail(404, u"Payment not found"_s));
    return p;
}

QJsonObject DemocranceApi::paymentJson(const DemPayment& p) const
{
    const DemPolicy* policy = m_state.policyOf(p.dealer, p.policyNumber);
    return QJsonObject{
        {u"token"_s, p.token},
        {u"reference"_s, p.reference},
        {u"policy_number"_s, p.policyNumber},
        {u"policy_status"_s, policy ? policy->status : QString()},
        {u"gateway"_s, p.gateway},
        {u"action"_s, p.action},
        {u"status"_s, DemPayment::statusName(p.status)},
        {u"amount"_s, decimal(p.amount)},
        {u"currency"_s, p.currency},
        {u"created"_s, timeOrNull(p.created)},
        {u"expires"_s, timeOrNull(p.expiresAt)},
        {u"completed"_s, timeOrNull(p.finishedAt)},
    };
}

HttpResponse DemocranceApi::gateways(const HttpRequest&, Call& call)
{
    const QString number = call.value(u"policy_number"_s);
    const DemPolicy* policy = nullptr;
    if (!number.isEmpty()) {
        policy = m_state.policyOf(call.dealer->username, number);
        if (!policy)
            return detail(404, u"Policy not found"_s);
    }
    QJsonArray out;
    for (const DemGateway& g : m_state.gatewaysFor(*call.dealer, policy))
        out.append(g.toJson());
    return HttpResponse::json(out);
}

HttpResponse DemocranceApi::token(const HttpRequest&, Call& call)
{
    // Errors keep the documented shape: "status" carries the message, the rest is null.
    auto refuse = [](int code, const QString& message) {
        return HttpResponse::json(QJsonObject{{u"url"_s, QJsonValue::Null},
                                              {u"token"_s, QJsonValue::Null},
                                              {u"form"_s, QJsonValue::Null},
                                              {u"status"_s, message}},
                                  code);
    };
    const QString url = call.value(u"url"_s);
    const QString number = call.value(u"policy_number"_s);
    if (number.isEmpty())
        return refuse(400, u"policy_number is required"_s);
    if (url.isEmpty() || !absoluteHttpUrl(url))
        return refuse(400, u"url must be an absolute http(s) URL"_s);
    if (!m_state.policyOf(call.dealer->username, number))
        return refuse(404, u"Policy not found"_s);
    const QString gateway = call.dealer->cardGateways.value(0);
    auto started = m_state.initiate(call.dealer->username, number, gateway, url);
    if (!started)
        return refuse(400, started.error());
    const DemPayment& p = started->payment;
    if (p.status != DemPayment::Status::Pending)
        return HttpResponse::json(QJsonObject{{u"url"_s, QJsonValue::Null},
                                              {u"token"_s, p.token},
                                              {u"form"_s, QJsonValue::Null},
                                              {u"status"_s, p.action}});
    const QString page = gatewayUrl(p.token);
    const QString form =
        u"<form method=\"POST\" action=\"%1\"><input type=\"hidden\" name=\"token\" "
        "value=\"%2\"></form><script>document.forms[document.forms.length-1].submit();</script>"_s.arg(
            page.toHtmlEscaped(), p.token.toHtmlEscaped());
    return HttpResponse::json(
        QJsonObject{{u"url"_s, page}, {u"token"_s, p.token}, {u"form"_s, form}, {u"status"_s, u"OK"_s}});
}

namespace {

HttpResponse required(const QHash<QString, QString>& values, const QStringList& keys)
{
    QJsonObject problems;
    for (const QString& k : keys) {
        if (values.value(k).isEmpty())
            problems.insert(k, QJsonArray{u"This field is required."_s});
    }
    return HttpResponse::json(problems, problems.isEmpty() ? 200 : 400);
}

} // namespace

HttpResponse DemocranceApi::initiate(const HttpRequest&, Call& call)
{
    if (HttpResponse missing = required(call.values, {u"policy_number"_s, u"gateway"_s});
        missing.status != 200)
        return missing;
    const QString number = call.value(u"policy_number"_s);
    if (!m_state.policyOf(call.dealer->username, number))
        return detail(404, u"Policy not found"_s);
    auto started = m_state.initiate(call.dealer->username, number, call.value(u"gateway"_s), {});
    if (!started) {
        if (started.error() == u"Invalid payment gateway"_s)
            return fieldError(400, u"gateway"_s, started.error());
        return detail(400, started.error());
    }
    const DemPayment& p = started->payment;
    const bool redirect = p.status == DemPayment::Status::Pending;
    return HttpResponse::json(QJsonObject{
        {u"action"_s, p.action},
        {u"url"_s, redirect ? QJsonValue(gatewayUrl(p.token)) : QJsonValue(QJsonValue::Null)},
        {u"token"_s, p.token},
    });
}

HttpResponse DemocranceApi::validateSession(const HttpRequest& request, Call& call)
{
    // The token travels in the URL (documented); the body has policy_number and gateway.
    const QString token = request.queryItem(u"token"_s);
    if (token.isEmpty())
        return fieldError(400, u"token"_s, u"This field is required."_s);
    if (HttpResponse missing = required(call.values, {u"policy_number"_s, u"gateway"_s});
        missing.status != 200)
        return missing;
    const QString number = call.value(u"policy_number"_s);
    if (!m_state.policyOf(call.dealer->username, number))
        return detail(404, u"Policy not found"_s);
    auto session = m_state.validateSession(token, number, call.value(u"gateway"_s));
    if (!session)
        return detail(400, session.error());
    return HttpResponse::json(session.value());
}

HttpResponse DemocranceApi::status(const HttpRequest&, Call& call)
{
    QString token = call.value(u"token"_s);
    if (token.isEmpty()) {
        // By policy: its latest payment.
        const QString number = call.value(u"policy_number"_s);
        if (number.isEmpty())
            return fieldError(400, u"token"_s, u"This field is required."_s);
        const DemPolicy* policy = m_state.policyOf(call.dealer->username, number);
        if (!policy)
            return detail(404, u"Policy not found"_s);
        token = policy->lastPayment;
    }
    auto p = paymentOf(call, token);
    if (!p)
        return p.error();
    return HttpResponse::json(paymentJson(*p.value()));
}

HttpResponse DemocranceApi::complete(const HttpRequest&, Call& call)
{
    const QString token = call.value(u"token"_s);
    if (token.isEmpty())
        return fieldError(400, u"token"_s, u"This field is required."_s);
    auto p = paymentOf(call, token);
    if (!p)
        return p.error();
    // Ask the gateway now instead of waiting for the background re-check.
    m_state.checkWithGateway(token, false);
    return HttpResponse::json(paymentJson(*m_state.payment(token)));
}

HttpResponse DemocranceApi::taxInvoice(const HttpRequest& request, Call& call)
{
    const DemPayment* p = m_state.paymentByReference(request.param(u"reference"_s));
    if (!p || p->dealer != call.dealer->username)
        return detail(404, u"Payment not found"_s);
    if (p->status != DemPayment::Status::Paid && p->status != DemPayment::Status::Invoiced)
        return detail(404, u"No tax invoice for this payment"_s);
    const DemPolicy* policy = m_state.policyOf(p->dealer, p->policyNumber);
    if (!policy)
        return detail(404, u"Policy not found"_s);
    HttpResponse r;
    r.contentType = "application/pdf";
    r.body = taxInvoicePdf(*p, *policy, *call.dealer);
    const QByteArray kind = p->status == DemPayment::Status::Paid ? "receipt" : "tax-invoice";
    r.withHeader("Content-Disposition",
                 "attachment; filename=\"" + kind + '-' + p->reference.toLatin1() + ".pdf\"");
    r.withHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse DemocranceApi::process(const HttpRequest& request)
{
    const QHash<QString, QString> values = parameters(request);
    const QString token = values.value(u"token"_s);
    const DemPayment* p = token.isEmpty() ? nullptr : m_state.payment(token);
    if (!p)
        return detail(404, u"Payment not found"_s);
    auto recorded = m_state.process(token);
    if (!recorded)
        return detail(400, recorded.error());
    p = m_state.payment(token);
    // Back to the client's URL (the `url` given to /token/), or the deployment's own page.
    QUrl back = p->returnUrl.isEmpty()
                    ? QUrl(m_sandbox.baseUrl().toString() + basePath() + u"/payment/completed/"_s)
                    : QUrl(p->returnUrl);
    QUrlQuery q(back);
    q.addQueryItem(u"policy_number"_s, p->policyNumber);
    q.addQueryItem(u"token"_s, p->token);
    q.addQueryItem(u"status"_s, DemPayment::statusName(p->status));
    back.setQuery(q);
    HttpResponse r = HttpResponse::text(QString(), 302);
    r.withHeader("Location", back.toString(QUrl::FullyEncoded).toUtf8());
    r.withHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse DemocranceApi::completedPage(const HttpRequest& request)
{
    const QString token = request.queryItem(u"token"_s);
    const DemPayment* p = token.isEmpty() ? nullptr : m_state.payment(token);
    const bool paid = p && p->status == DemPayment::Status::Paid;
    QString heading = u"Payment not found"_s;
    QString text;
    if (p && paid) {
        heading = u"Thank you, your policy is active"_s;
        text = u"Policy %1 is paid. Your certificate follows by email."_s.arg(p->policyNumber);
    } else if (p) {
        heading = u"The payment did not go through"_s;
        text = u"Policy %1 is not paid. Please ask the dealer for a new payment link."_s.arg(p->policyNumber);
    }
    return securedPage(HttpResponse::html(
        u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title></head><body><main>"
        "<h1>%1</h1><p>%2</p></main></body></html>"_s.arg(heading.toHtmlEscaped(), text.toHtmlEscaped()),
        p ? 200 : 404));
}

} // namespace paydesk::sandbox
