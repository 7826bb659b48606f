#pragma once

#include "StatusColorPalette.h"

#include <QStyledItemDelegate>

namespace paydesk::ui {

/**
 * Paints the status cell as a rounded badge: the translated status text on a colour from
 * StatusColorPalette. Colour and text together, so the status never depends on colour
 * vision. Reads PaymentTableModel::StatusCodeRole and the DisplayRole text.
 */
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(QObject* parent = nullptr);

    void setPalette(const StatusColorPalette& palette) { m_palette = palette; }
    const StatusColorPalette& palette() const { return m_palette; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Paints one badge into `rect` (also used by the detail pane's header).
    static void paintBadge(QPainter* painter, const QRect& rect, const QFont& font, const QString& text,
                           const StatusColorPalette::Colors& colors);
    /// The size a badge for `text` needs.
    static QSize badgeSize(const QFontMetrics& metrics, const QString& text);

private:
    StatusColorPalette m_palette;
};

} // namespace paydesk::ui
