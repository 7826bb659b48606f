#include "FieldMessage.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>

namespace paydesk::ui {

FieldMessage::FieldMessage(QWidget* field, const QString& accessibleName, QWidget* parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(accessibleName);
    setVisible(false);
    applyColour();
}

void FieldMessage::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    // The sign repeats the colour's meaning for people who do not see red.
    setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    setVisible(!message.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(message);
    // A window does not grow by itself for a message that wraps onto more lines (its minimum
    // height ignores word wrap): without this the messages are squeezed and cut.
    QTimer::singleShot(0, this, [this] { growWindowToFit(); });
}

void FieldMessage::growWindowToFit()
{
    QWidget* window = this->window();
    QLayout* layout = window->layout();
    if (window == this || !window->isVisible() || !layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    int most = QWIDGETSIZE_MAX;
    if (const QScreen* screen = window->screen())
        most = screen->availableGeometry().height() - (window->frameGeometry().height() - window->height());
    const int height = qMin(needed, most);
    if (height > window->height())
        window->resize(window->width(), height);
}

void FieldMessage::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void FieldMessage::applyColour()
{
    // Dark red on a light window, a soft red on a dark one: both keep WCAG AA contrast.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    // setPalette would trigger another PaletteChange; only set when the colour differs.
    if (p.color(QPalette::WindowText) != palette().color(QPalette::WindowText))
        setPalette(p);
}

} // namespace paydesk::ui
