#include "FilterBar.h"

#include "PlainText.h"
#include "models/PaymentTableModel.h"
#include "models/SavedViews.h"
#include "money/Money.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FlowLayout.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {
// The currency assumed for amount bounds when none is picked: only the exponent matters.
const QString kFallbackCurrency = u"GBP"_s;
} // namespace

FilterBar::FilterBar(SavedViews* views, QWidget* parent)
    : QWidget(parent)
    , m_savedViews(views)
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kMaxSearchDebounceMs); // until the store has answered once
    connect(&m_searchTimer, &QTimer::timeout, this, &FilterBar::commit);
    buildUi();
    retranslate();
    refreshViews();
    if (m_savedViews)
        connect(m_savedViews, &SavedViews::changed, this, &FilterBar::refreshViews);
    updateSummary();
}

void FilterBar::setSearchAnswerMs(qint64 ms)
{
    m_searchAnswersMs.append(ms);
    if (m_searchAnswersMs.size() > kSearchAnswersKept)
        m_searchAnswersMs.removeFirst();
    if (m_fixedDebounce)
        return;
    // The median (the lower middle of an even count): one slow search among quick ones does not
    // slow the keys after it.
    QList<qint64> sorted = m_searchAnswersMs;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted.at((sorted.size() - 1) / 2);
    m_searchTimer.setInterval(
        int(qBound(qint64(kMinSearchDebounceMs), median / 2, qint64(kMaxSearchDebounceMs))));
}

void FilterBar::setSearchDebounceMs(int ms)
{
    m_fixedDebounce = true;
    m_searchTimer.setInterval(ms);
}

void FilterBar::buildUi()
{
    // One flow of controls: as many on a row as fit, the rest on the next row, so a narrow
    // window or a longer language wraps the bar instead of cutting it or widening the window.
    auto* flow = new FlowLayout(this, 6);
    // Controls that belong together (a label and its field) wrap as one.
    auto group = [this, flow](bool expanding = false) {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        box->setSizePolicy(expanding ? QSizePolicy::Expanding : QSizePolicy::Fixed, QSizePolicy::Fixed);
        flow->addWidget(box);
        return row;
    };
    auto* row1 = group(true);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    // Its clear button is enabled after the box's first paint (eventFilter()): the style's
    // icon for it is decoded when it is enabled, and that was a twentieth of the work before
    // the window's first paint. The button only shows once there is text to clear.
    m_search->setMinimumWidth(220);
    // A search longer than any name, email or reference finds nothing more; a pasted megabyte
    // would be laid out and matched on the GUI thread. What is cut is said in the summary.
    m_search->setMaxLength(kMaxSearchLength);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    // The clear button and programmatic changes do not emit textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_updating)
            m_searchTimer.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        commit();
    });
    m_search->installEventFilter(this);
    row1->addWidget(m_searchLabel);
    row1->addWidget(m_search, 1);
    row1 = group();

    m_statusButton = new QPushButton(this);
    m_statusMenu = new QMenu(m_statusButton);
    m_anyStatusAction = m_statusMenu->addAction(QString());
    connect(m_anyStatusAction, &QAction::triggered, this, [this] {
        m_filter.fundsCleared.reset();
        setStatusChecks({});
        commit();
    });
    m_openAction = m_statusMenu->addAction(QString());
    connect(m_openAction, &QAction::triggered, this, [this] {
        m_filter.fundsCleared.reset();
        setStatusChecks(PaymentFilter::openStatuses());
        commit();
    });
    m_safeToReleaseAction = m_statusMenu->addAction(QString());
    m_safeToReleaseAction->setObjectName(u"safeToReleaseAction"_s);
    connect(m_safeToReleaseAction, &QAction::triggered, this, [this] {
        const PaymentFilter safe = PaymentFilter::safeToRelease();
        m_filter.fundsCleared = safe.fundsCleared;
        setStatusChecks(safe.statuses);
        commit();
    });
    m_statusMenu->addSeparator();
    for (PaymentStatus::Code code : PaymentStatus::allKnown()) {
        QAction* action = m_statusMenu->addAction(PaymentStatus(code).displayName());
        action->setCheckable(true);
        m_statusActions.insert(code, action);
        connect(action, &QAction::toggled, this, [this] {
            if (!m_updating)
                commit();
        });
    }
    m_statusButton->setMenu(m_statusMenu);
    row1->addWidget(m_statusButton);
    row1 = group();

    m_date = new QComboBox(this);
    for (auto preset : {PaymentFilter::DatePreset::Any, PaymentFilter::DatePreset::Today,
                        PaymentFilter::DatePreset::Last7Days, PaymentFilter::DatePreset::Last30Days,
                        PaymentFilter::DatePreset::Custom})
        m_date->addItem(QString(), int(preset));
    connect(m_date, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            commit();
    });
    row1->addWidget(m_date);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                commit();
        });
        row1->addWidget(edit);
    }
    row1 = group();

    m_store = new QComboBox(this);
    m_store->addItem(QString(), QString());
    connect(m_store, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            commit();
    });
    row1->addWidget(m_store);
    row1 = group();
    m_provider = new QComboBox(this);
    m_provider->addItem(QString(), QString());
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            commit();
    });
    row1->addWidget(m_provider);
    row1 = group();

    m_amountLabel = new QLabel(this);
    row1->addWidget(m_amountLabel);
    m_amountMin = new QLineEdit(this);
    m_amountMax = new QLineEdit(this);
    m_amountLabel->setBuddy(m_amountMin);
    for (QLineEdit* edit : {m_amountMin, m_amountMax}) {
        edit->setMaximumWidth(90); // the minimum follows the placeholder (retranslate)
        edit->setAlignment(Qt::AlignRight);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (!m_updating)
                commit();
        });
    }
    row1->addWidget(m_amountMin);
    auto* dash = new QLabel(u"–"_s, this);
    dash->setAccessibleName(QString());
    row1->addWidget(dash);
    row1->addWidget(m_amountMax);
    row1 = group();
    m_currency = new QComboBox(this);
    m_currency->addItem(QString(), QString());
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            commit();
    });
    row1->addWidget(m_currency);

    auto* row2 = group();
    m_viewCombo = new QComboBox(this);
    m_viewCombo->setMinimumWidth(180);
    m_viewCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_viewCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_viewCombo->itemData(index).toString();
        if (!name.isEmpty())
            applyView(name);
    });
    row2->addWidget(m_viewCombo);
    m_saveView = new QPushButton(this);
    connect(m_saveView, &QPushButton::clicked, this, [this] { saveView(); });
    row2->addWidget(m_saveView);
    m_viewMenuButton = new QPushButton(this);
    auto* viewMenu = new QMenu(m_viewMenuButton);
    m_renameAction = viewMenu->addAction(QString());
    connect(m_renameAction, &QAction::triggered, this,
            [this] { renameView(m_viewCombo->currentData().toString()); });
    m_deleteAction = viewMenu->addAction(QString());
    connect(m_deleteAction, &QAction::triggered, this,
            [this] { deleteView(m_viewCombo->currentData().toString()); });
    m_viewMenuButton->setMenu(viewMenu);
    row2->addWidget(m_viewMenuButton);

    // Takes what is left of its row; elided (the whole text in its tooltip) when even a row
    // of its own is too narrow.
    row2 = group(true);
    m_summary = new ElidedLabel(this, Qt::ElideRight);
    m_summary->setFocusPolicy(Qt::NoFocus);
    row2->addWidget(m_summary, 1);
    m_clear = new QPushButton(this);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    row2->addWidget(m_clear);
}

QList<QWidget*> FilterBar::tabOrder() const
{
    return {m_search,    m_statusButton, m_date,     m_from,      m_to,       m_store,          m_provider,
            m_amountMin, m_amountMax,    m_currency, m_viewCombo, m_saveView, m_viewMenuButton, m_clear};
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, email, phone, reference, last 4 or amount"));
    m_search->setAccessibleName(tr("Search payments"));
    m_search->setToolTip(
        tr("Matches name, email, phone, reference, card last 4 and amount as you type (Ctrl+F)"));
    m_anyStatusAction->setText(tr("Any status"));
    m_openAction->setText(tr("Open requests only"));
    m_safeToReleaseAction->setText(tr("Cleared / safe to release"));
    m_safeToReleaseAction->setToolTip(tr("Paid, and the platform reports the funds cleared"));
    for (auto it = m_statusActions.cbegin(); it != m_statusActions.cend(); ++it)
        it.value()->setText(PaymentStatus(it.key()).displayName());
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setToolTip(tr("Show only payments in these statuses"));
    for (int i = 0; i < m_date->count(); ++i)
        m_date->setItemText(
            i, PaymentFilter::presetDisplayName(PaymentFilter::DatePreset(m_date->itemData(i).toInt())));
    m_date->setAccessibleName(tr("Date range"));
    m_date->setToolTip(tr("Last update within this range"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_store->setItemText(0, tr("All stores"));
    m_store->setAccessibleName(tr("Store filter"));
    m_provider->setItemText(0, tr("All providers"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_amountLabel->setText(tr("&Amount:"));
    m_amountMin->setPlaceholderText(tr("min"));
    m_amountMax->setPlaceholderText(tr("max"));
    for (QLineEdit* edit : {m_amountMin, m_amountMax}) {
        // Never narrower than its placeholder (and a few digits).
        const int text = qMax(edit->fontMetrics().horizontalAdvance(edit->placeholderText()),
                              edit->fontMetrics().horizontalAdvance(u"00000"_s));
        edit->setMinimumWidth(qMin(text + 18, edit->maximumWidth()));
    }
    m_amountMin->setAccessibleName(tr("Minimum amount"));
    m_amountMax->setAccessibleName(tr("Maximum amount"));
    m_currency->setItemText(0, tr("Any currency"));
    m_currency->setAccessibleName(tr("Currency filter"));
    m_viewCombo->setAccessibleName(tr("Saved views"));
    m_viewCombo->setToolTip(tr("Apply a saved view"));
    m_saveView->setText(tr("Save view…"));
    m_saveView->setAccessibleName(tr("Save the current filter as a view"));
    m_viewMenuButton->setText(tr("Manage views"));
    m_viewMenuButton->setAccessibleName(tr("Manage saved views"));
    m_renameAction->setText(tr("Rename view…"));
    m_deleteAction->setText(tr("Delete view"));
    m_clear->setText(tr("C&lear filters"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_summary->setAccessibleName(tr("Current filter"));
    refreshViews();
    updateStatusButton();
    updateSummary();
}

void FilterBar::setStores(const QStringList& storeIds)
{
    const QString current = m_store->currentData().toString();
    m_updating = true;
    while (m_store->count() > 1)
        m_store->removeItem(1);
    for (const QString& id : storeIds)
        m_store->addItem(id, id);
    if (!current.isEmpty() && m_store->findData(current) < 0)
        m_store->addItem(current, current);
    m_store->setCurrentIndex(qMax(0, m_store->findData(current)));
    m_updating = false;
}

void FilterBar::setProviders(const QStringList& providers)
{
    const QString current = m_provider->currentData().toString();
    m_updating = true;
    while (m_provider->count() > 1)
        m_provider->removeItem(1);
    for (const QString& id : providers)
        m_provider->addItem(PaymentTableModel::providerDisplayName(id), id);
    if (!current.isEmpty() && m_provider->findData(current) < 0)
        m_provider->addItem(PaymentTableModel::providerDisplayName(current), current);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(current)));
    m_updating = false;
}

void FilterBar::setCurrencies(const QStringList& currencies)
{
    const QString current = m_currency->currentData().toString();
    m_updating = true;
    while (m_currency->count() > 1)
        m_currency->removeItem(1);
    for (const QString& code : currencies)
        m_currency->addItem(code, code);
    if (!current.isEmpty() && m_currency->findData(current) < 0)
        m_currency->addItem(current, current);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(current)));
    m_updating = false;
}

void FilterBar::setResultCount(qint64 count, bool atLeast)
{
    m_resultCount = count;
    m_resultAtLeast = atLeast && count >= 0;
    updateSummary();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<qint64> FilterBar::parseAmount(QLineEdit* edit, bool& ok) const
{
    ok = true;
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QString currency = m_currency->currentData().toString();
    auto money = Money::parseUserInput(text, currency.isEmpty() ? kFallbackCurrency : currency);
    if (!money) {
        ok = false;
        return std::nullopt;
    }
    return money->minorUnits();
}

void FilterBar::readWidgets()
{
    PaymentFilter f;
    for (PaymentStatus::Code code : PaymentStatus::allKnown()) {
        if (m_statusActions.value(code)->isChecked())
            f.statuses << code;
    }
    f.datePreset = PaymentFilter::DatePreset(m_date->currentData().toInt());
    if (f.datePreset == PaymentFilter::DatePreset::Custom) {
        f.customFrom = m_from->date();
        f.customTo = m_to->date();
    }
    f.storeId = m_store->currentData().toString();
    f.provider = m_provider->currentData().toString();
    f.currency = m_currency->currentData().toString();
    bool minOk = true;
    bool maxOk = true;
    f.amountMin = parseAmount(m_amountMin, minOk);
    f.amountMax = parseAmount(m_amountMax, maxOk);
    // A bound that does not parse is shown as wrong and left out, rather than guessed at.
    for (auto [edit, ok] : {std::pair{m_amountMin, minOk}, std::pair{m_amountMax, maxOk}}) {
        edit->setStyleSheet(ok ? QString() : u"QLineEdit { border: 1px solid #c62828; }"_s);
        edit->setToolTip(ok ? QString() : tr("Not an amount"));
    }
    // Trailing spaces between words typed do not change the result: no re-query for them.
    f.text = m_search->text().simplified();
    // Set by the KPI strip or the status menu's "Cleared / safe to release"; it belongs to the
    // paid statuses, so it goes when the user picks other statuses.
    if (f.statuses == PaymentFilter::paidStatuses())
        f.fundsCleared = m_filter.fundsCleared;
    // Set by the KPI strip ("Paid today" is by the paid date); it belongs to the date preset,
    // so it goes back to the last change when the user picks another preset (or none).
    if (f.datePreset == m_filter.datePreset && f.datePreset != PaymentFilter::DatePreset::Any)
        f.dateField = m_filter.dateField;
    m_filter = f;
}

void FilterBar::writeWidgets()
{
    m_updating = true;
    for (auto it = m_statusActions.cbegin(); it != m_statusActions.cend(); ++it)
        it.value()->setChecked(m_filter.statuses.contains(it.key()));
    m_date->setCurrentIndex(qMax(0, m_date->findData(int(m_filter.datePreset))));
    if (m_filter.customFrom.isValid())
        m_from->setDate(m_filter.customFrom);
    if (m_filter.customTo.isValid())
        m_to->setDate(m_filter.customTo);
    auto select = [](QComboBox* combo, const QString& value, const QString& label) {
        int at = combo->findData(value);
        if (at < 0) {
            combo->addItem(label, value);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
    };
    select(m_store, m_filter.storeId, m_filter.storeId);
    select(m_provider, m_filter.provider, PaymentTableModel::providerDisplayName(m_filter.provider));
    select(m_currency, m_filter.currency, m_filter.currency);
    const QString currency = m_filter.currency.isEmpty() ? kFallbackCurrency : m_filter.currency;
    auto amountText = [&currency](const std::optional<qint64>& minor) {
        if (!minor)
            return QString();
        auto money = Money::fromMinor(*minor, currency);
        return money ? money->toDecimalString() : QString::number(*minor);
    };
    m_amountMin->setText(amountText(m_filter.amountMin));
    m_amountMax->setText(amountText(m_filter.amountMax));
    m_amountMin->setStyleSheet(QString());
    m_amountMax->setStyleSheet(QString());
    if (m_search->text() != m_filter.text)
        m_search->setText(m_filter.text);
    m_updating = false;
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::Paint && !std::exchange(m_searchPainted, true))
        QTimer::singleShot(0, m_search, [search = m_search] { search->setClearButtonEnabled(true); });
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (m_searchTimer.isActive())
                commit();
            Q_EMIT moveIntoResults();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setFilter(const PaymentFilter& filter)
{
    m_searchTimer.stop();
    m_filter = filter;
    writeWidgets();
    updateStatusButton();
    updateSummary();
    refreshViews();
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::commit()
{
    if (m_updating)
        return;
    m_searchTimer.stop();
    const PaymentFilter before = m_filter;
    readWidgets();
    updateStatusButton();
    updateSummary();
    if (m_filter == before)
        return;
    refreshViews();
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::setStatusChecks(const QList<PaymentStatus::Code>& statuses)
{
    const bool updating = m_updating;
    m_updating = true; // one commit for the lot, not one per toggled action
    for (auto it = m_statusActions.cbegin(); it != m_statusActions.cend(); ++it)
        it.value()->setChecked(statuses.contains(it.key()));
    m_updating = updating;
}

void FilterBar::updateStatusButton()
{
    const bool custom = m_filter.datePreset == PaymentFilter::DatePreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    QString text;
    if (m_filter.isSafeToRelease())
        text = tr("Cleared / safe to release");
    else if (m_filter.statuses == PaymentFilter::paidStatuses() && m_filter.fundsCleared == false)
        text = tr("Awaiting clearance");
    else if (m_filter.statuses.isEmpty())
        text = tr("Any status");
    else if (m_filter.statuses == PaymentFilter::openStatuses())
        text = tr("Open requests");
    else if (m_filter.statuses.size() == 1)
        text = PaymentStatus(m_filter.statuses.first()).displayName();
    else
        text = tr("%n statuses", nullptr, int(m_filter.statuses.size()));
    m_statusButton->setText(tr("Status: %1").arg(text));
}

void FilterBar::updateSummary()
{
    const QStringList parts = m_filter.describe();
    QString text =
        parts.isEmpty() ? tr("Showing all payments") : tr("Filtered by %1").arg(parts.join(u" · "_s));
    if (m_search->text().size() >= kMaxSearchLength)
        text = tr("Search cut to its first %1 characters; the rest was left out. %2")
                   .arg(kMaxSearchLength)
                   .arg(text);
    const int count = int(qMin<qint64>(m_resultCount, INT_MAX));
    if (m_resultCount >= 0 && m_resultAtLeast)
        text = tr("%1 — %2").arg(text, tr("%Ln+ payments", nullptr, count));
    else if (m_resultCount >= 0)
        text = tr("%1 — %2").arg(text,
                                 (m_resultCount == 1 ? tr("1 payment") : tr("%n payments", nullptr, count)));
    m_summary->setFullText(text); // the tooltip holds it whole (search text, store ids) as plain text
    m_clear->setEnabled(!m_filter.isEmpty());
}

void FilterBar::setSavedViews(SavedViews* views)
{
    if (m_savedViews)
        disconnect(m_savedViews, nullptr, this, nullptr);
    m_savedViews = views;
    if (m_savedViews)
        connect(m_savedViews, &SavedViews::changed, this, &FilterBar::refreshViews);
    refreshViews();
}

void FilterBar::refreshViews()
{
    if (!m_viewCombo)
        return;
    m_viewCombo->blockSignals(true);
    m_viewCombo->clear();
    m_viewCombo->addItem(tr("Saved views…"), QString());
    int current = 0;
    const QStringList names = m_savedViews ? m_savedViews->names() : QStringList();
    for (const QString& name : names) {
        m_viewCombo->addItem(name, name);
        if (m_savedViews->view(name) == m_filter && current == 0)
            current = m_viewCombo->count() - 1;
    }
    m_viewCombo->setCurrentIndex(current);
    m_viewCombo->blockSignals(false);
    m_renameAction->setEnabled(current > 0);
    m_deleteAction->setEnabled(current > 0);
    m_viewMenuButton->setEnabled(!names.isEmpty());
}

void FilterBar::applyView(const QString& name)
{
    if (!m_savedViews)
        return;
    if (auto view = m_savedViews->view(name))
        setFilter(*view);
}

void FilterBar::saveView(const QString& name)
{
    if (!m_savedViews)
        return;
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal,
                                       m_viewCombo->currentData().toString(), &ok);
        if (!ok)
            return;
    }
    chosen = chosen.trimmed();
    if (chosen.isEmpty())
        return;
    m_savedViews->save(chosen, m_filter);
}

void FilterBar::renameView(const QString& oldName, const QString& newName)
{
    if (!m_savedViews || oldName.isEmpty())
        return;
    QString chosen = newName;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen =
            QInputDialog::getText(this, tr("Rename view"), tr("New name:"), QLineEdit::Normal, oldName, &ok);
        if (!ok)
            return;
    }
    if (!m_savedViews->rename(oldName, chosen))
        PlainText::warning(this, tr("Rename view"),
                           tr("A view called “%1” already exists.").arg(chosen.trimmed()));
}

void FilterBar::deleteView(const QString& name)
{
    if (!m_savedViews || name.isEmpty())
        return;
    m_savedViews->remove(name);
}

} // namespace paydesk::ui
