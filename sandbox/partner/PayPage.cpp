#include "PayPage.h"

#include "CustomerLocale.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "TestCard.h"
#include "http/HttpServer.h"
#include "platform/PlatformState.h"
#include "util/Clock.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Code = PaymentStatus::Code;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QUrlQuery formOf(const HttpRequest& r)
{
    QByteArray body = r.body();
    body.replace('+', "%20"); // form encoding writes spaces as '+'
    return QUrlQuery(QString::fromUtf8(body));
}

HttpResponse secured(HttpResponse response)
{
    response.withHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        "frame-ancestors 'none'; base-uri 'none'");
    response.withHeader("X-Frame-Options", "DENY");
    response.withHeader("X-Content-Type-Options", "nosniff");
    response.withHeader("Referrer-Policy", "no-referrer");
    response.withHeader("Cache-Control", "no-store");
    return response;
}

const char* const kStyle =
    "body{font:16px/1.45 system-ui,-apple-system,'Segoe "
    "UI',sans-serif;background:#f3f5f9;color:#1d2330;margin:0}"
    "main{max-width:30em;margin:3em auto;background:#fff;border-radius:12px;padding:2em;"
    "box-shadow:0 2px 12px rgba(20,30,60,.08)}"
    "h1{font-size:1.3em;margin:0 0 .2em}.site{color:#5a6275;margin:0 0 1.5em}"
    "dl{display:grid;grid-template-columns:auto 1fr;gap:.35em 1em;margin:0 0 1.5em}dt{color:#5a6275}"
    "dd{margin:0}.amount{font-size:1.8em;font-weight:600;margin:.2em 0 1em}"
    ".status{display:inline-block;padding:.1em .6em;border-radius:1em;background:#e8ecf5;font-size:.9em}"
    ".notice{padding:.8em 1em;border-radius:8px;background:#eaf6ee;margin:0 0 1.2em}"
    ".notice.bad{background:#fdecec}.error{color:#b3261e;margin:.3em 0}"
    "label{display:block;margin:.8em 0 .2em;font-weight:500}"
    "input{width:100%;box-sizing:border-box;padding:.55em;border:1px solid "
    "#c5cbd8;border-radius:6px;font:inherit}"
    ".row{display:flex;gap:1em}.row>div{flex:1}"
    "button{font:inherit;padding:.65em 1.4em;border-radius:6px;border:0;cursor:pointer;margin-top:1.2em}"
    ".pay{background:#1f5fd1;color:#fff}.decline{background:#e8ecf5;color:#1d2330}"
    "small{color:#5a6275;display:block;margin-top:1.5em}";

} // namespace

PayPage::PayPage(Sandbox& sandbox, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
{
    HttpServer& http = sandbox.http();
    http.addRoute(Method::Get, QStringLiteral("/pay/{token}"),
                  RouteOptions{QStringLiteral("paypage.view"), RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return view(r); });
    http.addRoute(Method::Post, QStringLiteral("/pay/{token}/pay"),
                  RouteOptions{QStringLiteral("paypage.pay"), RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return pay(r); });
    http.addRoute(Method::Post, QStringLiteral("/pay/{token}/decline"),
                  RouteOptions{QStringLiteral("paypage.decline"), RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return decline(r); });
}

QString PayPage::storeName(const Payment& p) const
{
    const auto store = m_sandbox.state().store(p.enterpriseId, p.storeId);
    return store ? store->storeName : p.storeId;
}

HttpResponse PayPage::notFound()
{
    const QString html =
        QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>%2</style></head><body><main><h1>%1</h1><p>%3</p></main></body></html>")
            .arg(esc(tr("Payment link not found")), QString::fromLatin1(kStyle),
                 esc(tr("This payment link does not exist. Check the link in your email or text message.")));
    return secured(HttpResponse::html(html, 404));
}

HttpResponse PayPage::view(const HttpRequest& r)
{
    const auto found = m_sandbox.state().paymentByPayToken(r.param(QStringLiteral("token")));
    if (!found)
        return notFound();
    Payment p = *found;
    const Code code = p.status.code();
    if (code == Code::Initiated || code == Code::Notified) {
        StatusUpdate u;
        u.status = PaymentStatus(Code::Viewed);
        u.actor = StatusChange::Actor::Customer;
        u.note = QStringLiteral("Pay page opened");
        if (auto viewed = m_sandbox.state().applyStatusUpdate(p.enterpriseId, p.storeId, p.paymentId, u))
            p = viewed.value();
    }
    return page(p, QString(), QString());
}

HttpResponse PayPage::pay(const HttpRequest& r)
{
    PlatformState& state = m_sandbox.state();
    const auto found = state.paymentByPayToken(r.param(QStringLiteral("token")));
    if (!found)
        return notFound();
    const Payment& p = *found;
    if (!p.status.isOpen())
        return page(p, QString(), QString(), 409);

    const QUrlQuery form = formOf(r);
    const QString name = form.queryItemValue(QStringLiteral("cardName"), QUrl::FullyDecoded).trimmed();
    const QString expiry = form.queryItemValue(QStringLiteral("expiry"), QUrl::FullyDecoded).trimmed();
    const QString cvc = form.queryItemValue(QStringLiteral("cvc"), QUrl::FullyDecoded).trimmed();
    auto card = TestCard::fromInput(form.queryItemValue(QStringLiteral("cardNumber"), QUrl::FullyDecoded));
    if (!card)
        return page(p, QString(), card.error(), 422);
    static const QRegularExpression expiryFormat(QStringLiteral("^(0[1-9]|1[0-2])\\s*/\\s*([0-9]{2})$"));
    const auto m = expiryFormat.match(expiry);
    if (!m.hasMatch())
        return page(p, QString(), tr("Enter the expiry date as MM/YY."), 422);
    const QDate now = m_sandbox.clock().now().date();
    const QDate endOfMonth =
        QDate(2000 + m.captured(2).toInt(), m.captured(1).toInt(), 1).addMonths(1).addDays(-1);
    if (endOfMonth < now)
        return page(p, QString(), tr("This card has expired."), 422);
    static const QRegularExpression cvcFormat(QStringLiteral("^[0-9]{3,4}$"));
    if (!cvcFormat.match(cvc).hasMatch())
        return page(p, QString(), tr("Enter the 3 or 4 digit security code."), 422);
    if (name.isEmpty() || name.size() > 100)
        return page(p, QString(), tr("Enter the name on the card."), 422);

    // The customer starts paying…
    if (p.status.code() != Code::InProgress) {
        StatusUpdate start;
        start.status = PaymentStatus(Code::InProgress);
        start.actor = StatusChange::Actor::Customer;
        start.note = QStringLiteral("Card payment started on the pay page");
        if (auto started = state.applyStatusUpdate(p.enterpriseId, p.storeId, p.paymentId, start); !started)
            return page(p, QString(), started.error().message, 409);
    }
    // …and the test acquirer answers.
    StatusUpdate done;
    done.actor = StatusChange::Actor::Customer;
    done.cardBrand = card->brand;
    done.cardLast4 = card->last4;
    if (card->declines) {
        done.status = PaymentStatus(Code::Failed);
        done.failureReason = QStringLiteral("Card declined by the issuer");
    } else {
        done.status = PaymentStatus(Code::Paid);
        done.amountPaid = p.amount;
        done.transactionReference =
            QStringLiteral("PP-%1").arg(state.newId().left(13).remove(u'-').toUpper());
        done.note = QStringLiteral("Paid on the pay page");
    }
    auto result = state.applyStatusUpdate(p.enterpriseId, p.storeId, p.paymentId, done);
    if (!result)
        return page(p, QString(), result.error().message, 409);
    qCInfo(lcSandboxPartner) << "pay page:" << p.paymentId << "→" << result->status.toString();
    if (card->declines)
        return page(result.value(), QString(), tr("Your card was declined. Try another card."), 402);
    return page(result.value(), tr("Thank you. Your payment was received."), QString());
}

HttpResponse PayPage::decline(const HttpRequest& r)
{
    PlatformState& state = m_sandbox.state();
    const auto found = state.paymentByPayToken(r.param(QStringLiteral("token")));
    if (!found)
        return notFound();
    const Payment& p = *found;
    if (!p.status.isOpen())
        return page(p, QString(), QString(), 409);
    StatusUpdate u;
    u.status = PaymentStatus(Code::Failed);
    u.actor = StatusChange::Actor::Customer;
    u.failureReason = QStringLiteral("Declined by the customer on the pay page");
    auto result = state.applyStatusUpdate(p.enterpriseId, p.storeId, p.paymentId, u);
    if (!result)
        return page(p, QString(), result.error().message, 409);
    qCInfo(lcSandboxPartner) << "pay page:" << p.paymentId << "declined by the customer";
    return page(result.value(), tr("You declined this payment. The dealer has been told."), QString());
}

HttpResponse PayPage::page(const Payment& p, const QString& notice, const QString& error, int status)
{
    const QLocale locale =
        customerLocale(m_sandbox.state().store(p.enterpriseId, p.storeId), p.amount.currency());
    const QString token = PlatformState::payTokenOf(p);
    const QString action = QStringLiteral("/pay/") + QString::fromLatin1(QUrl::toPercentEncoding(token));

    QString body;
    if (!notice.isEmpty())
        body += QStringLiteral("<p class=\"notice\">%1</p>").arg(esc(notice));
    QString endText;
    switch (p.status.code()) {
    case Code::Paid:
    case Code::PartiallyRefunded:
        endText = tr("This request has been paid%1. Nothing more to do.")
                      .arg(p.cardLast4.isEmpty() ? QString()
                                                 : tr(" with %1 ending %2").arg(p.cardBrand, p.cardLast4));
        break;
    case Code::Refunded:
        endText = tr("This payment was refunded.");
        break;
    case Code::Cancelled:
        endText = tr("The dealer cancelled this request. You do not need to pay it.");
        break;
    case Code::Expired:
        endText = tr("This payment link has expired. Ask the dealer for a new one.");
        break;
    default:
        break;
    }

    body += QStringLiteral("<h1>%1</h1><p class=\"site\">%2</p>")
                .arg(esc(tr("Payment request")), esc(storeName(p)));
    body += QStringLiteral("<p class=\"amount\">%1</p>").arg(esc(p.amount.format(locale)));
    body += QStringLiteral("<dl><dt>%1</dt><dd>%2</dd><dt>%3</dt><dd>%4</dd><dt>%5</dt><dd>%6</dd>"
                           "<dt>%7</dt><dd><span class=\"status\">%8</span></dd>")
                .arg(esc(tr("Reference")), esc(p.reference.typeDisplayName() + u' ' + p.reference.number),
                     esc(tr("For")), esc(p.description), esc(tr("Customer")), esc(p.customer.name),
                     esc(tr("Status")), esc(p.status.displayName()));
    if (p.expiresAt.isValid() && p.status.isOpen())
        body += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(esc(tr("Pay by")), esc(locale.toString(p.expiresAt.toUTC(), QLocale::ShortFormat) +
                                                QStringLiteral(" UTC")));
    body += QStringLiteral("</dl>");

    if (!endText.isEmpty()) {
        body += QStringLiteral("<p class=\"notice%1\">%2</p>")
                    .arg(p.status.isPaid() ? QString() : QStringLiteral(" bad"), esc(endText));
    } else if (p.status.isOpen()) {
        if (p.status.code() == Code::Failed && !p.statusReason.isEmpty() && error.isEmpty())
            body += QStringLiteral("<p class=\"notice bad\">%1</p>")
                        .arg(esc(tr("The last attempt failed: %1. You can try again.").arg(p.statusReason)));
        if (!error.isEmpty())
            body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(esc(error));
        // The card number field is never pre-filled: what was typed is not sent back.
        body +=
            QStringLiteral(
                "<form method=\"post\" action=\"%1/pay\" autocomplete=\"off\">"
                "<label for=\"cardName\">%2</label><input id=\"cardName\" name=\"cardName\" required "
                "maxlength=\"100\">"
                "<label for=\"cardNumber\">%3</label><input id=\"cardNumber\" name=\"cardNumber\" required "
                "inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"23\" placeholder=\"4242 4242 4242 "
                "4242\">"
                "<div class=\"row\"><div><label for=\"expiry\">%4</label><input id=\"expiry\" "
                "name=\"expiry\" "
                "required placeholder=\"MM/YY\" maxlength=\"7\"></div><div><label for=\"cvc\">%5</label>"
                "<input id=\"cvc\" name=\"cvc\" required inputmode=\"numeric\" maxlength=\"4\"></div></div>"
                "<button class=\"pay\" type=\"submit\">%6</button></form>"
                "<form method=\"post\" action=\"%1/decline\"><button class=\"decline\" "
                "type=\"submit\">%7</button>"
                "</form><small>%8</small>")
                .arg(esc(action), esc(tr("Name on card")), esc(tr("Card number")), esc(tr("Expiry (MM/YY)")),
                     esc(tr("Security code")), esc(tr("Pay %1").arg(p.amount.format(locale))),
                     esc(tr("Decline")),
                     esc(tr(
                         "Sandbox: use any valid test card such as 4242 4242 4242 4242; "
                         "4000 0000 0000 0002 is declined. Only the brand and last four digits are kept.")));
    }

    const QString html =
        QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%1</title><style>%2</style></head><body><main>%3</main></body></html>")
            .arg(esc(tr("Pay %1").arg(storeName(p))), QString::fromLatin1(kStyle), body);
    return secured(HttpResponse::html(html, status));
}

} // namespace paydesk::sandbox
