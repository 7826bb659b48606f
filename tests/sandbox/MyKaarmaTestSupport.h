#pragma once

#include "Sandbox.h"
#include "SandboxTestClient.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace paydesk::sandbox::test {

/**
 * Talks to the myKaarma emulation as an integrator does: HTTP Basic with a ServiceSubscriber's
 * username and password, JSON bodies, paths below `<sandbox>/mykaarma`.
 */
class MkClient
{
public:
    MkClient(Sandbox& sandbox, QString username, QString password);

    /// `path` starts with /payment/… (or /payisland/…); no Authorization when `authorization` is
    /// empty and the client has no username.
    Reply post(const QString& path, const QJsonObject& body);
    Reply postRaw(const QString& path, const QByteArray& body);
    Reply get(const QString& path);
    /// Sends exactly this Authorization header (empty: none).
    Reply withAuthorization(const QByteArray& method, const QString& path, const QByteArray& authorization,
                            const QByteArray& body = {});

    /// A customer's browser: no Authorization, redirects not followed, a form body when given.
    /// `pathOrUrl` may be a whole link from an answer.
    Reply browse(const QByteArray& method, const QString& pathOrUrl, const QByteArray& form = {});

    /// The dealer-order filter of a department (both query flags sent); fails the test unless 200.
    QJsonArray filter(const QString& departmentUuid, const QJsonObject& body = {}, bool withInvoices = true);
    /// A prepayment body for the demo dealer and a demo customer.
    QJsonObject prepaymentBody(const QString& orderNumber,
                               const QString& amountText = QStringLiteral("125.40"));
    /// The first customerUuid the demo department's orders name.
    QString demoCustomer();

    SandboxTestClient& http() { return m_http; }

private:
    QList<QPair<QByteArray, QByteArray>> headers() const;

    Sandbox& m_sandbox;
    SandboxTestClient m_http;
    QNetworkAccessManager m_browser;
    QString m_user;
    QString m_password;
};

/// Replaces the JSON numbers of `json` written as `"#n:12.34"` with the bare number text, so a
/// test can send amounts exactly as written.
QByteArray withRawNumbers(const QJsonObject& json);

/// A started sandbox on a manual clock with the myKaarma emulation, and a client for the printed
/// subscriber.
class MyKaarmaFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    virtual void adjust(SandboxOptions&) {}

    QString serviceDept() const { return sandbox->options().myKaarmaDepartmentUuid; }
    static QString partsDept() { return QStringLiteral("d3p4a5r6-0000-4000-8000-000000000002"); }
    static QString otherDealersDept() { return QStringLiteral("d3p4a5r6-0000-4000-8000-000000000003"); }
    QString dealer() const { return sandbox->options().myKaarmaDealerUuid; }

    ManualClock clock{QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<MkClient> mk;
};

} // namespace paydesk::sandbox::test
