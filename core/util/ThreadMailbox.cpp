#include "ThreadMailbox.h"

#include <QThread>

namespace paydesk {

ThreadMailbox::ThreadMailbox(QObject* parent)
    : QObject(parent)
{
}

ThreadMailbox::~ThreadMailbox()
{
    // Under the lock, so the jobs' last writes (another thread's post()) are seen here too; the
    // thread's end, which orders them otherwise, is Qt's, and an analyser cannot see it.
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
}

void ThreadMailbox::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    // One wake-up per job, so a job runs in the place of the event that would have carried it:
    // after what was queued before it, before what is queued after it.
    QMetaObject::invokeMethod(this, "takeOne", Qt::QueuedConnection);
}

void ThreadMailbox::run(const std::function<void()>& job)
{
    Q_ASSERT(QThread::currentThread() != thread());
    bool done = false;
    post([this, &job, &done] {
        job();
        {
            std::lock_guard lock(m_mutex);
            done = true;
        }
        m_ran.notify_all();
    });
    std::unique_lock lock(m_mutex);
    m_ran.wait(lock, [&done] { return done; });
}

void ThreadMailbox::takeOne()
{
    std::function<void()> job;
    {
        std::lock_guard lock(m_mutex);
        if (m_jobs.empty())
            return;
        job = std::move(m_jobs.front());
        m_jobs.pop_front();
    }
    job();
}

} // namespace paydesk
