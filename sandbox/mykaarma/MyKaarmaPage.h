#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"

#include <QObject>

namespace paydesk::sandbox {

class HttpRequest;
class MyKaarmaApi;
class MyKaarmaState;
struct MkPaymentRequest;

/**
 * The customer's side of a myKaarma payment link ("PayIsland"): public, no authentication, plain
 * HTML without scripts, everything escaped, the headers of securedPage().
 *
 * - `GET /mykaarma/payisland/{guid}`: the dealer, the order, the amount, the credit-card
 *   surcharge when the invoice's feeRequest asked for one, and the card form. Opening it marks
 *   the payment request VIEWED.
 * - `POST /mykaarma/payisland/{guid}/pay` (form: `tender` credit|debit, `name`, `card_number`,
 *   `zip`): test card 4111 1111 1111 1111 is accepted, 4000 0000 0000 0002 declined. Accepted:
 *   the request is PAID (amount + surcharge for credit), the order paid online. Declined: the
 *   customer may try again until the request's attempts are used up (then FAILED). A form
 *   error (422) uses no attempt. At the end the customer goes (303) to the request's
 *   clientSideRedirectUrl with `paymentRequestGuid`, `invoiceId` and `status` (SUCCESS /
 *   FAILURE) appended, or sees a result page.
 * - `GET /mykaarma/invoice/{invoiceGuid}`: the invoice (the v4 answer's invoiceLink).
 */
class MyKaarmaPage : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    MyKaarmaPage(Sandbox& sandbox, MyKaarmaState& state, MyKaarmaApi& api, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("mykaarma.page"); }

private:
    HttpResponse view(const HttpRequest& request);
    HttpResponse pay(const HttpRequest& request);
    HttpResponse invoice(const HttpRequest& request);
    HttpResponse page(const MkPaymentRequest& request, const QString& notice, const QString& error,
                      int status = 200);
    HttpResponse finish(const MkPaymentRequest& request, bool success, const QString& message);
    HttpResponse notFound(const QString& what);

    Sandbox& m_sandbox;
    MyKaarmaState& m_state;
    MyKaarmaApi& m_api;
};

} // namespace paydesk::sandbox
