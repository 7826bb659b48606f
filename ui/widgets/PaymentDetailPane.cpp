#include "PaymentDetailPane.h"

#include "PlainText.h"
#include "models/PaymentTableModel.h"
#include "util/Clock.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FlowLayout.h"
#include "widgets/StatusColorPalette.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

// Field ids, in display order.
const QStringList kFields = {
    u"reference"_s,   u"description"_s, u"amount"_s,   u"paid"_s,    u"provider"_s, u"store"_s,
    u"email"_s,       u"phone"_s,       u"channels"_s, u"payLink"_s, u"expires"_s,  u"card"_s,
    u"transaction"_s, u"reconciled"_s,  u"created"_s,  u"updated"_s, u"paymentId"_s};

QString dateText(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString colorCss(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

// Values that are one long word (email, pay link, ids): never wider than the pane, which
// would make it scroll sideways; elided in the middle when narrow, the whole text in the
// tooltip.
const QStringList kElidedFields = {u"email"_s, u"payLink"_s, u"transaction"_s, u"paymentId"_s};

} // namespace

PaymentDetailPane::PaymentDetailPane(QWidget* parent)
    : QWidget(parent)
{
    buildUi();
    retranslate();
    refresh();
}

QLabel* PaymentDetailPane::addRow(const QString& key)
{
    auto* keyLabel = new QLabel(this);
    const bool elided = kElidedFields.contains(key);
    QLabel* value = elided ? new ElidedLabel(this) : new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(!elided);
    value->setTextFormat(Qt::PlainText);
    keyLabel->setBuddy(value);
    m_keys.insert(key, keyLabel);
    m_values.insert(key, value);
    if (key == u"payLink") {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(value, 1);
        m_copyLink = new QPushButton(row);
        connect(m_copyLink, &QPushButton::clicked, this, [this] {
            if (m_payment && !m_payment->payLink.isEmpty()) {
                QApplication::clipboard()->setText(m_payment->payLink);
                Q_EMIT payLinkCopied();
            }
        });
        h->addWidget(m_copyLink);
        m_form->addRow(keyLabel, row);
    } else {
        m_form->addRow(keyLabel, value);
    }
    return value;
}

void PaymentDetailPane::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Above everything, so it cannot be scrolled away: the payment shown is the one the user
    // opened, even when the table no longer lists it.
    auto* outOfView = new QFrame(this);
    outOfView->setObjectName(u"outOfViewBar"_s);
    outOfView->setFrameShape(QFrame::StyledPanel);
    auto* outOfViewRow = new QHBoxLayout(outOfView);
    outOfViewRow->setContentsMargins(10, 4, 6, 4);
    m_outOfViewNote = new QLabel(outOfView);
    m_outOfViewNote->setObjectName(u"outOfViewNote"_s);
    m_outOfViewNote->setTextFormat(Qt::PlainText);
    m_outOfViewNote->setWordWrap(true);
    QFont noteFont = m_outOfViewNote->font();
    noteFont.setWeight(QFont::DemiBold);
    m_outOfViewNote->setFont(noteFont);
    outOfViewRow->addWidget(m_outOfViewNote, 1);
    m_showInList = new QPushButton(outOfView);
    m_showInList->setObjectName(u"showInList"_s);
    connect(m_showInList, &QPushButton::clicked, this, &PaymentDetailPane::showInListRequested);
    outOfViewRow->addWidget(m_showInList);
    m_outOfViewBar = outOfView;
    m_outOfViewBar->hide();
    outer->addWidget(m_outOfViewBar);

    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The content follows the pane's width (labels wrap, ids elide): never a sideways scroll
    // that would hide Copy link or cut the release signal.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget(scroll);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(12, 8, 12, 12);
    v->setSpacing(8);

    auto* head = new QHBoxLayout;
    m_title = new QLabel(page);
    // The customer's name is the platform's text: as rich text it could draw a "safe to
    // release" banner right above the real release signal, or load <img src="/dev/zero">.
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    head->addWidget(m_title, 1);
    m_badge = new QLabel(page);
    m_badge->setTextFormat(Qt::PlainText); // an unknown status shows the platform's raw text
    m_badge->setAlignment(Qt::AlignCenter);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    v->addLayout(head);

    m_release = new QLabel(page);
    m_release->setTextFormat(Qt::PlainText);
    m_release->setWordWrap(true);
    m_release->setMargin(10);
    QFont releaseFont = m_release->font();
    releaseFont.setPointSizeF(releaseFont.pointSizeF() * 1.15);
    releaseFont.setWeight(QFont::Bold);
    m_release->setFont(releaseFont);
    m_release->setFocusPolicy(Qt::TabFocus); // screen-reader users land on the one thing that matters
    v->addWidget(m_release);

    // Right under the release signal: why it says what it says (overdue clearance, failure).
    m_note = new QLabel(page);
    m_note->setObjectName(u"releaseNote"_s);
    m_note->setTextFormat(Qt::PlainText); // a failure reason is the platform's text
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    v->addWidget(m_note);

    // The actions right under the signal, in sight without scrolling on a 1366×768 screen.
    m_actionRow = new FlowLayout(nullptr, 6);
    v->addLayout(m_actionRow);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const QString& key : kFields)
        addRow(key);
    v->addLayout(m_form);

    m_timelineLabel = new QLabel(page);
    QFont section = m_timelineLabel->font();
    section.setWeight(QFont::Bold);
    m_timelineLabel->setFont(section);
    v->addWidget(m_timelineLabel);
    m_timeline = new QTreeWidget(page);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setColumnCount(4);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setMinimumHeight(120);
    m_timeline->header()->setStretchLastSection(true);
    m_timelineLabel->setBuddy(m_timeline);
    v->addWidget(m_timeline, 1);

    scroll->setWidget(page);
    m_stack->addWidget(scroll);
}

void PaymentDetailPane::setClock(const Clock& clock)
{
    m_clock = &clock;
    refresh();
}

void PaymentDetailPane::setActions(const QList<QAction*>& actions)
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_actionRow->addWidget(button);
        m_actionButtons << button;
    }
}

void PaymentDetailPane::addProviderSection(QWidget* section)
{
    QWidget* page = m_timelineLabel->parentWidget();
    auto* v = qobject_cast<QVBoxLayout*>(page->layout());
    section->setParent(page);
    // Under the action row, before the fields: its own actions stay in sight as the pane's do.
    v->insertWidget(v->indexOf(m_form), section);
}

void PaymentDetailPane::setClearanceOverdueDays(int days)
{
    m_overdueDays = qMax(0, days);
    refresh();
}

QString PaymentDetailPane::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void PaymentDetailPane::setDark(bool dark)
{
    m_dark = dark;
    refresh();
}

void PaymentDetailPane::setPayment(const std::optional<Payment>& payment)
{
    m_payment = payment;
    refresh();
    updateOutOfView();
}

void PaymentDetailPane::setOutOfView(bool outOfView)
{
    m_outOfView = outOfView;
    updateOutOfView();
}

QString PaymentDetailPane::outOfViewText() const
{
    return m_outOfViewBar->isHidden() ? QString() : m_outOfViewNote->text();
}

void PaymentDetailPane::updateOutOfView()
{
    m_outOfViewBar->setVisible(m_outOfView && m_payment.has_value());
}

QString PaymentDetailPane::releaseText() const
{
    return m_payment ? Payment::releaseText(m_payment->release()) : QString();
}

void PaymentDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void PaymentDetailPane::retranslate()
{
    m_empty->setText(
        tr("Select a payment to see its details, its timeline and whether the goods may be released."));
    const QHash<QString, QString> names = {
        {u"reference"_s, tr("Reference:")},
        {u"description"_s, tr("Description:")},
        {u"amount"_s, tr("Requested:")},
        {u"paid"_s, tr("Paid:")},
        {u"provider"_s, tr("Provider:")},
        {u"store"_s, tr("Store:")},
        {u"email"_s, tr("Email:")},
        {u"phone"_s, tr("Phone:")},
        {u"channels"_s, tr("Sent by:")},
        {u"payLink"_s, tr("Pay link:")},
        {u"expires"_s, tr("Expires:")},
        {u"card"_s, tr("Card:")},
        {u"transaction"_s, tr("Transaction:")},
        {u"reconciled"_s, tr("Reconciled:")},
        {u"created"_s, tr("Created:")},
        {u"updated"_s, tr("Updated:")},
        {u"paymentId"_s, tr("Payment ID:")},
    };
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        m_keys.value(it.key())->setText(it.value());
        QString plain = it.value();
        plain.chop(1);
        m_values.value(it.key())->setAccessibleName(plain);
    }
    m_outOfViewNote->setText(tr("No longer in this view"));
    m_outOfViewNote->setAccessibleName(tr("No longer in this view"));
    m_showInList->setText(tr("Show in list"));
    m_showInList->setAccessibleName(tr("Show this payment in the list"));
    m_showInList->setToolTip(
        tr("Clear the filters and search that hide this payment and select it in the list"));
    m_copyLink->setText(tr("Copy link"));
    m_copyLink->setAccessibleName(tr("Copy the pay link"));
    m_copyLink->setToolTip(tr("Copy the pay link to the clipboard (Ctrl+Shift+C)"));
    m_timelineLabel->setText(tr("Status timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("Status"), tr("By"), tr("Note")});
    m_timeline->setAccessibleName(tr("Status timeline"));
    m_release->setAccessibleName(tr("Release signal"));
    m_badge->setAccessibleName(tr("Status"));
    m_title->setAccessibleName(tr("Customer"));
    refresh();
}

void PaymentDetailPane::refresh()
{
    if (!m_payment) {
        m_stack->setCurrentIndex(0);
        setAccessibleName(tr("Payment details: nothing selected"));
        return;
    }
    m_stack->setCurrentIndex(1);
    const Payment& p = *m_payment;
    const QLocale locale;
    const StatusColorPalette palette(m_dark);

    m_title->setText(p.customer.name.isEmpty() ? tr("(no name)") : p.customer.name);
    const auto badge = palette.colors(p.status.code());
    m_badge->setText(p.status.displayName());
    m_badge->setStyleSheet(u"QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 9px; "
                           "padding: 2px 10px; font-weight: 600; }"_s.arg(colorCss(badge.background),
                                                                          colorCss(badge.foreground),
                                                                          colorCss(badge.border)));

    // The release signal: green only for SafeToRelease; everything else says what is missing.
    const Payment::Release release = p.release();
    StatusColorPalette::Tone tone = StatusColorPalette::Tone::Progress;
    QString mark = u"⚠"_s;
    switch (release) {
    case Payment::Release::SafeToRelease:
        tone = StatusColorPalette::Tone::Success;
        mark = u"✔"_s;
        break;
    case Payment::Release::Failed:
    case Payment::Release::Refunded:
        tone = StatusColorPalette::Tone::Danger;
        mark = u"✖"_s;
        break;
    case Payment::Release::Cancelled:
    case Payment::Release::Expired:
        tone = StatusColorPalette::Tone::Muted;
        mark = u"✖"_s;
        break;
    case Payment::Release::AwaitingPayment:
        tone = StatusColorPalette::Tone::Waiting;
        mark = u"⚠"_s;
        break;
    case Payment::Release::AwaitingClearance:
    case Payment::Release::Unknown:
        break;
    }
    const auto rc = palette.colors(tone);
    m_release->setText(u"%1  %2"_s.arg(mark, Payment::releaseText(release)));
    m_release->setStyleSheet(
        u"QLabel { background: %1; color: %2; border: 2px solid %3; border-radius: 6px; }"_s.arg(
            colorCss(rc.background), colorCss(rc.foreground), colorCss(rc.foreground)));
    m_release->setAccessibleDescription(Payment::releaseText(release));

    QStringList notes;
    // Why it failed, first thing under the signal: the cashier's next question.
    if (const QString reason = p.failureReason(); !reason.isEmpty())
        notes << tr("Why it failed: %1").arg(reason);
    const QDateTime noteNow = (m_clock ? *m_clock : Clock::system()).now();
    if (p.clearanceOverdue(noteNow, m_overdueDays))
        notes << tr("⚠ Clearance overdue: paid %n day(s) ago and the funds have not cleared. Check with "
                    "the payment partner before releasing.",
                    nullptr, int(p.updatedAt.secsTo(noteNow) / (24 * 3600)));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());

    auto set = [this](const QString& key, const QString& text) {
        QLabel* value = m_values.value(key);
        const QString shown = text.isEmpty() ? tr("—") : text;
        if (kElidedFields.contains(key))
            static_cast<ElidedLabel*>(value)->setFullText(shown);
        else
            value->setText(shown);
    };
    set(u"reference"_s, tr("%1 %2").arg(p.reference.typeDisplayName(), p.reference.displayText()));
    set(u"description"_s, p.description);
    set(u"amount"_s, p.amount.format(locale));
    set(u"paid"_s, p.amountPaid.isValid() ? p.amountPaid.format(locale) : tr("nothing yet"));
    set(u"provider"_s, PaymentTableModel::providerDisplayName(p.provider));
    set(u"store"_s, p.enterpriseId.isEmpty() ? p.storeId : tr("%1 (%2)").arg(p.storeId, p.enterpriseId));
    set(u"email"_s, p.customer.email);
    set(u"phone"_s, p.customer.phone);
    QStringList channels;
    if (p.channels.testFlag(Channel::Email))
        channels << tr("email");
    if (p.channels.testFlag(Channel::Sms))
        channels << tr("SMS");
    set(u"channels"_s, channels.join(u", "_s));
    set(u"payLink"_s, p.payLink); // the whole link in its tooltip
    m_copyLink->setEnabled(!p.payLink.isEmpty());
    QString expires = dateText(p.expiresAt);
    const QDateTime now = (m_clock ? *m_clock : Clock::system()).now();
    if (p.expiresAt.isValid() && p.status.isOpen() && p.expiresAt < now)
        expires = tr("%1 (passed)").arg(expires);
    set(u"expires"_s, expires);
    set(u"card"_s, p.cardLast4.isEmpty()
                       ? p.cardBrand
                       : tr("%1 •••• %2").arg(p.cardBrand.isEmpty() ? tr("Card") : p.cardBrand, p.cardLast4));
    set(u"transaction"_s, p.transactionReference);
    set(u"reconciled"_s, p.reconciled ? tr("yes — in the DMS accounts") : tr("not yet"));
    set(u"created"_s, dateText(p.createdAt));
    set(u"updated"_s, dateText(p.updatedAt));
    set(u"paymentId"_s, p.paymentId);

    m_timeline->clear();
    // Newest first: the question is usually "what happened last".
    for (auto it = p.history.crbegin(); it != p.history.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, dateText(it->at));
        item->setText(1, it->status.displayName());
        item->setText(2, StatusChange::actorDisplayName(it->actor));
        item->setText(3, it->note);
        item->setToolTip(3, PlainText::toolTip(it->note));
    }
    if (p.history.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, dateText(p.updatedAt));
        item->setText(1, p.status.displayName());
        item->setText(3, tr("Full timeline not loaded yet"));
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->resizeColumnToContents(2);

    setAccessibleName(tr("Payment details"));
}

} // namespace paydesk::ui
