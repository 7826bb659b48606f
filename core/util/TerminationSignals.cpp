#include "TerminationSignals.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#ifndef Q_OS_WIN
#include <cerrno>
#include <csignal>
#include <iterator>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace paydesk {

#ifndef Q_OS_WIN
namespace {

Q_LOGGING_CATEGORY(lcProcess, "paydesk.process")

// [0] is written by the handler, [1] is read by the notifier.
int s_fds[2] = {-1, -1};
constexpr int Signals[] = {SIGTERM, SIGINT};
struct sigaction s_previous[std::size(Signals)];
bool s_handled[std::size(Signals)] = {};

void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Non-blocking: if the pair is somehow full, a signal is already pending anyway.
    [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &byte, 1);
    errno = savedErrno;
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent)
{
#ifndef Q_OS_WIN
    if (s_fds[0] != -1) {
        qCWarning(lcProcess) << "termination signals are already handled by another instance";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_fds) != 0) {
        qCWarning(lcProcess) << "cannot create the signal socket pair; SIGTERM will not clean up";
        s_fds[0] = s_fds[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < std::size(Signals); ++i) {
        // A signal ignored by whoever started us (SIGINT of a background job) stays ignored.
        s_handled[i] = ::sigaction(Signals[i], nullptr, &s_previous[i]) == 0 &&
                       s_previous[i].sa_handler != SIG_IGN && ::sigaction(Signals[i], &action, nullptr) == 0;
    }
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifndef Q_OS_WIN
    if (!m_notifier)
        return;
    restorePrevious();
    delete m_notifier;
    m_notifier = nullptr;
    ::close(s_fds[0]);
    ::close(s_fds[1]);
    s_fds[0] = s_fds[1] = -1;
#endif
}

void TerminationSignals::restorePrevious()
{
#ifndef Q_OS_WIN
    for (size_t i = 0; i < std::size(Signals); ++i) {
        if (s_handled[i])
            ::sigaction(Signals[i], &s_previous[i], nullptr);
        s_handled[i] = false;
    }
#endif
}

void TerminationSignals::onReadable()
{
#ifndef Q_OS_WIN
    unsigned char byte = 0;
    if (::read(s_fds[1], &byte, 1) != 1)
        return;
    restorePrevious();
    m_received = byte;
    qCInfo(lcProcess) << "termination signal" << int(byte) << "received; quitting";
    Q_EMIT terminationRequested(int(byte));
#endif
}

} // namespace paydesk
