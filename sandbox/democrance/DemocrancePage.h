#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"

#include <QCoreApplication>
#include <QObject>

namespace paydesk::sandbox {

class HttpRequest;
class DemocranceState;
struct DemPayment;

/**
 * The payment gateway's card page, where the URL of /initiate/ and /token/ leads
 * (`/democrance/gateway/{token}`; the `form` of /token/ POSTs `token` to the same address).
 * Plain HTML without scripts, everything escaped, the headers of securedPage().
 *
 * - `GET|POST /democrance/gateway/{token}` shows the dealer, policy, product and premium and a
 *   card form.
 * - `POST …/{token}/pay` (form: `card_number`): a valid test card (4111 1111 1111 1111) is
 *   captured, 4000 0000 0000 0002 is declined; `POST …/{token}/cancel`: the customer gives up.
 *   Only the gateway knows the result until Democrance hears of it: the customer is sent (303)
 *   to `/democrance/api/v3/payment/process/?token=…`, which records it — or, when that return
 *   is lost (fault `democrance.payment.process`), the background re-check finds it later.
 *   A form error (422) leaves the payment open. Only brand and last four digits are kept.
 */
class DemocrancePage : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    DemocrancePage(Sandbox& sandbox, DemocranceState& state, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("democrance.page"); }

private:
    HttpResponse view(const HttpRequest& request);
    HttpResponse pay(const HttpRequest& request);
    HttpResponse cancel(const HttpRequest& request);
    /// 303 to /process/ with the token (the gateway's return).
    HttpResponse toProcess(const DemPayment& payment, const QString& message);
    HttpResponse page(const DemPayment& payment, const QString& error, int status = 200);
    HttpResponse notFound();

    Sandbox& m_sandbox;
    DemocranceState& m_state;
};

} // namespace paydesk::sandbox
