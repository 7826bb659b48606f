#pragma once

#include "payments/Payment.h"
#include "store/OutboxEntry.h"

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QString>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace paydesk::ui {

/**
 * What became of the dealer's own actions: "Cancelled: Jane Doe, INV-1234 — confirmed by the
 * platform", "Not resent: … — the platform refused: …". The one place these are shown.
 *
 * A message stays in view until the user dismisses it (×) or a newer one of their own takes
 * its place; live news from the sync (a payment paid somewhere, a notification) goes to the
 * status bar and never replaces it. The last HistoryLimit messages stay in a short history the
 * user opens from the bar's "Recent" button (or, when the bar was dismissed, through
 * reopen()); choosing one puts it back in view. A message about a payment offers "Show", which
 * asks the window to show that payment (showPaymentRequested), even when the filters hide it.
 *
 * Texts are built from the cache (customer and reference), never a raw payment id, and shown
 * as plain text.
 */
class ActionMessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Confirmed, ///< the platform accepted the action
        Refused,   ///< the platform refused it for good
    };

    struct Message
    {
        QDateTime at;
        Kind kind = Kind::Confirmed;
        QString text;
        /// The payment it is about; empty when there is none (a refused new request).
        QString paymentId;
    };

    /// Who an action was for, as people know it: the customer and the reference.
    struct Subject
    {
        QString customerName;
        QString reference;
    };

    /// Enough for a backlog of actions queued offline and answered at once when the platform
    /// is back (50 in PlatformLoadTest): each answer stays findable in the history.
    static constexpr int HistoryLimit = 100;

    explicit ActionMessageBar(QWidget* parent = nullptr);

    /// Puts `message` in view (newest first in the history) and shows the bar.
    void post(const Message& message);
    /// Hides the message in view; the history stays.
    void dismiss();
    /// Shows the newest message again (nothing when there is none).
    void reopen();

    /// The message in view, empty when dismissed or none.
    QString text() const;
    /// The payment of the message in view, empty when none.
    QString paymentId() const;
    /// Newest first, at most HistoryLimit.
    const QList<Message>& history() const { return m_history; }

    QPushButton* showButton() const { return m_show; }
    QToolButton* historyButton() const { return m_historyButton; }
    QToolButton* dismissButton() const { return m_dismiss; }
    /// The history menu (filled when it opens).
    QMenu* historyMenu() const { return m_menu; }

    void setDark(bool dark);

    /// "Cancelled: Jane Doe, INV-1234 — confirmed by the platform"; a neutral sentence when
    /// the action (its outbox entry) or its subject is unknown. Translated.
    static QString confirmationText(std::optional<OutboxEntry::Kind> kind,
                                    const std::optional<Subject>& subject);
    /// "Not cancelled: Jane Doe, INV-1234 — the platform refused: <why>". Translated.
    static QString refusalText(std::optional<OutboxEntry::Kind> kind, const std::optional<Subject>& subject,
                               const QString& why);
    /// A subject from a cached payment.
    static Subject subjectOf(const Payment& payment);

Q_SIGNALS:
    /// The user asked to see the payment of a message (Show).
    void showPaymentRequested(const QString& paymentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showMessage(int index);
    void fillMenu();
    void applyStyle();
    void retranslate();

    QList<Message> m_history;
    int m_current = -1; // index into m_history of the message in view, -1 = none
    bool m_dark = false;

    QLabel* m_mark = nullptr;
    QLabel* m_label = nullptr;
    QPushButton* m_show = nullptr;
    QToolButton* m_historyButton = nullptr;
    QToolButton* m_dismiss = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace paydesk::ui
