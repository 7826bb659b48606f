#include "FlowLayout.h"

#include <QWidget>

namespace paydesk::ui {

namespace {

QSize wanted(QLayoutItem* item)
{
    return item->sizeHint().expandedTo(item->minimumSize()).boundedTo(item->maximumSize());
}

} // namespace

FlowLayout::FlowLayout(QWidget* parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items << item;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

int FlowLayout::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return arrange(QRect(0, 0, width - m.left() - m.right(), 0), true) + m.top() + m.bottom();
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect.marginsRemoved(contentsMargins()), false);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int w = 0;
    int h = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = wanted(item);
        w += (w ? m_spacing : 0) + s.width();
        h = qMax(h, s.height());
    }
    const QMargins m = contentsMargins();
    return {w + m.left() + m.right(), h + m.top() + m.bottom()};
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: every item still whole on a row of its own.
    QSize size;
    for (QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size.grownBy(m);
}

int FlowLayout::arrange(const QRect& rect, bool measureOnly) const
{
    // Rows first, then the leftover width of each row to its expanding items.
    QList<QList<QLayoutItem*>> rows(1);
    int x = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = qMin(wanted(item).width(), rect.width());
        if (!rows.last().isEmpty() && x + w > rect.width()) {
            rows.append(QList<QLayoutItem*>());
            x = 0;
        }
        rows.last() << item;
        x += w + m_spacing;
    }
    int y = rect.y();
    for (const QList<QLayoutItem*>& row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int used = 0;
        int expanding = 0;
        int height = 0;
        for (QLayoutItem* item : row) {
            const QSize s = wanted(item);
            used += qMax(qMin(s.width(), rect.width()), item->minimumSize().width());
            height = qMax(height, s.height());
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        used += m_spacing * (int(row.size()) - 1);
        int extra = qMax(0, rect.width() - used);
        int left = rect.x();
        for (QLayoutItem* item : row) {
            const QSize s = wanted(item);
            int w = qMax(qMin(s.width(), rect.width()), item->minimumSize().width());
            if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                const int share = extra / expanding;
                w = qMin(w + share, item->maximumSize().width());
                extra -= share;
                --expanding;
            }
            if (!measureOnly)
                item->setGeometry(QRect(left, y + (height - s.height()) / 2, w, s.height()));
            left += w + m_spacing;
        }
        y += height + m_spacing;
    }
    return qMax(0, y - m_spacing - rect.y());
}

} // namespace paydesk::ui
