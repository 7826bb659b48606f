#include "KpiTile.h"

#include "PlainText.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

#include <algorithm>

namespace paydesk::ui {

namespace {
constexpr int kPad = 10;
constexpr int kAccent = 4;
} // namespace

KpiTile::KpiTile(QWidget* parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KpiTile::setCaption(const QString& caption)
{
    m_caption = caption;
    updateAccessibleName();
    updateGeometry();
    update();
}

void KpiTile::setValue(const QString& value)
{
    m_value = value;
    updateAccessibleName();
    update();
}

void KpiTile::setDetail(const QString& detail)
{
    m_detail = detail;
    updateAccessibleName();
    update();
}

void KpiTile::setAccent(const QColor& color)
{
    m_accent = color;
    update();
}

void KpiTile::updateAccessibleName()
{
    QString name = tr("%1: %2").arg(m_caption, m_value);
    if (!m_detail.isEmpty())
        name += tr(" (%1)").arg(m_detail);
    setAccessibleName(name);
    // The detail can hold data (an amount in a currency code PayDesk does not know).
    setToolTip(PlainText::toolTip(tr("%1 — click to show these payments").arg(name)));
}

QSize KpiTile::sizeHint() const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::Bold);
    const QFontMetrics small(font());
    const QFontMetrics large(big);
    const int w = std::max({small.horizontalAdvance(m_caption), large.horizontalAdvance(m_value),
                            small.horizontalAdvance(m_detail), 120});
    return {w + 2 * kPad + kAccent, small.height() * 2 + large.height() + 2 * kPad + 4};
}

QSize KpiTile::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {120, hint.height()};
}

void KpiTile::enterEvent(QEnterEvent* event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void KpiTile::leaveEvent(QEvent* event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void KpiTile::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette& pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    QColor fill = pal.color(QPalette::Base);
    if (isChecked())
        fill = pal.color(QPalette::Highlight).lighter(pal.color(QPalette::Base).lightness() > 128 ? 190 : 60);
    else if (m_hover)
        fill = pal.color(QPalette::AlternateBase);
    p.fillPath(path, fill);
    p.setPen(
        QPen(isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), isChecked() ? 2 : 1));
    p.drawPath(path);
    if (m_accent.isValid()) {
        QPainterPath bar;
        bar.addRoundedRect(QRectF(1, 1, kAccent + 2, height() - 2), 3, 3);
        p.fillPath(bar, m_accent);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(3, 3, -3, -3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }

    const int x = kPad + kAccent;
    const int w = width() - x - kPad;
    QFont captionFont = font();
    const QFontMetrics fm(captionFont);
    int y = kPad;
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.setFont(captionFont);
    p.drawText(QRect(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_caption, Qt::ElideRight, w));
    y += fm.height() + 2;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::Bold);
    const QFontMetrics bm(big);
    p.setFont(big);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(x, y, w, bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               bm.elidedText(m_value, Qt::ElideRight, w));
    y += bm.height() + 2;
    p.setFont(captionFont);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_detail, Qt::ElideRight, w));
}

} // namespace paydesk::ui
