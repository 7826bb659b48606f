#pragma once

#include "ApiError.h"
#include "FeedPage.h"
#include "HttpClient.h"
#include "PlatformPaths.h"
#include "StoreDetails.h"
#include "payments/DealerActions.h"
#include "payments/Payment.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace paydesk {

/**
 * The platform API (DESIGN.md "The platform API"): change feed, payment details, and the dealer
 * actions initiate / cancel / resend. Paths come from PlatformPaths, so the same code talks to
 * the sandbox and the real service.
 *
 * Parsing is lenient and total: unknown fields are ignored, unknown statuses are kept raw, and
 * a missing required field, malformed JSON or a non-JSON answer is an ApiError (Kind::Parse) —
 * never a crash.
 */
class PlatformClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T, ApiError>)>;

    /// Which dealer action a write is.
    enum class Action
    {
        Initiate,
        Cancel,
        Resend,
    };

    PlatformClient(HttpClient& http, QUrl baseUrl, PlatformPaths paths = {}, QObject* parent = nullptr);

    HttpClient& http() const { return m_http; }
    const QUrl& baseUrl() const { return m_baseUrl; }
    const PlatformPaths& paths() const { return m_paths; }

    /// `GET feed?sinceSequence=N&limit=L`: the payments changed after `sinceSequence`.
    void fetchFeed(const QString& enterpriseId, const QString& storeId, qint64 sinceSequence, int limit,
                   QObject* context, Callback<FeedPage> callback);
    /**
     * The same call, with the page's own fields read and checked (parseFeedHeader(),
     * checkFeedProgress()) but its records left as JSON, for parseFeedItems() elsewhere.
     */
    void fetchUnreadFeed(const QString& enterpriseId, const QString& storeId, qint64 sinceSequence, int limit,
                         QObject* context, Callback<UnreadFeedPage> callback);
    /**
     * fetchUnreadFeed() with the answer's JSON left unread (its content type checked): the caller
     * reads it with readFeedAnswer(), on any thread. A first sync reads it on its parser's thread.
     */
    void fetchFeedAnswer(const QString& enterpriseId, const QString& storeId, qint64 sinceSequence, int limit,
                         QObject* context, Callback<HttpResponse> callback);
    /// What fetchUnreadFeed() makes of an answer of the page asked for with `sinceSequence`. Pure; any
    /// thread.
    static Result<UnreadFeedPage, ApiError> readFeedAnswer(const HttpResponse& answer, qint64 sinceSequence);
    /**
     * The sinceSequence of the page after `answer` (asked for with `sinceSequence`) from its Link
     * header's rel="next" address, read before the body: nothing when there is no such link, or
     * its sinceSequence is missing, not a number or not past `sinceSequence`. Only that number is
     * taken from the address; the request for it is made as fetchFeedAnswer() makes every other.
     * The body stays what the cursor follows (SyncEngine checks the two agree).
     */
    static std::optional<qint64> nextSinceFromLink(const HttpResponse& answer, qint64 sinceSequence);
    /// `GET stores`: the sites this client may see, with the details receipts print.
    void fetchStores(QObject* context, Callback<QList<StoreDetails>> callback);
    /// `GET details`: one payment with its status history.
    void fetchPayment(const QString& enterpriseId, const QString& storeId, const QString& paymentId,
                      QObject* context, Callback<Payment> callback);

    /**
     * Sends a dealer action with `idempotencyKey` (the same key on every attempt and every replay).
     * `payload` is the JSON body (PaymentJson::initiateToJson() etc.); `paymentId` is empty for
     * Initiate. The answer is the payment as the platform now has it.
     */
    void sendAction(Action action, const QString& enterpriseId, const QString& storeId,
                    const QString& paymentId, const QJsonObject& payload, const QString& idempotencyKey,
                    QObject* context, Callback<Payment> callback);

    void initiate(const InitiateRequest& request, const QString& idempotencyKey, QObject* context,
                  Callback<Payment> callback);
    void cancel(const CancelRequest& request, const QString& idempotencyKey, QObject* context,
                Callback<Payment> callback);
    void resend(const ResendRequest& request, const QString& idempotencyKey, QObject* context,
                Callback<Payment> callback);

    /// The push channel's URL (ws/wss) for a store, resuming after `sinceSequence`.
    QUrl eventStreamUrl(const QString& enterpriseId, const QString& storeId, qint64 sinceSequence) const;
    /// base URL + an expanded path template.
    QUrl url(const QString& pathTemplate, const QHash<QString, QString>& values) const;

    /// `{"payments"|"items":[…], "nextSequence", "hasMore", optional "latestSequence"}`.
    static Result<FeedPage, ApiError> parseFeedPage(const QJsonDocument& json);
    /// parseFeedPage() without reading the records: the page's fields and its records' JSON array.
    static Result<UnreadFeedPage, ApiError> parseFeedHeader(const QJsonDocument& json);
    /**
     * A page's records (PaymentJson::paymentFromJson() each). One unreadable record fails the whole
     * page: committing the rest with the page's cursor would skip it for good. Pure; any thread.
     */
    static Result<QList<Payment>, ApiError> parseFeedItems(const QJsonArray& items);
    /**
     * The feed's progress rules for a page asked for with `sinceSequence` (fetchFeed() applies them):
     * nextSequence never goes back, grows while hasMore is true (else the feed would be followed
     * forever), and never passes latestSequence when the platform sends one (a cursor past the end
     * would hide every later change). A page that breaks one is ApiError::brokenFeed(), so its
     * cursor is never stored.
     */
    static std::optional<ApiError> checkFeedProgress(const FeedPage& page, qint64 sinceSequence);
    /**
     * `{"stores": [{"enterpriseId", "storeId", "enterpriseName", "storeName", "address": [lines],
     * "vatNumber", "currency"}, …]}`; only the ids are required (an entry without them is an
     * error), every other field may be missing. An address sent as one string is split at
     * line breaks.
     */
    static Result<QList<StoreDetails>, ApiError> parseStores(const QJsonDocument& json);
    /// A payment object, or `{"payment": {…}}`.
    static Result<Payment, ApiError> parsePayment(const QJsonDocument& json);

private:
    HttpClient& m_http;
    QUrl m_baseUrl;
    PlatformPaths m_paths;
};

} // namespace paydesk
