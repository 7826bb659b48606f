#include "StoreReader.h"

#include "PaymentStore.h"

#include <QMutexLocker>

namespace paydesk {

StoreReader::StoreReader(PaymentStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(new QThread)
    , m_worker(new ThreadMailbox)
    , m_home(new ThreadMailbox(this))
{
    m_thread->setObjectName(QStringLiteral("paydesk-store-reader"));
    m_worker->moveToThread(m_thread);
    // The reader's connection belongs to its thread: close it there, before the thread ends.
    connect(
        m_thread, &QThread::finished, m_worker,
        [store] {
            if (store)
                store->closeThreadConnection();
        },
        Qt::DirectConnection);
    m_thread->start();
}

StoreReader::~StoreReader()
{
    {
        // Requests still queued are skipped: nothing newer than "nothing" is wanted now.
        QMutexLocker lock(&m_mutex);
        for (auto it = m_latest.begin(); it != m_latest.end(); ++it)
            ++it.value();
    }
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

quint64 StoreReader::next(Kind kind)
{
    QMutexLocker lock(&m_mutex);
    return ++m_latest[kind];
}

void StoreReader::supersede(Kind kind)
{
    QMutexLocker lock(&m_mutex);
    m_answered[kind] = ++m_latest[kind];
}

quint64 StoreReader::latest(Kind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_latest.value(kind);
}

bool StoreReader::isLatest(Kind kind, quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    return m_latest.value(kind) == generation;
}

bool StoreReader::isBusy(Kind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_answered.value(kind) != m_latest.value(kind);
}

void StoreReader::markAnswered(Kind kind, quint64 generation)
{
    {
        QMutexLocker lock(&m_mutex);
        m_answered[kind] = generation;
    }
    Q_EMIT idle(kind);
}

void StoreReader::post(std::function<void()> job)
{
    m_worker->post(std::move(job));
}

} // namespace paydesk
