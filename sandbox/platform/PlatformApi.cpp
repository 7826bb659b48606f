#include "PlatformApi.h"

#include "PlatformState.h"
#include "TokenService.h"
#include "http/HttpServer.h"
#include "payments/CardNumber.h"
#include "payments/PaymentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Role = Principal::Role;

const QString kPrefix = QStringLiteral("/{enterpriseId}/{storeId}/v1");

HttpResponse forbidden(const QString& what)
{
    return HttpResponse::error(403, QStringLiteral("FORBIDDEN"), QStringLiteral("Forbidden"), what);
}

HttpResponse badParameter(const QString& field, const QString& message)
{
    return HttpResponse::errors(400, {{field, message, QStringLiteral("INVALID_PARAMETER")}});
}

HttpResponse jsonError(const JsonError& error)
{
    return HttpResponse::errors(422, {{error.field, error.message}});
}

QJsonObject withLinks(const Payment& payment, bool history)
{
    return PaymentJson::paymentToJson(payment, history);
}

/// JSON text as QJsonDocument writes it: quote, backslash and control characters escaped, the rest as
/// UTF-8.
void appendString(QByteArray& out, const QString& text)
{
    out += '"';
    qsizetype plainFrom = 0;
    const qsizetype n = text.size();
    const QChar* data = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = data[i].unicode();
        if (u >= 0x80)
            continue;
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        // Escape it; whatever came before it goes out as it is.
        out += QStringView(data + plainFrom, i - plainFrom).toUtf8();
        plainFrom = i + 1;
        out += '\\';
        switch (u) {
        case u'"':
            out += '"';
            break;
        case u'\\':
            out += '\\';
            break;
        case 0x8:
            out += 'b';
            break;
        case 0xc:
            out += 'f';
            break;
        case 0xa:
            out += 'n';
            break;
        case 0xd:
            out += 'r';
            break;
        case 0x9:
            out += 't';
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "u00";
            out += hex[(u >> 4) & 0xf];
            out += hex[u & 0xf];
        }
        }
    }
    out += QStringView(data + plainFrom, n - plainFrom).toUtf8();
    out += '"';
}

/// A value of PaymentJson, written as QJsonDocument writes it (numbers through QJsonValue's own
/// text, so a money amount keeps its exact decimal form).
void appendValue(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Null:
        out += "null";
        break;
    case QJsonValue::Double:
        if (value.isDouble() && value.toInteger(-1) == value.toDouble() && value.toDouble() >= 0 &&
            value.toDouble() < 1e15) {
            // A whole number (a count, a sequence, an amount without a fraction): as the writer
            // prints it, digits only.
            out += QByteArray::number(value.toInteger());
            break;
        }
        out += QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    default: // anything else PaymentJson might add: the document's own writer
        out += QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
        break;
    }
}

void appendMoney(QByteArray& out, const Money& money)
{
    out += "{\"currencyCode\":";
    appendString(out, money.currency());
    out += ",\"value\":";
    appendValue(out, money.toJsonNumber());
    out += '}';
}

/// One feed record: PaymentJson::paymentToJson(p, false), keys in QJsonObject's (sorted) order.
void appendFeedRecord(QByteArray& out, const Payment& p)
{
    const auto key = [&out](const char* name) {
        out += '"';
        out += name;
        out += "\":";
    };
    out += '{';
    key("amount");
    appendMoney(out, p.amount);
    if (p.amountPaid.isValid()) {
        out += ',';
        key("amountPaid");
        appendMoney(out, p.amountPaid);
    }
    if (!p.cardBrand.isEmpty() || !p.cardLast4.isEmpty()) {
        out += ',';
        key("card");
        out += "{\"brand\":";
        appendString(out, p.cardBrand);
        out += ",\"last4\":";
        appendString(out, p.cardLast4);
        out += '}';
    }
    out += ',';
    key("channels");
    out += '[';
    bool first = true;
    for (const QJsonValue& channel : PaymentJson::channelsToJson(p.channels)) {
        if (!std::exchange(first, false))
            out += ',';
        appendString(out, channel.toString());
    }
    out += "],";
    key("createdAt");
    appendString(out, PaymentJson::dateTimeToJson(p.createdAt));
    out += ',';
    key("customer");
    out += "{\"email\":";
    appendString(out, p.customer.email);
    out += ",\"name\":";
    appendString(out, p.customer.name);
    out += ",\"phone\":";
    appendString(out, p.customer.phone);
    out += "},";
    key("description");
    appendString(out, p.description);
    out += ',';
    key("enterpriseId");
    appendString(out, p.enterpriseId);
    out += ',';
    key("expiresAt");
    appendString(out, PaymentJson::dateTimeToJson(p.expiresAt));
    out += ',';
    key("fundsCleared");
    out += p.fundsCleared ? "true" : "false";
    out += ',';
    key("payLink");
    appendString(out, p.payLink);
    out += ',';
    key("paymentId");
    appendString(out, p.paymentId);
    out += ',';
    key("provider");
    appendString(out, p.provider);
    out += ',';
    key("reconciled");
    out += p.reconciled ? "true" : "false";
    out += ',';
    key("reference");
    out += "{\"number\":";
    appendString(out, p.reference.number);
    out += ",\"type\":";
    appendString(out, p.reference.rawType);
    out += "},";
    key("sequence");
    appendValue(out, QJsonValue(p.sequence));
    out += ',';
    key("status");
    appendString(out, p.status.toString());
    out += ',';
    key("statusReason");
    appendString(out, p.statusReason);
    out += ',';
    key("storeId");
    appendString(out, p.storeId);
    out += ',';
    key("transactionReference");
    appendString(out, p.transactionReference);
    out += ',';
    key("updatedAt");
    appendString(out, PaymentJson::dateTimeToJson(p.updatedAt));
    out += ',';
    key("version");
    appendValue(out, QJsonValue(p.version));
    out += '}';
}

} // namespace

QByteArray PlatformApi::feedPageJson(const QList<Payment>& payments, qint64 nextSequence, bool hasMore,
                                     int totalItems, qint64 latestSequence)
{
    QByteArray out;
    out.reserve(64 + payments.size() * 900);
    out += "{\"hasMore\":";
    out += hasMore ? "true" : "false";
    out += ",\"latestSequence\":";
    appendValue(out, QJsonValue(latestSequence));
    out += ",\"nextSequence\":";
    appendValue(out, QJsonValue(nextSequence));
    out += ",\"payments\":[";
    for (qsizetype i = 0; i < payments.size(); ++i) {
        if (i > 0)
            out += ',';
        appendFeedRecord(out, payments.at(i));
    }
    out += "],\"totalItems\":";
    appendValue(out, QJsonValue(totalItems));
    out += '}';
    return out;
}

PlatformApi::PlatformApi(HttpServer& http, PlatformState& state, TokenService& tokens)
    : m_http(http)
    , m_state(state)
    , m_tokens(tokens)
{
    addRoutes();
}

HttpResponse PlatformApi::errorResponse(const PlatformError& error)
{
    switch (error.kind) {
    case PlatformError::Kind::UnknownStore:
        return HttpResponse::error(404, QStringLiteral("STORE_NOT_FOUND"), QStringLiteral("Not found"),
                                   error.message);
    case PlatformError::Kind::NotFound:
        return HttpResponse::error(404, QStringLiteral("PAYMENT_NOT_FOUND"), QStringLiteral("Not found"),
                                   error.message);
    case PlatformError::Kind::IllegalTransition:
        return HttpResponse::error(409, QStringLiteral("ILLEGAL_TRANSITION"), QStringLiteral("Conflict"),
                                   error.message);
    case PlatformError::Kind::Invalid:
        break;
    }
    QList<HttpResponse::FieldProblem> problems;
    for (const FieldError& f : error.fields)
        problems.append({f.field, f.message});
    if (problems.isEmpty())
        problems.append({QString(), error.message});
    return HttpResponse::errors(422, problems);
}

void PlatformApi::addRoutes()
{
    m_http.addRoute(Method::Post, QStringLiteral("/oauth/client_credential/accesstoken"),
                    {QStringLiteral("token"), RouteAuth::None, false, true},
                    [this](HttpRequest& r) { return m_tokens.handleTokenRequest(r); });
    m_http.addRoute(Method::Get, QStringLiteral("/stores"),
                    {QStringLiteral("stores"), RouteAuth::Platform, false, true},
                    [this](HttpRequest& r) { return stores(r); });
    m_http.addRoute(Method::Get, kPrefix + QStringLiteral("/payments"),
                    {QStringLiteral("payments.list"), RouteAuth::Platform, false, true},
                    [this](HttpRequest& r) { return listPayments(r); });
    m_http.addRoute(Method::Get, kPrefix + QStringLiteral("/payments/{paymentId}"),
                    {QStringLiteral("payments.get"), RouteAuth::Platform, false, true},
                    [this](HttpRequest& r) { return getPayment(r); });
    m_http.addRoute(Method::Post, kPrefix + QStringLiteral("/payments"),
                    {QStringLiteral("payments.initiate"), RouteAuth::Platform, true, true},
                    [this](HttpRequest& r) { return initiate(r); });
    m_http.addRoute(Method::Post, kPrefix + QStringLiteral("/payments/{paymentId}/cancel"),
                    {QStringLiteral("payments.cancel"), RouteAuth::Platform, true, true},
                    [this](HttpRequest& r) { return cancel(r); });
    m_http.addRoute(Method::Post, kPrefix + QStringLiteral("/payments/{paymentId}/resend"),
                    {QStringLiteral("payments.resend"), RouteAuth::Platform, true, true},
                    [this](HttpRequest& r) { return resend(r); });
    // A partner's status update states where the payment is now: repeating it changes nothing, so
    // a partner that sends no Idempotency-Key is not refused (one that sends a key has it honoured).
    m_http.addRoute(Method::Patch, kPrefix + QStringLiteral("/payments/{paymentId}/status"),
                    {QStringLiteral("payments.status"), RouteAuth::Platform, true, true, true},
                    [this](HttpRequest& r) { return updateStatus(r); });
}

HttpResponse PlatformApi::stores(const HttpRequest&)
{
    QJsonArray list;
    for (const StoreInfo& s : m_state.stores()) {
        list.append(QJsonObject{
            {QLatin1StringView("enterpriseId"), s.enterpriseId},
            {QLatin1StringView("storeId"), s.storeId},
            {QLatin1StringView("enterpriseName"), s.enterpriseName},
            {QLatin1StringView("storeName"), s.storeName},
            {QLatin1StringView("dealerCode"), s.dealerCode},
            {QLatin1StringView("currency"), s.currency},
            {QLatin1StringView("city"), s.city},
            {QLatin1StringView("address"), QJsonArray::fromStringList(s.address)},
            {QLatin1StringView("vatNumber"), s.vatNumber},
            {QLatin1StringView("latestSequence"), m_state.latestSequence(s.enterpriseId, s.storeId)}});
    }
    return HttpResponse::json(
        QJsonObject{{QLatin1StringView("stores"), list}, {QLatin1StringView("totalItems"), list.size()}});
}

HttpResponse PlatformApi::listPayments(const HttpRequest& r)
{
    const QString e = r.param(QStringLiteral("enterpriseId"));
    const QString s = r.param(QStringLiteral("storeId"));
    if (!m_state.hasStore(e, s))
        return errorResponse(
            {PlatformError::Kind::UnknownStore, QStringLiteral("There is no store %1/%2.").arg(e, s), {}});

    PaymentQuery q;
    bool ok = true;
    const QUrlQuery query = r.query();
    auto number = [&](const QString& name, qint64 min, qint64 max, qint64 fallback) -> std::optional<qint64> {
        if (!query.hasQueryItem(name))
            return fallback;
        const qint64 v = query.queryItemValue(name).toLongLong(&ok);
        if (!ok || v < min || v > max)
            return std::nullopt;
        return v;
    };
    const auto since = number(QStringLiteral("sinceSequence"), 0, std::numeric_limits<qint64>::max(), 0);
    if (!since)
        return badParameter(QStringLiteral("sinceSequence"),
                            QStringLiteral("sinceSequence must be 0 or more."));
    const auto limit = number(QStringLiteral("limit"), 1, 1000, 100);
    if (!limit)
        return badParameter(QStringLiteral("limit"), QStringLiteral("limit must be from 1 to 1000."));
    const auto page = number(QStringLiteral("page"), 1, 1000000, 0);
    if (!page)
        return badParameter(QStringLiteral("page"), QStringLiteral("page must be 1 or more."));
    const auto pageSize = number(QStringLiteral("pageSize"), 1, 1000, 50);
    if (!pageSize)
        return badParameter(QStringLiteral("pageSize"), QStringLiteral("pageSize must be from 1 to 1000."));
    q.sinceSequence = *since;
    q.limit = int(*limit);
    q.page = int(*page);
    q.pageSize = int(*pageSize);
    q.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    const QString statuses = query.queryItemValue(QStringLiteral("status"));
    for (const QString& st : statuses.split(u',', Qt::SkipEmptyParts)) {
        const PaymentStatus status = PaymentStatus::fromString(st);
        if (!status.isKnown())
            return badParameter(QStringLiteral("status"), QStringLiteral("Unknown status “%1”.").arg(st));
        q.statuses.append(status.toString());
    }

    QJsonArray payments;
    if (q.page > 0) {
        const ListPage list = m_state.list(e, s, q);
        for (const Payment& p : list.payments)
            payments.append(withLinks(p, false));
        return HttpResponse::json(QJsonObject{{QLatin1StringView("payments"), payments},
                                              {QLatin1StringView("totalItems"), list.totalItems},
                                              {QLatin1StringView("totalPages"), list.totalPages},
                                              {QLatin1StringView("page"), list.page},
                                              {QLatin1StringView("pageSize"), list.pageSize}});
    }
    const FeedPage feed = m_state.feed(e, s, q);
    HttpResponse response;
    response.body =
        feedPageJson(feed.payments, feed.nextSequence, feed.hasMore, feed.totalItems, feed.latestSequence);
    if (feed.hasMore) {
        // RFC 8288: the next page's address, this request's with sinceSequence moved on, so a
        // client can ask for it before it has read this page's body (sandbox/README.md).
        QUrlQuery next = query;
        next.removeAllQueryItems(QStringLiteral("sinceSequence"));
        next.addQueryItem(QStringLiteral("sinceSequence"), QString::number(feed.nextSequence));
        QUrl link;
        link.setPath(r.path());
        link.setQuery(next);
        response.withHeader("Link", "<" + link.toEncoded() + ">; rel=\"next\"");
    }
    return response;
}

HttpResponse PlatformApi::getPayment(const HttpRequest& r)
{
    const QString e = r.param(QStringLiteral("enterpriseId"));
    const QString s = r.param(QStringLiteral("storeId"));
    const QString id = r.param(QStringLiteral("paymentId"));
    if (!m_state.hasStore(e, s))
        return errorResponse(
            {PlatformError::Kind::UnknownStore, QStringLiteral("There is no store %1/%2.").arg(e, s), {}});
    const auto p = m_state.payment(e, s, id);
    if (!p)
        return errorResponse({PlatformError::Kind::NotFound,
                              QStringLiteral("There is no payment %1 in this store.").arg(id),
                              {}});
    return HttpResponse::json(withLinks(*p, true));
}

HttpResponse PlatformApi::initiate(const HttpRequest& r)
{
    if (r.principal().role != Role::Dealer)
        return forbidden(QStringLiteral("Only dealer applications can raise payment requests."));
    auto body = r.jsonObject();
    if (!body)
        return body.error();
    auto request = PaymentJson::initiateFromJson(body.value());
    if (!request)
        return jsonError(request.error());
    request->enterpriseId = r.param(QStringLiteral("enterpriseId"));
    request->storeId = r.param(QStringLiteral("storeId"));
    if (!body->contains(QLatin1StringView("channels")))
        request->channels = Channel::Email;
    auto payment = m_state.initiate(request.value());
    if (!payment)
        return errorResponse(payment.error());
    HttpResponse response = HttpResponse::json(withLinks(payment.value(), true), 201);
    response.withHeader("Location", r.path().toUtf8() + '/' + payment->paymentId.toUtf8());
    return response;
}

HttpResponse PlatformApi::cancel(const HttpRequest& r)
{
    if (r.principal().role != Role::Dealer)
        return forbidden(QStringLiteral("Only dealer applications can cancel payment requests."));
    auto body = r.jsonObject();
    if (!body)
        return body.error();
    CancelRequest request;
    request.enterpriseId = r.param(QStringLiteral("enterpriseId"));
    request.storeId = r.param(QStringLiteral("storeId"));
    request.paymentId = r.param(QStringLiteral("paymentId"));
    const QJsonValue reason = body->value(QLatin1StringView("reason"));
    if (!reason.isUndefined() && !reason.isString())
        return HttpResponse::errors(422,
                                    {{QStringLiteral("reason"), QStringLiteral("reason must be text.")}});
    request.reason = reason.toString();
    auto payment = m_state.cancel(request);
    if (!payment)
        return errorResponse(payment.error());
    return HttpResponse::json(withLinks(payment.value(), true));
}

HttpResponse PlatformApi::resend(const HttpRequest& r)
{
    if (r.principal().role != Role::Dealer)
        return forbidden(QStringLiteral("Only dealer applications can resend notifications."));
    auto body = r.jsonObject();
    if (!body)
        return body.error();
    ResendRequest request;
    request.enterpriseId = r.param(QStringLiteral("enterpriseId"));
    request.storeId = r.param(QStringLiteral("storeId"));
    request.paymentId = r.param(QStringLiteral("paymentId"));
    const auto current = m_state.payment(request.enterpriseId, request.storeId, request.paymentId);
    if (!current) {
        if (!m_state.hasStore(request.enterpriseId, request.storeId))
            return errorResponse({PlatformError::Kind::UnknownStore, QStringLiteral("Unknown store."), {}});
        return errorResponse({PlatformError::Kind::NotFound,
                              QStringLiteral("There is no payment %1 in this store.").arg(request.paymentId),
                              {}});
    }
    // New details are optional: whatever is left out stays as it was.
    request.customer = current->customer;
    request.channels = current->channels;
    const QJsonValue customer = body->value(QLatin1StringView("customer"));
    if (!customer.isUndefined() && !customer.isObject())
        return HttpResponse::errors(
            422, {{QStringLiteral("customer"), QStringLiteral("customer must be an object.")}});
    const QJsonObject c = customer.toObject();
    if (c.contains(QLatin1StringView("name")))
        request.customer.name = c.value(QLatin1StringView("name")).toString();
    if (c.contains(QLatin1StringView("email")))
        request.customer.email = c.value(QLatin1StringView("email")).toString();
    if (c.contains(QLatin1StringView("phone")))
        request.customer.phone = c.value(QLatin1StringView("phone")).toString();
    if (body->contains(QLatin1StringView("channels")))
        request.channels =
            PaymentJson::channelsFromJson(body->value(QLatin1StringView("channels")).toArray());
    auto payment = m_state.resend(request);
    if (!payment)
        return errorResponse(payment.error());
    return HttpResponse::json(withLinks(payment.value(), true));
}

HttpResponse PlatformApi::updateStatus(const HttpRequest& r)
{
    if (r.principal().role != Role::Partner)
        return forbidden(QStringLiteral("Only payment partners can update a payment's status."));
    auto body = r.jsonObject();
    if (!body)
        return body.error();
    const QJsonObject& b = body.value();
    QList<HttpResponse::FieldProblem> problems;

    StatusUpdate u;
    u.actor = StatusChange::Actor::Partner;
    const QJsonValue status = b.value(QLatin1StringView("status"));
    if (!status.isString() || status.toString().trimmed().isEmpty())
        problems.append({QStringLiteral("status"), QStringLiteral("status is required.")});
    else
        u.status = PaymentStatus::fromString(status.toString());

    auto text = [&](const QJsonObject& o, QLatin1StringView key, const QString& field) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            problems.append({field, QStringLiteral("%1 must be text.").arg(field)});
        return v.toString().trimmed();
    };
    u.transactionReference =
        text(b, QLatin1StringView("transactionReference"), QStringLiteral("transactionReference"));
    u.failureReason = text(b, QLatin1StringView("failureReason"), QStringLiteral("failureReason"));
    u.note = text(b, QLatin1StringView("note"), QStringLiteral("note"));

    const QJsonValue paid = b.value(QLatin1StringView("amountPaid"));
    if (!paid.isUndefined() && !paid.isNull()) {
        auto money = PaymentJson::moneyFromJson(paid, QStringLiteral("amountPaid"));
        if (!money)
            problems.append({money.error().field, money.error().message});
        else
            u.amountPaid = money.value();
    }
    const QJsonValue card = b.value(QLatin1StringView("card"));
    if (!card.isUndefined() && !card.isNull()) {
        if (!card.isObject()) {
            problems.append({QStringLiteral("card"), QStringLiteral("card must be an object.")});
        } else {
            const QJsonObject co = card.toObject();
            u.cardBrand = text(co, QLatin1StringView("brand"), QStringLiteral("card.brand"));
            const QJsonValue last4 = co.value(QLatin1StringView("last4"));
            // A number would lose leading zeros, and anything longer than four digits is refused.
            u.cardLast4 = last4.isDouble() ? QString::number(last4.toInteger()) : last4.toString().trimmed();
            if (!last4.isUndefined() && !last4.isString())
                problems.append({QStringLiteral("card.last4"), QStringLiteral("card.last4 must be text.")});
        }
    }
    // PCI: a full card number is never accepted (nor stored, nor logged) in a text field. The
    // transaction reference is the partner's own identifier: some numeric ones pass the card
    // rule, and refusing one would refuse a real payment, so it is never judged (PayDesk masks
    // a card-shaped one as it reads it, like any text).
    const std::pair<QString, const QString*> textFields[] = {
        {QStringLiteral("failureReason"), &u.failureReason},
        {QStringLiteral("note"), &u.note},
        {QStringLiteral("card.brand"), &u.cardBrand},
        {QStringLiteral("card.last4"), &u.cardLast4}};
    for (const auto& [field, value] : textFields) {
        if (CardNumber::containsCardNumber(*value)) {
            problems.append({field,
                             QStringLiteral("A full card number must never be sent. "
                                            "Send only the brand and the last four digits."),
                             QStringLiteral("CARD_NUMBER_REFUSED")});
            u.cardLast4.clear();
        }
    }
    if (!problems.isEmpty())
        return HttpResponse::errors(422, problems);

    auto payment =
        m_state.applyStatusUpdate(r.param(QStringLiteral("enterpriseId")), r.param(QStringLiteral("storeId")),
                                  r.param(QStringLiteral("paymentId")), u);
    if (!payment)
        return errorResponse(payment.error());
    return HttpResponse::json(withLinks(payment.value(), true));
}

} // namespace paydesk::sandbox
