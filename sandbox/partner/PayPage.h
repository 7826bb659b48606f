#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"
#include "payments/Payment.h"

#include <QObject>

namespace paydesk::sandbox {

class HttpRequest;

/**
 * The hosted pay page a customer opens from the pay link — plain HTML, no scripts:
 *
 * - `GET /pay/{token}` shows the request (dealer and site, reference, description, amount,
 *   status, expiry); opening it marks a NOTIFIED request VIEWED (actor CUSTOMER).
 * - `POST /pay/{token}/pay` (form: cardName, cardNumber, expiry MM/YY, cvc) checks the number
 *   (digits, length, Luhn) and pays: IN_PROGRESS, then PAID with the amount, a transaction
 *   reference and the card's brand and last four digits — the full number is never stored,
 *   logged or echoed back. The test number 4000 0000 0000 0002 is declined (FAILED).
 * - `POST /pay/{token}/decline` records that the customer declined (FAILED; they may still pay).
 *
 * Paid, cancelled, expired and refunded requests say so instead of offering the form.
 * Everything shown is HTML-escaped; answers carry a strict Content-Security-Policy.
 */
class PayPage : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    explicit PayPage(Sandbox& sandbox, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("partner.paypage"); }

private:
    HttpResponse view(const HttpRequest& request);
    HttpResponse pay(const HttpRequest& request);
    HttpResponse decline(const HttpRequest& request);
    /// The page for a payment; `notice` is a message above the form, `error` a form error.
    HttpResponse page(const Payment& payment, const QString& notice, const QString& error, int status = 200);
    HttpResponse notFound();
    QString storeName(const Payment& payment) const;

    Sandbox& m_sandbox;
};

} // namespace paydesk::sandbox
