#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"
#include "util/Result.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QObject>

namespace paydesk::sandbox {

class HttpRequest;
class DemocranceState;
struct DemDealer;
struct DemPayment;
struct DemPolicy;

/**
 * Democrance's API v3, emulated under `/democrance` (see sandbox/README.md, "Democrance"):
 *
 * - `POST /api/v3/login/` (username, password; JSON or form) → `{"token","username","expires"}`
 *   and a `sessionid` cookie. Every other route wants that session: `Authorization: Token <token>`
 *   or `Cookie: sessionid=<token>`; otherwise 401 `{"detail":"Customer not authenticated"}`.
 *   Sessions end after DemocranceState::sessionLifetimeSeconds() (one hour).
 * - `GET /api/v3/policy/all/?status=&page=&per_page=` — the dealer's policies, oldest first,
 *   `per_page` 1…1000 (default 100) → `{"count","page","per_page","num_pages","next","previous",
 *   "results":[policy…]}`; `GET /api/v3/policy/<policy_number>/` — one policy, the same shape.
 * - The payment routes of the Payment API document: `GET|POST /api/v3/payment/gateways/`,
 *   `GET /token/`, `POST /initiate/`, `POST /validate-session/?token=`, `GET /status/?token=`,
 *   `GET|POST /complete/?token=`, `GET|POST /process/?token=` (the gateway's return, no session)
 *   and `GET /api/v3/payment/<reference>/tax-invoice/` (a PDF).
 *
 * Errors are Django REST framework's shapes: `{"detail": "<message>"}` (messages as the
 * documents write them: "Customer not authenticated", "Policy not found") and, for invalid
 * fields, `{"<field>": ["<message>"]}`. Trailing slashes are optional.
 *
 * Fault switches use the route names `democrance.<route>` (democrance.login,
 * democrance.policy.all, democrance.payment.initiate, democrance.payment.process …).
 */
class DemocranceApi : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    DemocranceApi(Sandbox& sandbox, DemocranceState& state, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("democrance.api"); }

    /// The path every emulated route lives under ("/democrance").
    static QString basePath() { return QStringLiteral("/democrance"); }

    static HttpResponse detail(int status, const QString& message);
    static HttpResponse fieldError(int status, const QString& field, const QString& message);
    /// `/api/v3/payment/process/?token=…` on this sandbox.
    static QString processPath() { return basePath() + QStringLiteral("/api/v3/payment/process/"); }
    /// A policy as the listing shows it.
    static QJsonObject policyJson(const DemPolicy& policy, const DemPayment* lastPayment);
    /// "12.50" from 1250 minor units (two decimals; the currencies used have two).
    static QString decimal(qint64 minor);
    /// The request's parameters: a JSON object's members or a form body, then the query.
    static QHash<QString, QString> parameters(const HttpRequest& request);

private:
    struct Call
    {
        const DemDealer* dealer = nullptr;
        QHash<QString, QString> values;
        QString value(const QString& key) const { return values.value(key); }
    };
    using Handler = HttpResponse (DemocranceApi::*)(const HttpRequest&, Call&);

    /// A route that needs a session; `methods` are the ones allowed (405 for the others).
    void addEndpoint(const QString& path, const QList<QHttpServerRequest::Method>& methods,
                     const QString& routeName, Handler handler);
    Result<const DemDealer*, HttpResponse> authenticate(const HttpRequest& request);

    HttpResponse login(const HttpRequest& request);
    HttpResponse policyAll(const HttpRequest& request, Call& call);
    HttpResponse policyOne(const HttpRequest& request, Call& call);
    HttpResponse gateways(const HttpRequest& request, Call& call);
    HttpResponse token(const HttpRequest& request, Call& call);
    HttpResponse initiate(const HttpRequest& request, Call& call);
    HttpResponse validateSession(const HttpRequest& request, Call& call);
    HttpResponse status(const HttpRequest& request, Call& call);
    HttpResponse complete(const HttpRequest& request, Call& call);
    HttpResponse taxInvoice(const HttpRequest& request, Call& call);
    /// The gateway sends the customer back here (no session: it is the customer's browser).
    HttpResponse process(const HttpRequest& request);
    /// The deployment's own payment completion page (where /process/ sends a customer whose
    /// payment was started without a client `url`).
    HttpResponse completedPage(const HttpRequest& request);

    /// The dealer's payment of `token`, or a ready 404.
    Result<const DemPayment*, HttpResponse> paymentOf(const Call& call, const QString& token);
    QJsonObject paymentJson(const DemPayment& payment) const;
    /// The gateway page of a payment (where the customer pays).
    QString gatewayUrl(const QString& token) const;

    Sandbox& m_sandbox;
    DemocranceState& m_state;
};

} // namespace paydesk::sandbox
