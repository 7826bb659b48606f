#pragma once

#include "OutboxMessage.h"
#include "SandboxComponent.h"

#include <QCoreApplication>
#include <QObject>

#include <deque>

namespace paydesk {
struct Payment;
}

namespace paydesk::sandbox {

struct ChangeEvent;

/**
 * The emails and SMS the platform would have sent: one per chosen channel when a request is
 * NOTIFIED (the platform "sent" the pay link) and again on every resend, to the contact
 * details the payment has then — so a resend with a corrected email shows the new address.
 *
 * Read it at `GET /admin/messages` (JSON, PartnerAdminApi) or `GET /outbox` (a page for
 * people, `?token=<admin token>` in a browser). Both need the admin token: the messages hold
 * pay links and contact details. Contact details are test data here, but they are still
 * never logged.
 */
class MessageOutbox : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    explicit MessageOutbox(Sandbox& sandbox, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("partner.outbox"); }

    /// All messages, oldest first, or those of one payment.
    QList<OutboxMessage> messages(const QString& paymentId = QString()) const;
    int count() const { return int(m_messages.size()); }

    /// The messages, kept across a restart with `--data`.
    QJsonValue persistentState() const override;
    void restoreState(const QJsonValue& state) override;

Q_SIGNALS:
    void messageSent(const paydesk::sandbox::OutboxMessage& message);

private:
    void onPaymentChanged(const ChangeEvent& change);
    void send(const Payment& payment, const QString& reason);
    QString outboxPage() const;

    Sandbox& m_sandbox;
    std::deque<OutboxMessage> m_messages;
    int m_nextId = 1;
};

} // namespace paydesk::sandbox
