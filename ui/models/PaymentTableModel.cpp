#include "PaymentTableModel.h"

#include "PlainText.h"
#include "store/PaymentStore.h"
#include "store/StoreReader.h"
#include "util/Clock.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUiModel, "paydesk.ui.model", QtInfoMsg)

namespace paydesk::ui {

namespace {

// Structural diffs with more runs than this are applied as a reset.
constexpr int kMaxDiffRuns = 64;

/// Where `longer` has extra ids compared with `shorter`, as [first, last] runs in `longer`'s
/// coordinates — or nothing when `shorter` is not an ordered subsequence of `longer` or the
/// extras are too scattered to be worth announcing row by row.
std::optional<QList<QPair<int, int>>> extraRuns(const QList<qint64>& longer, const QList<qint64>& shorter)
{
    QList<QPair<int, int>> runs;
    qsizetype j = 0;
    for (int i = 0; i < longer.size(); ++i) {
        if (j < shorter.size() && longer.at(i) == shorter.at(j)) {
            ++j;
        } else if (!runs.isEmpty() && runs.last().second == i - 1) {
            runs.last().second = i;
        } else {
            runs.append({i, i});
            if (runs.size() > kMaxDiffRuns)
                return std::nullopt;
        }
    }
    if (j != shorter.size())
        return std::nullopt;
    return runs;
}

/// False when `a` and `b` (of one size) cannot hold the same ids: their sums or xors differ. A
/// cheap test before sorting copies of both (a re-query during a sync mostly brings other ids).
bool samePermutationSums(const QList<qint64>& a, const QList<qint64>& b)
{
    quint64 sumA = 0, sumB = 0, xorA = 0, xorB = 0;
    for (qint64 id : a) {
        sumA += quint64(id);
        xorA ^= quint64(id);
    }
    for (qint64 id : b) {
        sumB += quint64(id);
        xorB ^= quint64(id);
    }
    return sumA == sumB && xorA == xorB;
}

} // namespace

PaymentTableModel::PaymentTableModel(PaymentStore* store, QObject* parent)
    : PaymentTableModel(store, Clock::system(), parent)
{
}

PaymentTableModel::PaymentTableModel(PaymentStore* store, const Clock& clock, QObject* parent, Counts counts)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_countsPaused(counts == Counts::Paused)
{
    m_query.limit = 0;
    m_monotonic.start();
    m_requeryTimer.setSingleShot(true);
    // Never early: during bulk changes its interval is the promised gap between two re-reads.
    m_requeryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_requeryTimer, &QTimer::timeout, this, [this] { requery(false); });
    m_highlightTimer.setInterval(250);
    connect(&m_highlightTimer, &QTimer::timeout, this, &PaymentTableModel::expireHighlights);
    // "2 min ago" must keep moving even when nothing changes.
    m_relativeTimeTimer.setInterval(30'000);
    connect(&m_relativeTimeTimer, &QTimer::timeout, this, &PaymentTableModel::refreshRelativeTimes);
    m_relativeTimeTimer.start();
    if (m_store) {
        m_reader = std::make_unique<StoreReader>(m_store);
        connect(m_store, &PaymentStore::paymentsChanged, this, &PaymentTableModel::onPaymentsChanged);
        // The first rows before any view shows the model: nothing to keep responsive yet. A
        // window (Counts::Paused) reads StartPage ids now and the rest after its first paint.
        if (m_countsPaused) {
            m_startPageOnly = true;
            m_idLimit = StartPage;
        }
        refreshNow();
        m_idLimit = IdPage;
    }
}

PaymentTableModel::~PaymentTableModel() = default;

int PaymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rowIds.size());
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PaymentTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const Payment* PaymentTableModel::rowPayment(int row) const
{
    if (row < 0 || row >= m_rowIds.size())
        return nullptr;
    const int blockIndex = row / BlockSize;
    auto it = m_blocks.find(blockIndex);
    if (it == m_blocks.end()) {
        if (m_blocks.size() >= m_blockLimit) {
            auto oldest = m_blocks.begin();
            for (auto b = m_blocks.begin(); b != m_blocks.end(); ++b) {
                if (b->lastUse < oldest->lastUse)
                    oldest = b;
            }
            m_blocks.erase(oldest);
        }
        const int first = blockIndex * BlockSize;
        const int last = qMin<int>(first + BlockSize, int(m_rowIds.size()));
        const QList<qint64> ids = m_rowIds.mid(first, last - first);
        Block block;
        block.rows.resize(ids.size());
        // Cells kept from before the rows last changed need no read.
        QList<qint64> missing;
        QList<int> missingAt;
        for (int i = 0; i < ids.size(); ++i) {
            auto kept = m_kept.find(ids[i]);
            if (kept != m_kept.end()) {
                block.rows[i] = std::move(kept.value());
                m_kept.erase(kept);
            } else {
                missing << ids[i];
                missingAt << i;
            }
        }
        if (m_store && !missing.isEmpty()) {
            auto fetched = m_store->paymentsByRowIds(missing);
            if (fetched) {
                for (int k = 0; k < missing.size(); ++k) {
                    auto found = fetched->find(missing[k]);
                    if (found != fetched->end())
                        block.rows[missingAt[k]] = std::move(found.value());
                }
            } else {
                qCWarning(lcUiModel) << "block fetch failed:" << fetched.error().detail;
            }
        }
        it = m_blocks.insert(blockIndex, std::move(block));
    }
    it->lastUse = ++m_useCounter;
    const Payment& p = it->rows[row - blockIndex * BlockSize];
    return p.paymentId.isEmpty() ? nullptr : &p;
}

QString PaymentTableModel::providerDisplayName(const QString& provider)
{
    if (provider == u"keyloop")
        return tr("Keyloop");
    if (provider == u"paymentassist")
        return tr("Payment Assist");
    if (provider == u"democrance")
        return tr("Democrance");
    if (provider == u"mykaarma")
        return tr("myKaarma");
    return provider;
}

QString PaymentTableModel::relativeTime(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return QString();
    const qint64 secs = at.secsTo(now);
    if (secs < 45)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(qMax<qint64>(1, (secs + 30) / 60)));
    if (secs < 24 * 3600)
        return tr("%n h ago", nullptr, int(secs / 3600));
    if (secs < 7 * 24 * 3600)
        return tr("%n d ago", nullptr, int(secs / (24 * 3600)));
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowIds.size() || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case Qt::TextAlignmentRole:
    case Qt::BackgroundRole:
    case RawValueRole:
    case StatusCodeRole:
    case StatusTextRole:
    case PaymentIdRole:
    case RowIdRole:
    case RecentlyChangedRole:
    case FundsClearedRole:
        break;
    default:
        return {};
    }
    const qint64 rowId = m_rowIds.at(index.row());
    if (role == RowIdRole)
        return rowId;
    if (role == RecentlyChangedRole || role == Qt::BackgroundRole) {
        auto it = m_changedAtMs.constFind(rowId);
        const bool recent = it != m_changedAtMs.constEnd() && m_clock.monotonicMs() - *it < m_highlightMs;
        if (role == RecentlyChangedRole)
            return recent;
        return recent && m_highlightColor.isValid() ? QVariant(m_highlightColor) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }

    const Payment* p = rowPayment(index.row());
    if (!p)
        return {};
    // Tooltips guess at rich text: a customer, description or reason from the platform must be
    // shown as written, not rendered (a banner, a link, <img src="/dev/zero">).
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(toolTip(*p, Column(index.column())));
    switch (role) {
    case PaymentIdRole:
        return p->paymentId;
    case StatusCodeRole:
        return int(p->status.code());
    case StatusTextRole:
        return statusText(*p, p->clearanceOverdue(m_clock.now(), m_overdueDays));
    case FundsClearedRole:
        return p->fundsCleared;
    default:
        break;
    }

    switch (Column(index.column())) {
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
            return statusText(*p, p->clearanceOverdue(m_clock.now(), m_overdueDays));
        case RawValueRole:
            return int(p->status.code());
        case Qt::AccessibleTextRole:
            return tr("Status: %1").arg(statusText(*p, p->clearanceOverdue(m_clock.now(), m_overdueDays)));
        }
        break;
    case CustomerColumn:
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            return p->customer.name;
        case Qt::AccessibleTextRole:
            return tr("Customer: %1").arg(p->customer.name);
        }
        break;
    case ReferenceColumn:
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            return p->reference.displayText();
        case Qt::AccessibleTextRole:
            return tr("Reference: %1 %2").arg(p->reference.typeDisplayName(), p->reference.displayText());
        }
        break;
    case AmountColumn:
        switch (role) {
        case Qt::DisplayRole:
            return p->amount.format();
        case RawValueRole:
            return p->amount.minorUnits();
        case Qt::AccessibleTextRole:
            return tr("Amount: %1").arg(p->amount.format());
        }
        break;
    case ProviderColumn:
        switch (role) {
        case Qt::DisplayRole:
            return providerDisplayName(p->provider);
        case RawValueRole:
            return p->provider;
        case Qt::AccessibleTextRole:
            return tr("Provider: %1").arg(providerDisplayName(p->provider));
        }
        break;
    case StoreColumn:
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            return p->storeId;
        case Qt::AccessibleTextRole:
            return tr("Store: %1").arg(p->storeId);
        }
        break;
    case UpdatedColumn:
        switch (role) {
        case Qt::DisplayRole:
            return relativeTime(p->updatedAt, m_clock.now());
        case RawValueRole:
            return p->updatedAt;
        case Qt::AccessibleTextRole:
            return tr("Updated: %1")
                .arg(QLocale().toString(p->updatedAt.toLocalTime(), QLocale::ShortFormat));
        }
        break;
    case FailureReasonColumn:
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            return p->failureReason();
        case Qt::AccessibleTextRole: {
            const QString reason = p->failureReason();
            return reason.isEmpty() ? tr("Failure reason: none") : tr("Failure reason: %1").arg(reason);
        }
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QString PaymentTableModel::toolTip(const Payment& p, Column column) const
{
    switch (column) {
    case StatusColumn:
        if (p.clearanceOverdue(m_clock.now(), m_overdueDays))
            return tr("Paid %n day(s) ago and the funds have not cleared: overdue, check with the payment "
                      "partner before releasing",
                      nullptr, int(p.updatedAt.secsTo(m_clock.now()) / (24 * 3600)));
        return p.statusReason.isEmpty() ? statusText(p) : tr("%1: %2").arg(statusText(p), p.statusReason);
    case CustomerColumn:
        return p.customer.name;
    case ReferenceColumn:
        return p.description.isEmpty()
                   ? tr("%1 %2").arg(p.reference.typeDisplayName(), p.reference.displayText())
                   : tr("%1 %2 — %3")
                         .arg(p.reference.typeDisplayName(), p.reference.displayText(), p.description);
    case AmountColumn:
        if (p.amountPaid.isValid() && p.amountPaid != p.amount)
            return tr("Requested %1, paid %2").arg(p.amount.format(), p.amountPaid.format());
        return p.amount.format();
    case ProviderColumn:
        return providerDisplayName(p.provider);
    case StoreColumn:
        return p.storeId;
    case UpdatedColumn:
        return QLocale().toString(p.updatedAt.toLocalTime(), QLocale::LongFormat);
    case FailureReasonColumn:
        return p.failureReason();
    case ColumnCount:
        break;
    }
    return QString();
}

QString PaymentTableModel::statusText(const Payment& p, bool clearanceOverdue)
{
    if (p.status.code() != PaymentStatus::Code::Paid)
        return p.status.displayName();
    if (p.fundsCleared)
        return tr("Cleared");
    return clearanceOverdue ? tr("Paid — clearing overdue") : tr("Paid — clearing");
}

void PaymentTableModel::setClearanceOverdueDays(int days)
{
    if (days == m_overdueDays)
        return;
    m_overdueDays = qMax(0, days);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case ReferenceColumn:
        return tr("Reference");
    case AmountColumn:
        return tr("Amount");
    case ProviderColumn:
        return tr("Provider");
    case StoreColumn:
        return tr("Store");
    case UpdatedColumn:
        return role == Qt::ToolTipRole ? tr("Last update; hover a cell for the exact time") : tr("Updated");
    case FailureReasonColumn:
        return role == Qt::ToolTipRole ? tr("Why a failed payment failed, as the payment partner reported it")
                                       : tr("Failure reason");
    case ColumnCount:
        break;
    }
    return {};
}

PaymentQuery::SortColumn PaymentTableModel::sortColumnFor(int column)
{
    switch (Column(column)) {
    case StatusColumn:
        return PaymentQuery::SortColumn::Status;
    case CustomerColumn:
        return PaymentQuery::SortColumn::Customer;
    case ReferenceColumn:
        return PaymentQuery::SortColumn::Reference;
    case AmountColumn:
        return PaymentQuery::SortColumn::Amount;
    case ProviderColumn:
        return PaymentQuery::SortColumn::Provider;
    case StoreColumn:
        return PaymentQuery::SortColumn::Store;
    case FailureReasonColumn:
        // The cache has no index on the reason (1M rows); sorting by status groups the failed.
        return PaymentQuery::SortColumn::Status;
    case UpdatedColumn:
    case ColumnCount:
        break;
    }
    return PaymentQuery::SortColumn::Updated;
}

void PaymentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sortColumn = sortColumnFor(column);
    m_query.sortOrder = order;
    m_newQuery = true;
    requery(true);
}

void PaymentTableModel::setQuery(const PaymentQuery& query)
{
    m_query = query;
    m_query.sortColumn = sortColumnFor(m_sortColumn);
    m_query.sortOrder = m_sortOrder;
    m_query.offset = 0;
    m_query.limit = 0;
    m_newQuery = true;
    setTotalCount(-1);
    requery(true);
}

PaymentQuery PaymentTableModel::query() const
{
    return m_query;
}

void PaymentTableModel::refresh()
{
    requery(true);
}

bool PaymentTableModel::queryHasFilters() const
{
    return !m_query.statuses.isEmpty() || m_query.from.isValid() || m_query.to.isValid() ||
           !m_query.enterpriseIds.isEmpty() || !m_query.storeIds.isEmpty() || !m_query.providers.isEmpty() ||
           m_query.amountMin.has_value() || m_query.amountMax.has_value() || !m_query.currency.isEmpty() ||
           !m_query.text.trimmed().isEmpty() || m_query.fundsCleared.has_value();
}

bool PaymentTableModel::isTextSearch() const
{
    return !m_query.text.trimmed().isEmpty();
}

int PaymentTableModel::firstPage() const
{
    return isTextSearch() ? SearchPage : IdPage;
}

int PaymentTableModel::wanted() const
{
    return m_newQuery ? firstPage() : qMax(m_idLimit, int(m_rowIds.size()));
}

PaymentQuery PaymentTableModel::pageQuery(int wanted) const
{
    PaymentQuery page = m_query;
    page.offset = 0;
    page.limit = wanted + 1;
    return page;
}

void PaymentTableModel::takeMore(QList<qint64>& ids, int asked)
{
    m_newQuery = false;
    m_fetchingMore = false;
    m_hasMore = ids.size() > asked;
    if (m_hasMore && !isTextSearch()) {
        ids.resize(asked);
        countInBackground();
        return;
    }
    // A count of an older query still under way must not overwrite this one.
    if (m_reader)
        m_reader->supersede(StoreReader::Kind::Count);
    if (m_hasMore) {
        // Counting a text search reads every match, which for a short word is most of the
        // cache and would hold up the next keystroke's query on the reader: "at least".
        ids.resize(asked);
        setTotalCount(asked, true);
    } else {
        setTotalCount(ids.size());
    }
}

void PaymentTableModel::setTotalCount(qint64 total, bool lowerBound)
{
    if (total == m_totalCount && lowerBound == m_totalLowerBound)
        return;
    m_totalCount = total;
    m_totalLowerBound = lowerBound;
    Q_EMIT totalCountChanged(total);
}

void PaymentTableModel::resumeCounts()
{
    m_countsPaused = false;
    const bool countHeld = std::exchange(m_countHeld, false);
    if (std::exchange(m_startPageOnly, false) && m_hasMore && !m_newQuery && !isTextSearch()) {
        // The rest of the first page, as a view's fetchMore() reads on; its answer asks the count.
        m_idLimit = IdPage;
        m_fetchingMore = true;
        requery(true);
        return;
    }
    if (countHeld && m_hasMore && !isTextSearch())
        countInBackground();
}

void PaymentTableModel::countInBackground()
{
    if (!m_reader)
        return;
    if (m_countsPaused) {
        // Counting 1M rows on the reader's thread competes with the first paint for the CPU.
        m_countHeld = true;
        return;
    }
    m_reader->request(
        StoreReader::Kind::Count,
        [query = m_query](PaymentStore& store) { return store.count(query).valueOr(-1); }, this,
        [this](quint64, qint64 total) {
            if (total >= 0)
                setTotalCount(total);
        });
}

bool PaymentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetchingMore;
}

void PaymentTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_store)
        return;
    m_idLimit = int(m_rowIds.size()) + IdPage;
    m_fetchingMore = true;
    requery(true);
}

std::optional<QList<qint64>> PaymentTableModel::runQueryIds()
{
    if (!m_store)
        return QList<qint64>();
    QElapsedTimer timer;
    timer.start();
    const int asked = wanted();
    auto ids = m_store->queryIds(pageQuery(asked));
    const qint64 ms = timer.elapsed();
    if (!ids) {
        m_fetchingMore = false;
        takeAnswer(false, ids.error().message, ids.error().detail, ms);
        return std::nullopt;
    }
    takeAnswer(true, {}, {}, ms);
    QList<qint64> list = std::move(ids).value();
    takeMore(list, asked);
    return list;
}

void PaymentTableModel::takeAnswer(bool ok, const QString& error, const QString& detail, qint64 ms)
{
    m_lastQueryMs = ms;
    m_sinceLastQuery.start();
    if (!ok) {
        m_lastError = error;
        qCWarning(lcUiModel) << "query failed:" << detail;
        Q_EMIT queryFailed(m_lastError);
        return;
    }
    m_lastError.clear();
}

void PaymentTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PaymentTableModel::refreshNow()
{
    m_requeryTimer.stop();
    m_lastRequeryMs = m_monotonic.elapsed();
    if (m_reader)
        m_reader->supersede(StoreReader::Kind::QueryIds);
    setBusy(false);
    if (m_newQuery)
        m_idLimit = firstPage();
    auto ids = runQueryIds();
    if (ids)
        takeRows(std::move(*ids), true);
    Q_EMIT refreshed();
}

void PaymentTableModel::requery(bool userInitiated)
{
    m_requeryTimer.stop();
    m_lastRequeryMs = m_monotonic.elapsed();
    // A live re-query may supersede the user's before it is answered: whichever answer comes
    // first after the user's request is theirs, and applies at once.
    if (userInitiated)
        m_userQueryPending = true;
    if (!m_reader) {
        refreshNow();
        return;
    }
    struct Answer
    {
        std::optional<QList<qint64>> ids;
        QString error;
        QString detail;
        qint64 ms = 0;
    };
    setBusy(true);
    if (m_newQuery)
        m_idLimit = firstPage();
    const int asked = wanted();
    m_reader->request(
        StoreReader::Kind::QueryIds,
        [query = pageQuery(asked)](PaymentStore& store) {
            QElapsedTimer timer;
            timer.start();
            Answer answer;
            auto ids = store.queryIds(query);
            answer.ms = timer.elapsed();
            if (ids) {
                answer.ids = std::move(ids).value();
            } else {
                answer.error = ids.error().message;
                answer.detail = ids.error().detail;
            }
            return answer;
        },
        this,
        [this, asked](quint64, Answer answer) {
            setBusy(false);
            const bool ok = answer.ids.has_value();
            takeAnswer(ok, answer.error, answer.detail, answer.ms);
            m_fetchingMore = false;
            if (ok) {
                takeMore(*answer.ids, asked);
                takeRows(std::move(*answer.ids), m_userQueryPending);
            }
            Q_EMIT refreshed();
        });
}

void PaymentTableModel::clearCache()
{
    m_blocks.clear();
    m_kept.clear();
}

void PaymentTableModel::keepCells()
{
    // Only the cells read since the rows last changed (the rows in sight, a block or two): older
    // ones were not asked for again, and each bulk change checks every kept cell. A change in
    // several runs calls this once per run, with nothing read in between: the cells stay.
    if (m_blocks.isEmpty())
        return;
    m_kept.clear();
    for (auto block = m_blocks.begin(); block != m_blocks.end(); ++block) {
        const int first = block.key() * BlockSize;
        for (int i = 0; i < block->rows.size(); ++i) {
            Payment& p = block->rows[i];
            if (!p.paymentId.isEmpty() && first + i < m_rowIds.size())
                m_kept.emplace(m_rowIds.at(first + i), std::move(p)); // insert() would copy
        }
    }
    m_blocks.clear();
}

void PaymentTableModel::takeRows(QList<qint64> rows, bool userAsked)
{
    if (userAsked || !movesFrozenRows(rows)) {
        m_userQueryPending = false;
        const bool wasHeld = m_held.has_value();
        m_held.reset();
        m_heldArrivals = 0;
        m_heldFirstArrival = -1;
        applyRows(std::move(rows), false);
        if (wasHeld)
            Q_EMIT heldRowsChanged();
        return;
    }
    // The rows the user is looking at stay where they are; the answer waits, counted. Only the
    // part between the common head and tail can hold new payments (ids are unique in a list):
    // with 1M rows, a set of every shown id per answer would be built on the GUI thread.
    const qsizetype common = qMin(rows.size(), m_rowIds.size());
    qsizetype head = 0;
    while (head < common && rows.at(head) == m_rowIds.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < common - head && rows.at(rows.size() - 1 - tail) == m_rowIds.at(m_rowIds.size() - 1 - tail))
        ++tail;
    const QSet<qint64> shown(m_rowIds.cbegin() + head, m_rowIds.cend() - tail);
    m_heldArrivals = 0;
    m_heldFirstArrival = -1;
    for (int r = int(head); r < rows.size() - tail; ++r) {
        if (!shown.contains(rows.at(r))) {
            if (m_heldFirstArrival < 0)
                m_heldFirstArrival = r;
            ++m_heldArrivals;
        }
    }
    m_held = std::move(rows);
    Q_EMIT heldRowsChanged();
}

bool PaymentTableModel::movesFrozenRows(const QList<qint64>& rows) const
{
    const qsizetype frozen = qMin<qsizetype>(m_frozenRows, m_rowIds.size());
    if (frozen <= 0)
        return false;
    if (rows.size() < frozen)
        return true;
    return !std::equal(m_rowIds.cbegin(), m_rowIds.cbegin() + frozen, rows.cbegin());
}

void PaymentTableModel::setFrozenRows(int rows)
{
    m_frozenRows = qMax(0, rows);
    if (!m_held || m_releaseScheduled)
        return;
    // Often called from a view's reaction to a row change: apply on the next pass, never
    // inside another structural change.
    m_releaseScheduled = true;
    QTimer::singleShot(0, this, &PaymentTableModel::releaseHeldIfFree);
}

void PaymentTableModel::releaseHeldIfFree()
{
    m_releaseScheduled = false;
    if (m_held && !movesFrozenRows(*m_held)) {
        QList<qint64> rows = std::move(*m_held);
        takeRows(std::move(rows), true);
        Q_EMIT refreshed();
    }
}

int PaymentTableModel::applyHeldRows()
{
    if (!m_held)
        return -1;
    const int firstArrival = m_heldFirstArrival;
    QList<qint64> rows = std::move(*m_held);
    takeRows(std::move(rows), true);
    Q_EMIT refreshed();
    return firstArrival;
}

void PaymentTableModel::applyRows(QList<qint64> rows, bool forceReset)
{
    // Selection models move their current row when it is removed: tell listeners it was us.
    m_changingRows = true;
    const auto changed = qScopeGuard([this] { m_changingRows = false; });
    if (!forceReset && rows == m_rowIds) {
        // Same rows, but contents may have changed under a filter: drop stale cells.
        clearCache();
        if (!m_rowIds.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    const qsizetype oldSize = m_rowIds.size();
    const qsizetype newSize = rows.size();

    if (!forceReset && oldSize > 0 && newSize > 0) {
        // Same set in a new order (a sort): a layout change keeps selection and current row.
        if (oldSize == newSize && samePermutationSums(m_rowIds, rows)) {
            QList<qint64> a = m_rowIds;
            QList<qint64> b = rows;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (a == b) {
                Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
                const QModelIndexList persistent = persistentIndexList();
                QHash<qint64, int> wanted;
                for (const QModelIndex& idx : persistent)
                    wanted.insert(m_rowIds.at(idx.row()), -1);
                for (int r = 0; r < rows.size() && !wanted.isEmpty(); ++r) {
                    auto it = wanted.find(rows.at(r));
                    if (it != wanted.end())
                        *it = r;
                }
                QModelIndexList to;
                to.reserve(persistent.size());
                for (const QModelIndex& idx : persistent)
                    to << index(wanted.value(m_rowIds.at(idx.row())), idx.column());
                keepCells();
                m_rowIds = std::move(rows);
                changePersistentIndexList(persistent, to);
                Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
                return;
            }
        }
        // Only insertions (old is an ordered subsequence of new): new payments arrived.
        if (newSize > oldSize) {
            if (const auto runs = extraRuns(rows, m_rowIds)) { // [first, last] in new coordinates
                for (const auto& run : *runs) {
                    beginInsertRows({}, run.first, run.second);
                    keepCells();
                    m_rowIds.insert(run.first, run.second - run.first + 1, 0);
                    for (int r = run.first; r <= run.second; ++r)
                        m_rowIds[r] = rows.at(r);
                    endInsertRows();
                }
                return;
            }
        }
        // Only removals (new is an ordered subsequence of old): payments left the filter.
        if (newSize < oldSize) {
            if (const auto runs = extraRuns(m_rowIds, rows)) { // [first, last] in old coordinates
                for (auto run = runs->crbegin(); run != runs->crend(); ++run) {
                    beginRemoveRows({}, run->first, run->second);
                    keepCells();
                    m_rowIds.remove(run->first, run->second - run->first + 1);
                    endRemoveRows();
                }
                return;
            }
        }
    }
    beginResetModel();
    keepCells();
    m_rowIds = std::move(rows);
    endResetModel();
}

void PaymentTableModel::onPaymentsChanged(const QStringList& paymentIds)
{
    m_pendingIds += paymentIds;
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Coalesce everything that arrives in this event-loop pass into one update.
    QTimer::singleShot(0, this, &PaymentTableModel::flushChanges);
}

void PaymentTableModel::flushChanges()
{
    m_flushScheduled = false;
    QStringList ids;
    ids.swap(m_pendingIds);
    ids.removeDuplicates();
    if (ids.isEmpty() || !m_store)
        return;

    if (ids.size() > BulkChangeThreshold) {
        flushBulkChanges(ids);
        return;
    }

    const qint64 now = m_clock.monotonicMs();
    QHash<qint64, QString> changed; // row id → payment id
    for (const QString& id : std::as_const(ids)) {
        auto rowId = m_store->rowIdOf(id);
        if (rowId && rowId->has_value()) {
            changed.insert(**rowId, id);
            m_kept.remove(**rowId);
        }
    }
    QList<int> rows;
    QList<qint64> presentIds;
    for (int r = 0; r < m_rowIds.size() && rows.size() < changed.size(); ++r) {
        if (changed.contains(m_rowIds.at(r))) {
            rows << r;
            presentIds << m_rowIds.at(r);
        }
    }
    if (!presentIds.isEmpty()) {
        for (qint64 rowId : std::as_const(presentIds))
            m_changedAtMs.insert(rowId, now);
        if (!m_highlightTimer.isActive())
            m_highlightTimer.start();
    }
    refreshCachedRows(std::move(rows), presentIds);
    // A payment we do not show may now match (new, or changed into the filter); one we show
    // may have left it. Rows that only changed order stay where they are until a re-query.
    if (presentIds.size() < changed.size() || changed.size() < ids.size() || queryHasFilters())
        scheduleRequery();
    Q_EMIT paymentsUpdated(ids);
}

void PaymentTableModel::flushBulkChanges(const QStringList& ids)
{
    // Locating every changed payment's row would take a read per id on this thread; the cells
    // read so far are few (the rows in sight) and are checked by payment id instead. Rows not
    // read yet are read fresh when shown; rows that arrive or leave come with the re-query.
    const QSet<QString> changed(ids.cbegin(), ids.cend());
    for (auto kept = m_kept.begin(); kept != m_kept.end();) {
        if (changed.contains(kept->paymentId))
            kept = m_kept.erase(kept);
        else
            ++kept;
    }
    QList<int> rows;
    QList<qint64> rowIds;
    for (auto block = m_blocks.cbegin(); block != m_blocks.cend(); ++block) {
        const int first = block.key() * BlockSize;
        for (int i = 0; i < block->rows.size(); ++i) {
            const QString& id = block->rows.at(i).paymentId;
            if (!id.isEmpty() && changed.contains(id) && first + i < m_rowIds.size()) {
                rows << first + i;
                rowIds << m_rowIds.at(first + i);
            }
        }
    }
    refreshCachedRows(std::move(rows), rowIds);
    m_lastBulkMs = m_monotonic.elapsed();
    scheduleRequery();
    Q_EMIT paymentsUpdated(ids);
}

void PaymentTableModel::refreshCachedRows(QList<int> rows, const QList<qint64>& rowIds)
{
    if (rowIds.isEmpty() || !m_store)
        return;
    // Refresh the changed rows in cached blocks (other blocks are fetched fresh anyway).
    auto fresh = m_store->paymentsByRowIds(rowIds);
    for (int k = 0; k < rows.size(); ++k) {
        const int r = rows.at(k);
        auto block = m_blocks.find(r / BlockSize);
        if (block == m_blocks.end())
            continue;
        if (fresh && fresh->contains(rowIds.at(k)))
            block->rows[r % BlockSize] = fresh->value(rowIds.at(k));
        else
            m_blocks.erase(block);
    }
    // One dataChanged per run of adjacent rows.
    std::sort(rows.begin(), rows.end());
    for (int k = 0; k < rows.size();) {
        int end = k;
        while (end + 1 < rows.size() && rows.at(end + 1) == rows.at(end) + 1)
            ++end;
        Q_EMIT dataChanged(index(rows.at(k), 0), index(rows.at(end), ColumnCount - 1));
        k = end + 1;
    }
}

bool PaymentTableModel::inBulkChanges() const
{
    return m_lastBulkMs >= 0 && m_monotonic.elapsed() - m_lastBulkMs < BulkQuietMs;
}

void PaymentTableModel::scheduleRequery()
{
    if (m_requeryTimer.isActive())
        return;
    // Throttle by what a query costs: at 1M rows a re-query must not eat the UI thread.
    qint64 wait = qBound(qint64(200), m_lastQueryMs * 10, qint64(10'000));
    if (inBulkChanges() && m_lastRequeryMs >= 0) {
        // Each re-read of a sync's pages repaints the table: at most one per BulkRefreshMs.
        wait = qMax(wait, BulkRefreshMs - (m_monotonic.elapsed() - m_lastRequeryMs));
    }
    m_requeryTimer.start(int(wait));
}

void PaymentTableModel::expireHighlights()
{
    const qint64 now = m_clock.monotonicMs();
    QSet<qint64> expired;
    for (auto it = m_changedAtMs.begin(); it != m_changedAtMs.end();) {
        if (now - *it >= m_highlightMs) {
            expired.insert(it.key());
            it = m_changedAtMs.erase(it);
        } else {
            ++it;
        }
    }
    if (m_changedAtMs.isEmpty())
        m_highlightTimer.stop();
    if (expired.isEmpty())
        return;
    int found = 0;
    for (int r = 0; r < m_rowIds.size() && found < expired.size(); ++r) {
        if (expired.contains(m_rowIds.at(r))) {
            ++found;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1),
                               {Qt::BackgroundRole, RecentlyChangedRole});
        }
    }
}

void PaymentTableModel::refreshRelativeTimes()
{
    if (m_rowIds.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, UpdatedColumn), index(rowCount() - 1, UpdatedColumn), {Qt::DisplayRole});
}

void PaymentTableModel::setHighlightColor(const QColor& color)
{
    m_highlightColor = color;
}

std::optional<Payment> PaymentTableModel::paymentAt(int row) const
{
    const Payment* p = rowPayment(row);
    if (!p)
        return std::nullopt;
    return *p;
}

QString PaymentTableModel::paymentIdAt(int row) const
{
    const Payment* p = rowPayment(row);
    return p ? p->paymentId : QString();
}

qint64 PaymentTableModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_rowIds.size() ? m_rowIds.at(row) : -1;
}

int PaymentTableModel::rowOfRowId(qint64 rowId) const
{
    const qsizetype at = m_rowIds.indexOf(rowId);
    return at < 0 ? -1 : int(at);
}

int PaymentTableModel::rowOfPaymentId(const QString& paymentId) const
{
    if (!m_store || paymentId.isEmpty())
        return -1;
    auto rowId = m_store->rowIdOf(paymentId);
    if (!rowId || !rowId->has_value())
        return -1;
    return rowOfRowId(**rowId);
}

} // namespace paydesk::ui
