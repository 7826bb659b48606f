#include "StatusBadgeDelegate.h"

#include "models/PaymentTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace paydesk::ui {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 2;
constexpr int kMargin = 4;
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize StatusBadgeDelegate::badgeSize(const QFontMetrics& metrics, const QString& text)
{
    return {metrics.horizontalAdvance(text) + 2 * kPadX + 2, metrics.height() + 2 * kPadY};
}

void StatusBadgeDelegate::paintBadge(QPainter* painter, const QRect& rect, const QFont& font,
                                     const QString& text, const StatusColorPalette::Colors& colors)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    const qreal inset = colors.borderWidth / 2.0;
    const QRectF r = QRectF(rect).adjusted(inset, inset, -inset, -inset);
    const qreal radius = r.height() / 2.0;
    path.addRoundedRect(r, radius, radius);
    painter->fillPath(path, colors.background);
    painter->setPen(QPen(colors.border, colors.borderWidth));
    painter->drawPath(path);
    QFont badgeFont = font;
    badgeFont.setWeight(QFont::DemiBold);
    painter->setFont(badgeFont);
    painter->setPen(colors.foreground);
    const QFontMetrics fm(badgeFont);
    // Elide only when the cell is really too narrow: metrics of synthesised bold fonts round
    // differently in elidedText() and horizontalAdvance().
    const int room = rect.width() - 2 * kPadX;
    const QString shown =
        fm.horizontalAdvance(text) <= room + 2 ? text : fm.elidedText(text, Qt::ElideRight, room);
    painter->drawText(rect, Qt::AlignCenter, shown);
    painter->restore();
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    // The row background, selection and focus come from the style, as for every other cell.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QVariant code = index.data(PaymentTableModel::StatusCodeRole);
    const auto status = code.isValid() ? PaymentStatus::Code(code.toInt()) : PaymentStatus::Code::Unknown;
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    QSize size = badgeSize(fm, text);
    const QRect cell = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    size.setWidth(qMin(size.width(), cell.width()));
    size.setHeight(qMin(size.height(), option.rect.height() - 2));
    const QRect badge(QPoint(cell.left(), cell.top() + (cell.height() - size.height()) / 2), size);
    const bool cleared = index.data(PaymentTableModel::FundsClearedRole).toBool();
    paintBadge(painter, badge, option.font, text,
               m_palette.colors(StatusColorPalette::toneOf(status, cleared)));
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QSize badge = badgeSize(QFontMetrics(font), index.data().toString());
    return {qMax(hint.width(), badge.width() + 2 * kMargin), qMax(hint.height(), badge.height() + 4)};
}

} // namespace paydesk::ui
