#pragma once

#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace paydesk::sandbox::test {

/// One finished HTTP exchange, read completely.
struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    /// The `field` of the first entry of an `errors` answer.
    QString firstErrorField() const;
    QString firstErrorCode() const;
};

/**
 * Drives a sandbox over real loopback HTTP with QNetworkAccessManager, waiting for each
 * answer in a local event loop (bounded, so a hanging server fails the test instead of
 * hanging it).
 */
class SandboxTestClient
{
public:
    explicit SandboxTestClient(Sandbox& sandbox);

    Reply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 10000);

    Reply requestToken(const QString& clientId, const QString& secret);
    /// A fresh platform token for the dealer / the partner client (fails the test if refused).
    QString dealerToken();
    QString partnerToken();

    Reply get(const QString& pathAndQuery, const QString& token);
    Reply postJson(const QString& path, const QJsonObject& body, const QString& token,
                   const QString& idempotencyKey);
    Reply patchJson(const QString& path, const QJsonObject& body, const QString& token,
                    const QString& idempotencyKey);
    Reply admin(const QByteArray& method, const QString& path, const QJsonObject& body = {});

    /// `/{enterpriseId}/{storeId}/v1` of the first demo store.
    QString storePrefix(int storeIndex = 0) const;
    static QJsonObject initiateBody(const QString& name = QStringLiteral("Jane Doe"), qint64 minor = 24999,
                                    const QString& currency = QStringLiteral("GBP"));
    /// Initiates a payment (fails the test otherwise) and returns its JSON.
    QJsonObject initiate(const QString& token, const QJsonObject& body = initiateBody(), int storeIndex = 0);

    QNetworkAccessManager& nam() { return m_nam; }

private:
    Sandbox& m_sandbox;
    QNetworkAccessManager m_nam;
};

/// A new random idempotency key.
QString newKey();

/// A started in-process sandbox with a few seeded payments and a client for it.
class SandboxFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// Override to change options before the sandbox starts.
    virtual void adjust(SandboxOptions&) {}

    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<SandboxTestClient> client;
};

} // namespace paydesk::sandbox::test
