#pragma once

#include "payments/PaymentStatus.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace paydesk {
class Clock;
class PaymentStore;
} // namespace paydesk

namespace paydesk::ui {

/**
 * A desktop notification (tray balloon) when a payment is paid, its funds clear (safe to
 * release) or it fails, live.
 *
 * Only fresh news is announced: changes that arrive in small batches (a sync catching up
 * delivers thousands and announces nothing), whose last update is recent, once per payment
 * and status.
 */
class PaymentNotifier : public QObject
{
    Q_OBJECT

public:
    PaymentNotifier(PaymentStore* store, const Clock& clock, QObject* parent = nullptr);
    ~PaymentNotifier() override;

    void setNotifyPaid(bool on) { m_notifyPaid = on; }
    void setNotifyFailed(bool on) { m_notifyFailed = on; }
    /// Announce when the platform reports a paid payment's funds cleared (safe to release).
    void setNotifyCleared(bool on) { m_notifyCleared = on; }
    /// Also show balloons while a PayDesk window is active (otherwise only notified() then).
    void setNotifyWhenActive(bool on) { m_notifyWhenActive = on; }
    /// Shows balloons through this tray icon (may be null: then only notified() is emitted).
    void setTrayIcon(QSystemTrayIcon* icon) { m_tray = icon; }
    /// Older changes than this are history, not news.
    void setFreshnessSecs(int secs) { m_freshSecs = secs; }

Q_SIGNALS:
    /// One announcement (translated), after the balloon was shown. `message` is the balloon's
    /// body, free of markup characters (PlainText::notificationBody).
    void notified(const QString& paymentId, const QString& title, const QString& message);

private:
    void onPaymentsChanged(const QStringList& paymentIds);

    PaymentStore* m_store = nullptr;
    const Clock& m_clock;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_notifyPaid = true;
    bool m_notifyFailed = true;
    bool m_notifyCleared = true;
    bool m_notifyWhenActive = false;
    int m_freshSecs = 600;
    QSet<QString> m_announced; // paymentId + '|' + wire status, or + "|cleared"
};

} // namespace paydesk::ui
