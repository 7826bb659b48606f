#include "ActionMessageBar.h"

#include "StatusColorPalette.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

QString who(const ActionMessageBar::Subject& subject)
{
    const QString name =
        subject.customerName.trimmed().isEmpty() ? ActionMessageBar::tr("(no name)") : subject.customerName;
    return subject.reference.isEmpty() ? name : ActionMessageBar::tr("%1, %2").arg(name, subject.reference);
}

} // namespace

ActionMessageBar::ActionMessageBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(u"actionMessageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 3, 4, 3);
    row->setSpacing(6);

    m_mark = new QLabel(this);
    m_mark->setTextFormat(Qt::PlainText);
    m_mark->setAccessibleName(QString()); // the text says it; the mark is only a cue
    row->addWidget(m_mark);

    m_label = new QLabel(this);
    m_label->setObjectName(u"actionMessageText"_s);
    m_label->setTextFormat(Qt::PlainText); // names and reasons come from the platform
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(m_label, 1);

    m_show = new QPushButton(this);
    m_show->setObjectName(u"actionMessageShow"_s);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_current >= 0 && !m_history.at(m_current).paymentId.isEmpty())
            Q_EMIT showPaymentRequested(m_history.at(m_current).paymentId);
    });
    row->addWidget(m_show);

    m_menu = new QMenu(this);
    connect(m_menu, &QMenu::aboutToShow, this, &ActionMessageBar::fillMenu);
    m_historyButton = new QToolButton(this);
    m_historyButton->setObjectName(u"actionMessageHistory"_s);
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(m_menu);
    row->addWidget(m_historyButton);

    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(u"actionMessageDismiss"_s);
    m_dismiss->setAutoRaise(true);
    connect(m_dismiss, &QToolButton::clicked, this, &ActionMessageBar::dismiss);
    row->addWidget(m_dismiss);

    retranslate();
    applyStyle();
    hide();
}

void ActionMessageBar::post(const Message& message)
{
    m_history.prepend(message);
    while (m_history.size() > HistoryLimit)
        m_history.removeLast();
    showMessage(0);
}

void ActionMessageBar::dismiss()
{
    m_current = -1;
    hide();
}

void ActionMessageBar::reopen()
{
    if (!m_history.isEmpty())
        showMessage(0);
}

QString ActionMessageBar::text() const
{
    return m_current >= 0 ? m_history.at(m_current).text : QString();
}

QString ActionMessageBar::paymentId() const
{
    return m_current >= 0 ? m_history.at(m_current).paymentId : QString();
}

void ActionMessageBar::showMessage(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    m_current = index;
    const Message& m = m_history.at(index);
    m_mark->setText(m.kind == Kind::Confirmed ? u"✔"_s : u"✖"_s);
    m_label->setText(m.text);
    m_show->setVisible(!m.paymentId.isEmpty());
    m_historyButton->setText(tr("Recent (%1)").arg(QLocale().toString(int(m_history.size()))));
    applyStyle();
    show();
}

void ActionMessageBar::fillMenu()
{
    m_menu->clear();
    const QLocale locale;
    for (int i = 0; i < m_history.size(); ++i) {
        const Message& m = m_history.at(i);
        // Menu texts read '&' as a mnemonic: a name like "Smith & Sons" must show as written.
        QString text = tr("%1  %2 %3")
                           .arg(locale.toString(m.at.toLocalTime().time(), QLocale::ShortFormat),
                                m.kind == Kind::Confirmed ? u"✔"_s : u"✖"_s, m.text);
        text.replace(u'&', u"&&"_s);
        QAction* action = m_menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, i] { showMessage(i); });
    }
}

void ActionMessageBar::setDark(bool dark)
{
    m_dark = dark;
    applyStyle();
}

void ActionMessageBar::applyStyle()
{
    const bool refused = m_current >= 0 && m_history.at(m_current).kind == Kind::Refused;
    const StatusColorPalette palette(m_dark);
    const auto c =
        palette.colors(refused ? StatusColorPalette::Tone::Danger : StatusColorPalette::Tone::Success);
    setStyleSheet(u"QFrame#actionMessageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  " QFrame#actionMessageBar > QLabel { color: %3; background: transparent; }"_s.arg(
                      c.background.name(), c.border.name(), c.foreground.name()));
}

void ActionMessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ActionMessageBar::retranslate()
{
    setAccessibleName(tr("Your actions"));
    m_label->setAccessibleName(tr("Outcome of your last action"));
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Select this payment in the table, clearing filters that hide it"));
    m_historyButton->setText(tr("Recent (%1)").arg(QLocale().toString(int(m_history.size()))));
    m_historyButton->setAccessibleName(tr("Recent actions"));
    m_historyButton->setToolTip(tr("Your recent actions and what the platform answered"));
    m_dismiss->setText(u"✕"_s);
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Dismiss this message (it stays under Recent)"));
}

ActionMessageBar::Subject ActionMessageBar::subjectOf(const Payment& payment)
{
    return Subject{payment.customer.name, payment.reference.displayText()};
}

QString ActionMessageBar::confirmationText(std::optional<OutboxEntry::Kind> kind,
                                           const std::optional<Subject>& subject)
{
    using K = OutboxEntry::Kind;
    // Kinds other than these three (a provider's own actions) get the plain form.
    if (subject) {
        if (kind == K::Initiate)
            return tr("Sent to %1 — confirmed by the platform").arg(who(*subject));
        if (kind == K::Cancel)
            return tr("Cancelled: %1 — confirmed by the platform").arg(who(*subject));
        if (kind == K::Resend)
            return tr("Notification resent to %1 — confirmed by the platform").arg(who(*subject));
        return tr("%1 — confirmed by the platform").arg(who(*subject));
    }
    if (kind == K::Initiate)
        return tr("Your new payment request was confirmed by the platform");
    if (kind == K::Cancel)
        return tr("Your cancellation was confirmed by the platform");
    if (kind == K::Resend)
        return tr("Your notification resend was confirmed by the platform");
    return tr("The platform confirmed your action");
}

QString ActionMessageBar::refusalText(std::optional<OutboxEntry::Kind> kind,
                                      const std::optional<Subject>& subject, const QString& why)
{
    using K = OutboxEntry::Kind;
    if (subject) {
        if (kind == K::Initiate)
            return tr("Not sent: the request for %1 — the platform refused: %2").arg(who(*subject), why);
        if (kind == K::Cancel)
            return tr("Not cancelled: %1 — the platform refused: %2").arg(who(*subject), why);
        if (kind == K::Resend)
            return tr("Not resent: %1 — the platform refused: %2").arg(who(*subject), why);
        return tr("%1 — the platform refused: %2").arg(who(*subject), why);
    }
    if (kind == K::Initiate)
        return tr("Your new payment request was refused by the platform: %1").arg(why);
    if (kind == K::Cancel)
        return tr("Your cancellation was refused by the platform: %1").arg(why);
    if (kind == K::Resend)
        return tr("Your notification resend was refused by the platform: %1").arg(why);
    return tr("The platform refused your action: %1").arg(why);
}

} // namespace paydesk::ui
