#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

namespace paydesk::sandbox {

class HttpRequest;
class PaymentAssistState;
struct PaApplication;

/**
 * The customer's side of an application: the continuation URL /begin returns
 * (`/paymentassist/apply/{token}`), plain HTML without scripts, everything shown escaped.
 *
 * - `GET /paymentassist/apply/{token}` shows the dealer, amount, plan and repayment schedule;
 *   opening it moves a pending application to `in progress`.
 * - `POST …/{token}/sign` (form: `name`, `card_number`, `agree`) is the e-signature and the
 *   deposit card. The name must match the application (as on the real test environment,
 *   otherwise a simulated rejection), the card must be a valid number (test card
 *   4111 1111 1111 1111; 4000 0000 0000 0002 is declined). Passing: `completed`, or
 *   `pending_capture` when the application was begun with `auto_capture=false`; rejected:
 *   `failed`. A form error (empty name, bad number, box not ticked) leaves it open (422).
 * - `POST …/{token}/decline`: the customer declines → `failed`.
 *
 * At the end the customer goes back (303) to the success or failure URL with `token`,
 * `status` (`success` / `failed`) and `signature` appended — signed over just those two
 * with the account's secret; without a URL a result page is shown.
 */
class PaymentAssistPage : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    PaymentAssistPage(Sandbox& sandbox, PaymentAssistState& state, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("paymentassist.page"); }

    /// The return URL with `token`, `status` and `signature` appended (its own query kept).
    static QUrl returnUrl(const QString& base, const QString& token, bool success, const QByteArray& secret);

private:
    HttpResponse view(const HttpRequest& request);
    HttpResponse sign(const HttpRequest& request);
    HttpResponse decline(const HttpRequest& request);
    /// The redirect to the application's success / failure URL, or a result page.
    HttpResponse finish(const PaApplication& app, bool success, const QString& message);
    HttpResponse page(const PaApplication& app, const QString& notice, const QString& error,
                      int status = 200);
    HttpResponse notFound();

    Sandbox& m_sandbox;
    PaymentAssistState& m_state;
};

} // namespace paydesk::sandbox
