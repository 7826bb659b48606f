#include "MessageOutbox.h"

#include "CustomerLocale.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "platform/PlatformState.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QLocale>

namespace paydesk::sandbox {

namespace {

constexpr size_t kLimit = 5000;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

MessageOutbox::MessageOutbox(Sandbox& sandbox, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
{
    connect(&sandbox.state(), &PlatformState::paymentChanged, this, &MessageOutbox::onPaymentChanged);
    sandbox.http().addRoute(QHttpServerRequest::Method::Get, QStringLiteral("/outbox"),
                            // Pay links and contact details: the admin token, like /admin/messages.
                            RouteOptions{QStringLiteral("outbox.page"), RouteAuth::Admin, false, false},
                            [this](HttpRequest&) {
                                HttpResponse response = HttpResponse::html(outboxPage());
                                response.withHeader("Cache-Control", "no-store");
                                return response;
                            });
}

void MessageOutbox::onPaymentChanged(const ChangeEvent& change)
{
    const Payment& p = change.payment;
    switch (change.kind) {
    case ChangeEvent::Kind::StatusUpdated:
        // The platform's notifier moves INITIATED → NOTIFIED when it "sends" the pay link.
        if (p.status.code() == PaymentStatus::Code::Notified &&
            change.previousStatus.code() == PaymentStatus::Code::Initiated)
            send(p, QStringLiteral("initiated"));
        break;
    case ChangeEvent::Kind::Resent:
    case ChangeEvent::Kind::CustomerUpdated:
        // Still INITIATED: the notifier sends it at NOTIFIED, to the details it has then.
        if (p.status.code() != PaymentStatus::Code::Initiated)
            send(p, change.kind == ChangeEvent::Kind::Resent ? QStringLiteral("resent")
                                                             : QStringLiteral("updated"));
        break;
    default:
        break;
    }
}

void MessageOutbox::send(const Payment& p, const QString& reason)
{
    const auto store = m_sandbox.state().store(p.enterpriseId, p.storeId);
    const QString dealer = store ? store->storeName : p.storeId;
    const QLocale locale = customerLocale(store, p.amount.currency());
    const QString amount = p.amount.format(locale);
    const QString reference = p.reference.typeDisplayName() + u' ' + p.reference.number;
    const QString expires =
        locale.toString(p.expiresAt.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");

    auto make = [&](const QString& channel, const QString& to) {
        OutboxMessage m;
        m.id = QStringLiteral("msg-%1").arg(m_nextId++);
        m.paymentId = p.paymentId;
        m.enterpriseId = p.enterpriseId;
        m.storeId = p.storeId;
        m.channel = channel;
        m.to = to;
        m.customerName = p.customer.name;
        m.payLink = p.payLink;
        m.reason = reason;
        m.sentAt = m_sandbox.clock().now();
        return m;
    };

    QList<OutboxMessage> out;
    if (p.channels.testFlag(Channel::Email) && !p.customer.email.isEmpty()) {
        OutboxMessage m = make(QStringLiteral("EMAIL"), p.customer.email);
        m.subject = tr("%1: payment request for %2").arg(dealer, reference);
        m.body = tr("Dear %1,\n\n%2 asks you to pay %3 for %4 (%5).\n\nPay securely here: %6\n\n"
                    "This link expires on %7.\n")
                     .arg(p.customer.name, dealer, amount, reference, p.description, p.payLink, expires);
        out.append(m);
    }
    if (p.channels.testFlag(Channel::Sms) && !p.customer.phone.isEmpty()) {
        OutboxMessage m = make(QStringLiteral("SMS"), p.customer.phone);
        m.body = tr("%1: please pay %2 for %3: %4").arg(dealer, amount, reference, p.payLink);
        out.append(m);
    }
    for (const OutboxMessage& m : out) {
        qCDebug(lcSandboxPartner) << "outbox:" << m.id << m.channel << reason << "for" << m.paymentId;
        m_messages.push_back(m);
        while (m_messages.size() > kLimit)
            m_messages.pop_front();
        Q_EMIT messageSent(m);
    }
    if (!out.isEmpty())
        m_sandbox.persistentStateChanged();
}

QJsonValue MessageOutbox::persistentState() const
{
    QJsonArray messages;
    for (const OutboxMessage& m : m_messages)
        messages.append(m.toJson());
    return QJsonObject{{QLatin1StringView("nextId"), m_nextId}, {QLatin1StringView("messages"), messages}};
}

void MessageOutbox::restoreState(const QJsonValue& state)
{
    const QJsonObject o = state.toObject();
    for (const QJsonValue& v : o.value(QLatin1StringView("messages")).toArray()) {
        const QJsonObject j = v.toObject();
        OutboxMessage m;
        m.id = j.value(QLatin1StringView("id")).toString();
        if (m.id.isEmpty())
            continue;
        m.paymentId = j.value(QLatin1StringView("paymentId")).toString();
        m.enterpriseId = j.value(QLatin1StringView("enterpriseId")).toString();
        m.storeId = j.value(QLatin1StringView("storeId")).toString();
        m.channel = j.value(QLatin1StringView("channel")).toString();
        m.to = j.value(QLatin1StringView("to")).toString();
        m.customerName = j.value(QLatin1StringView("customerName")).toString();
        m.subject = j.value(QLatin1StringView("subject")).toString();
        m.body = j.value(QLatin1StringView("body")).toString();
        m.payLink = j.value(QLatin1StringView("payLink")).toString();
        m.reason = j.value(QLatin1StringView("reason")).toString();
        m.sentAt = QDateTime::fromString(j.value(QLatin1StringView("sentAt")).toString(), Qt::ISODateWithMs);
        m_messages.push_back(m);
    }
    while (m_messages.size() > kLimit)
        m_messages.pop_front();
    m_nextId = std::max(m_nextId, o.value(QLatin1StringView("nextId")).toInt());
}

QList<OutboxMessage> MessageOutbox::messages(const QString& paymentId) const
{
    QList<OutboxMessage> out;
    for (const OutboxMessage& m : m_messages) {
        if (paymentId.isEmpty() || m.paymentId == paymentId)
            out.append(m);
    }
    return out;
}

QString MessageOutbox::outboxPage() const
{
    QString rows;
    const QLocale locale;
    // Newest first, the latest 200: it is a page for people.
    int shown = 0;
    for (auto it = m_messages.rbegin(); it != m_messages.rend() && shown < 200; ++it, ++shown) {
        const OutboxMessage& m = *it;
        QString body = esc(m.body);
        if (!m.payLink.isEmpty())
            body.replace(esc(m.payLink), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(m.payLink)));
        rows += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td><b>%5</b><pre>%6</pre></td></tr>\n")
                    .arg(esc(locale.toString(m.sentAt.toUTC(), QLocale::ShortFormat)), esc(m.channel),
                         esc(m.to), esc(m.reason), esc(m.subject), body);
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<tr><td colspan=\"5\">%1</td></tr>").arg(esc(tr("Nothing sent yet.")));
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               // The page's own URL carries the admin token: keep it out of Referer.
               "<meta name=\"referrer\" content=\"no-referrer\">"
               "<title>%1</title><style>"
               "body{font:15px/1.4 system-ui,sans-serif;margin:2em;color:#1d2330}"
               "table{border-collapse:collapse;width:100%}"
               "td,th{border-bottom:1px solid #dde;padding:.5em;text-align:left;vertical-align:top}"
               "pre{white-space:pre-wrap;margin:.3em 0 0;font:inherit}"
               "</style></head><body><h1>%1</h1><p>%2</p><table><thead><tr><th>%3</th><th>%4</th>"
               "<th>%5</th><th>%6</th><th>%7</th></tr></thead><tbody>%8</tbody></table></body></html>")
        .arg(esc(tr("Sandbox outbox")),
             esc(tr("Emails and text messages the sandbox platform would have sent. Nothing leaves this "
                    "machine.")),
             esc(tr("Sent")), esc(tr("Channel")), esc(tr("To")), esc(tr("Why")), esc(tr("Message")), rows);
}

} // namespace paydesk::sandbox
