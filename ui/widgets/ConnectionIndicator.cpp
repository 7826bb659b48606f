#include "ConnectionIndicator.h"

#include "PlainText.h"
#include "widgets/StatusColorPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

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

void ConnectionIndicator::setState(State state, const QDateTime& since, const QString& detail)
{
    m_state = state;
    m_since = since;
    m_detail = detail;
    refresh();
}

void ConnectionIndicator::setQueuedActions(int count)
{
    m_queued = count;
    refresh();
}

QString ConnectionIndicator::text() const
{
    QString text;
    switch (m_state) {
    case State::Connecting:
        text = tr("Connecting…");
        break;
    case State::Live:
        text = tr("Live");
        break;
    case State::Polling:
        text = tr("Polling for changes");
        break;
    case State::Offline:
        text = m_since.isValid()
                   ? tr("Offline since %1 — showing cached data")
                         .arg(QLocale().toString(m_since.toLocalTime().time(), QLocale::ShortFormat))
                   : tr("Offline — showing cached data");
        break;
    case State::SignInFailed:
        text = tr("Sign-in failed — check the credentials in Settings");
        break;
    }
    if (m_queued > 0)
        text = m_queued == 1 ? tr("%1 · 1 queued action").arg(text)
                             : tr("%1 · %n queued actions", nullptr, m_queued).arg(text);
    return text;
}

void ConnectionIndicator::refresh()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const StatusColorPalette palette(dark);
    using Tone = StatusColorPalette::Tone;
    Tone tone = Tone::Muted;
    switch (m_state) {
    case State::Live:
        tone = Tone::Success;
        break;
    case State::Polling:
    case State::Connecting:
        tone = Tone::Progress;
        break;
    case State::Offline:
        tone = Tone::Muted;
        break;
    case State::SignInFailed:
        tone = Tone::Danger;
        break;
    }
    m_dot->setStyleSheet(u"QLabel { background: %1; border-radius: 5px; }"_s.arg(
        palette.colors(tone).foreground.name(QColor::HexRgb)));
    const QString t = text();
    m_label->setText(t);
    setAccessibleName(tr("Connection: %1").arg(t));
    // The detail is an error message, partly the server's words.
    setToolTip(PlainText::toolTip(m_detail.isEmpty() ? t : tr("%1\n%2").arg(t, m_detail)));
}

void ConnectionIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
