#pragma once

#include "sync/ConnectionState.h"

#include <QWidget>

class QLabel;

namespace paydesk::ui {

/**
 * The status bar's connection figure: a coloured dot and ConnectionState::text() — live /
 * polling / offline since … / sign-in failed — with the outbox's queued-action count. Offline
 * is not an error: the table keeps reading from the cache and actions queue; the indicator
 * says so. It shows what it is given (MainWindow feeds it from SyncSession::stateChanged and
 * Outbox::queuedCountChanged) and keeps no state of its own.
 */
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget* parent = nullptr);

    /// The state to show; its error message (translated, partly the server's words) goes into
    /// the tooltip as plain text.
    void setState(const paydesk::ConnectionState& state);
    void setQueuedActions(int count);

    const ConnectionState& state() const { return m_state; }
    int queuedActions() const { return m_queued; }
    /// The text shown: ConnectionState::text() with the queued actions.
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    ConnectionState m_state;
    int m_queued = 0;
    QLabel* m_dot = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace paydesk::ui
