#pragma once

#include "ClientTestUtil.h"
#include "ScriptedServer.h"
#include "api/Authenticator.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/PushChannel.h"
#include "api/Scheduler.h"
#include "store/PaymentStore.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

namespace paydesk::test {

/**
 * A SyncEngine's whole client side (HTTP, platform, cache) in front of a ScriptedServer, on a
 * ManualScheduler, for tests that need feed answers no sandbox would give: endless, oversize,
 * running past the end. Store "E1"/"S1"; the token is fixed.
 */
struct ScriptedPlatform
{
    static constexpr const char* kEnterprise = "E1";
    static constexpr const char* kStore = "S1";

    /// Hands out one fixed token; the scripted server does not check it.
    struct FixedToken final : Authenticator
    {
        void accessToken(QObject*, TokenCallback callback) override { callback(QStringLiteral("token")); }
        void tokenRejected(const QString&) override {}
    };

    explicit ScriptedPlatform(bool autoAdvance = false, HttpClient::Options options = {})
        : scheduler(clock, autoAdvance)
    {
        options.jitter = [] { return 0.0; };
        options.allowPlainHttpToLoopback = true; // the scripted server is plain http on loopback
        http = std::make_unique<HttpClient>(options, scheduler);
        push = std::make_unique<PushChannel>(options);
        platform = std::make_unique<PlatformClient>(*http, server.url(QStringLiteral("/")));
        auto opened = PaymentStore::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened)
            qFatal("cannot open the cache: %s", qPrintable(opened.error().detail));
        store = std::move(opened).value();
    }

    std::unique_ptr<SyncEngine> makeEngine(SyncEngine::Options options)
    {
        options.retry.jitterFraction = 0; // the backoff schedule is exact
        return std::make_unique<SyncEngine>(*platform, *push, auth, *store, scheduler,
                                            QString::fromLatin1(kEnterprise), QString::fromLatin1(kStore),
                                            options);
    }

    qint64 storedCursor()
    {
        return store->syncCursor(QString::fromLatin1(kEnterprise), QString::fromLatin1(kStore)).value();
    }
    /// Sets the stored cursor as if pages up to `sequence` had been synced.
    void storeCursor(qint64 sequence)
    {
        if (!store->ingestFeedPage({}, QString::fromLatin1(kEnterprise), QString::fromLatin1(kStore),
                                   sequence))
            qFatal("cannot store the cursor");
    }

    /// The sinceSequence a feed request asked for.
    static qint64 sinceOf(const ReceivedRequest& r)
    {
        const QByteArray target = r.target;
        const QUrlQuery query(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
        return query.queryItemValue(QStringLiteral("sinceSequence")).toLongLong();
    }
    /// Feed requests received so far (not WebSocket upgrades).
    int feedRequests() const
    {
        int n = 0;
        for (const ReceivedRequest& r : server.requests())
            n += r.target.contains("/v1/payments") ? 1 : 0;
        return n;
    }

    /// One change record / feed item of store E1/S1.
    static QByteArray paymentJson(const QByteArray& id, qint64 sequence)
    {
        return R"({"paymentId":")" + id +
               R"(","enterpriseId":"E1","storeId":"S1","status":"PAID",)"
               R"("amount":{"value":249.99,"currencyCode":"GBP"},"version":3,"sequence":)" +
               QByteArray::number(sequence) +
               R"(,"reference":{"type":"INVOICE","number":"INV-1"},"customer":{"name":"Ada"},"channels":["EMAIL"]})";
    }

    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler scheduler;
    ScriptedServer server;
    FixedToken auth;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<PushChannel> push;
    std::unique_ptr<PlatformClient> platform;
    std::unique_ptr<PaymentStore> store;
};

} // namespace paydesk::test
