#pragma once

#include <QObject>

class QSocketNotifier;

namespace paydesk {

/**
 * Turns SIGTERM and SIGINT into a Qt signal delivered by the event loop, so that the app can
 * quit normally and its destructors clean up (the demo's temporary folder, the lock file, the
 * cache's WAL checkpoint) instead of dying where it stands.
 *
 * The handler itself only writes one byte to a socket pair (the self-pipe pattern: write() is
 * async-signal-safe, Qt is not); a QSocketNotifier on the other end emits
 * terminationRequested() on the thread that created this object. After the first signal the
 * previous (normally default) dispositions are back, so a second Ctrl+C stops a hung shutdown at once.
 *
 * One instance per process. On Windows this does nothing (isActive() is false).
 */
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    /// Whether the handlers are installed.
    bool isActive() const { return m_notifier != nullptr; }
    /// Whether a termination signal has been delivered (terminationRequested() was emitted).
    bool received() const { return m_received != 0; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    void restorePrevious();

    QSocketNotifier* m_notifier = nullptr;
    int m_received = 0;
};

} // namespace paydesk
