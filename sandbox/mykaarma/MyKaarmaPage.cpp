#include "MyKaarmaPage.h"

#include "MyKaarmaApi.h"
#include "MyKaarmaState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "http/PageSecurity.h"
#include "money/Money.h"
#include "partner/TestCard.h"
#include "paymentassist/PaymentAssistApi.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Status = MkPaymentRequest::Status;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dollars(qint64 cents)
{
    // Money's own formatting from integer cents, never through a double.
    const auto amount = Money::fromMinor(cents, u"USD"_s);
    return amount ? amount->format(QLocale(QLocale::English, QLocale::UnitedStates)) : QString::number(cents);
}

const char* const kStyle =
    "body{font:16px/1.45 system-ui,sans-serif;background:#eef4f8;color:#1b2833;margin:0}"
    "main{max-width:32em;margin:3em auto;background:#fff;border-radius:10px;padding:2em;"
    "box-shadow:0 2px 12px rgba(10,60,100,.08)}h1{font-size:1.3em;margin:0 0 .2em}"
    ".dealer{color:#546575;margin:0 0 1.5em}dl{display:grid;grid-template-columns:auto 1fr;gap:.35em 1em}"
    "dt{color:#546575}dd{margin:0}.amount{font-size:1.8em;font-weight:600;margin:.2em 0 .6em}"
    ".notice{padding:.8em 1em;border-radius:8px;background:#e7f5ec}.notice.bad{background:#fdecec}"
    ".error{color:#b3261e}label{display:block;margin:.8em 0 .2em;font-weight:500}"
    "input[type=text]{width:100%;box-sizing:border-box;padding:.55em;border:1px solid #b9c7d3;"
    "border-radius:6px;font:inherit}fieldset{border:0;padding:0;margin:1em 0 0}"
    "button{font:inherit;padding:.65em 1.4em;border-radius:6px;border:0;margin-top:1.2em;background:#0377b3;"
    "color:#fff}small{color:#546575;display:block;margin-top:1.5em}";

QString wrap(const QString& title, const QString& body)
{
    return u"<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width,initial-scale=1\"><title>%1</title><style>%2</style></head>"
           "<body><main>%3</main></body></html>"_s.arg(esc(title), QString::fromLatin1(kStyle), body);
}

QString formValue(const QList<QPair<QString, QString>>& form, const QString& key)
{
    for (const auto& p : form) {
        if (p.first == key)
            return p.second;
    }
    return QString();
}

} // namespace

MyKaarmaPage::MyKaarmaPage(Sandbox& sandbox, MyKaarmaState& state, MyKaarmaApi& api, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
    , m_api(api)
{
    HttpServer& http = sandbox.http();
    const QString base = MyKaarmaApi::mountPath() + u"/payisland/{guid}"_s;
    http.addRoute(Method::Get, base, RouteOptions{u"mykaarma.page.view"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return view(r); });
    http.addRoute(Method::Post, base + u"/pay"_s,
                  RouteOptions{u"mykaarma.page.pay"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return pay(r); });
    http.addRoute(Method::Get, MyKaarmaApi::mountPath() + u"/invoice/{guid}"_s,
                  RouteOptions{u"mykaarma.page.invoice"_s, RouteAuth::None, false, true},
                  [this](HttpRequest& r) { return invoice(r); });
}

HttpResponse MyKaarmaPage::notFound(const QString& what)
{
    return securedPage(HttpResponse::html(
        wrap(what, u"<h1>%1</h1><p>%2</p>"_s.arg(esc(what), esc(u"This link does not lead to a payment. Ask "
                                                                "the dealership for a new link."_s))),
        404));
}

HttpResponse MyKaarmaPage::view(const HttpRequest& r)
{
    const QString guid = r.param(u"guid"_s);
    if (!m_state.paymentRequest(guid))
        return notFound(u"Payment not found"_s);
    m_state.viewed(guid);
    return page(*m_state.paymentRequest(guid), QString(), QString());
}

HttpResponse MyKaarmaPage::pay(const HttpRequest& r)
{
    const QString guid = r.param(u"guid"_s);
    const MkPaymentRequest* pr = m_state.paymentRequest(guid);
    if (!pr)
        return notFound(u"Payment not found"_s);
    if (!pr->isOpen())
        return page(*pr, QString(), QString(), 409);
    const auto form = PaymentAssistApi::parseForm(r.body());
    const QString tender = formValue(form, u"tender"_s).toLower();
    const QString name = formValue(form, u"name"_s).simplified();
    const QString zip = formValue(form, u"zip"_s).trimmed();
    static const QRegularExpression zipShape(u"^[0-9]{5}(-[0-9]{4})?$"_s);
    if (tender != u"credit"_s && tender != u"debit"_s)
        return page(*pr, QString(), u"Choose credit or debit card."_s, 422);
    if (name.isEmpty() || name.size() > 100)
        return page(*pr, QString(), u"Enter the name on the card."_s, 422);
    auto card = TestCard::fromInput(formValue(form, u"card_number"_s));
    if (!card)
        return page(*pr, QString(), card.error(), 422);
    if (!zipShape.match(zip).hasMatch())
        return page(*pr, QString(), u"Enter the card's billing ZIP code (5 digits)."_s, 422);
    if (pr->status != Status::Viewed)
        m_state.viewed(guid);

    if (card->declines) {
        (void)m_state.decline(guid);
        const MkPaymentRequest* after = m_state.paymentRequest(guid);
        qCInfo(lcSandbox).noquote() << "mykaarma page: payment request" << guid.left(8) << "card declined";
        if (after->isOpen())
            return page(*after, QString(), u"Your card was declined. Try another card."_s, 422);
        return finish(*after, false,
                      u"Your card was declined, and this link can no longer be used. The "
                      "dealership has been told."_s);
    }
    qint64 surcharge = 0;
    if (const MkInvoice* inv = m_state.invoice(pr->invoiceGuid); inv && tender == u"credit"_s) {
        if (const MkDepartment* d = m_state.department(pr->departmentUuid)) {
            MkFeeRequest fee = inv->fee;
            fee.tenderType = u"CREDIT"_s;
            fee.fetchApplicationFee = false;
            surcharge = MyKaarmaState::fees(pr->amount, fee, *d).surcharge;
        }
    }
    if (auto paid = m_state.pay(guid, card->brand, card->last4, surcharge); !paid)
        return page(*pr, QString(), paid.error(), 409);
    qCInfo(lcSandbox).noquote() << "mykaarma page: payment request" << guid.left(8) << "paid";
    return finish(*m_state.paymentRequest(guid), true, u"Thank you. Your payment was received."_s);
}

HttpResponse MyKaarmaPage::finish(const MkPaymentRequest& pr, bool success, const QString& message)
{
    if (pr.clientSideRedirectUrl.isEmpty())
        return page(pr, message, QString());
    QUrl url(pr.clientSideRedirectUrl);
    QUrlQuery query(url);
    query.addQueryItem(u"paymentRequestGuid"_s, pr.guid);
    query.addQueryItem(u"invoiceId"_s, pr.invoiceGuid);
    query.addQueryItem(u"status"_s, success ? u"SUCCESS"_s : u"FAILURE"_s);
    url.setQuery(query);
    const QString link = url.toString(QUrl::FullyEncoded);
    HttpResponse r =
        HttpResponse::html(wrap(message, u"<p class=\"notice\">%1</p><p><a href=\"%2\">%3</a></p>"_s.arg(
                                             esc(message), esc(link), esc(u"Back to the dealership"_s))),
                           303);
    r.withHeader("Location", link.toUtf8());
    return securedPage(r);
}

HttpResponse MyKaarmaPage::page(const MkPaymentRequest& pr, const QString& notice, const QString& error,
                                int status)
{
    const MkInvoice* inv = m_state.invoice(pr.invoiceGuid);
    const MkOrder* order = inv ? m_state.order(inv->dealerOrderUuid) : nullptr;
    const MkDealer* dealer = order ? m_state.dealer(order->dealerUuid) : nullptr;
    const MkDepartment* dept = m_state.department(pr.departmentUuid);
    const QString action = MyKaarmaApi::mountPath() + u"/payisland/"_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(pr.guid)) + u"/pay"_s;

    QString body = u"<h1>%1</h1><p class=\"dealer\">%2</p>"_s.arg(esc(u"Pay your invoice"_s),
                                                                  esc(dealer ? dealer->name : QString()));
    const bool bad = pr.status == Status::Failed || pr.status == Status::Expired;
    if (!notice.isEmpty())
        body += u"<p class=\"notice%1\">%2</p>"_s.arg(bad ? u" bad"_s : QString(), esc(notice));
    body += u"<div class=\"amount\">%1</div><dl>"_s.arg(esc(dollars(pr.amount)));
    if (order) {
        body += u"<dt>Order</dt><dd>%1</dd>"_s.arg(esc(order->orderNumber));
        if (!order->vehicle.isEmpty())
            body += u"<dt>Vehicle</dt><dd>%1</dd>"_s.arg(esc(order->vehicle));
    }
    if (!pr.description.isEmpty())
        body += u"<dt>For</dt><dd>%1</dd>"_s.arg(esc(pr.description));
    body += u"<dt>Status</dt><dd>%1</dd></dl>"_s.arg(esc(MkPaymentRequest::statusName(pr.status)));

    if (pr.isOpen()) {
        qint64 surcharge = 0;
        int basisPoints = 0;
        if (inv && dept) {
            MkFeeRequest fee = inv->fee;
            fee.tenderType = u"CREDIT"_s;
            fee.fetchApplicationFee = false;
            const MkFees f = MyKaarmaState::fees(pr.amount, fee, *dept);
            surcharge = f.surcharge;
            basisPoints = f.surchargeBasisPoints;
        }
        if (surcharge > 0)
            body += u"<p>%1</p>"_s.arg(
                esc(u"Credit cards carry a %1% surcharge (%2, total %3). Debit cards carry none."_s.arg(
                    QString::number(basisPoints / 100.0, 'f', 2), dollars(surcharge),
                    dollars(pr.amount + surcharge))));
        if (!error.isEmpty())
            body += u"<p class=\"error\" role=\"alert\">%1</p>"_s.arg(esc(error));
        body +=
            u"<form method=\"post\" action=\"%1\"><fieldset><legend>Card type</legend>"
            "<label><input type=\"radio\" name=\"tender\" value=\"credit\" checked> Credit card</label>"
            "<label><input type=\"radio\" name=\"tender\" value=\"debit\"> Debit card</label></fieldset>"_s
                .arg(esc(action));
        body += u"<label for=\"name\">Name on the card</label><input type=\"text\" id=\"name\" name=\"name\" "
                "maxlength=\"100\" autocomplete=\"cc-name\">"_s;
        body +=
            u"<label for=\"card\">Card number</label><input type=\"text\" id=\"card\" name=\"card_number\" "
            "inputmode=\"numeric\" autocomplete=\"cc-number\" maxlength=\"23\">"_s;
        body += u"<label for=\"zip\">Billing ZIP code</label><input type=\"text\" id=\"zip\" name=\"zip\" "
                "inputmode=\"numeric\" autocomplete=\"postal-code\" maxlength=\"10\">"_s;
        body += u"<button type=\"submit\">Pay now</button></form>"_s;
        body += u"<small>Sandbox: test card 4111 1111 1111 1111; 4000 0000 0000 0002 is declined. %1 of %2 "
                "attempts used.</small>"_s.arg(pr.failedAttempts)
                    .arg(pr.maxAttempts);
    } else if (notice.isEmpty()) {
        QString end;
        switch (pr.status) {
        case Status::Paid:
            end = u"This invoice is paid. Nothing more to do."_s;
            break;
        case Status::Failed:
            end = u"This payment could not be completed. Ask the dealership for a new link."_s;
            break;
        case Status::Expired:
            end = u"This link has expired. Ask the dealership for a new link."_s;
            break;
        default:
            break;
        }
        body += u"<p class=\"notice%1\">%2</p>"_s.arg(bad ? u" bad"_s : QString(), esc(end));
    }
    return securedPage(HttpResponse::html(wrap(u"myKaarma Pay"_s, body), status));
}

HttpResponse MyKaarmaPage::invoice(const HttpRequest& r)
{
    const MkInvoice* inv = m_state.invoice(r.param(u"guid"_s));
    const MkOrder* order = inv ? m_state.order(inv->dealerOrderUuid) : nullptr;
    if (!inv || !order)
        return notFound(u"Invoice not found"_s);
    const MkDealer* dealer = m_state.dealer(order->dealerUuid);
    QString body = u"<h1>Invoice %1</h1><p class=\"dealer\">%2</p><dl>"_s.arg(
        esc(order->orderNumber), esc(dealer ? dealer->name : QString()));
    body += u"<dt>Date</dt><dd>%1</dd>"_s.arg(esc(inv->invoiceDate.toUTC().date().toString(Qt::ISODate)));
    if (!inv->description.isEmpty())
        body += u"<dt>For</dt><dd>%1</dd>"_s.arg(esc(inv->description));
    body += u"<dt>Amount</dt><dd>%1</dd>"_s.arg(esc(dollars(inv->amount)));
    body += u"<dt>Paid</dt><dd>%1</dd>"_s.arg(esc(dollars(inv->paidAmount())));
    body += u"<dt>Status</dt><dd>%1</dd></dl>"_s.arg(esc(inv->status));
    return securedPage(HttpResponse::html(wrap(u"Invoice"_s, body), 200));
}

} // namespace paydesk::sandbox
