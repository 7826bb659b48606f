#include "MainWindow.h"

#include "PlainText.h"
#include "Theme.h"
#include "dialogs/CancelDialog.h"
#include "dialogs/DemocrancePaymentLinkDialog.h"
#include "dialogs/FinanceApplicationDialog.h"
#include "dialogs/InitiateDialog.h"
#include "dialogs/MyKaarmaPrepaymentDialog.h"
#include "dialogs/NewRequestDialog.h"
#include "dialogs/ResendDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "export/CsvExporter.h"
#include "export/ReceiptPdf.h"
#include "kiosk/CounterDisplay.h"
#include "models/PaymentTableModel.h"
#include "models/SavedViews.h"
#include "payments/DealerActions.h"
#include "payments/PaymentJson.h"
#include "store/PaymentStore.h"
#include "store/StoreReader.h"
#include "sync/Outbox.h"
#include "sync/SyncSession.h"
#include "util/Clock.h"
#include "util/OsAccount.h"
#include "widgets/ActionMessageBar.h"
#include "widgets/FilterBar.h"
#include "widgets/FinanceDetails.h"
#include "widgets/KpiTile.h"
#include "widgets/PaymentDetailPane.h"
#include "widgets/PaymentNotifier.h"
#include "widgets/ProviderDetails.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

const QString kHeaderStateKey = u"mainWindow/tableHeader"_s;
const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kWindowStateKey = u"mainWindow/state"_s;
const QString kSplitterKey = u"mainWindow/splitter"_s;

constexpr int kDefaultWidths[PaymentTableModel::ColumnCount] = {150, 170, 110, 105, 110, 60, 100, 170};

} // namespace

MainWindow::MainWindow(PaymentStore* store, QWidget* parent)
    : MainWindow(store, Clock::system(), parent)
{
}

MainWindow::MainWindow(PaymentStore* store, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_clock(clock)
    , m_operator(OsAccount::currentUserName()) // never $USER: anyone can set that
{
    setObjectName(u"PayDeskMainWindow"_s);
    // The first page is read now; its total only after the first paint (eventFilter()).
    m_model = new PaymentTableModel(store, clock, this, PaymentTableModel::Counts::Paused);
    m_savedViews = new SavedViews(u"profiles/%1/savedViews"_s.arg(m_profile), this);
    m_notifier = new PaymentNotifier(store, clock, this);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Theme::appIcon(), this);
        m_tray->show();
        m_notifier->setTrayIcon(m_tray);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    connect(m_notifier, &PaymentNotifier::notified, this,
            [this](const QString&, const QString& title, const QString& message) {
                showStatusMessage(tr("%1: %2").arg(title, message), 10000);
            });
    buildActions();
    buildUi();
    buildMenus();
    retranslate();
    setupTabOrder();
    restoreLayout();
    applyThemeColors();
    connect(&Theme::instance(), &Theme::changed, this, &MainWindow::applyThemeColors);

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(400);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::refreshSummary);

    if (m_store) {
        // Emitted from the thread that met the damage (the session's worker): queued here.
        connect(m_store, &PaymentStore::damageDetected, this, &MainWindow::showDamage);
        if (m_store->isDamaged())
            showDamage(PaymentStore::damageMessage());
        // Emitted from the thread that loads or builds the indexes: queued here.
        connect(m_store, &PaymentStore::indexingChanged, this, &MainWindow::showIndexing);
        showIndexing(m_store->isIndexing());
    }
    if (m_store) {
        connect(m_store, &PaymentStore::paymentsChanged, this, &MainWindow::onStorePaymentsChanged);
    }
    connect(m_model, &PaymentTableModel::queryFailed, this, [this](const QString& message) {
        showStatusMessage(tr("Could not read the cache: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberViewport);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreViewport);
    auto updateCount = [this] {
        m_filterBar->setResultCount(m_model->totalCount(), m_model->totalIsLowerBound());
        updateActions();
        updateNoMatches();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    // Counted on the reader after the first page when the query matches more than it read.
    connect(m_model, &PaymentTableModel::totalCountChanged, m_filterBar,
            [this](qint64 total) { m_filterBar->setResultCount(total, m_model->totalIsLowerBound()); });
    connect(m_model, &PaymentTableModel::refreshed, this, &MainWindow::onModelRefreshed);
    connect(m_model, &PaymentTableModel::busyChanged, this, &MainWindow::updateNoMatches);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, updateCount);
    // Qt 6.4's accessible table caches cell interfaces and only hears about model changes
    // while an assistive technology is active; cells created before (or cached across a
    // change Qt mishandles) then answer for a dead index, which has crashed screen readers.
    // After any structural change, reset its cache ourselves, active or not.
    auto resetAccessibleTable = [this] {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(m_table);
        if (iface && iface->tableInterface()) {
            QAccessibleTableModelChangeEvent event(m_table, QAccessibleTableModelChangeEvent::ModelReset);
            iface->tableInterface()->modelChange(&event);
        }
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, resetAccessibleTable);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, resetAccessibleTable);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, resetAccessibleTable);
    connect(m_model, &QAbstractItemModel::modelReset, this, resetAccessibleTable);
    updateCount();
    // The KPIs and filter choices are read after the table's first paint (eventFilter()).
    updateActions();
}

MainWindow::~MainWindow()
{
    // The model (an earlier child) is deleted before the table: the table's last focus or
    // leave events must not reach updateRowHold() then.
    m_table->removeEventFilter(this);
    m_table->viewport()->removeEventFilter(this);
}

void MainWindow::buildActions()
{
    // The style's icons are PNGs decoded in several sizes each, which took a fifth of the work
    // before the first paint: they are set after it (loadActionIcons()). Until then an empty
    // icon keeps the toolbar's buttons at their final size (a button without an icon would be
    // text-only, narrower), so nothing moves when the icons arrive.
    QPixmap empty(16, 16);
    empty.fill(Qt::transparent);
    const QIcon placeholder(empty);
    auto make = [this, placeholder](const QKeySequence& shortcut, QStyle::StandardPixmap icon) {
        auto* action = new QAction(this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setIcon(placeholder);
        m_pendingIcons.append({action, icon});
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    m_initiate = make(QKeySequence::New, QStyle::SP_FileIcon);
    connect(m_initiate, &QAction::triggered, this, &MainWindow::initiatePayment);
    m_newFinance = make(QKeySequence(u"Ctrl+Shift+N"_s), QStyle::SP_FileDialogNewFolder);
    m_newFinance->setObjectName(u"newFinanceApplication"_s);
    connect(m_newFinance, &QAction::triggered, this, &MainWindow::newFinanceApplication);
    m_cancel = make(QKeySequence(u"Ctrl+Shift+X"_s), QStyle::SP_DialogCancelButton);
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelPayment);
    m_resend = make(QKeySequence(u"Ctrl+R"_s), QStyle::SP_BrowserReload);
    connect(m_resend, &QAction::triggered, this, &MainWindow::resendNotification);
    m_copyLink = make(QKeySequence(u"Ctrl+Shift+C"_s), QStyle::SP_FileLinkIcon);
    connect(m_copyLink, &QAction::triggered, this, &MainWindow::copyPayLink);
    m_showToCustomer = make(QKeySequence(), QStyle::SP_ComputerIcon);
    m_showToCustomer->setObjectName(u"showToCustomer"_s);
    connect(m_showToCustomer, &QAction::triggered, this, &MainWindow::showToCustomer);
    m_export = make(QKeySequence(u"Ctrl+E"_s), QStyle::SP_DialogSaveButton);
    connect(m_export, &QAction::triggered, this, [this] { exportCsv(); });
    m_print = make(QKeySequence::Print, QStyle::SP_FileDialogDetailedView);
    connect(m_print, &QAction::triggered, this, &MainWindow::printReceipt);
    m_receipt = make(QKeySequence(u"Ctrl+Shift+P"_s), QStyle::SP_FileDialogDetailedView);
    connect(m_receipt, &QAction::triggered, this, [this] { exportReceipt(); });
    m_printDialog = [](QPrinter& printer, QWidget* parent) {
        QPrintDialog dialog(&printer, parent);
        dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
        dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
        return dialog.exec() == QDialog::Accepted;
    };
    m_settings = make(QKeySequence(u"Ctrl+,"_s), QStyle::SP_FileDialogInfoView);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::openSettings);
    m_quit = make(QKeySequence::Quit, QStyle::SP_DialogCloseButton);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);
    m_refresh = make(QKeySequence::Refresh, QStyle::SP_BrowserReload);
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_model->refresh();
        refreshSummary();
    });
    m_find = make(QKeySequence::Find, QStyle::SP_FileDialogContentsView);
    m_clearFilters = make(QKeySequence(u"Ctrl+Shift+L"_s), QStyle::SP_DialogResetButton);
    m_saveView = make(QKeySequence::Save, QStyle::SP_DialogSaveButton);
    m_focusTable = make(QKeySequence(u"Ctrl+L"_s), QStyle::SP_FileDialogListView);
    m_resetColumns = make(QKeySequence(), QStyle::SP_DialogResetButton);
    m_toggleDetails = make(QKeySequence(u"F9"_s), QStyle::SP_FileDialogInfoView);
    m_toggleDetails->setCheckable(true);
    m_toggleDetails->setChecked(true);
    // The dealer's own actions and their answers, back in view after a dismissal.
    m_recentActions = make(QKeySequence(), QStyle::SP_FileDialogDetailedView);
    connect(m_recentActions, &QAction::triggered, this, [this] { m_actionMessages->reopen(); });
    // "?" only where it is not typed: a text field takes printable keys before shortcuts.
    m_shortcuts = make(QKeySequence(u"?"_s), QStyle::SP_MessageBoxQuestion);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = make(QKeySequence(), QStyle::SP_MessageBoxInformation);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About PayDesk"),
                           tr("<b>PayDesk %1</b><p>Payment requests for car dealerships: see every request, "
                              "act on it, and know when funds have cleared before releasing a vehicle.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    m_themeGroup = new QActionGroup(this);
    for (QAction** slot : {&m_themeSystem, &m_themeLight, &m_themeDark}) {
        *slot = new QAction(this);
        (*slot)->setCheckable(true);
        m_themeGroup->addAction(*slot);
    }
    auto chooseTheme = [this](Theme::Mode mode) {
        Theme::instance().apply(mode);
        // AppSettings is the one writer of the settings file (owner-only, known values).
        AppSettings::saveTheme(Theme::modeToString(mode));
    };
    connect(m_themeSystem, &QAction::triggered, this, [chooseTheme] { chooseTheme(Theme::Mode::System); });
    connect(m_themeLight, &QAction::triggered, this, [chooseTheme] { chooseTheme(Theme::Mode::Light); });
    connect(m_themeDark, &QAction::triggered, this, [chooseTheme] { chooseTheme(Theme::Mode::Dark); });
    addActions({m_initiate, m_cancel, m_resend, m_copyLink, m_export, m_print, m_receipt, m_settings, m_quit,
                m_refresh, m_find, m_clearFilters, m_saveView, m_focusTable, m_toggleDetails, m_shortcuts});
}

void MainWindow::loadActionIcons()
{
    // Several actions share an icon: each is decoded once.
    QHash<int, QIcon> icons;
    for (const auto& [action, pixmap] : std::as_const(m_pendingIcons)) {
        auto it = icons.find(pixmap);
        if (it == icons.end())
            it = icons.insert(pixmap, style()->standardIcon(pixmap));
        action->setIcon(*it);
    }
    m_pendingIcons.clear();
}

void MainWindow::buildUi()
{
    auto* central = new QWidget(this);
    auto* v = new QVBoxLayout(central);
    v->setContentsMargins(10, 8, 10, 4);
    v->setSpacing(8);
    m_kpis = new KpiStrip(central);
    connect(m_kpis, &KpiStrip::kpiClicked, this, &MainWindow::onKpiClicked);
    v->addWidget(m_kpis);
    m_filterBar = new FilterBar(m_savedViews, central);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_clearFilters, &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(m_saveView, &QAction::triggered, m_filterBar, [this] { m_filterBar->saveView(); });
    v->addWidget(m_filterBar);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setChildrenCollapsible(false);
    // The table with, above it, the bar of live changes that wait while the table is in use.
    auto* tableArea = new QWidget(m_splitter);
    auto* tableColumn = new QVBoxLayout(tableArea);
    tableColumn->setContentsMargins(0, 0, 0, 0);
    tableColumn->setSpacing(2);
    m_newRowsBar = new QPushButton(tableArea);
    m_newRowsBar->setObjectName(u"newRowsBar"_s);
    // Clicking it must not take the focus from the table (that alone would show the rows).
    m_newRowsBar->setFocusPolicy(Qt::TabFocus);
    m_newRowsBar->setCursor(Qt::PointingHandCursor);
    // Its place is kept while it is hidden: the bar appearing must not push the rows down.
    QSizePolicy barPolicy = m_newRowsBar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    m_newRowsBar->setSizePolicy(barPolicy);
    m_newRowsBar->hide();
    connect(m_newRowsBar, &QPushButton::clicked, this, &MainWindow::showHeldRows);
    tableColumn->addWidget(m_newRowsBar);
    m_table = new QTableView(tableArea);
    tableColumn->addWidget(m_table, 1);
    m_table->setObjectName(u"paymentsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    // 1M rows: fixed, uniform row heights and no ResizeToContents, or the view measures every row.
    QHeaderView* vh = m_table->verticalHeader();
    vh->setVisible(false);
    vh->setSectionResizeMode(QHeaderView::Fixed);
    vh->setDefaultSectionSize(fontMetrics().height() + 12);
    vh->setMinimumSectionSize(fontMetrics().height() + 4);
    QHeaderView* hh = m_table->horizontalHeader();
    hh->setSectionResizeMode(QHeaderView::Interactive);
    hh->setSectionsMovable(true);
    hh->setHighlightSections(false);
    hh->setStretchLastSection(true);
    hh->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < PaymentTableModel::ColumnCount; ++c)
        hh->resizeSection(c, kDefaultWidths[c]);
    // Why a payment failed reads best right after its status; it is last in the model only so
    // that header states saved before it existed keep their columns.
    hh->moveSection(hh->visualIndex(PaymentTableModel::FailureReasonColumn),
                    hh->visualIndex(PaymentTableModel::StatusColumn) + 1);
    hh->setSortIndicator(PaymentTableModel::UpdatedColumn, Qt::DescendingOrder);
    m_defaultHeaderState = hh->saveState();
    m_table->setSortingEnabled(true);
    m_badgeDelegate = new StatusBadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(PaymentTableModel::StatusColumn, m_badgeDelegate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_table, &QTableView::activated, this, [this] { m_detail->setFocus(); });
    connect(m_filterBar, &FilterBar::moveIntoResults, this, &MainWindow::enterResults);
    // Rows in sight hold still while the user points at the table or works in it.
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        updateRowHold();
        updateActions(); // with the pane hidden, acting needs the row in sight
    });
    connect(m_model, &PaymentTableModel::heldRowsChanged, this, &MainWindow::updateNewRowsBar);

    // Said in the table when a search or filter finds nothing, with the way out.
    m_noMatches = new QWidget(m_table->viewport());
    auto* noMatchesRow = new QHBoxLayout(m_noMatches);
    m_noMatchesLabel = new QLabel(m_noMatches);
    m_noMatchesLabel->setObjectName(u"noMatchesLabel"_s);
    m_noMatchesLabel->setTextFormat(Qt::PlainText);
    m_noMatchesLabel->setWordWrap(true);
    m_noMatchesClear = new QPushButton(m_noMatches);
    m_noMatchesClear->setObjectName(u"noMatchesClear"_s);
    m_noMatchesClear->setFlat(true);
    m_noMatchesClear->setCursor(Qt::PointingHandCursor);
    connect(m_noMatchesClear, &QPushButton::clicked, m_filterBar, &FilterBar::clear);
    noMatchesRow->addWidget(m_noMatchesLabel, 1);
    noMatchesRow->addWidget(m_noMatchesClear);
    auto* overlay = new QVBoxLayout(m_table->viewport());
    overlay->addWidget(m_noMatches);
    overlay->addStretch(1);
    m_noMatches->hide();
    m_detail = new PaymentDetailPane(m_splitter);
    connect(m_detail, &PaymentDetailPane::showInListRequested, this, &MainWindow::showOpenedInList);
    m_detail->setMinimumWidth(320);
    m_detail->setClock(m_clock);
    m_detail->setActions({m_cancel, m_resend, m_print, m_receipt});
    m_finance = new FinanceDetails(m_detail);
    m_finance->setReceiptIssuer([this](const Payment& p) { return receiptIssuerFor(p); });
    m_detail->addProviderSection(m_finance);
    m_providerDetails = new ProviderDetails(m_detail);
    m_detail->addProviderSection(m_providerDetails);
    connect(m_detail, &PaymentDetailPane::payLinkCopied, this,
            [this] { showStatusMessage(tr("Pay link copied to the clipboard")); });
    connect(m_toggleDetails, &QAction::toggled, m_detail, &QWidget::setVisible);
    connect(m_toggleDetails, &QAction::toggled, this, &MainWindow::updateActions);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 460});
    v->addWidget(m_splitter, 1);

    // Under the table, out of the way of live updates: what became of the dealer's actions.
    m_actionMessages = new ActionMessageBar(central);
    connect(m_actionMessages, &ActionMessageBar::showPaymentRequested, this, [this](const QString& id) {
        if (!showPayment(id))
            showStatusMessage(tr("That payment is not in the cache any more"));
    });
    v->addWidget(m_actionMessages);
    setCentralWidget(central);

    connect(m_focusTable, &QAction::triggered, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_resetColumns, &QAction::triggered, this, [this] {
        m_table->horizontalHeader()->restoreState(m_defaultHeaderState);
        QSettings().remove(kHeaderStateKey);
    });
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"mainToolbar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_initiate);
    m_toolbar->addAction(m_newFinance);
    m_toolbar->addAction(m_cancel);
    m_toolbar->addAction(m_resend);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_export);
    m_toolbar->addAction(m_receipt);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refresh);
    auto* spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_demoMarker = new QLabel(this);
    m_demoMarker->setStyleSheet(u"QLabel { background: #fde8b0; color: #5c3d00; border: 1px solid #d9a521; "
                                "border-radius: 10px; padding: 3px 12px; font-weight: 600; }"_s);
    m_toolbar->addAction(m_settings);
    m_connection = new ConnectionIndicator(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_connection);
    // Damage found at run time stays in view until the restart that rebuilds the cache.
    m_damageNotice = new QLabel(this);
    m_damageNotice->setObjectName(u"damageNotice"_s);
    m_damageNotice->setTextFormat(Qt::PlainText);
    m_damageNotice->setWordWrap(true);
    m_damageNotice->setStyleSheet(u"QLabel { background: #fbd5d5; color: #6b1010; border: 1px solid #c53030; "
                                  "padding: 3px 8px; }"_s);
    m_damageNotice->hide();
    statusBar()->insertPermanentWidget(0, m_damageNotice, 1);
    m_indexingNotice = new QLabel(this);
    m_indexingNotice->setObjectName(u"indexingNotice"_s);
    m_indexingNotice->hide();
    statusBar()->insertPermanentWidget(1, m_indexingNotice);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_print);
    m_fileMenu->addAction(m_receipt);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_paymentMenu = menuBar()->addMenu(QString());
    m_paymentMenu->addAction(m_initiate);
    m_paymentMenu->addAction(m_newFinance);
    m_paymentMenu->addAction(m_cancel);
    m_paymentMenu->addAction(m_resend);
    m_paymentMenu->addSeparator();
    m_paymentMenu->addAction(m_copyLink);
    m_paymentMenu->addAction(m_showToCustomer);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_find);
    m_viewMenu->addAction(m_clearFilters);
    m_viewMenu->addAction(m_saveView);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusTable);
    m_viewMenu->addAction(m_toggleDetails);
    m_viewMenu->addAction(m_resetColumns);
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_recentActions);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addAction(m_about);

    // The demo marker sits in the menu bar's corner: always visible, never pushed into the
    // toolbar's overflow menu on a narrow window.
    auto* corner = new QWidget(this);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 2, 8, 2);
    cornerLayout->addWidget(m_demoMarker);
    m_demoMarker->setVisible(m_demo);
    menuBar()->setCornerWidget(corner, Qt::TopRightCorner);
}

void MainWindow::retranslate()
{
    auto set = [](QAction* action, const QString& text, const QString& tip) {
        action->setText(text);
        QString full = tip;
        if (!action->shortcut().isEmpty())
            full = tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
        action->setToolTip(full);
        action->setStatusTip(tip);
    };
    set(m_initiate, tr("&New request…"), tr("Raise a new payment request; the customer gets a pay link"));
    set(m_newFinance, tr("New &finance application…"),
        tr("Begin a Payment Assist finance application; the customer gets a link to apply"));
    set(m_cancel, tr("&Cancel request…"), tr("Cancel the selected open request"));
    set(m_resend, tr("&Resend notification…"),
        tr("Send the pay link again, optionally with corrected details"));
    set(m_copyLink, tr("Copy pay &link"), tr("Copy the selected payment's pay link"));
    set(m_showToCustomer, tr("Show to c&ustomer"),
        tr("Show the selected payment's QR code and live status on a customer-facing screen"));
    set(m_export, tr("&Export CSV…"), tr("Export the payments in the current view to a CSV file"));
    set(m_print, tr("P&rint receipt…"), tr("Print a receipt for the selected paid payment"));
    set(m_receipt, tr("Receipt &PDF…"), tr("Save a receipt for the selected paid payment as PDF"));
    set(m_settings, tr("&Settings…"),
        tr("Connection, credentials, stores, language, theme and notifications"));
    set(m_quit, tr("&Quit"), tr("Quit PayDesk"));
    set(m_refresh, tr("Re&fresh"), tr("Read the cache again"));
    set(m_find, tr("&Find…"), tr("Search payments"));
    set(m_clearFilters, tr("C&lear filters"), tr("Show all payments"));
    set(m_saveView, tr("Save &view…"), tr("Save the current filter as a named view"));
    set(m_focusTable, tr("Go to &table"), tr("Move the keyboard focus to the payments table"));
    set(m_toggleDetails, tr("&Details pane"), tr("Show or hide the details of the selected payment"));
    set(m_resetColumns, tr("Reset &columns"), tr("Restore the default column widths and order"));
    set(m_recentActions, tr("&Recent actions"),
        tr("Show your recent actions and what the platform answered"));
    set(m_shortcuts, tr("&Keyboard shortcuts"), tr("List every keyboard shortcut of this window"));
    set(m_about, tr("&About PayDesk"), tr("Version and licence"));
    m_themeSystem->setText(tr("&System"));
    m_themeLight->setText(tr("&Light"));
    m_themeDark->setText(tr("&Dark"));
    m_fileMenu->setTitle(tr("&File"));
    m_paymentMenu->setTitle(tr("&Payment"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar->setWindowTitle(tr("Actions"));
    m_toolbar->setAccessibleName(tr("Actions"));
    m_table->setAccessibleName(tr("Payments"));
    m_noMatchesClear->setText(tr("Clear filters"));
    updateNewRowsBar();
    updateNoMatches();
    m_table->setAccessibleDescription(
        tr("Payment requests; the selected one is shown in the details pane. Press Menu for actions."));
    m_kpis->setAccessibleName(tr("Key figures"));
    m_filterBar->setAccessibleName(tr("Filters"));
    m_detail->setAccessibleName(tr("Payment details"));
    m_demoMarker->setText(tr("Demo — sandbox data"));
    m_demoMarker->setAccessibleName(tr("Demo mode: sandbox data, no real payments"));
    m_demoMarker->setToolTip(
        tr("PayDesk is connected to its built-in sandbox. Nothing here is a real payment."));
    m_countLabel->setAccessibleName(tr("Payments shown"));
    m_indexingNotice->setText(tr("Indexing…"));
    m_indexingNotice->setToolTip(
        tr("The cache is building its search indexes after a large download; searching and sorting are "
           "slower until it is done."));
    updateCountLabel(); // the figure's words are in the language too
    fitStatusColumn();
    setWindowTitle(m_demo ? tr("PayDesk — Demo (sandbox data)") : tr("PayDesk"));
    if (m_tray)
        m_tray->setToolTip(windowTitle());
    if (m_shortcutsDialog) // the actions' new names
        m_shortcutsDialog->setActions(findChildren<QAction*>());
}

void MainWindow::fitStatusColumn()
{
    // The status badge is the row's point ("Paid — clearing" or "Cleared"): its column is wide
    // enough for the longest badge in the language shown. It only grows, so a width the user
    // chose larger stays.
    QFont font = m_table->font();
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    QStringList texts;
    for (PaymentStatus::Code code : PaymentStatus::allKnown())
        texts << PaymentStatus(code).displayName();
    Payment paid;
    paid.status = PaymentStatus::Code::Paid;
    texts << PaymentTableModel::statusText(paid) << PaymentTableModel::statusText(paid, true);
    paid.fundsCleared = true;
    texts << PaymentTableModel::statusText(paid);
    int widest = 0;
    for (const QString& text : std::as_const(texts))
        widest = qMax(widest, StatusBadgeDelegate::badgeSize(metrics, text).width());
    QHeaderView* header = m_table->horizontalHeader();
    const int needed = widest + 12; // the delegate's margins and a little air
    if (header->sectionSize(PaymentTableModel::StatusColumn) < needed)
        header->resizeSection(PaymentTableModel::StatusColumn, needed);
}

void MainWindow::setupTabOrder()
{
    QList<QWidget*> chain;
    for (auto kpi : {KpiStrip::Kpi::Open, KpiStrip::Kpi::PaidToday, KpiStrip::Kpi::Failed,
                     KpiStrip::Kpi::AwaitingClearance, KpiStrip::Kpi::QueuedActions})
        chain << m_kpis->tile(kpi);
    chain << m_filterBar->tabOrder();
    chain << m_table << m_detail;
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kWindowStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({820, 460});
    QHeaderView* hh = m_table->horizontalHeader();
    const QByteArray header = settings.value(kHeaderStateKey).toByteArray();
    if (!header.isEmpty() && hh->restoreState(header)) {
        // Never let a remembered state smuggle in a per-row measuring mode.
        for (int c = 0; c < hh->count(); ++c)
            hh->setSectionResizeMode(c, QHeaderView::Interactive);
        hh->setStretchLastSection(true);
    }
    m_model->sort(hh->sortIndicatorSection(), hh->sortIndicatorOrder());
    if (!settings.contains(kGeometryKey))
        resize(1360, 860);
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    // On a 1366×768 laptop the default (or a size remembered from a bigger screen) would
    // open taller than the screen, with the detail pane's lower part out of reach.
    const QScreen* screen = this->screen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    // Before the first show the frame is not known: leave room for a title bar and borders.
    const QMargins frame =
        frameGeometry() != geometry()
            ? QMargins(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                       frameGeometry().right() - geometry().right(),
                       frameGeometry().bottom() - geometry().bottom())
            : QMargins(4, 32, 4, 4);
    const QRect room = available.marginsRemoved(frame);
    QRect wanted = geometry();
    wanted.setSize(wanted.size().boundedTo(room.size()).expandedTo(minimumSize()));
    if (!testAttribute(Qt::WA_Moved) || !room.contains(wanted)) {
        // Centred when no place was remembered (or it was on another screen); else moved in.
        if (!testAttribute(Qt::WA_Moved) || !room.intersects(wanted))
            wanted.moveCenter(room.center());
        wanted.moveLeft(
            qBound(room.left(), wanted.left(), qMax(room.left(), room.right() - wanted.width() + 1)));
        wanted.moveTop(
            qBound(room.top(), wanted.top(), qMax(room.top(), room.bottom() - wanted.height() + 1)));
    }
    setGeometry(wanted);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderStateKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyThemeColors()
{
    const bool dark = Theme::instance().isDark();
    m_badgeDelegate->setPalette(StatusColorPalette(dark));
    m_kpis->setDark(dark);
    m_detail->setDark(dark);
    m_actionMessages->setDark(dark);
    m_model->setHighlightColor(dark ? QColor(0x4a, 0x40, 0x12) : QColor(0xff, 0xf3, 0xc4));
    switch (Theme::instance().mode()) {
    case Theme::Mode::System:
        m_themeSystem->setChecked(true);
        break;
    case Theme::Mode::Light:
        m_themeLight->setChecked(true);
        break;
    case Theme::Mode::Dark:
        m_themeDark->setChecked(true);
        break;
    }
    m_table->viewport()->update();
}

void MainWindow::setProfileName(const QString& name)
{
    if (name.isEmpty() || name == m_profile)
        return;
    m_profile = name;
    // Saved views are the profile's; the bar stays, with its connections (Save view, Find,
    // Clear), its store lists and the filter the table shows.
    auto* views = new SavedViews(u"profiles/%1/savedViews"_s.arg(m_profile), this);
    m_filterBar->setSavedViews(views);
    delete m_savedViews;
    m_savedViews = views;
    refreshSummary();
}

void MainWindow::setSites(const QList<Site>& sites)
{
    m_sites = sites;
    updateActions();
}

void MainWindow::setActionSubmitter(ActionSubmitter submitter)
{
    m_submitter = std::move(submitter);
    updateActions();
}

void MainWindow::setSession(SyncSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    m_session = session;
    m_finance->setSession(session);
    m_providerDetails->setSession(session);
    if (!session) {
        // The profile went away: nothing to act through, nothing connected.
        setActionSubmitter({});
        setSites({});
        m_connection->setState(ConnectionState());
        setQueuedActions(0);
        return;
    }
    setOperatorName(session->user());
    m_sessionConnections << connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    m_sessionConnections << connect(session, &SyncSession::stateChanged, m_connection,
                                    &ConnectionIndicator::setState);
    m_connection->setState(session->state());
    m_sessionConnections << connect(this, &MainWindow::paymentSelected, session, &SyncSession::fetchDetails);
    // What receipts print about each store: the platform's word, asked once per session (and
    // again after a sync if the first ask went unanswered, e.g. offline at start).
    m_sessionConnections << connect(session, &SyncSession::storesFetched, this,
                                    [this](const QList<StoreDetails>& stores) { setStoreDetails(stores); });
    m_sessionConnections << connect(session, &SyncSession::synced, this, [this, session] {
        if (m_storeIssuers.isEmpty())
            session->fetchStores();
    });
    session->fetchStores();

    ActionSubmitter submitter;
    if (session->outbox()) {
        // The count is the outbox's: computed there (on the session's worker), published by its
        // signal, which the session brings to this thread.
        m_sessionConnections << connect(session, &SyncSession::queuedCountChanged, this,
                                        &MainWindow::setQueuedActions);
        setQueuedActions(session->outbox()->queuedCount());
        // Answers to the dealer's own actions stay in view (ActionMessageBar); live news from the
        // sync keeps the status bar.
        m_sessionConnections << connect(session, &SyncSession::actionConfirmed, this,
                                        &MainWindow::onActionConfirmed);
        m_sessionConnections << connect(session, &SyncSession::actionFailed, this,
                                        &MainWindow::onActionRefused);
        // The dialogs validate on this thread with the same rules; the session queues the
        // action on its worker (one short write) and answers at once.
        const QPointer<SyncSession> target(session);
        submitter.validator = session->validator();
        submitter.initiate = [target](const InitiateRequest& request) -> FieldErrors {
            if (!target)
                return {{QString(), ConnectionState().text()}};
            InitiateRequest copy = request;
            auto queued = target->submit(copy);
            return queued ? FieldErrors() : queued.error();
        };
        submitter.cancel = [target](const CancelRequest& request) -> FieldErrors {
            if (!target)
                return {{QString(), ConnectionState().text()}};
            CancelRequest copy = request;
            auto queued = target->submit(copy);
            return queued ? FieldErrors() : queued.error();
        };
        submitter.resend = [target](const ResendRequest& request) -> FieldErrors {
            if (!target)
                return {{QString(), ConnectionState().text()}};
            ResendRequest copy = request;
            auto queued = target->submit(copy);
            return queued ? FieldErrors() : queued.error();
        };
    } else {
        setQueuedActions(0);
    }
    setActionSubmitter(submitter);
    QList<Site> sites;
    const ConnectionProfile& profile = session->profile();
    for (const QString& storeId : profile.storeIds)
        sites << Site{profile.enterpriseId, storeId, storeId};
    setSites(sites);
}

SyncSession* MainWindow::session() const
{
    return m_session;
}

Result<qint64, StoreError> MainWindow::appendAudit(const AuditEntry& entry)
{
    // The session's worker is the cache's one writer; without a session (tests, a removed
    // profile) there is no sync running and the window writes the line itself.
    if (m_session && m_session->workerThread())
        return m_session->appendAudit(entry);
    if (!m_store)
        return fail(StoreError::make(StoreError::Kind::CannotOpen));
    return m_store->appendAudit(entry);
}

void MainWindow::showDamage(const QString& message)
{
    m_damageNotice->setText(message);
    m_damageNotice->show();
}

void MainWindow::showIndexing(bool indexing)
{
    m_indexingNotice->setVisible(indexing);
}

void MainWindow::setQueuedActions(int count)
{
    m_kpis->setQueuedActions(count);
    m_connection->setQueuedActions(count);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoMarker->setVisible(demo);
    retranslate();
}

void MainWindow::showStatusMessage(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::setFilter(const PaymentFilter& filter)
{
    m_filterBar->setFilter(filter);
}

void MainWindow::onFilterChanged(const PaymentFilter& filter)
{
    m_queryChanged = true;
    m_model->setQuery(filter.toQuery(m_clock.now().toLocalTime()));
    m_filterBar->setResultCount(m_model->totalCount(), m_model->totalIsLowerBound());
    updateActiveKpi();
    updateActions();
}

PaymentFilter MainWindow::filterForKpi(KpiStrip::Kpi kpi)
{
    PaymentFilter f;
    switch (kpi) {
    case KpiStrip::Kpi::Open:
        f.statuses = PaymentFilter::openStatuses();
        break;
    case KpiStrip::Kpi::PaidToday:
        // Exactly the rows the figure counts: paid today by the paid date, in any status now.
        f = PaymentFilter::paidToday();
        break;
    case KpiStrip::Kpi::Failed:
        f.statuses = {PaymentStatus::Code::Failed};
        break;
    case KpiStrip::Kpi::AwaitingClearance:
        f.statuses = PaymentFilter::paidStatuses();
        f.fundsCleared = false;
        break;
    case KpiStrip::Kpi::QueuedActions:
        break;
    }
    return f;
}

void MainWindow::onKpiClicked(KpiStrip::Kpi kpi)
{
    if (kpi == KpiStrip::Kpi::QueuedActions) {
        updateActiveKpi();
        showQueuedActions();
        return;
    }
    const PaymentFilter wanted = filterForKpi(kpi);
    // A second click on the active KPI goes back to everything.
    m_filterBar->setFilter(m_filterBar->filter() == wanted ? PaymentFilter() : wanted);
}

void MainWindow::updateActiveKpi()
{
    const PaymentFilter current = m_filterBar->filter();
    std::optional<KpiStrip::Kpi> active;
    for (auto kpi : {KpiStrip::Kpi::Open, KpiStrip::Kpi::PaidToday, KpiStrip::Kpi::Failed,
                     KpiStrip::Kpi::AwaitingClearance}) {
        if (filterForKpi(kpi) == current)
            active = kpi;
    }
    m_kpis->setActive(active);
}

void MainWindow::refreshSummary()
{
    if (!m_store)
        return;
    // The first page of the table is painted before anything else reads the cache: the first
    // paint asks for the summary (see eventFilter()).
    if (!m_tablePainted)
        return;
    StoreReader* reader = m_model->reader();
    if (!reader)
        return;
    // The KPIs and the filter bar's choices read many rows (the currencies a whole table scan):
    // the model's reader computes them off the GUI thread and delivers them here, queued.
    m_kpis->requestKpis(*reader, m_clock.now().toLocalTime().date());
    struct Choices
    {
        std::optional<QStringList> stores;
        std::optional<QStringList> providers;
        std::optional<QStringList> currencies;
    };
    reader->request(
        StoreReader::Kind::FilterChoices,
        [](PaymentStore& store) {
            auto read = [](Result<QStringList, StoreError> list) {
                return list ? std::optional<QStringList>(std::move(list).value()) : std::nullopt;
            };
            return Choices{read(store.storeIds()), read(store.providers()), read(store.currencies())};
        },
        this,
        [this](quint64, Choices choices) {
            // A failed list keeps the choices shown; an unchanged one leaves its combo alone.
            if (choices.stores && *choices.stores != m_storeChoices) {
                m_storeChoices = *choices.stores;
                m_filterBar->setStores(m_storeChoices);
            }
            if (choices.providers && *choices.providers != m_providerChoices) {
                m_providerChoices = *choices.providers;
                m_filterBar->setProviders(m_providerChoices);
            }
            if (choices.currencies && *choices.currencies != m_currencyChoices) {
                m_currencyChoices = *choices.currencies;
                m_filterBar->setCurrencies(m_currencyChoices);
            }
            Q_EMIT filterChoicesArrived();
        });
    updateCountLabel();
}

void MainWindow::updateCountLabel()
{
    const int n = m_model->rowCount();
    m_countLabel->setText(tr("%n payment(s) shown", nullptr, n));
}

void MainWindow::onStorePaymentsChanged(const QStringList& ids)
{
    m_summaryTimer.start();
    if (!m_selectedId.isEmpty() && ids.contains(m_selectedId))
        reloadDetail();
}

void MainWindow::rememberViewport()
{
    const QModelIndex top = m_table->indexAt(QPoint(2, 2));
    m_anchorRowId = top.isValid() ? m_model->rowIdAt(top.row()) : -1;
}

void MainWindow::restoreViewport()
{
    // A reset loses the view's selection: find the same payment (by id, not by row) again.
    if (m_anchorRowId >= 0) {
        const int row = m_model->rowOfRowId(m_anchorRowId);
        if (row >= 0)
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    }
    syncSelection();
    const int row = m_model->rowOfPaymentId(m_selectedId);
    if (row >= 0 && m_anchorRowId < 0)
        m_table->scrollTo(m_model->index(row, 0));
}

void MainWindow::syncSelection()
{
    if (m_selectedId.isEmpty()) {
        m_detail->setOutOfView(false);
        return;
    }
    const int row = m_model->rowOfPaymentId(m_selectedId);
    QItemSelectionModel* selection = m_table->selectionModel();
    {
        const QScopedValueRollback<bool> ours(m_syncingSelection, true);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            if (selection->currentIndex().row() != row || !selection->isRowSelected(row))
                selection->setCurrentIndex(index,
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else if (selection->currentIndex().isValid() || selection->hasSelection()) {
            // The row the selection model moved to is another customer's: select nothing.
            selection->clear();
        }
    }
    m_detail->setOutOfView(row < 0);
    updateActions();
}

void MainWindow::showOpenedInList()
{
    if (m_selectedId.isEmpty())
        return;
    // Waiting live changes may be what keeps it out: show them first.
    if (m_model->rowOfPaymentId(m_selectedId) < 0 && m_model->hasHeldRows())
        m_model->applyHeldRows();
    m_revealId = m_selectedId;
    if (m_model->rowOfPaymentId(m_selectedId) >= 0) {
        revealPendingPayment();
        return;
    }
    // A filter, search or saved view hides it: show everything again (the answer selects it).
    if (m_filterBar->filter() == PaymentFilter())
        m_model->refresh();
    else
        m_filterBar->clear();
}

void MainWindow::revealPendingPayment()
{
    if (m_revealId.isEmpty() || m_model->isBusy())
        return;
    const QString id = std::exchange(m_revealId, QString());
    const int row = m_model->rowOfPaymentId(id);
    if (row < 0 || id != m_selectedId)
        return;
    syncSelection();
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table) {
        switch (event->type()) {
        case QEvent::Enter:
            m_pointerOverTable = true;
            updateRowHold();
            break;
        case QEvent::Leave:
            m_pointerOverTable = false;
            updateRowHold();
            break;
        case QEvent::FocusIn:
            m_tableFocused = true;
            updateRowHold();
            break;
        case QEvent::FocusOut:
            // A context menu over the table is still working in it.
            if (static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason) {
                m_tableFocused = false;
                updateRowHold();
            }
            break;
        default:
            break;
        }
    } else if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        updateRowHold();
    } else if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_tablePainted) {
        // The first page is on screen: now its total, the KPIs, the filter choices and the
        // actions' icons (deferred from the constructor), on the next pass, so this paint is
        // not held up by them.
        m_tablePainted = true;
        QTimer::singleShot(0, this, [this] {
            m_model->resumeCounts();
            refreshSummary();
            loadActionIcons();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateRowHold()
{
    // Rule (issue 14.3): while the pointer is over the table or the table has the keyboard
    // focus, the rows in sight and every row above them keep their place; live changes that
    // would move them wait behind the "N new — show" bar. They are shown when the bar is
    // clicked, or by themselves as soon as the pointer is off the table and the focus is
    // elsewhere. Changes below the last row in sight never wait.
    int frozen = 0;
    if ((m_pointerOverTable || m_tableFocused) && m_model->rowCount() > 0) {
        const int last = m_table->rowAt(m_table->viewport()->height() - 1);
        frozen = last < 0 ? m_model->rowCount() : last + 1;
    }
    m_model->setFrozenRows(frozen);
}

void MainWindow::updateNewRowsBar()
{
    if (!m_newRowsBar)
        return;
    const int arrivals = m_model->heldArrivals();
    const QString text = arrivals > 0 ? tr("%n new — show", nullptr, arrivals) : tr("List changed — update");
    m_newRowsBar->setText(text);
    m_newRowsBar->setAccessibleName(text);
    m_newRowsBar->setToolTip(tr("Payments arrived or changed while you were working in the list. "
                                "They are shown when you click here or leave the list."));
    m_newRowsBar->setVisible(m_model->hasHeldRows());
}

void MainWindow::showHeldRows()
{
    const int first = m_model->applyHeldRows();
    if (first >= 0)
        m_table->scrollTo(m_model->index(first, 0), QAbstractItemView::EnsureVisible);
}

void MainWindow::onModelRefreshed()
{
    m_filterBar->setSearchAnswerMs(m_model->lastQueryMs());
    // Only the answer to a new query scrolls; live updates keep the view where it is.
    if (m_queryChanged) {
        m_queryChanged = false;
        m_table->scrollToTop();
    }
    if (m_enterResults) {
        m_enterResults = false;
        enterResults();
    }
    updateNoMatches();
    syncSelection();
    revealPendingPayment();
    updateRowHold();
}

void MainWindow::enterResults()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (m_model->isBusy()) {
        m_enterResults = true; // the results of what was just typed are on their way
        return;
    }
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex first = m_model->index(0, 0);
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

void MainWindow::updateNoMatches()
{
    if (!m_noMatches)
        return;
    const PaymentFilter filter = m_filterBar->filter();
    const bool show = !(filter == PaymentFilter()) && m_model->rowCount() == 0 && !m_model->isBusy();
    if (show) {
        m_noMatchesLabel->setText(filter.text.isEmpty() ? tr("No payments match these filters.")
                                                        : tr("No payments match '%1'.").arg(filter.text));
    }
    m_noMatches->setVisible(show);
}

bool MainWindow::showPayment(const QString& paymentId)
{
    if (!cachedPayment(paymentId))
        return false;
    // The user asked for this payment: it is their pick. The pane names it at once; the table
    // shows and selects it as Show in list does (held rows applied, and filters that hide it
    // cleared, the selection following the answer).
    if (paymentId != m_selectedId)
        openPayment(paymentId);
    showOpenedInList();
    return true;
}

std::optional<Payment> MainWindow::cachedPayment(const QString& paymentId) const
{
    if (!m_store || paymentId.isEmpty())
        return std::nullopt;
    auto cached = m_store->payment(paymentId);
    return cached && cached->has_value() ? **cached : std::optional<Payment>();
}

std::optional<OutboxEntry> MainWindow::outboxEntry(qint64 entryId) const
{
    if (!m_store)
        return std::nullopt;
    auto entry = m_store->outboxEntry(entryId);
    return entry ? *entry : std::nullopt;
}

void MainWindow::onActionConfirmed(qint64 entryId, const QString& paymentId)
{
    // The outbox cached the platform's answer before it said so: the payment is here to name.
    const std::optional<OutboxEntry> entry = outboxEntry(entryId);
    const std::optional<Payment> payment = cachedPayment(paymentId);
    std::optional<ActionMessageBar::Subject> subject;
    if (payment)
        subject = ActionMessageBar::subjectOf(*payment);
    else if (entry)
        subject = requestSubject(*entry);
    ActionMessageBar::Message message;
    message.at = m_clock.now();
    message.kind = ActionMessageBar::Kind::Confirmed;
    message.text = ActionMessageBar::confirmationText(
        entry ? std::optional<OutboxEntry::Kind>(entry->kind) : std::nullopt, subject);
    // Democrance may answer an initiate with an outcome instead of a link: said as such.
    if (payment && payment->provider == ProviderId::democrance()) {
        const QString action = payment->providerData.value(u"action"_s).toString();
        if (action.compare(u"No payment required"_s, Qt::CaseInsensitive) == 0)
            message.text =
                tr("%1 Democrance: no payment required, the policy is issued without one.").arg(message.text);
        else if (action.compare(u"Payment to be invoiced"_s, Qt::CaseInsensitive) == 0)
            message.text = tr("%1 Democrance: payment to be invoiced, the policy is issued and the money "
                              "follows the invoice.")
                               .arg(message.text);
    }
    message.paymentId = payment ? paymentId : QString();
    m_actionMessages->post(message);
}

void MainWindow::onActionRefused(qint64 entryId, const QString& why)
{
    const std::optional<OutboxEntry> entry = outboxEntry(entryId);
    std::optional<Payment> payment;
    std::optional<ActionMessageBar::Subject> subject;
    if (entry) {
        payment = cachedPayment(entry->paymentId);
        subject = payment ? ActionMessageBar::subjectOf(*payment) : requestSubject(*entry);
    }
    ActionMessageBar::Message message;
    message.at = m_clock.now();
    message.kind = ActionMessageBar::Kind::Refused;
    message.text = ActionMessageBar::refusalText(
        entry ? std::optional<OutboxEntry::Kind>(entry->kind) : std::nullopt, subject, why);
    message.paymentId = payment ? payment->paymentId : QString();
    m_actionMessages->post(message);
}

std::optional<ActionMessageBar::Subject> MainWindow::requestSubject(const OutboxEntry& entry)
{
    // A new request has no payment until the platform made one: its own body names it.
    if (entry.kind != OutboxEntry::Kind::Initiate)
        return std::nullopt;
    auto request = PaymentJson::initiateFromJson(entry.payload);
    if (!request)
        return std::nullopt;
    return ActionMessageBar::Subject{request->customer.name, request->reference.displayText()};
}

bool MainWindow::selectPayment(const QString& paymentId)
{
    int row = m_model->rowOfPaymentId(paymentId);
    if (row < 0) {
        // It may have just arrived and be waiting for the throttled re-query: the caller
        // needs the answer now, so this one re-query runs here.
        m_model->refreshNow();
        row = m_model->rowOfPaymentId(paymentId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::EnsureVisible);
    return true;
}

void MainWindow::onCurrentRowChanged()
{
    // The pane is keyed by payment id: only the user's pick changes it. A current row the
    // model moved (its row removed, rows reset) or our own re-selection is not a pick, and
    // nothing current is no pick either — the pane keeps the payment the user opened.
    if (m_syncingSelection || m_model->isChangingRows())
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? m_model->paymentIdAt(current.row()) : QString();
    if (id.isEmpty() || id == m_selectedId) {
        if (!id.isEmpty())
            syncSelection();
        return;
    }
    openPayment(id);
}

void MainWindow::openPayment(const QString& paymentId)
{
    m_selectedId = paymentId;
    reloadDetail();
    syncSelection();
    Q_EMIT paymentSelected(paymentId);
}

void MainWindow::reloadDetail()
{
    if (m_selectedId.isEmpty() || !m_store) {
        m_detail->setPayment(std::nullopt);
        m_finance->setPayment(std::nullopt);
        m_providerDetails->setPayment(std::nullopt);
        return;
    }
    auto payment = m_store->payment(m_selectedId);
    m_detail->setPayment(payment ? *payment : std::nullopt);
    m_finance->setPayment(payment ? *payment : std::nullopt);
    m_providerDetails->setPayment(payment ? *payment : std::nullopt);
    updateActions();
}

std::optional<Payment> MainWindow::selectedPayment() const
{
    return m_detail->payment();
}

bool MainWindow::selectedPaymentInSight() const
{
    if (m_selectedId.isEmpty())
        return false;
    // The pane names the payment (customer, reference, amount), in the table or not.
    if (m_detail->isVisibleTo(this))
        return true;
    const int row = m_model->rowOfPaymentId(m_selectedId);
    if (row < 0)
        return false;
    const int first = m_table->rowAt(0);
    const int last = m_table->rowAt(m_table->viewport()->height() - 1);
    return first >= 0 && row >= first && (last < 0 || row <= last);
}

void MainWindow::updateActions()
{
    // Actions act on the payment the user opened, and only while they can see which it is.
    const std::optional<Payment> p = selectedPaymentInSight() ? selectedPayment() : std::nullopt;
    const bool otherProviders =
        m_session && (!m_session->profile().paymentAssist.isEmpty() ||
                      !m_session->profile().democrance.isEmpty() || !m_session->profile().myKaarma.isEmpty());
    m_initiate->setEnabled((bool(m_submitter.initiate) && !m_sites.isEmpty()) || otherProviders);
    m_newFinance->setEnabled(m_session && !m_session->profile().paymentAssist.isEmpty());
    m_cancel->setEnabled(bool(m_submitter.cancel) && p && DealerActions::canCancel(*p));
    m_resend->setEnabled(bool(m_submitter.resend) && p && DealerActions::canResend(*p));
    m_copyLink->setEnabled(p && !p->payLink.isEmpty());
    m_showToCustomer->setEnabled(m_store && p && p->status.isOpen() && !p->payLink.isEmpty());
    m_receipt->setEnabled(p && DealerActions::canPrintReceipt(*p));
    m_print->setEnabled(m_receipt->isEnabled());
    m_export->setEnabled(m_store && m_model->rowCount() > 0 && !m_exporting);
    m_settings->setEnabled(m_secrets != nullptr);
    updateCountLabel();
}

void MainWindow::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_cancel);
    menu.addAction(m_resend);
    menu.addAction(m_copyLink);
    menu.addAction(m_showToCustomer);
    menu.addSeparator();
    menu.addAction(m_print);
    menu.addAction(m_receipt);
    menu.addAction(m_export);
    menu.addSeparator();
    menu.addAction(m_initiate);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QString MainWindow::siteCurrency(const Site& site) const
{
    if (!site.currency.isEmpty() || !m_store)
        return site.currency;
    // One short read (the newest payment of the store, by the updated-at index).
    PaymentQuery query;
    if (!site.enterpriseId.isEmpty())
        query.enterpriseIds = {site.enterpriseId};
    query.storeIds = {site.storeId};
    query.limit = 1;
    const auto latest = m_store->query(query);
    return latest && !latest->isEmpty() ? latest->constFirst().amount.currency() : QString();
}

void MainWindow::initiatePayment()
{
    QList<NewRequestDialog::Option> options;
    if (m_submitter.initiate)
        for (const Site& s : std::as_const(m_sites))
            options.append({s.storeId, s.name, ProviderId::keyloop()});
    if (m_session) {
        const ConnectionProfile& profile = m_session->profile();
        for (const PaymentAssistSite& s : profile.paymentAssist)
            options.append({s.siteId, s.name, ProviderId::paymentAssist()});
        for (const DemocranceSite& s : profile.democrance)
            options.append({s.siteId, s.name, ProviderId::democrance()});
        for (const MyKaarmaSite& s : profile.myKaarma)
            options.append({s.siteId, s.name, ProviderId::myKaarma()});
    }
    if (options.isEmpty())
        return;
    // One provider in the whole profile: its own dialog at once, with all its sites.
    if (!NewRequestDialog::needed(options)) {
        newRequestFor(options.constFirst().provider, QString());
        return;
    }
    NewRequestDialog chooser(options, this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    const NewRequestDialog::Option chosen = chooser.chosen();
    newRequestFor(chosen.provider, chosen.siteId);
}

void MainWindow::newRequestFor(const QString& provider, const QString& siteId)
{
    if (provider == ProviderId::keyloop())
        newKeyloopRequest(siteId);
    else if (provider == ProviderId::paymentAssist())
        newFinanceApplicationAt(siteId);
    else if (provider == ProviderId::democrance())
        newDemocranceLink(siteId);
    else if (provider == ProviderId::myKaarma())
        newMyKaarmaPrepayment(siteId);
}

void MainWindow::newKeyloopRequest(const QString& siteId)
{
    if (!m_submitter.initiate || m_sites.isEmpty())
        return;
    QList<InitiateDialog::Site> sites;
    for (const Site& s : std::as_const(m_sites))
        if (siteId.isEmpty() || s.storeId == siteId)
            sites << InitiateDialog::Site{s.enterpriseId, s.storeId, s.name, siteCurrency(s)};
    if (sites.isEmpty())
        return;
    InitiateDialog dialog(sites, this);
    dialog.setClock(&m_clock);
    dialog.setValidator(m_submitter.validator);
    // Queued from the dialog's OK: a refusal shows under its fields, with the input kept.
    dialog.setSubmit(m_submitter.initiate);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const InitiateRequest request = dialog.request();
    showStatusMessage(tr("Request for %1 queued — it is sent as soon as the platform answers")
                          .arg(request.amount.format()));
    m_summaryTimer.start();
}

FieldErrors MainWindow::submitProviderAction(const ProviderActionRequest& request)
{
    if (!m_session)
        return {{QString(), tr("Not connected.")}};
    ProviderActionRequest copy = request;
    auto queued = m_session->submit(copy);
    return queued ? FieldErrors() : queued.error();
}

void MainWindow::newFinanceApplication()
{
    newFinanceApplicationAt(QString());
}

void MainWindow::newFinanceApplicationAt(const QString& siteId)
{
    if (!m_session || m_session->profile().paymentAssist.isEmpty())
        return;
    QPointer<SyncSession> session = m_session.data();
    QList<FinanceApplicationDialog::Site> sites;
    for (const PaymentAssistSite& s : m_session->profile().paymentAssist)
        if (siteId.isEmpty() || s.siteId == siteId)
            sites << FinanceApplicationDialog::Site{m_session->profile().enterpriseId, s.siteId, s.name};
    if (sites.isEmpty())
        return;
    FinanceApplicationDialog dialog(sites, this);
    dialog.setQuery([session](ProviderQuery query, const QString& site, const QJsonObject& params,
                              QObject* context, FinanceApplicationDialog::Answer answer) {
        if (session)
            session->query(ProviderId::paymentAssist(), query, site, params, context, std::move(answer));
    });
    dialog.setSubmit([this](const ProviderActionRequest& request) { return submitProviderAction(request); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStatusMessage(
        tr("Finance application for %1 queued — the customer gets the link as soon as Payment "
           "Assist answers")
            .arg(Money::fromMinor(dialog.request().payload.value(u"amount"_s).toInteger(), u"GBP"_s)
                     ->format()));
    m_summaryTimer.start();
}

void MainWindow::newDemocranceLink(const QString& siteId)
{
    if (!m_session)
        return;
    const ConnectionProfile& profile = m_session->profile();
    const DemocranceSite* site = nullptr;
    for (const DemocranceSite& s : profile.democrance)
        if (!site && (siteId.isEmpty() || s.siteId == siteId))
            site = &s;
    if (!site)
        return;
    QPointer<SyncSession> session = m_session.data();
    DemocrancePaymentLinkDialog dialog({profile.enterpriseId, site->siteId, site->name}, this);
    dialog.setQuery([session](ProviderQuery query, const QString& store, const QJsonObject& params,
                              QObject* context, DemocrancePaymentLinkDialog::Answer answer) {
        if (session)
            session->query(ProviderId::democrance(), query, store, params, context, std::move(answer));
    });
    dialog.setSubmit([this](const ProviderActionRequest& request) { return submitProviderAction(request); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStatusMessage(tr("Payment link for policy %1 queued — sent as soon as Democrance answers")
                          .arg(dialog.request().payload.value(u"policy_number"_s).toString()));
    m_summaryTimer.start();
}

void MainWindow::newMyKaarmaPrepayment(const QString& siteId)
{
    if (!m_session)
        return;
    const ConnectionProfile& profile = m_session->profile();
    const MyKaarmaSite* site = nullptr;
    for (const MyKaarmaSite& s : profile.myKaarma)
        if (!site && (siteId.isEmpty() || s.siteId == siteId))
            site = &s;
    if (!site)
        return;
    // The currency of the site's myKaarma payments when there are some; myKaarma's own (USD) else.
    QString currency;
    if (m_store) {
        PaymentQuery query;
        query.storeIds = {site->siteId};
        query.providers = {ProviderId::myKaarma()};
        query.limit = 1;
        const auto latest = m_store->query(query);
        if (latest && !latest->isEmpty())
            currency = latest->constFirst().amount.currency();
    }
    MyKaarmaPrepaymentDialog dialog({profile.enterpriseId, site->siteId, site->name, currency}, this);
    dialog.setSubmit([this](const ProviderActionRequest& request) { return submitProviderAction(request); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStatusMessage(tr("Prepayment for repair order %1 queued — sent as soon as myKaarma answers")
                          .arg(dialog.request().payload.value(u"orderNumber"_s).toString()));
    m_summaryTimer.start();
}

void MainWindow::cancelPayment()
{
    // The payment the user saw when they started (the pane's), never the row under the
    // pointer now; the dialog stays bound to its id.
    const QString id = m_selectedId;
    const std::optional<Payment> p = selectedPaymentInSight() ? selectedPayment() : std::nullopt;
    if (!p || p->paymentId != id || !m_submitter.cancel || !DealerActions::canCancel(*p))
        return;
    CancelDialog dialog(*p, this);
    dialog.setValidator(m_submitter.validator);
    dialog.setSubmit(m_submitter.cancel);
    // What happens to it meanwhile (the customer starts paying, pays) shows in the dialog.
    if (m_store) {
        connect(m_store, &PaymentStore::paymentsChanged, &dialog,
                [this, &dialog, id](const QStringList& ids) {
                    if (!ids.contains(id))
                        return;
                    if (auto fresh = m_store->payment(id); fresh && fresh->has_value())
                        dialog.setPayment(**fresh);
                });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStatusMessage(tr("Cancellation of %1 queued").arg(p->reference.displayText()));
    m_summaryTimer.start();
}

void MainWindow::resendNotification()
{
    const std::optional<Payment> p = selectedPaymentInSight() ? selectedPayment() : std::nullopt;
    if (!p || !m_submitter.resend || !DealerActions::canResend(*p))
        return;
    ResendDialog dialog(*p, this);
    dialog.setValidator(m_submitter.validator);
    dialog.setSubmit(m_submitter.resend);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStatusMessage(tr("Notification to %1 queued").arg(dialog.request().customer.name));
    m_summaryTimer.start();
}

void MainWindow::copyPayLink()
{
    const std::optional<Payment> p = selectedPayment();
    if (!p || p->payLink.isEmpty())
        return;
    QApplication::clipboard()->setText(p->payLink);
    showStatusMessage(tr("Pay link copied to the clipboard"));
}

void MainWindow::showToCustomer()
{
    const std::optional<Payment> p = selectedPayment();
    if (!m_store || !p || !p->status.isOpen() || p->payLink.isEmpty())
        return;
    // Its own window (deleted on close), following the payment live from the cache.
    auto* display = new CounterDisplay(m_store, *p, m_clock, this);
    display->showBeside(this);
}

void MainWindow::exportCsv(const QString& path)
{
    if (!m_store)
        return;
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(
                    tr("payments-%1.csv").arg(m_clock.now().toLocalTime().date().toString(Qt::ISODate)));
        target = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
        if (target.isEmpty())
            return;
    }
    StoreReader* reader = m_model->reader();
    if (!reader || m_exporting)
        return;
    // Reading and writing a million rows takes seconds: the reader's thread does it while the
    // window stays responsive; the action stays disabled until the answer is back.
    m_exporting = true;
    updateActions();
    showStatusMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(target)), 0);
    const QString description = m_filterBar->filter().describe().join(u"; "_s);
    CsvExporter::exportQueryInBackground(
        *reader, m_model->query(), target, this,
        [this, target, description](Result<qint64, ExportError> written) {
            m_exporting = false;
            updateActions();
            statusBar()->clearMessage();
            if (!written) {
                PlainText::warning(this, tr("Export CSV"), written.error().message);
                Q_EMIT csvExportFinished(false);
                return;
            }
            if (auto audit = appendAudit(CsvExporter::auditEntry(m_operator, target, *written, description));
                !audit)
                showStatusMessage(
                    tr("Exported, but the audit log could not be written: %1").arg(audit.error().message));
            else
                showStatusMessage((*written == 1 ? tr("1 payment exported to %1")
                                                 : tr("%n payments exported to %1", nullptr, int(*written)))
                                      .arg(QDir::toNativeSeparators(target)));
            Q_EMIT csvExportFinished(true);
        });
}

void MainWindow::exportReceipt(const QString& path)
{
    const std::optional<Payment> p = selectedPayment();
    if (!p)
        return;
    if (!DealerActions::canPrintReceipt(*p)) {
        PlainText::information(this, tr("Receipt"), ReceiptPdf::refusal(*p));
        return;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("receipt-%1.pdf").arg(p->reference.displayText()));
        target = QFileDialog::getSaveFileName(this, tr("Save receipt"), suggested, tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return;
    }
    ReceiptPdf receipt(receiptIssuerFor(*p));
    auto written = receipt.write(*p, target);
    if (!written) {
        PlainText::warning(this, tr("Receipt"), written.error().message);
        return;
    }
    (void)appendAudit(ReceiptPdf::auditEntry(m_operator, *p, target));
    showStatusMessage(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::setStoreDetails(const QList<StoreDetails>& stores)
{
    QHash<QString, ReceiptPdf::Issuer> issuers;
    for (const StoreDetails& s : stores) {
        // The group (legal entity, whose VAT number it is) heads the receipt; the site below it.
        ReceiptPdf::Issuer issuer;
        issuer.dealerName = s.enterpriseName.isEmpty() ? s.storeName : s.enterpriseName;
        issuer.siteName = s.storeName;
        issuer.address = s.address;
        issuer.vatNumber = s.vatNumber;
        issuers.insert(s.key(), issuer);
    }
    setStoreIssuers(issuers);
}

ReceiptPdf::Issuer MainWindow::receiptIssuerFor(const Payment& payment) const
{
    ReceiptPdf::Issuer issuer = m_receiptIssuer;
    for (const Site& site : m_sites) {
        if (site.enterpriseId == payment.enterpriseId && site.storeId == payment.storeId)
            issuer.siteName = site.name;
    }
    // The platform's word on its own store wins, field by field; the profile fills the gaps.
    const ReceiptPdf::Issuer platform = m_storeIssuers.value(payment.enterpriseId + u'/' + payment.storeId);
    if (!platform.dealerName.isEmpty())
        issuer.dealerName = platform.dealerName;
    if (!platform.siteName.isEmpty())
        issuer.siteName = platform.siteName;
    if (!platform.address.isEmpty())
        issuer.address = platform.address;
    if (!platform.vatNumber.isEmpty())
        issuer.vatNumber = platform.vatNumber;
    if (issuer.siteName.isEmpty())
        issuer.siteName = payment.storeId;
    return issuer;
}

void MainWindow::printReceipt()
{
    const std::optional<Payment> p = selectedPayment();
    if (!p)
        return;
    if (!DealerActions::canPrintReceipt(*p)) {
        PlainText::information(this, tr("Receipt"), ReceiptPdf::refusal(*p));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (!m_printDialog || !m_printDialog(printer, this))
        return;
    ReceiptPdf receipt(receiptIssuerFor(*p));
    auto printed = receipt.print(*p, printer);
    if (!printed) {
        PlainText::warning(this, tr("Receipt"), printed.error().message);
        return;
    }
    const QString printerName =
        printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : printer.printerName();
    (void)appendAudit(ReceiptPdf::auditEntry(m_operator, *p, QString(), printerName));
    showStatusMessage(tr("Receipt for %1 sent to %2").arg(p->reference.displayText(), printerName));
}

ShortcutsDialog* MainWindow::shortcutsDialog() const
{
    return m_shortcutsDialog;
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(this);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Read from the window's actions each time, so the list is what the keys really do.
    m_shortcutsDialog->setActions(findChildren<QAction*>());
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::openSettings()
{
    if (!m_secrets)
        return;
    SettingsDialog dialog(*m_secrets, this);
    connect(&dialog, &SettingsDialog::themeChanged, this,
            [](const QString& theme) { Theme::instance().apply(Theme::modeFromString(theme)); });
    connect(&dialog, &SettingsDialog::languageChanged, this, &MainWindow::languageChangeRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)appendAudit(dialog.auditEntry(m_operator));
    const AppSettings& after = dialog.after();
    if (const ConnectionProfile* profile = after.profile(m_profile))
        setReceiptIssuer(ReceiptPdf::issuerOf(*profile));
    m_notifier->setNotifyPaid(after.notifyPaid);
    m_notifier->setNotifyFailed(after.notifyFailed);
    m_notifier->setNotifyCleared(after.notifyCleared);
    setClearanceOverdueDays(after.clearanceOverdueDays);
    m_notifier->setNotifyWhenActive(after.notifyWhenActive);
    showStatusMessage(tr("Settings saved"));
}

void MainWindow::setClearanceOverdueDays(int days)
{
    m_model->setClearanceOverdueDays(days);
    m_detail->setClearanceOverdueDays(days);
}

void MainWindow::showQueuedActions()
{
    if (!m_store)
        return;
    auto entries = m_store->outboxEntries(
        {OutboxEntry::State::Queued, OutboxEntry::State::Sending, OutboxEntry::State::Failed});
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Queued actions"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(&dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* table = new QTableWidget(&dialog);
    table->setAccessibleName(tr("Queued actions"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Action"), tr("Payment"), tr("State"), tr("Attempts"), tr("Last error")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    const QList<OutboxEntry> list = entries ? *entries : QList<OutboxEntry>();
    intro->setText(list.isEmpty() ? tr("Every action has reached the platform.")
                                  : tr("These actions are stored safely and are sent (with the same "
                                       "idempotency key) until the platform answers."));
    table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const OutboxEntry& e = list.at(r);
        QString kind;
        switch (e.kind) {
        case OutboxEntry::Kind::Initiate:
            kind = tr("New request");
            break;
        case OutboxEntry::Kind::Cancel:
            kind = tr("Cancel");
            break;
        case OutboxEntry::Kind::Resend:
            kind = tr("Resend");
            break;
        case OutboxEntry::Kind::AmendAmount:
            kind = tr("Lower amount");
            break;
        case OutboxEntry::Kind::UploadInvoice:
            kind = tr("Upload invoice");
            break;
        case OutboxEntry::Kind::Capture:
            kind = tr("Capture");
            break;
        }
        QString state;
        switch (e.state) {
        case OutboxEntry::State::Queued:
            state = tr("Queued");
            break;
        case OutboxEntry::State::Sending:
            state = tr("Sending");
            break;
        case OutboxEntry::State::Sent:
            state = tr("Sent");
            break;
        case OutboxEntry::State::Failed:
            state = tr("Failed");
            break;
        }
        table->setItem(r, 0, new QTableWidgetItem(kind));
        table->setItem(r, 1, new QTableWidgetItem(e.paymentId.isEmpty() ? tr("(new)") : e.paymentId));
        table->setItem(r, 2, new QTableWidgetItem(state));
        table->setItem(r, 3, new QTableWidgetItem(QLocale().toString(e.attempts)));
        table->setItem(r, 4, new QTableWidgetItem(e.lastError));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    dialog.exec();
}

} // namespace paydesk::ui
