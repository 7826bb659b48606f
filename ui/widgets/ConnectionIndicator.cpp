#include "ConnectionIndicator.h"

#include "PlainText.h"
#include "widgets/StatusColorPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

ConnectionIndicator::ConnectionIndicator(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_dot = new QLabel(this);
    m_dot->setFixedSize(10, 10);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    setFocusPolicy(Qt::NoFocus);
    refresh();
}

void ConnectionIndicator::setState(const ConnectionState& state)
{
    m_state = state;
    refresh();
}

void ConnectionIndicator::setQueuedActions(int count)
{
    m_queued = count;
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_state.text(m_queued);
}

void ConnectionIndicator::refresh()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const StatusColorPalette palette(dark);
    using Tone = StatusColorPalette::Tone;
    Tone tone = Tone::Muted;
    switch (m_state.kind) {
    case ConnectionState::Kind::Live:
        tone = Tone::Success;
        break;
    case ConnectionState::Kind::SigningIn:
    case ConnectionState::Kind::Syncing:
    case ConnectionState::Kind::Polling:
        tone = Tone::Progress;
        break;
    case ConnectionState::Kind::Stopped:
    case ConnectionState::Kind::Offline:
        tone = Tone::Muted;
        break;
    case ConnectionState::Kind::SignInFailed:
        tone = Tone::Danger;
        break;
    }
    m_dot->setStyleSheet(u"QLabel { background: %1; border-radius: 5px; }"_s.arg(
        palette.colors(tone).foreground.name(QColor::HexRgb)));
    const QString t = text();
    m_label->setText(t);
    setAccessibleName(tr("Connection: %1").arg(t));
    // The detail is an error message, partly the server's words.
    const QString& detail = m_state.errorMessage;
    setToolTip(PlainText::toolTip(detail.isEmpty() ? t : tr("%1\n%2").arg(t, detail)));
}

void ConnectionIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
