#include "KpiTile.h"

#include "PlainText.h"

#include <QEvent>
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
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void KpiTile::setCaption(const QString& caption)
{
    m_caption = caption;
    updateAccessibleName();
    updateGeometry();
    fitHeight();
    update();
}

void KpiTile::setValue(const QString& value)
{
    m_value = value;
    updateAccessibleName();
    updateGeometry();
    fitHeight();
    update();
}

void KpiTile::setDetail(const QString& detail)
{
    m_detail = detail;
    updateAccessibleName();
    updateGeometry();
    fitHeight();
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

namespace {

/// Greedy word wrap of `text` into lines no wider than `width` (a word wider than that keeps a
/// line of its own); `separator` joins the pieces of one line.
QStringList wrapPieces(const QStringList& pieces, const QString& separator, const QFontMetrics& fm, int width)
{
    QStringList lines;
    QString line;
    for (const QString& piece : pieces) {
        const QString candidate = line.isEmpty() ? piece : line + separator + piece;
        if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
        } else {
            lines << line;
            line = piece;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QStringList wrapWords(const QString& text, const QFontMetrics& fm, int width)
{
    return wrapPieces(text.split(u' ', Qt::SkipEmptyParts), QStringLiteral(" "), fm, width);
}

const QString kValueSeparator = QStringLiteral(" · ");

} // namespace

QFont KpiTile::valueFont(qreal scale) const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * scale);
    big.setWeight(QFont::Bold);
    return big;
}

QList<KpiTile::TextLine> KpiTile::layoutLines(int width) const
{
    QList<TextLine> out;
    const int x = kPad + kAccent;
    const int w = qMax(1, width - x - kPad);
    int y = kPad;
    auto add = [&](const QStringList& lines, const QFont& f, QPalette::ColorRole role) {
        const QFontMetrics fm(f);
        for (const QString& line : lines) {
            out << TextLine{line, f, QRect(x, y, w, fm.height()), role};
            y += fm.height();
        }
    };
    const QFont small = font();
    const QFontMetrics sm(small);
    add(wrapWords(m_caption, sm, w), small, QPalette::PlaceholderText);
    y += 2;

    // The figure: one line when it fits; else each amount on its own line, in the largest font
    // (1.6× down to 1×) in which every amount fits; only then are words wrapped.
    const QStringList pieces = m_value.split(kValueSeparator, Qt::SkipEmptyParts);
    QStringList valueLines;
    QFont chosen = valueFont(1.0);
    for (qreal scale : {1.6, 1.4, 1.2, 1.0}) {
        const QFont f = valueFont(scale);
        const QFontMetrics fm(f);
        bool fits = true;
        for (const QString& piece : pieces)
            fits = fits && fm.horizontalAdvance(piece) <= w;
        if (fits || scale == 1.0) {
            chosen = f;
            valueLines = wrapPieces(pieces, kValueSeparator, fm, w);
            if (!fits) {
                QStringList words;
                for (const QString& line : std::as_const(valueLines))
                    words << wrapWords(line, fm, w);
                valueLines = words;
            }
            break;
        }
    }
    add(valueLines, chosen, QPalette::Text);
    y += 2;
    add(wrapWords(m_detail, sm, w), small, QPalette::PlaceholderText);
    return out;
}

int KpiTile::heightForWidth(int width) const
{
    const QList<TextLine> lines = layoutLines(width);
    const int bottom = lines.isEmpty() ? kPad : lines.constLast().rect.bottom() + 1;
    // At least as tall as caption, figure and detail on one line each.
    const int oneLineEach = QFontMetrics(font()).height() * 2 + QFontMetrics(valueFont(1.6)).height() + 4;
    return qMax(bottom, kPad + oneLineEach) + kPad;
}

QSize KpiTile::sizeHint() const
{
    const QFontMetrics small(font());
    const QFontMetrics large(valueFont(1.6));
    const int w = std::max({small.horizontalAdvance(m_caption), large.horizontalAdvance(m_value),
                            small.horizontalAdvance(m_detail), 120}) +
                  2 * kPad + kAccent;
    return {w, heightForWidth(w)};
}

QSize KpiTile::minimumSizeHint() const
{
    // Never narrower than the longest word (or amount, in the smallest figure font).
    const QFontMetrics small(font());
    const QFontMetrics value(valueFont(1.0));
    int widest = 0;
    for (const QString& text : {m_caption, m_detail}) {
        for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
            widest = qMax(widest, small.horizontalAdvance(word));
    }
    for (const QString& piece : m_value.split(kValueSeparator, Qt::SkipEmptyParts))
        widest = qMax(widest, value.horizontalAdvance(piece));
    const int w = qMax(widest, 60) + 2 * kPad + kAccent;
    return {w, heightForWidth(w)};
}

void KpiTile::fitHeight()
{
    // Hidden, the tile does not have its laid-out width yet: the resize that shows it fits it
    // (the strip's layout reads heightForWidth() meanwhile). Measuring the text at a width it
    // will not have, after each of the three texts was set, was wasted before the first paint.
    if (!isVisible())
        return;
    const int needed = heightForWidth(width());
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

void KpiTile::resizeEvent(QResizeEvent* event)
{
    QAbstractButton::resizeEvent(event);
    fitHeight();
}

void KpiTile::changeEvent(QEvent* event)
{
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
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

    for (const TextLine& line : layoutLines(width())) {
        p.setFont(line.font);
        p.setPen(pal.color(line.role));
        p.drawText(line.rect, Qt::AlignLeft | Qt::AlignVCenter, line.text);
    }
}

} // namespace paydesk::ui
