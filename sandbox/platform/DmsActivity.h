#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace paydesk::sandbox {

class PlatformState;

/**
 * The dealer management systems of the demo stores at work: every few seconds a new
 * payment request is raised somewhere, and now and then an open one is cancelled (paid
 * cash) or resent with a corrected email. Together with the simulated partner paying them,
 * a demo dashboard visibly moves. Off unless SandboxOptions::dmsActivityMs is set (the
 * executable turns it on for the "demo" scenario); tests never want it.
 */
class DmsActivity : public QObject
{
    Q_OBJECT

public:
    DmsActivity(PlatformState& state, int intervalMs, quint32 randomSeed, QObject* parent = nullptr);

    void start();
    void stop();
    /// One round now (tests).
    void tick();

private:
    PlatformState& m_state;
    int m_intervalMs;
    QTimer m_timer;
    QRandomGenerator m_random;
};

} // namespace paydesk::sandbox
