#pragma once

#include "util/ThreadMailbox.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace paydesk {

class PaymentStore;

/**
 * Runs long reads of the cache (a search's id list over a million rows, the KPI strip, a CSV
 * export) on its own thread, so the GUI thread never waits for them.
 *
 * It has two threads, each with its own SQLite connection to the same file (PaymentStore opens
 * one per thread; WAL lets them read while another thread writes): one for searches (QueryIds)
 * and one for the other kinds, so a search typed just after the window opened, or during an
 * export, never waits behind a count, the KPIs or an export over 1M rows (issue 9). Requests
 * are grouped by kind:
 * a newer request of a kind supersedes the older ones. A superseded request that has not
 * started is skipped; the answer of one that was already running is dropped. Only the answer
 * of the latest request of each kind is delivered, queued to the reader's own thread (the
 * thread that made it, where `receiver` must live too), and never after `receiver` is gone.
 *
 * @code
 * reader.request(StoreReader::Kind::QueryIds,
 *     [query](PaymentStore& store) { return store.queryIds(query); },
 *     this, [this](quint64, Result<QList<qint64>, StoreError> ids) { apply(ids); });
 * @endcode
 *
 * The store must outlive the reader. The destructor waits for the request in progress.
 */
class StoreReader : public QObject
{
    Q_OBJECT

public:
    /// Kinds of request: the latest of each kind wins, kinds do not supersede each other.
    enum class Kind
    {
        QueryIds,
        Kpis,
        Export,
        /// The total of a query whose first rows were read with a limit (see PaymentTableModel).
        Count,
        /// The filter bar's choices: the stores, providers and currencies in the cache.
        FilterChoices,
    };
    Q_ENUM(Kind)

    /// Called on the reader's thread as a request's work starts, e.g. to hold it in a test.
    using Hook = std::function<void(Kind kind, quint64 generation)>;

    explicit StoreReader(PaymentStore* store, QObject* parent = nullptr);
    ~StoreReader() override;

    /**
     * Queues `work` (run on the reader's thread with the store) and returns its generation,
     * which grows with every request of the same kind. `deliver` gets (generation, answer) on
     * the reader's thread, only if no newer request of `kind` was made in the meantime and
     * `receiver` (an object of that thread) still exists.
     */
    template<typename Work, typename Deliver>
    quint64 request(Kind kind, Work work, QObject* receiver, Deliver deliver);

    /// Drops every request of `kind` made so far (e.g. the caller answered it itself).
    void supersede(Kind kind);

    /// The generation of the latest request of `kind` (0 before the first).
    quint64 latest(Kind kind) const;
    /// Whether the latest request of `kind` is not answered yet.
    bool isBusy(Kind kind) const;

    /// The thread the work of `kind` runs on (for tests and assertions).
    QThread* workerThread(Kind kind) const { return laneOf(kind).thread; }
    /// See Hook; set it before the first request.
    void setHook(Hook hook) { m_hook = std::move(hook); }

Q_SIGNALS:
    /// The latest request of `kind` got its answer (after `deliver` ran), or was dropped.
    void idle(paydesk::StoreReader::Kind kind);

private:
    quint64 next(Kind kind);
    bool isLatest(Kind kind, quint64 generation) const;
    void markAnswered(Kind kind, quint64 generation);
    void post(Kind kind, std::function<void()> job);

    /// A thread with its connection, and the mailbox (living there) that runs its work.
    struct Lane
    {
        QThread* thread = nullptr;
        ThreadMailbox* worker = nullptr;
    };
    Lane startLane(const QString& name);
    void stopLane(Lane& lane);
    const Lane& laneOf(Kind kind) const { return kind == Kind::QueryIds ? m_searches : m_background; }

    PaymentStore* m_store = nullptr;
    Lane m_searches;
    Lane m_background;
    ThreadMailbox* m_home = nullptr; // lives on the reader's own thread: brings answers back
    Hook m_hook;
    mutable QMutex m_mutex;
    QHash<Kind, quint64> m_latest;
    QHash<Kind, quint64> m_answered;
};

template<typename Work, typename Deliver>
quint64 StoreReader::request(Kind kind, Work work, QObject* receiver, Deliver deliver)
{
    const quint64 generation = next(kind);
    QPointer<QObject> target(receiver);
    QPointer<StoreReader> self(this);
    post(kind, [this, self, kind, generation, work = std::move(work), target,
                deliver = std::move(deliver)]() mutable {
        if (!isLatest(kind, generation))
            return; // superseded before it started
        if (m_hook)
            m_hook(kind, generation); // counts as part of the work: it is not re-checked
        auto answer = work(*m_store);
        // Back through the reader's own mailbox: it outlives this job (the destructor waits
        // for the thread first), so the hop is safe even while `receiver` is being destroyed.
        m_home->post([self, kind, generation, target, answer = std::move(answer),
                      deliver = std::move(deliver)]() mutable {
            if (!self->isLatest(kind, generation))
                return; // a newer request of this kind was made: this answer is stale
            if (target)
                deliver(generation, std::move(answer));
            if (self)
                self->markAnswered(kind, generation);
        });
    });
    return generation;
}

} // namespace paydesk
