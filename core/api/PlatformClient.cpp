#include "PlatformClient.h"

#include "Logging.h"
#include "payments/PaymentJson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace paydesk {

namespace {

QHash<QString, QString> ids(const QString& enterpriseId, const QString& storeId,
                            const QString& paymentId = {})
{
    QHash<QString, QString> values{{QStringLiteral("enterpriseId"), enterpriseId},
                                   {QStringLiteral("storeId"), storeId}};
    if (!paymentId.isEmpty())
        values.insert(QStringLiteral("paymentId"), paymentId);
    return values;
}

ApiError fromJsonError(const JsonError& error)
{
    return ApiError::parse(QStringLiteral("%1: %2").arg(error.field, error.message), error.field);
}

} // namespace

PlatformClient::PlatformClient(HttpClient& http, QUrl baseUrl, PlatformPaths paths, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_paths(std::move(paths))
{
}

QUrl PlatformClient::url(const QString& pathTemplate, const QHash<QString, QString>& values) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + PlatformPaths::expand(pathTemplate, values), QUrl::TolerantMode);
    return url;
}

void PlatformClient::fetchFeed(const QString& enterpriseId, const QString& storeId, qint64 sinceSequence,
                               int limit, QObject* context, Callback<FeedPage> callback)
{
    fetchUnreadFeed(enterpriseId, storeId, sinceSequence, limit, context,
                    [callback = std::move(callback)](Result<UnreadFeedPage, ApiError> unread) {
                        if (!unread) {
                            callback(fail(unread.error()));
                            return;
                        }
                        auto payments = parseFeedItems(unread->items);
                        if (!payments) {
                            callback(fail(payments.error()));
                            return;
                        }
                        FeedPage page = std::move(unread->page);
                        page.payments = std::move(payments).value();
                        callback(std::move(page));
                    });
}

namespace {

Result<UnreadFeedPage, ApiError> unreadFeedPage(const QJsonDocument& json, qint64 sinceSequence)
{
    auto page = PlatformClient::parseFeedHeader(json);
    if (page) {
        if (auto broken = PlatformClient::checkFeedProgress(page->page, sinceSequence))
            return fail(std::move(*broken));
    }
    return page;
}

} // namespace

void PlatformClient::fetchUnreadFeed(const QString& enterpriseId, const QString& storeId,
                                     qint64 sinceSequence, int limit, QObject* context,
                                     Callback<UnreadFeedPage> callback)
{
    HttpRequest request;
    request.url = url(m_paths.feed, ids(enterpriseId, storeId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sinceSequence"), QString::number(sinceSequence));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.url.setQuery(query);
    m_http.send(std::move(request), context,
                [callback = std::move(callback), sinceSequence](Result<HttpResponse, ApiError> r) {
                    if (!r) {
                        callback(fail(r.error()));
                        return;
                    }
                    callback(unreadFeedPage(r->json, sinceSequence));
                });
}

void PlatformClient::fetchFeedAnswer(const QString& enterpriseId, const QString& storeId,
                                     qint64 sinceSequence, int limit, QObject* context,
                                     Callback<HttpResponse> callback)
{
    HttpRequest request;
    request.url = url(m_paths.feed, ids(enterpriseId, storeId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sinceSequence"), QString::number(sinceSequence));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.url.setQuery(query);
    request.parseJson = false;
    m_http.send(std::move(request), context, std::move(callback));
}

Result<UnreadFeedPage, ApiError> PlatformClient::readFeedAnswer(const HttpResponse& answer,
                                                                qint64 sinceSequence)
{
    // As HttpClient reads a JSON answer: an empty 204 is no document (and so no feed page).
    QJsonDocument json;
    if (!(answer.body.trimmed().isEmpty() && answer.status == 204)) {
        auto read = HttpClient::readJson(answer.body);
        if (!read)
            return fail(read.error());
        json = std::move(read).value();
    }
    return unreadFeedPage(json, sinceSequence);
}

std::optional<qint64> PlatformClient::nextSinceFromLink(const HttpResponse& answer, qint64 sinceSequence)
{
    // Link: <address>; rel="next"; other="x", <address>; rel="prev" — addresses are in angle
    // brackets (a comma inside one does not end it); rel may name several relations.
    const QByteArray& link = answer.link;
    qsizetype at = 0;
    while (at < link.size()) {
        const qsizetype open = link.indexOf('<', at);
        if (open < 0)
            return std::nullopt;
        const qsizetype close = link.indexOf('>', open + 1);
        if (close < 0)
            return std::nullopt;
        qsizetype end = link.indexOf(',', close + 1);
        if (end < 0)
            end = link.size();
        bool next = false;
        for (const QByteArray& param : link.mid(close + 1, end - close - 1).split(';')) {
            const qsizetype eq = param.indexOf('=');
            if (eq < 0 || param.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            for (const QByteArray& rel : value.toLower().split(' '))
                next = next || rel == "next";
        }
        if (next) {
            const QUrl address = QUrl::fromEncoded(link.mid(open + 1, close - open - 1));
            bool ok = false;
            const qint64 since =
                QUrlQuery(address).queryItemValue(QStringLiteral("sinceSequence")).toLongLong(&ok);
            if (!address.isValid() || !ok || since <= sinceSequence)
                return std::nullopt;
            return since;
        }
        at = end + 1;
    }
    return std::nullopt;
}

void PlatformClient::fetchStores(QObject* context, Callback<QList<StoreDetails>> callback)
{
    HttpRequest request;
    request.url = url(m_paths.stores, {});
    m_http.send(std::move(request), context,
                [callback = std::move(callback)](Result<HttpResponse, ApiError> r) {
                    if (!r) {
                        callback(fail(r.error()));
                        return;
                    }
                    callback(parseStores(r->json));
                });
}

Result<QList<StoreDetails>, ApiError> PlatformClient::parseStores(const QJsonDocument& json)
{
    const QJsonValue list = json.object().value(QLatin1StringView("stores"));
    if (!list.isArray())
        return fail(ApiError::parse(QStringLiteral("the store list has no \"stores\" array"),
                                    QStringLiteral("stores")));
    // Text from a server: bounded like every other field of a payment (PaymentJson cuts at 255).
    const auto text = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1StringView(key)).toString().left(255).trimmed();
    };
    QList<StoreDetails> stores;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject o = value.toObject();
        StoreDetails s;
        s.enterpriseId = text(o, "enterpriseId");
        s.storeId = text(o, "storeId");
        if (s.enterpriseId.isEmpty() || s.storeId.isEmpty())
            return fail(ApiError::parse(QStringLiteral("a store without enterpriseId or storeId"),
                                        QStringLiteral("storeId")));
        s.enterpriseName = text(o, "enterpriseName");
        s.storeName = text(o, "storeName");
        s.vatNumber = text(o, "vatNumber").left(40);
        s.currency = text(o, "currency").left(3);
        const QJsonValue address = o.value(QLatin1StringView("address"));
        QStringList lines;
        if (address.isArray()) {
            for (const QJsonValue& line : address.toArray())
                lines << line.toString();
        } else {
            lines = address.toString().split(u'\n');
        }
        for (const QString& line : std::as_const(lines)) {
            if (!line.trimmed().isEmpty() && s.address.size() < 8)
                s.address << line.trimmed().left(255);
        }
        stores << s;
    }
    return stores;
}

void PlatformClient::fetchPayment(const QString& enterpriseId, const QString& storeId,
                                  const QString& paymentId, QObject* context, Callback<Payment> callback)
{
    HttpRequest request;
    request.url = url(m_paths.details, ids(enterpriseId, storeId, paymentId));
    m_http.send(std::move(request), context,
                [callback = std::move(callback)](Result<HttpResponse, ApiError> r) {
                    if (!r) {
                        callback(fail(r.error()));
                        return;
                    }
                    callback(parsePayment(r->json));
                });
}

void PlatformClient::sendAction(Action action, const QString& enterpriseId, const QString& storeId,
                                const QString& paymentId, const QJsonObject& payload,
                                const QString& idempotencyKey, QObject* context, Callback<Payment> callback)
{
    HttpRequest request;
    request.method = "POST";
    switch (action) {
    case Action::Initiate:
        request.url = url(m_paths.initiate, ids(enterpriseId, storeId));
        break;
    case Action::Cancel:
        request.url = url(m_paths.cancel, ids(enterpriseId, storeId, paymentId));
        break;
    case Action::Resend:
        request.url = url(m_paths.resend, ids(enterpriseId, storeId, paymentId));
        break;
    }
    request.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    request.idempotencyKey = idempotencyKey;
    m_http.send(std::move(request), context,
                [callback = std::move(callback)](Result<HttpResponse, ApiError> r) {
                    if (!r) {
                        callback(fail(r.error()));
                        return;
                    }
                    callback(parsePayment(r->json));
                });
}

void PlatformClient::initiate(const InitiateRequest& request, const QString& idempotencyKey, QObject* context,
                              Callback<Payment> callback)
{
    sendAction(Action::Initiate, request.enterpriseId, request.storeId, QString(),
               PaymentJson::initiateToJson(request), idempotencyKey, context, std::move(callback));
}

void PlatformClient::cancel(const CancelRequest& request, const QString& idempotencyKey, QObject* context,
                            Callback<Payment> callback)
{
    sendAction(Action::Cancel, request.enterpriseId, request.storeId, request.paymentId,
               PaymentJson::cancelToJson(request), idempotencyKey, context, std::move(callback));
}

void PlatformClient::resend(const ResendRequest& request, const QString& idempotencyKey, QObject* context,
                            Callback<Payment> callback)
{
    sendAction(Action::Resend, request.enterpriseId, request.storeId, request.paymentId,
               PaymentJson::resendToJson(request), idempotencyKey, context, std::move(callback));
}

QUrl PlatformClient::eventStreamUrl(const QString& enterpriseId, const QString& storeId,
                                    qint64 sinceSequence) const
{
    QUrl u = url(m_paths.eventStream, ids(enterpriseId, storeId));
    if (u.scheme() == u"https")
        u.setScheme(QStringLiteral("wss"));
    else if (u.scheme() == u"http")
        u.setScheme(QStringLiteral("ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sinceSequence"), QString::number(sinceSequence));
    u.setQuery(query);
    return u;
}

Result<FeedPage, ApiError> PlatformClient::parseFeedPage(const QJsonDocument& json)
{
    auto unread = parseFeedHeader(json);
    if (!unread)
        return fail(unread.error());
    auto payments = parseFeedItems(unread->items);
    if (!payments)
        return fail(payments.error());
    FeedPage page = std::move(unread->page);
    page.payments = std::move(payments).value();
    return page;
}

Result<UnreadFeedPage, ApiError> PlatformClient::parseFeedHeader(const QJsonDocument& json)
{
    if (!json.isObject())
        return fail(ApiError::parse(QStringLiteral("feed page is not a JSON object")));
    const QJsonObject o = json.object();
    QJsonValue items = o.value(QLatin1StringView("payments"));
    if (items.isUndefined())
        items = o.value(QLatin1StringView("items"));
    if (!items.isArray())
        return fail(ApiError::parse(QStringLiteral("feed page without a payments array"),
                                    QStringLiteral("payments")));
    // Sequences come as numbers or as numeric strings (the gateway that sends expires_in as a
    // string does the same here); anything else, a negative one included, is not a sequence.
    const QJsonValue nextValue = o.value(QLatin1StringView("nextSequence"));
    const std::optional<qint64> next = PaymentJson::countFromJson(nextValue);
    if (!next)
        return fail(ApiError::parse(nextValue.isUndefined()
                                        ? QStringLiteral("feed page without nextSequence")
                                        : QStringLiteral("feed page with an unreadable nextSequence"),
                                    QStringLiteral("nextSequence")));

    UnreadFeedPage unread;
    FeedPage& page = unread.page;
    page.nextSequence = *next;
    page.hasMore = o.value(QLatin1StringView("hasMore")).toBool(false);
    const QJsonValue latestValue = o.value(QLatin1StringView("latestSequence"));
    // Optional: the rule "never past the end" needs it, the feed works without.
    if (!latestValue.isUndefined() && !latestValue.isNull()) {
        const std::optional<qint64> latest = PaymentJson::countFromJson(latestValue);
        if (!latest)
            return fail(ApiError::parse(QStringLiteral("feed page with an unreadable latestSequence"),
                                        QStringLiteral("latestSequence")));
        page.latestSequence = *latest;
    }
    unread.items = items.toArray();
    return unread;
}

Result<QList<Payment>, ApiError> PlatformClient::parseFeedItems(const QJsonArray& array)
{
    QList<Payment> payments;
    payments.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (!item.isObject())
            return fail(
                ApiError::parse(QStringLiteral("feed item is not an object"), QStringLiteral("payments")));
        // One unreadable record fails the page: committing the rest with the page's cursor would
        // skip that record for good.
        auto payment = PaymentJson::paymentFromJson(item.toObject());
        if (!payment)
            return fail(fromJsonError(payment.error()));
        payments.append(std::move(payment).value());
    }
    return payments;
}

std::optional<ApiError> PlatformClient::checkFeedProgress(const FeedPage& page, qint64 sinceSequence)
{
    if (page.nextSequence < sinceSequence)
        return ApiError::brokenFeed(QStringLiteral("feed went back: nextSequence %1 after sinceSequence %2")
                                        .arg(page.nextSequence)
                                        .arg(sinceSequence));
    if (page.hasMore && page.nextSequence == sinceSequence)
        return ApiError::brokenFeed(
            QStringLiteral("feed does not move: hasMore with nextSequence %1 = sinceSequence")
                .arg(sinceSequence));
    if (page.latestSequence >= 0 && page.nextSequence > page.latestSequence)
        return ApiError::brokenFeed(
            QStringLiteral("feed runs past its end: nextSequence %1 > latestSequence %2")
                .arg(page.nextSequence)
                .arg(page.latestSequence));
    return std::nullopt;
}

Result<Payment, ApiError> PlatformClient::parsePayment(const QJsonDocument& json)
{
    if (!json.isObject())
        return fail(ApiError::parse(QStringLiteral("payment is not a JSON object")));
    QJsonObject o = json.object();
    if (!o.contains(QLatin1StringView("paymentId")) && o.value(QLatin1StringView("payment")).isObject())
        o = o.value(QLatin1StringView("payment")).toObject();
    auto payment = PaymentJson::paymentFromJson(o);
    if (!payment)
        return fail(fromJsonError(payment.error()));
    return std::move(payment).value();
}

} // namespace paydesk
