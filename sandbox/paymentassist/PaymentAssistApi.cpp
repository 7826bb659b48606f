#include "PaymentAssistApi.h"

#include "PaymentAssistState.h"
#include "QrPng.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

/// The documented maximum for string parameters ("unless otherwise stated").
constexpr int kMaxString = 255;
/// Longest expiry /begin and /update accept: 30 days.
constexpr qint64 kMaxExpirySeconds = 30LL * 24 * 3600;
const QStringList kFileTypes = {u"pdf"_s, u"html"_s, u"txt"_s, u"doc"_s, u"xls"_s};

/// Collects the problems of one call's parameters; the first one becomes `msg`, all of them
/// `data` ({field: message}).
class Checks
{
public:
    explicit Checks(const QHash<QString, QString>& values)
        : m_values(values)
    {
    }

    QString required(const QString& key)
    {
        const QString v = m_values.value(key);
        if (v.trimmed().isEmpty()) {
            problem(key, u"The %1 field is required."_s.arg(key));
            return QString();
        }
        return text(key);
    }
    QString text(const QString& key)
    {
        const QString v = m_values.value(key);
        if (v.size() > kMaxString)
            problem(key, u"The %1 field may not be greater than %2 characters."_s.arg(key).arg(kMaxString));
        return v;
    }
    std::optional<qint64> integer(const QString& key, bool required, qint64 min, qint64 max)
    {
        const QString v = m_values.value(key);
        if (v.isEmpty()) {
            if (required)
                problem(key, u"The %1 field is required."_s.arg(key));
            return std::nullopt;
        }
        static const QRegularExpression digits(u"^[0-9]{1,15}$"_s);
        if (!digits.match(v).hasMatch()) {
            problem(key, u"The %1 field must be an integer."_s.arg(key));
            return std::nullopt;
        }
        const qint64 n = v.toLongLong();
        if (n < min || n > max) {
            problem(key, u"The %1 field must be between %2 and %3."_s.arg(key).arg(min).arg(max));
            return std::nullopt;
        }
        return n;
    }
    bool boolean(const QString& key, bool fallback)
    {
        const QString v = m_values.value(key).toLower();
        if (v.isEmpty())
            return fallback;
        if (v == u"true"_s || v == u"1"_s)
            return true;
        if (v == u"false"_s || v == u"0"_s)
            return false;
        problem(key, u"The %1 field must be true or false."_s.arg(key));
        return fallback;
    }
    QString url(const QString& key)
    {
        const QString v = text(key);
        if (v.isEmpty())
            return v;
        const QUrl u(v, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http"_s && u.scheme() != u"https"_s) || u.host().isEmpty())
            problem(key, u"The %1 field must be a valid URL."_s.arg(key));
        return v;
    }
    QString email(const QString& key, bool required)
    {
        const QString v = required ? this->required(key) : text(key);
        static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (!v.isEmpty() && !shape.match(v).hasMatch())
            problem(key, u"The %1 field must be a valid email address."_s.arg(key));
        return v;
    }
    void problem(const QString& key, const QString& message)
    {
        if (!m_problems.contains(key))
            m_problems.insert(key, message);
        if (m_first.isEmpty())
            m_first = message;
    }
    bool failed() const { return !m_problems.isEmpty(); }
    HttpResponse answer() const { return PaymentAssistApi::error(400, m_first, m_problems); }

private:
    const QHash<QString, QString>& m_values;
    QJsonObject m_problems;
    QString m_first;
};

QString isoTime(const QDateTime& t)
{
    // RFC 3339 with a numeric offset, as Payment Assist writes it (their Go client parses it
    // into time.Time).
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'+00:00'"_s) : QString();
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue(QJsonValue::Null);
}

/// The signing string the PHP client builds: every parameter as sent, empty ones included.
QByteArray signingStringWithEmpties(const PaymentAssistApi::Params& params)
{
    auto kept = params;
    kept.removeIf([](const auto& p) {
        const QString k = p.first.toLower();
        return k == u"api_key"_s || k == u"signature"_s;
    });
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QByteArray out;
    for (const auto& p : std::as_const(kept))
        out += p.first.toUpper().toUtf8() + '=' + p.second.toUtf8() + '&';
    return out;
}

} // namespace

PaymentAssistApi::PaymentAssistApi(Sandbox& sandbox, PaymentAssistState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
{
    addEndpoint(u"/account"_s, false, u"paymentassist.account"_s, &PaymentAssistApi::account);
    addEndpoint(u"/status"_s, false, u"paymentassist.status"_s, &PaymentAssistApi::status);
    addEndpoint(u"/preapproval"_s, true, u"paymentassist.preapproval"_s, &PaymentAssistApi::preapproval);
    addEndpoint(u"/begin"_s, true, u"paymentassist.begin"_s, &PaymentAssistApi::begin);
    addEndpoint(u"/update"_s, true, u"paymentassist.update"_s, &PaymentAssistApi::update);
    addEndpoint(u"/invoice"_s, true, u"paymentassist.invoice"_s, &PaymentAssistApi::invoice);
    addEndpoint(u"/plan"_s, true, u"paymentassist.plan"_s, &PaymentAssistApi::plan);
    addEndpoint(u"/capture"_s, true, u"paymentassist.capture"_s, &PaymentAssistApi::capture);

    // Anything else under the base path answers in the API's own envelope.
    const RouteOptions unknown{u"paymentassist.unknown"_s, RouteAuth::None, false, false};
    for (Method m : {Method::Get, Method::Post}) {
        for (const QString& pattern : {u"/paymentassist"_s, u"/paymentassist/{path}"_s}) {
            sandbox.http().addRoute(m, pattern, unknown, [](HttpRequest&) {
                return PaymentAssistApi::error(404, u"Resource not found"_s);
            });
        }
    }
}

void PaymentAssistApi::addEndpoint(const QString& path, bool post, const QString& routeName,
                                   HttpResponse (PaymentAssistApi::*handler)(Call&))
{
    HttpServer& http = m_sandbox.http();
    const QString pattern = basePath() + path;
    http.addRoute(post ? Method::Post : Method::Get, pattern,
                  RouteOptions{routeName, RouteAuth::None, false, true},
                  [this, post, handler](HttpRequest& r) {
                      auto call = authenticate(r, post);
                      if (!call)
                          return call.error();
                      m_state.expireDue();
                      return (this->*handler)(call.value());
                  });
    http.addRoute(
        post ? Method::Get : Method::Post, pattern,
        RouteOptions{routeName + u".method"_s, RouteAuth::None, false, false}, [post](HttpRequest&) {
            return error(405, post ? u"Method not allowed: use POST"_s : u"Method not allowed: use GET"_s)
                .withHeader("Allow", post ? "POST" : "GET");
        });
}

PaymentAssistApi::Params PaymentAssistApi::parseForm(const QByteArray& encoded)
{
    Params out;
    for (const QByteArray& part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QString PaymentAssistApi::jsonParamText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

HttpResponse PaymentAssistApi::ok(const QJsonValue& data)
{
    return HttpResponse::json(
        QJsonObject{{u"status"_s, u"ok"_s}, {u"msg"_s, QJsonValue::Null}, {u"data"_s, data}});
}

HttpResponse PaymentAssistApi::error(int status, const QString& message, const QJsonValue& data)
{
    return HttpResponse::json(
        QJsonObject{{u"status"_s, u"error"_s},
                    {u"msg"_s, message},
                    {u"data"_s, data.isUndefined() ? QJsonValue(QJsonValue::Null) : data}},
        status);
}

Result<PaymentAssistApi::Call, HttpResponse> PaymentAssistApi::authenticate(const HttpRequest& request,
                                                                            bool post)
{
    Call call;
    // Query parameters always count (GET sends only these); a POST adds its form or JSON body.
    call.params = parseForm(request.raw().url().query(QUrl::FullyEncoded).toUtf8());
    Params phpParams = call.params; // the PHP client's view of JSON booleans ("1" / "")
    if (post) {
        const QByteArray type = request.header("Content-Type").toLower();
        const QByteArray body = request.body();
        if (type.startsWith("application/json")) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (!doc.isObject())
                return fail(error(400, u"Malformed JSON body"_s));
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                call.params.append({it.key(), jsonParamText(it.value())});
                phpParams.append({it.key(), it.value().isBool() ? (it.value().toBool() ? u"1"_s : QString())
                                                                : jsonParamText(it.value())});
            }
        } else if (!body.isEmpty()) {
            const Params form = parseForm(body);
            call.params += form;
            phpParams += form;
        }
    }
    for (const auto& p : std::as_const(call.params))
        call.values.insert(p.first, p.second);

    const QString key = call.value(u"api_key"_s);
    const QString signature = call.value(u"signature"_s);
    if (key.isEmpty())
        return fail(error(401, u"Authentication failure: api_key is missing"_s));
    if (signature.isEmpty())
        return fail(error(401, u"Authentication failure: signature is missing"_s));
    call.account = m_state.account(key);
    if (!call.account)
        return fail(error(401, u"Authentication failure: invalid api_key"_s));
    if (!call.account->secret.startsWith(u"demo_"_s))
        return fail(error(403,
                          u"Forbidden: these are not demo credentials (the secret must start with demo_ on "
                          u"the demo environment)"_s));
    const QByteArray secret = call.account->secret.toUtf8();
    const bool valid =
        PaymentAssistSignature::matches(call.params, secret, signature) ||
        PaymentAssistSignature::sameSignature(
            QString::fromLatin1(QMessageAuthenticationCode::hash(signingStringWithEmpties(phpParams), secret,
                                                                 QCryptographicHash::Sha256)
                                    .toHex()),
            signature);
    if (!valid) {
        qCDebug(lcSandbox).noquote() << "paymentassist: bad signature on" << request.path();
        return fail(error(401, u"Authentication failure: invalid signature"_s));
    }
    return call;
}

HttpResponse PaymentAssistApi::account(Call& call)
{
    QJsonArray plans;
    for (const PaPlan& p : m_state.plansOf(*call.account))
        plans.append(p.toJson());
    return ok(QJsonObject{{u"legal_name"_s, call.account->legalName},
                          {u"display_name"_s, call.account->displayName},
                          {u"plans"_s, plans}});
}

HttpResponse PaymentAssistApi::preapproval(Call& call)
{
    Checks c(call.values);
    const QString first = c.required(u"f_name"_s);
    const QString last = c.required(u"s_name"_s);
    c.required(u"addr1"_s);
    const QString postcode = c.required(u"postcode"_s);
    if (c.failed())
        return c.answer();
    // Scripted outcome: a postcode in the unused "ZZ" area, or a name containing "decline",
    // fails the checks; everyone else passes.
    const bool declined = postcode.trimmed().toUpper().startsWith(u"ZZ"_s) ||
                          first.contains(u"decline"_s, Qt::CaseInsensitive) ||
                          last.contains(u"decline"_s, Qt::CaseInsensitive);
    return ok(QJsonObject{{u"approved"_s, !declined}});
}

HttpResponse PaymentAssistApi::begin(Call& call)
{
    Checks c(call.values);
    PaApplication app;
    app.apiKey = call.account->apiKey;
    app.orderId = c.required(u"order_id"_s);
    const auto amount = c.integer(u"amount"_s, true, 1, 99'999'999);
    app.fName = c.required(u"f_name"_s);
    app.sName = c.required(u"s_name"_s);
    app.addr1 = c.required(u"addr1"_s);
    app.postcode = c.required(u"postcode"_s);
    app.addr2 = c.text(u"addr2"_s);
    app.addr3 = c.text(u"addr3"_s);
    app.town = c.text(u"town"_s);
    app.county = c.text(u"county"_s);
    app.telephone = c.text(u"telephone"_s);
    app.regNo = c.text(u"reg_no"_s);
    app.description = c.text(u"description"_s);
    app.dob = c.text(u"dob"_s);
    app.successUrl = c.url(u"success_url"_s);
    app.failureUrl = c.url(u"failure_url"_s);
    app.webhookUrl = c.url(u"webhook_url"_s);
    app.sendEmail = c.boolean(u"send_email"_s, false);
    app.sendSms = c.boolean(u"send_sms"_s, false);
    app.multiPlan = c.boolean(u"multi_plan"_s, false);
    app.autoCapture = c.boolean(u"auto_capture"_s, true);
    const bool qrCode = c.boolean(u"qr_code"_s, false);
    // The documentation lists email as required; the official Go client sends it only when
    // given and insists on it only with send_email — the emulation follows the client.
    app.email = c.email(u"email"_s, app.sendEmail);
    if (app.sendSms && app.telephone.trimmed().isEmpty())
        c.problem(u"telephone"_s, u"The telephone field is required when send_sms is true."_s);
    const auto expiry = c.integer(u"expiry"_s, false, 1, kMaxExpirySeconds);
    const auto planId = c.integer(u"plan_id"_s, false, 1, 1'000'000);
    if (!app.dob.isEmpty() && !QDate::fromString(app.dob, u"yyyy-MM-dd"_s).isValid())
        c.problem(u"dob"_s, u"The dob field must be a date (YYYY-MM-DD)."_s);
    if (c.failed())
        return c.answer();

    app.amount = *amount;
    app.planId = planId ? int(*planId) : call.account->defaultPlanId;
    if (!call.account->planIds.contains(app.planId))
        return error(400, u"Invalid plan_id: this account has no such plan"_s,
                     QJsonObject{{u"plan_id"_s, u"The selected plan_id is invalid."_s}});
    if (app.multiPlan) {
        // The customer picks on the page among the account's plans that allow the amount.
        bool any = false;
        for (const PaPlan& p : m_state.plansOf(*call.account))
            any = any || p.allows(app.amount);
        if (!any)
            return error(400, u"The amount is outside the limits of every plan"_s,
                         QJsonObject{{u"amount"_s, u"No plan of this account allows this amount."_s}});
    }
    const auto chosen = m_state.plan(app.planId);
    if (chosen && !app.multiPlan && !chosen->allows(app.amount))
        return error(
            400, u"The amount is outside the limits of the plan"_s,
            QJsonObject{{u"amount"_s, u"The amount is outside the limits of plan %1."_s.arg(app.planId)}});
    if (m_state.orderIdUsed(app.apiKey, app.orderId))
        return error(400, u"The order_id has already been used"_s,
                     QJsonObject{{u"order_id"_s, u"The order id has already been taken."_s}});
    app.requiresInvoice = call.account->requiresInvoice;

    const QString token = m_state.create(std::move(app), expiry.value_or(86400));
    const QString url = m_sandbox.baseUrl().toString() + basePath() + u"/apply/"_s + token;
    qCInfo(lcSandbox).noquote() << "paymentassist: application" << token.left(8) << "begun";
    QJsonObject data{{u"token"_s, token}, {u"url"_s, url}};
    // For a customer at the counter: the continuation URL as a QR code, a base64 PNG.
    if (qrCode)
        data.insert(u"qr_code"_s, QString::fromLatin1(qrPng(url).toBase64()));
    return ok(data);
}

HttpResponse PaymentAssistApi::status(Call& call)
{
    Checks c(call.values);
    const QString token = c.required(u"token"_s);
    if (c.failed())
        return c.answer();
    const PaApplication* app = m_state.applicationOf(call.account->apiKey, token);
    if (!app)
        return error(404, u"Application not found"_s);
    return ok(QJsonObject{
        {u"token"_s, app->token},
        {u"status"_s, PaApplication::statusName(app->status)},
        {u"pa_ref"_s, app->paRef.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(app->paRef)},
        {u"requires_invoice"_s, app->requiresInvoice},
        {u"has_invoice"_s, app->hasInvoice},
        {u"amount"_s, double(app->amount)},
        {u"expires_at"_s, timeOrNull(app->expiresAt)},
        {u"last_accessed_at"_s, timeOrNull(app->lastAccessedAt)},
    });
}

HttpResponse PaymentAssistApi::update(Call& call)
{
    Checks c(call.values);
    const QString token = c.required(u"token"_s);
    const QString orderId = c.text(u"order_id"_s);
    const auto expiry = c.integer(u"expiry"_s, false, 0, kMaxExpirySeconds);
    const auto amount = c.integer(u"amount"_s, false, 1, 99'999'999);
    if (c.failed())
        return c.answer();
    if (orderId.isEmpty() && !expiry && !amount)
        return error(400, u"Nothing to update: send order_id, expiry or amount"_s);
    const PaApplication* app = m_state.applicationOf(call.account->apiKey, token);
    if (!app)
        return error(404, u"Application not found"_s);

    // All or nothing: check every change before making any.
    const bool open = app->isOpen() || app->status == PaApplication::Status::PendingCapture;
    const QString status = PaApplication::statusName(app->status);
    if (!orderId.isEmpty() && app->status != PaApplication::Status::Completed)
        return error(
            400, u"order_id can only be changed once the application is completed (status: %1)"_s.arg(status),
            QJsonObject{{u"order_id"_s, u"Application must be in completed status."_s}});
    if (!orderId.isEmpty() && orderId != app->orderId && m_state.orderIdUsed(app->apiKey, orderId))
        return error(400, u"The order_id has already been used"_s,
                     QJsonObject{{u"order_id"_s, u"The order id has already been taken."_s}});
    if (expiry && !open)
        return error(
            400,
            u"expiry can only be changed while the application is pending or in progress (status: %1)"_s.arg(
                status),
            QJsonObject{{u"expiry"_s, u"Application must be in pending or in progress status."_s}});
    if (amount && !open)
        return error(
            400, u"amount can only be changed before the application is completed (status: %1)"_s.arg(status),
            QJsonObject{{u"amount"_s, u"Application must be in pending or in progress status."_s}});
    if (amount && *amount >= app->amount)
        return error(400, u"The amount can only be lowered (current amount: %1)"_s.arg(app->amount),
                     QJsonObject{{u"amount"_s, u"The new amount must be less than the current amount."_s}});

    QJsonObject data{{u"token"_s, token}};
    // The values come back as sent, as strings (their Go client reads them that way).
    if (amount) {
        (void)m_state.lowerAmount(token, *amount);
        data.insert(u"amount"_s, call.value(u"amount"_s));
    }
    if (!orderId.isEmpty()) {
        (void)m_state.setOrderId(token, orderId);
        data.insert(u"order_id"_s, orderId);
    }
    if (expiry) {
        (void)m_state.setExpiry(token, *expiry);
        data.insert(u"expiry"_s, call.value(u"expiry"_s));
    }
    return ok(data);
}

HttpResponse PaymentAssistApi::invoice(Call& call)
{
    Checks c(call.values);
    const QString token = c.required(u"token"_s);
    const QString fileType = c.required(u"filetype"_s).toLower();
    if (!call.has(u"filedata"_s))
        c.problem(u"filedata"_s, u"The filedata field is required."_s);
    if (!fileType.isEmpty() && !kFileTypes.contains(fileType))
        c.problem(u"filetype"_s, u"The filetype must be one of: %1."_s.arg(kFileTypes.join(u", "_s)));
    if (c.failed())
        return c.answer();
    const PaApplication* app = m_state.applicationOf(call.account->apiKey, token);
    // Documented: applications that are not yet completed answer 404.
    if (!app || app->status != PaApplication::Status::Completed)
        return error(404, u"Application not found or not completed"_s);
    const auto decoded = QByteArray::fromBase64Encoding(call.value(u"filedata"_s).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const bool good = decoded && !decoded.decoded.isEmpty() && call.value(u"filedata"_s).size() > 0;
    if (good)
        m_state.attachInvoice(token, fileType, decoded.decoded.size());
    return ok(QJsonObject{{u"token"_s, token}, {u"upload_status"_s, good ? u"success"_s : u"failed"_s}});
}

QJsonObject PaymentAssistApi::planQuote(const PaPlan& plan, qint64 amount, const QDate& today)
{
    // Flat interest over the term in whole pence: amount × APR × months / 12, rounded.
    const int n = std::max(1, plan.instalments);
    const int monthsPerInstalment = 1;
    const qint64 months = qint64(n) * monthsPerInstalment;
    const qint64 interest = (amount * plan.aprBasisPoints * months + 60000) / 120000;
    const qint64 repayable = amount + interest;
    const qint64 each = repayable / n;
    const qint64 rest = repayable - each * n; // the first instalment carries the odd pence
    QJsonArray schedule;
    for (int i = 0; i < n; ++i) {
        const int step = plan.deposit ? i : i + 1;
        QDate date = today;
        if (plan.frequency == u"weekly"_s)
            date = today.addDays(7LL * step);
        else if (plan.frequency == u"fortnightly"_s)
            date = today.addDays(14LL * step);
        else
            date = today.addMonths(step);
        schedule.append(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)},
                                    {u"amount"_s, double(i == 0 ? each + rest : each)}});
    }
    return QJsonObject{{u"plan"_s, plan.name},
                       {u"amount"_s, double(amount)},
                       {u"interest"_s, double(interest)},
                       {u"repayable"_s, double(repayable)},
                       {u"schedule"_s, schedule}};
}

HttpResponse PaymentAssistApi::plan(Call& call)
{
    Checks c(call.values);
    const auto amount = c.integer(u"amount"_s, true, 1, 99'999'999);
    const auto planId = c.integer(u"plan_id"_s, false, 1, 1'000'000);
    const auto length = c.integer(u"plan_length"_s, false, 1, 120);
    if (c.failed())
        return c.answer();
    const int id = planId ? int(*planId) : call.account->defaultPlanId;
    const auto chosen = m_state.plan(id);
    if (!chosen || !call.account->planIds.contains(id))
        return error(400, u"Invalid plan_id: this account has no such plan"_s,
                     QJsonObject{{u"plan_id"_s, u"The selected plan_id is invalid."_s}});
    if (length && *length != chosen->instalments)
        return error(
            400, u"plan_length %1 is not available on plan %2"_s.arg(*length).arg(id),
            QJsonObject{{u"plan_length"_s, u"The plan_length must be %1."_s.arg(chosen->instalments)}});
    if (!chosen->allows(*amount))
        return error(400, u"The amount is outside the limits of the plan"_s,
                     QJsonObject{{u"amount"_s, u"The amount is outside the limits of plan %1."_s.arg(id)}});
    return ok(planQuote(*chosen, *amount, m_state.clock().now().toUTC().date()));
}

HttpResponse PaymentAssistApi::capture(Call& call)
{
    Checks c(call.values);
    const QString token = c.required(u"token"_s);
    if (c.failed())
        return c.answer();
    const PaApplication* app = m_state.applicationOf(call.account->apiKey, token);
    if (!app)
        return error(404, u"Application not found"_s);
    const int planId = app->planId;
    if (auto captured = m_state.capture(token); !captured)
        return error(400, captured.error(), QJsonObject{{u"token"_s, token}});
    const auto chosen = m_state.plan(planId);
    return ok(
        QJsonObject{{u"token"_s, token},
                    {u"status"_s, u"completed"_s},
                    {u"deposit_captured"_s, chosen && chosen->deposit ? QJsonValue(true) : QJsonValue()}});
}

} // namespace paydesk::sandbox
