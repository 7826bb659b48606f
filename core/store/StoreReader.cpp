#include "StoreReader.h"

#include "PaymentStore.h"

#include <QMutexLocker>

namespace paydesk {

StoreReader::StoreReader(PaymentStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_home(new ThreadMailbox(this))
{
    m_searches = startLane(QStringLiteral("paydesk-store-reader"));
    m_background = startLane(QStringLiteral("paydesk-store-reader-bg"));
}

StoreReader::Lane StoreReader::startLane(const QString& name)
{
    Lane lane{new QThread, new ThreadMailbox};
    lane.thread->setObjectName(name);
    lane.worker->moveToThread(lane.thread);
    // The lane's connection belongs to its thread: close it there, before the thread ends.
    PaymentStore* store = m_store;
    connect(
        lane.thread, &QThread::finished, lane.worker,
        [store] {
            if (store)
                store->closeThreadConnection();
        },
        Qt::DirectConnection);
    lane.thread->start();
    return lane;
}

void StoreReader::stopLane(Lane& lane)
{
    lane.thread->quit();
    lane.thread->wait();
    delete lane.worker;
    delete lane.thread;
    lane = {};
}

StoreReader::~StoreReader()
{
    {
        // Requests still queued are skipped: nothing newer than "nothing" is wanted now.
        QMutexLocker lock(&m_mutex);
        for (auto it = m_latest.begin(); it != m_latest.end(); ++it)
            ++it.value();
    }
    stopLane(m_searches);
    stopLane(m_background);
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

void StoreReader::post(Kind kind, std::function<void()> job)
{
    laneOf(kind).worker->post(std::move(job));
}

} // namespace paydesk
