#include "PaymentNotifier.h"

#include "PlainText.h"
#include "payments/Payment.h"
#include "store/PaymentStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {
// More ids than this in one notification is a sync catching up, not live news.
constexpr int kMaxLiveBatch = 25;
} // namespace

PaymentNotifier::PaymentNotifier(PaymentStore* store, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    if (m_store)
        connect(m_store, &PaymentStore::paymentsChanged, this, &PaymentNotifier::onPaymentsChanged);
}

PaymentNotifier::~PaymentNotifier() = default;

void PaymentNotifier::onPaymentsChanged(const QStringList& paymentIds)
{
    if (paymentIds.size() > kMaxLiveBatch || (!m_notifyPaid && !m_notifyFailed && !m_notifyCleared))
        return;
    const QDateTime now = m_clock.now();
    for (const QString& id : paymentIds) {
        auto found = m_store->payment(id);
        if (!found || !found->has_value())
            continue;
        const Payment& p = **found;
        const bool cleared = p.release() == Payment::Release::SafeToRelease;
        const bool paid = p.status.code() == PaymentStatus::Code::Paid;
        const bool failed = p.status.code() == PaymentStatus::Code::Failed;
        if ((!cleared || !m_notifyCleared) && (!paid || !m_notifyPaid) && (!failed || !m_notifyFailed))
            continue;
        if (!p.updatedAt.isValid() || p.updatedAt.secsTo(now) > m_freshSecs)
            continue;
        const QString paidKey = id + u'|' + p.status.toString();
        const QString clearedKey = id + u"|cleared"_s;
        // Funds cleared is the news that matters most: it replaces "paid" when both arrive at once.
        const bool announceCleared = cleared && m_notifyCleared && !m_announced.contains(clearedKey);
        const QString key = announceCleared ? clearedKey : paidKey;
        const bool announcePlain = (paid && m_notifyPaid) || (failed && m_notifyFailed);
        if (!announceCleared && (!announcePlain || m_announced.contains(key)))
            continue;
        m_announced.insert(key);
        if (announceCleared)
            m_announced.insert(paidKey);
        const QString who = p.customer.name.isEmpty() ? p.reference.displayText() : p.customer.name;
        const QString paidAmount = (p.amountPaid.isValid() ? p.amountPaid : p.amount).format();
        const QString title = announceCleared ? tr("Funds cleared")
                              : paid          ? tr("Payment received")
                                              : tr("Payment failed");
        // Notification servers may read the body as markup (and Qt's fallback balloon guesses):
        // the name and reference must not be able to add a link, a banner or an image.
        const QString message = PlainText::notificationBody(
            announceCleared ? tr("%1's payment of %2 (%3) has cleared: safe to release.")
                                  .arg(who, paidAmount, p.reference.displayText())
            : paid ? tr("%1 paid %2 (%3).").arg(who, paidAmount, p.reference.displayText())
                   : tr("%1 could not pay %2 (%3). They may try again.")
                         .arg(who, p.amount.format(), p.reference.displayText()));
        // The person looking at the dashboard already sees the row change; the balloon is for
        // when PayDesk is behind other windows.
        if (m_tray && m_tray->isVisible() && (m_notifyWhenActive || !QApplication::activeWindow()))
            m_tray->showMessage(
                title, message,
                failed && !announceCleared ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
        Q_EMIT notified(id, title, message);
    }
}

} // namespace paydesk::ui
