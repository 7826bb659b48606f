#pragma once

#include "payments/Payment.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QHBoxLayout;
class QLayout;

namespace paydesk {
class Clock;
} // namespace paydesk

namespace paydesk::ui {

/**
 * Everything about the selected payment: who, how much (requested and paid), the pay link
 * (with copy), expiry, card brand and last 4, transaction reference, the status timeline
 * (who / when / note) and, at the top and impossible to miss, the release signal — "Funds
 * cleared — safe to release" only when the platform says so, otherwise what is missing.
 */
class PaymentDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentDetailPane(QWidget* parent = nullptr);

    /// Shows `payment` (with its history when known); std::nullopt shows the empty state.
    void setPayment(const std::optional<Payment>& payment);
    const std::optional<Payment>& payment() const { return m_payment; }
    /// Buttons at the top, under the release signal (the window's Cancel / Resend / Receipt
    /// actions); they wrap onto more rows rather than be cut.
    void setActions(const QList<QAction*>& actions);
    /// A provider's own part (e.g. FinanceDetails), shown under the action row, above the fields;
    /// the pane takes it as a child. It shows and hides itself.
    void addProviderSection(QWidget* section);
    void setDark(bool dark);
    /// The time "expired" is judged by (default: the system clock); must outlive the pane.
    void setClock(const Clock& clock);
    /// Paid payments not cleared after this many days are marked overdue (0 = never).
    void setClearanceOverdueDays(int days);
    /// Says above everything that the payment shown is no longer in the table's view (a
    /// filter, search or saved view hides it) and offers the way back (showInListRequested).
    void setOutOfView(bool outOfView);
    bool isOutOfView() const { return m_outOfView; }
    /// "No longer in this view" while shown; empty otherwise.
    QString outOfViewText() const;
    QPushButton* showInListButton() const { return m_showInList; }

    /// The note under the release signal (overdue clearance, failure reason); empty when none.
    QString noteText() const;

    /// The release text shown (for tests and the accessible description).
    QString releaseText() const;
    QTreeWidget* timeline() const { return m_timeline; }
    QPushButton* copyLinkButton() const { return m_copyLink; }

Q_SIGNALS:
    /// The pay link was copied to the clipboard.
    void payLinkCopied();
    /// "Show in list": the user wants the payment shown back in the table.
    void showInListRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void refresh();
    void updateOutOfView();
    QLabel* addRow(const QString& key);

    std::optional<Payment> m_payment;
    const Clock* m_clock = nullptr;
    bool m_dark = false;

    bool m_outOfView = false;
    QWidget* m_outOfViewBar = nullptr;
    QLabel* m_outOfViewNote = nullptr;
    QPushButton* m_showInList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_release = nullptr;
    QLabel* m_note = nullptr;
    int m_overdueDays = 3;
    QFormLayout* m_form = nullptr;
    QHash<QString, QLabel*> m_values;
    QHash<QString, QLabel*> m_keys;
    QPushButton* m_copyLink = nullptr;
    QLabel* m_timelineLabel = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QLayout* m_actionRow = nullptr;
    QList<QToolButton*> m_actionButtons;
};

} // namespace paydesk::ui
