#pragma once

#include "Sandbox.h"
#include "SandboxTestClient.h"
#include "paymentassist/PaymentAssistSignature.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>

#include <memory>

namespace paydesk::sandbox::test {

/**
 * Talks to the Payment Assist emulation the way their clients do: signs the parameters with
 * PaymentAssistSignature, adds `api_key` and `signature`, sends GETs with a query and POSTs
 * form-encoded (or as JSON, as their PHP client does). Redirects are not followed, so the
 * customer page's 303 can be checked.
 */
class PaClient
{
public:
    using Params = PaymentAssistSignature::Params;

    PaClient(Sandbox& sandbox, QString apiKey, QString secret);

    /// Signs `params` and sends them (GET: query; POST: form body).
    Reply call(const QByteArray& method, const QString& endpoint, const Params& params);
    /// POST with a JSON body; `typed` values go as JSON numbers / booleans where they look like one.
    Reply callJson(const QString& endpoint, const QJsonObject& body, const QString& signature);
    /// Sends exactly what is given (for refusals: no signature, a wrong one…).
    Reply raw(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
              const QByteArray& contentType = "application/x-www-form-urlencoded");

    /// /begin with a complete customer; extra parameters are added or replace defaults.
    Reply begin(const QString& orderId, qint64 amount, const Params& extra = {});
    /// The token of a successful /begin (fails the test otherwise).
    QString beginToken(const QString& orderId, qint64 amount = 50000, const Params& extra = {});
    QJsonObject status(const QString& token);

    /// The customer opens the page and signs (name and test card); returns the sign answer.
    Reply customerSigns(const QString& token, const QString& name = QStringLiteral("Jane Doe"),
                        const QString& card = QStringLiteral("4111 1111 1111 1111"));

    void trustCa(const QSslCertificate& ca) { m_ca = ca; }
    QString apiKey() const { return m_key; }
    QByteArray secret() const { return m_secret.toUtf8(); }

private:
    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body,
               const QByteArray& contentType);

    Sandbox& m_sandbox;
    QString m_key;
    QString m_secret;
    QSslCertificate m_ca;
    QNetworkAccessManager m_nam;
};

/// A sandbox with the Payment Assist emulation on a manual clock, and a client for its demo account.
class PaymentAssistFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    virtual void adjust(SandboxOptions&) {}

    ManualClock clock{QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<PaClient> pa;
};

} // namespace paydesk::sandbox::test
