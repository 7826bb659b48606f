#include "PaymentAssistPage.h"

#include "PaymentAssistApi.h"
#include "PaymentAssistState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "http/PageSecurity.h"
#include "money/Money.h"
#include "partner/TestCard.h"
#include "paymentassist/PaymentAssistSignature.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Status = PaApplication::Status;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString pounds(qint64 pence)
{
    // Money's own formatting: integer pence all the way, never through a double.
    const auto amount = Money::fromMinor(pence, u"GBP"_s);
    return amount ? amount->format(QLocale(QLocale::English, QLocale::UnitedKingdom))
                  : QString::number(pence);
}

const char* const kStyle =
    "body{font:16px/1.45 system-ui,sans-serif;background:#f4f1fa;color:#221c30;margin:0}"
    "main{max-width:32em;margin:3em auto;background:#fff;border-radius:12px;padding:2em;"
    "box-shadow:0 2px 12px rgba(40,20,80,.08)}h1{font-size:1.3em;margin:0 0 .2em}"
    ".dealer{color:#5d5570;margin:0 0 1.5em}dl{display:grid;grid-template-columns:auto 1fr;gap:.35em 1em}"
    "dt{color:#5d5570}dd{margin:0}.amount{font-size:1.8em;font-weight:600;margin:.2em 0 1em}"
    "table{border-collapse:collapse;width:100%;margin:.5em 0 1.2em}td{padding:.2em .4em;border-bottom:1px "
    "solid #eee}"
    ".notice{padding:.8em 1em;border-radius:8px;background:#eaf6ee}.notice.bad{background:#fdecec}"
    ".error{color:#b3261e}label{display:block;margin:.8em 0 .2em;font-weight:500}"
    "input[type=text]{width:100%;box-sizing:border-box;padding:.55em;border:1px solid "
    "#c9c2d8;border-radius:6px;"
    "font:inherit}button{font:inherit;padding:.65em 1.4em;border-radius:6px;border:0;margin-top:1.2em}"
    ".sign{background:#5b2bd1;color:#fff}.decline{background:#ece8f4}small{color:#5d5570;display:block;"
    "margin-top:1.5em}";

QString wrap(const QString& title, const QString& body)
{
    return u"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width,initial-scale=1\"><title>%1</title><style>%2</style></head>"
           "<body><main>%3</main></body></html>"_s.arg(esc(title), QString::fromLatin1(kStyle), body);
}

QString formValue(const PaymentAssistApi::Params& form, const QString& key)
{
    for (const auto& p : form) {
        if (p.first == key)
            return p.second;
    }
    return QString();
}

} // namespace

PaymentAssistPage::PaymentAssistPage(Sandbox& sandbox, PaymentAssistState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
{
    HttpServer& http = sandbox.http();
    const QString base = PaymentAssistApi::basePath() + u"/apply/{token}"_s;
    http.addRoute(Method::Get, base, RouteOptions{u"paymentassist.page.view"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return view(r); });
    http.addRoute(Method::Post, base + u"/sign"_s,
                  RouteOptions{u"paymentassist.page.sign"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return sign(r); });
    http.addRoute(Method::Post, base + u"/decline"_s,
                  RouteOptions{u"paymentassist.page.decline"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return decline(r); });
}

QUrl PaymentAssistPage::returnUrl(const QString& base, const QString& token, bool success,
                                  const QByteArray& secret)
{
    const QString status = success ? u"success"_s : u"failed"_s;
    const QString signature =
        PaymentAssistSignature::compute({{u"token"_s, token}, {u"status"_s, status}}, secret);
    QUrl url(base);
    QUrlQuery query(url);
    query.addQueryItem(u"token"_s, token);
    query.addQueryItem(u"status"_s, status);
    query.addQueryItem(u"signature"_s, signature);
    url.setQuery(query);
    return url;
}

HttpResponse PaymentAssistPage::notFound()
{
    return securedPage(HttpResponse::html(
        wrap(tr("Application not found"),
             u"<h1>%1</h1><p>%2</p>"_s.arg(
                 esc(tr("Application not found")),
                 esc(tr("This link does not lead to an application. Ask the dealer for a new "
                        "link.")))),
        404));
}

HttpResponse PaymentAssistPage::view(const HttpRequest& r)
{
    const QString token = r.param(u"token"_s);
    if (!m_state.application(token))
        return notFound();
    m_state.opened(token);
    return page(*m_state.application(token), QString(), QString());
}

HttpResponse PaymentAssistPage::sign(const HttpRequest& r)
{
    const QString token = r.param(u"token"_s);
    const PaApplication* app = m_state.application(token);
    if (!app)
        return notFound();
    if (!app->isOpen())
        return page(*app, QString(), QString(), 409);
    const auto form = PaymentAssistApi::parseForm(r.body());
    const QString name = formValue(form, u"name"_s).simplified();
    if (name.isEmpty() || name.size() > 100)
        return page(*app, QString(), tr("Type your full name to sign the agreement."), 422);
    if (formValue(form, u"agree"_s).isEmpty())
        return page(*app, QString(), tr("Tick the box to accept the agreement."), 422);
    auto card = TestCard::fromInput(formValue(form, u"card_number"_s));
    if (!card)
        return page(*app, QString(), card.error(), 422);
    if (app->multiPlan) {
        const int planId = formValue(form, u"plan_id"_s).toInt();
        const PaAccount* account = m_state.account(app->apiKey);
        const auto plan = m_state.plan(planId);
        if (!account || !account->planIds.contains(planId) || !plan || !plan->allows(app->amount))
            return page(*app, QString(), tr("Choose one of the payment plans."), 422);
        m_state.setPlan(token, planId);
    }
    if (app->status == Status::Pending)
        m_state.opened(token);

    const bool nameMatches = name.compare(app->customerName().simplified(), Qt::CaseInsensitive) == 0;
    if (!nameMatches || card->declines) {
        (void)m_state.decline(token);
        qCInfo(lcSandbox).noquote() << "paymentassist page: application" << token.left(8) << "rejected";
        return finish(*m_state.application(token), false,
                      nameMatches
                          ? tr("Your card was declined, so the application could not be completed.")
                          : tr("The name does not match the application, so it could not be completed."));
    }
    if (auto signedUp = m_state.sign(token); !signedUp)
        return page(*app, QString(), signedUp.error(), 409);
    qCInfo(lcSandbox).noquote() << "paymentassist page: application" << token.left(8) << "signed";
    return finish(*m_state.application(token), true, tr("Thank you. Your payment plan is set up."));
}

HttpResponse PaymentAssistPage::decline(const HttpRequest& r)
{
    const QString token = r.param(u"token"_s);
    const PaApplication* app = m_state.application(token);
    if (!app)
        return notFound();
    if (!app->isOpen())
        return page(*app, QString(), QString(), 409);
    (void)m_state.decline(token);
    return finish(*m_state.application(token), false,
                  tr("You declined the application. The dealer has been told."));
}

HttpResponse PaymentAssistPage::finish(const PaApplication& app, bool success, const QString& message)
{
    const QString target = success ? app.successUrl : app.failureUrl;
    const PaAccount* account = m_state.account(app.apiKey);
    if (target.isEmpty() || !account)
        return page(app, message, QString());
    const QUrl url = returnUrl(target, app.token, success, account->secret.toUtf8());
    const QString link = url.toString(QUrl::FullyEncoded);
    HttpResponse r =
        HttpResponse::html(wrap(message, u"<p class=\"notice\">%1</p><p><a href=\"%2\">%3</a></p>"_s.arg(
                                             esc(message), esc(link), esc(tr("Back to the dealer")))),
                           303);
    r.withHeader("Location", link.toUtf8());
    return securedPage(r);
}

HttpResponse PaymentAssistPage::page(const PaApplication& app, const QString& notice, const QString& error,
                                     int status)
{
    const PaAccount* account = m_state.account(app.apiKey);
    const QString dealer = account ? account->displayName : QString();
    const auto plan = m_state.plan(app.planId);
    const QString action =
        PaymentAssistApi::basePath() + u"/apply/"_s + QString::fromLatin1(QUrl::toPercentEncoding(app.token));

    QString body = u"<h1>%1</h1><p class=\"dealer\">%2</p>"_s.arg(esc(tr("Pay in instalments")), esc(dealer));
    if (!notice.isEmpty())
        body += u"<p class=\"notice%1\">%2</p>"_s.arg(
            app.status == Status::Failed || app.status == Status::Expired ? u" bad"_s : QString(),
            esc(notice));
    body += u"<div class=\"amount\">%1</div><dl>"_s.arg(esc(pounds(app.amount)));
    body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("Customer")), esc(app.customerName()));
    if (!app.description.isEmpty())
        body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("For")), esc(app.description));
    if (!app.regNo.isEmpty())
        body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("Vehicle")), esc(app.regNo));
    body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("Order")), esc(app.orderId));
    if (plan)
        body += u"<dt>%1</dt><dd>%2</dd>"_s.arg(esc(tr("Plan")), esc(plan->name));
    body +=
        u"<dt>%1</dt><dd>%2</dd></dl>"_s.arg(esc(tr("Status")), esc(PaApplication::statusName(app.status)));

    if (plan && app.isOpen()) {
        const QJsonObject quote =
            PaymentAssistApi::planQuote(*plan, app.amount, m_state.clock().now().toUTC().date());
        body += u"<table>"_s;
        for (const auto& v : quote.value(u"schedule"_s).toArray()) {
            const QJsonObject row = v.toObject();
            body += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(esc(row.value(u"date"_s).toString()),
                                                             esc(pounds(row.value(u"amount"_s).toInteger())));
        }
        body += u"</table>"_s;
    }

    if (app.isOpen()) {
        if (!error.isEmpty())
            body += u"<p class=\"error\" role=\"alert\">%1</p>"_s.arg(esc(error));
        body += u"<form method=\"post\" action=\"%1/sign\">"_s.arg(esc(action));
        if (app.multiPlan && account) {
            // multi_plan: the customer chooses among the plans that allow the amount.
            body += u"<fieldset><legend>%1</legend>"_s.arg(esc(tr("Choose your plan")));
            for (const PaPlan& p : m_state.plansOf(*account)) {
                if (!p.allows(app.amount))
                    continue;
                body += u"<label><input type=\"radio\" name=\"plan_id\" value=\"%1\"%2> %3</label>"_s.arg(
                    QString::number(p.planId), p.planId == app.planId ? u" checked"_s : QString(),
                    esc(p.name));
            }
            body += u"</fieldset>"_s;
        }
        body +=
            u"<label for=\"name\">%1</label><input type=\"text\" id=\"name\" name=\"name\" maxlength=\"100\" "
            "autocomplete=\"name\">"_s.arg(esc(tr("Your full name (your signature)")));
        body += u"<label for=\"card\">%1</label><input type=\"text\" id=\"card\" name=\"card_number\" "
                "inputmode=\"numeric\" autocomplete=\"cc-number\" maxlength=\"23\">"_s.arg(
                    esc(tr("Card for the first payment")));
        body += u"<label><input type=\"checkbox\" name=\"agree\" value=\"1\"> %1</label>"_s.arg(
            esc(tr("I have read and accept the credit agreement.")));
        body += u"<button class=\"sign\" type=\"submit\">%1</button></form>"_s.arg(esc(tr("Sign and pay")));
        body += u"<form method=\"post\" action=\"%1/decline\"><button class=\"decline\" "
                "type=\"submit\">%2</button></form>"_s.arg(esc(action), esc(tr("No thanks")));
        body += u"<small>%1</small>"_s.arg(esc(tr("Sandbox: test card 4111 1111 1111 1111; "
                                                  "4000 0000 0000 0002 is declined.")));
    } else if (notice.isEmpty()) {
        QString end;
        switch (app.status) {
        case Status::Completed:
        case Status::PendingCapture:
            end = tr("This application is complete. Nothing more to do.");
            break;
        case Status::Failed:
            end = tr("This application was not successful.");
            break;
        case Status::Expired:
            end = tr("This application has expired. Ask the dealer for a new link.");
            break;
        default:
            break;
        }
        body += u"<p class=\"notice\">%1</p>"_s.arg(esc(end));
    }
    return securedPage(HttpResponse::html(wrap(tr("Payment Assist"), body), status));
}

} // namespace paydesk::sandbox
