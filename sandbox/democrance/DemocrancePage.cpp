#include "DemocrancePage.h"

#include "DemocranceApi.h"
#include "DemocranceState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "http/PageSecurity.h"
#include "money/Money.h"
#include "partner/TestCard.h"

#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Status = DemPayment::Status;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString amount(qint64 minor, const QString& currency)
{
    const auto m = Money::fromMinor(minor, currency);
    return m ? m->format(QLocale(QLocale::English, QLocale::UnitedKingdom)) : QString::number(minor);
}

const char* const kStyle =
    "body{font:16px/1.45 system-ui,sans-serif;background:#eef3f7;color:#17212b;margin:0}"
    "main{max-width:30em;margin:3em auto;background:#fff;border-radius:10px;padding:2em;"
    "box-shadow:0 2px 12px rgba(10,40,70,.1)}h1{font-size:1.25em;margin:0 0 .2em}"
    ".merchant{color:#4d5b69;margin:0 0 1.4em}dl{display:grid;grid-template-columns:auto 1fr;gap:.35em 1em}"
    "dt{color:#4d5b69}dd{margin:0}.amount{font-size:1.8em;font-weight:600;margin:.2em 0 1em}"
    ".notice{padding:.8em 1em;border-radius:8px;background:#e8f5ec}.error{color:#b3261e}"
    "label{display:block;margin:1em 0 .2em;font-weight:500}input[type=text]{width:100%;box-sizing:border-box;"
    "padding:.55em;border:1px solid #b9c6d2;border-radius:6px;font:inherit}button{font:inherit;padding:.65em "
    "1.4em;border-radius:6px;border:0;margin-top:1.2em}.pay{background:#0b6bcb;color:#fff}.cancel{background:"
    "#e6ebf0}small{color:#4d5b69;display:block;margin-top:1.5em}";

QString wrap(const QString& title, const QString& body)
{
    return u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width,initial-scale=1\"><title>%1</title><style>%2</style></head>"
           "<body><main>%3</main></body></html>"_s.arg(esc(title), QString::fromLatin1(kStyle), body);
}

QString formValue(const HttpRequest& r, const QString& key)
{
    QByteArray body = r.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body)).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

DemocrancePage::DemocrancePage(Sandbox& sandbox, DemocranceState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
{
    HttpServer& http = sandbox.http();
    const QString base = DemocranceApi::basePath() + u"/gateway/{token}"_s;
    for (Method m : {Method::Get, Method::Post}) {
        http.addRoute(m, base, RouteOptions{u"democrance.gateway.view"_s, RouteAuth::None, false, true},
                      [this](HttpRequest& r) { return view(r); });
    }
    http.addRoute(Method::Post, base + u"/pay"_s,
                  RouteOptions{u"democrance.gateway.pay"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return pay(r); });
    http.addRoute(Method::Post, base + u"/cancel"_s,
                  RouteOptions{u"democrance.gateway.cancel"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return cancel(r); });
}

HttpResponse DemocrancePage::notFound()
{
    return securedPage(HttpResponse::html(
        wrap(tr("Payment not found"),
             u"<h1>%1</h1><p>%2</p>"_s.arg(
                 esc(tr("Payment not found")),
                 esc(tr("This payment link is not valid. Ask the dealer for a new one.")))),
        404));
}

HttpResponse DemocrancePage::view(const HttpRequest& r)
{
    const DemPayment* p = m_state.payment(r.param(u"token"_s));
    if (!p)
        return notFound();
    return page(*p, QString());
}

HttpResponse DemocrancePage::pay(const HttpRequest& r)
{
    const QString token = r.param(u"token"_s);
    const DemPayment* p = m_state.payment(token);
    if (!p)
        return notFound();
    if (p->status != Status::Pending || p->gatewayResult != DemPayment::GatewayResult::None)
        return page(*p, QString(), 409);
    // The full number lives only in this request: TestCard keeps brand and last four.
    auto card = TestCard::fromInput(formValue(r, u"card_number"_s));
    if (!card)
        return page(*p, card.error(), 422);
    (void)m_state.gatewayResult(token, !card->declines, card->brand, card->last4);
    qCInfo(lcSandbox).noquote() << "democrance gateway: payment" << p->reference
                                << (card->declines ? "declined" : "captured");
    return toProcess(*m_state.payment(token), card->declines ? tr("Your card was declined.")
                                                             : tr("Payment accepted. Returning you now…"));
}

HttpResponse DemocrancePage::cancel(const HttpRequest& r)
{
    const QString token = r.param(u"token"_s);
    const DemPayment* p = m_state.payment(token);
    if (!p)
        return notFound();
    if (p->status != Status::Pending || p->gatewayResult != DemPayment::GatewayResult::None)
        return page(*p, QString(), 409);
    (void)m_state.gatewayResult(token, false);
    return toProcess(*m_state.payment(token), tr("You cancelled the payment."));
}

HttpResponse DemocrancePage::toProcess(const DemPayment& p, const QString& message)
{
    QUrl url(m_sandbox.baseUrl().toString() + DemocranceApi::processPath());
    QUrlQuery q;
    q.addQueryItem(u"token"_s, p.token);
    url.setQuery(q);
    const QString link = url.toString(QUrl::FullyEncoded);
    HttpResponse r =
        HttpResponse::html(wrap(message, u"<p class=\"notice\">%1</p><p><a href=\"%2\">%3</a></p>"_s.arg(
                                             esc(message), esc(link), esc(tr("Continue")))),
                           303);
    r.withHeader("Location", link.toUtf8());
    return securedPage(r);
}

HttpResponse DemocrancePage::page(const DemPayment& p, const QString& error, int status)
{
    const DemDealer* dealer = m_state.dealer(p.dealer);
    const DemPolicy* policy = m_state.policyOf(p.dealer, p.policyNumber);
    const auto gateway = DemocranceState::gateway(p.gateway);
    const QString action =
        DemocranceApi::basePath() + u"/gateway/"_s + QString::fromLatin1(QUrl::toPercentEncoding(p.token));

    QString body = u"<h1>%1</h1><p class=\"merchant\">%2</p>"_s.arg(
        esc(gateway ? gateway->name : tr("Secure payment")), esc(dealer ? dealer->name : QString()));
    body += u"<div class=\"amount\">%1</div><dl>"_s.arg(esc(amount(p.amount, p.currency)));
    if (policy) {
        body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("Cover")), esc(policy->productName));
        body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("Policy")), esc(policy->policyNumber));
        body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(
            esc(tr("Vehicle")), esc(policy->make + u' ' + policy->model + u", "_s + policy->registration));
        body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("Insured")),
                                                esc(policy->firstName + u' ' + policy->lastName));
    }
    body += u"</dl>"_s;
    const bool open = p.status == Status::Pending && p.gatewayResult == DemPayment::GatewayResult::None;
    if (open) {
        if (!error.isEmpty())
            body += u"<p class=\"error\" role=\"alert\">%1</p>"_s.arg(esc(error));
        body += u"<form method=\"post\" action=\"%1/pay\">"_s.arg(esc(action));
        body += u"<label for=\"card\">%1</label><input type=\"text\" id=\"card\" name=\"card_number\" "
                "inputmode=\"numeric\" autocomplete=\"cc-number\" maxlength=\"23\">"_s.arg(
                    esc(tr("Card number")));
        body += u"<button class=\"pay\" type=\"submit\">%1</button></form>"_s.arg(
            esc(tr("Pay %1").arg(amount(p.amount, p.currency))));
        body += u"<form method=\"post\" action=\"%1/cancel\"><button class=\"cancel\" "
                "type=\"submit\">%2</button></form>"_s.arg(esc(action), esc(tr("Cancel")));
        body += u"<small>%1</small>"_s.arg(
            esc(tr("Sandbox: test card 4111 1111 1111 1111; 4000 0000 0000 0002 is declined.")));
    } else {
        QString end;
        if (p.status == Status::Paid || p.gatewayResult == DemPayment::GatewayResult::Captured)
            end = tr("This payment is complete. Nothing more to do.");
        else if (p.status == Status::Expired)
            end = tr("This payment link has expired. Ask the dealer for a new one.");
        else
            end = tr("This payment is no longer open. Ask the dealer for a new link.");
        body += u"<p class=\"notice\">%1</p>"_s.arg(esc(end));
    }
    return securedPage(HttpResponse::html(wrap(tr("Secure payment"), body), status));
}

} // namespace paydesk::sandbox
