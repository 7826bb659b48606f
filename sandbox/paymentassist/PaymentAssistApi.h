#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"
#include "paymentassist/PaymentAssistSignature.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>

namespace paydesk::sandbox {

class HttpRequest;
class PaymentAssistState;
struct PaAccount;
struct PaApplication;
struct PaPlan;

/**
 * Payment Assist's Partner API v1, emulated under `/paymentassist/` (see sandbox/README.md,
 * "Payment Assist"):
 *
 * - `GET /account`, `GET /status` take query parameters; `POST /preapproval`, `/begin`,
 *   `/update`, `/invoice`, `/plan`, `/capture` take a form-encoded or a JSON body.
 * - Every call carries `api_key` and `signature` (PaymentAssistSignature over the other
 *   parameters with the account's secret). Missing or wrong: 401; an account whose secret is a
 *   live one (`prod_…`): 403, this is the demo environment.
 * - Every answer is `{"status":"ok"|"error","msg":…,"data":…}`; errors use 400 (validation,
 *   a rule of the state machine), 401, 403, 404 (unknown token; /invoice before completed),
 *   405 (wrong method).
 *
 * Fault switches use the route names `paymentassist.<endpoint>` (paymentassist.begin …).
 */
class PaymentAssistApi : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    using Params = PaymentAssistSignature::Params;

    PaymentAssistApi(Sandbox& sandbox, PaymentAssistState& state, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("paymentassist.api"); }

    /// The path every emulated route lives under ("/paymentassist").
    static QString basePath() { return QStringLiteral("/paymentassist"); }

    /// `a=1&b=x+y` → pairs, decoded (`+` is a space), in the order sent.
    static Params parseForm(const QByteArray& encoded);
    /// A JSON value as Payment Assist's parameter text (true/false, integers without ".0").
    static QString jsonParamText(const QJsonValue& value);

    static HttpResponse ok(const QJsonValue& data);
    static HttpResponse error(int status, const QString& message, const QJsonValue& data = QJsonValue());

    /// The schedule of a plan for an amount (POST /plan's `data`), from `today`.
    static QJsonObject planQuote(const PaPlan& plan, qint64 amount, const QDate& today);

private:
    struct Call
    {
        const PaAccount* account = nullptr;
        Params params;
        QHash<QString, QString> values;
        QString value(const QString& key) const { return values.value(key); }
        bool has(const QString& key) const { return !values.value(key).isEmpty(); }
    };

    void addEndpoint(const QString& path, bool post, const QString& routeName,
                     HttpResponse (PaymentAssistApi::*handler)(Call&));
    /// Reads the parameters and checks key, environment and signature.
    Result<Call, HttpResponse> authenticate(const HttpRequest& request, bool post);

    HttpResponse account(Call& call);
    HttpResponse preapproval(Call& call);
    HttpResponse begin(Call& call);
    HttpResponse status(Call& call);
    HttpResponse update(Call& call);
    HttpResponse invoice(Call& call);
    HttpResponse plan(Call& call);
    HttpResponse capture(Call& call);

    Sandbox& m_sandbox;
    PaymentAssistState& m_state;
};

} // namespace paydesk::sandbox
