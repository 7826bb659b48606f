#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace paydesk::ui {

/**
 * The status bar's connection figure: live / polling / offline since … / sign-in failed,
 * with the number of queued actions. Offline is not an error: the table keeps reading from
 * the cache and actions queue; the indicator says so.
 */
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting,
        Live,
        Polling,
        Offline,
        SignInFailed,
    };
    Q_ENUM(State)

    explicit ConnectionIndicator(QWidget* parent = nullptr);

    /// `since` is shown for Offline; `detail` (translated) goes into the tooltip.
    void setState(State state, const QDateTime& since = {}, const QString& detail = {});
    void setQueuedActions(int count);

    State state() const { return m_state; }
    int queuedActions() const { return m_queued; }
    /// The text shown, e.g. "Offline since 14:02 · 2 queued actions".
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    State m_state = State::Connecting;
    QDateTime m_since;
    QString m_detail;
    int m_queued = 0;
    QLabel* m_dot = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace paydesk::ui
