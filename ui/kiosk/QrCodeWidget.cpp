#include "QrCodeWidget.h"

#include <QPainter>

namespace paydesk::ui {

namespace {
constexpr int QuietZone = 4;
}

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(240, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeWidget::setText(const QString& text)
{
    m_code = QrCode::encode(text);
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    if (m_code.isEmpty())
        return;
    QPainter painter(this);
    const int modules = m_code.size() + 2 * QuietZone;
    const int side = qMin(width(), height());
    // Whole pixels per module keep every module the same size (a scanner's friend).
    const int unit = qMax(1, side / modules);
    const int drawn = unit * modules;
    const QPoint origin((width() - drawn) / 2, (height() - drawn) / 2);
    painter.fillRect(QRect(origin, QSize(drawn, drawn)), Qt::white);
    for (int y = 0; y < m_code.size(); ++y) {
        for (int x = 0; x < m_code.size(); ++x) {
            if (m_code.isDark(x, y))
                painter.fillRect(origin.x() + (x + QuietZone) * unit, origin.y() + (y + QuietZone) * unit,
                                 unit, unit, Qt::black);
        }
    }
}

} // namespace paydesk::ui
