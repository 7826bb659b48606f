#pragma once

#include "api/StoreDetails.h"
#include "export/ReceiptPdf.h"
#include "models/PaymentFilter.h"
#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/Payment.h"
#include "payments/PaymentValidator.h"
#include "providers/ProviderAction.h"
#include "store/AuditEntry.h"
#include "store/OutboxEntry.h"
#include "store/StoreError.h"
#include "util/Result.h"
#include "widgets/ActionMessageBar.h"
#include "widgets/ConnectionIndicator.h"
#include "widgets/KpiStrip.h"

#include <QMainWindow>
#include <QPointer>
#include <QStyle>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QPushButton;
class QMenu;
class QPrinter;
class QSplitter;
class QSystemTrayIcon;
class QTableView;
class QToolBar;

namespace paydesk {
class Clock;
class PaymentStore;
class SecretStore;
class SyncSession;
} // namespace paydesk

namespace paydesk::ui {

class FilterBar;
class FinanceDetails;
class ProviderDetails;
class PaymentDetailPane;
class PaymentNotifier;
class PaymentTableModel;
class SavedViews;
class ShortcutsDialog;
class StatusBadgeDelegate;

/**
 * The dashboard: KPI strip, filter bar, the payments table and the detail pane in a splitter,
 * the connection indicator in the status bar; menus, toolbar, shortcuts and a context menu
 * for the actions. Reads only from the local cache (PaymentStore), so it works offline.
 *
 * Actions that talk to the platform (initiate, cancel, resend) go through an ActionSubmitter,
 * which setSession() makes from the session's outbox; without one they are shown but disabled.
 * Which actions a payment allows is DealerActions' rule. The window only observes the session
 * (its state, the outbox's queued count and answers); it never drives it beyond submitting
 * actions and asking for a selected payment's details.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Where dealer actions go (the outbox). Each returns the errors that refused the request
    /// (wire field names, translated; an empty field for the request as a whole), none when it
    /// was queued. The dialogs show them under their fields and stay open.
    struct ActionSubmitter
    {
        /// The rules the outbox checks with, so the dialogs check the same (calling code etc.).
        PaymentValidator validator{};
        std::function<FieldErrors(const InitiateRequest&)> initiate;
        std::function<FieldErrors(const CancelRequest&)> cancel;
        std::function<FieldErrors(const ResendRequest&)> resend;
    };

    /// A store and site the dealer may raise requests for.
    struct Site
    {
        QString enterpriseId;
        QString storeId;
        QString name;
        /// ISO 4217 code the site takes payments in; empty: that of its latest cached payment.
        QString currency = {};
    };

    explicit MainWindow(PaymentStore* store, QWidget* parent = nullptr);
    MainWindow(PaymentStore* store, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Settings group prefix of the profile in use ("profiles/<name>/…" for saved views).
    void setProfileName(const QString& name);
    void setSites(const QList<Site>& sites);
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    /// Who issues receipts where the platform says nothing (the connection profile's dealership
    /// name, address, VAT number, logo); the platform's store details win field by field.
    void setReceiptIssuer(const ReceiptPdf::Issuer& issuer) { m_receiptIssuer = issuer; }
    /// The store details the platform sent, by "enterpriseId/storeId".
    void setStoreIssuers(const QHash<QString, ReceiptPdf::Issuer>& issuers) { m_storeIssuers = issuers; }
    /// The same from the platform's `GET /stores` answer (SyncSession::storesFetched).
    void setStoreDetails(const QList<StoreDetails>& stores);
    /// The issuer printed on `payment`'s receipt: the platform's details for its store, the
    /// profile's where the platform has none, the site's name, else its store id.
    ReceiptPdf::Issuer receiptIssuerFor(const Payment& payment) const;
    /// Shows the print dialog for `printer`; true when the user chose to print. Tests replace
    /// the dialog (e.g. with a PDF file as the printer's output) so nothing blocks.
    using PrintDialogRunner = std::function<bool(QPrinter& printer, QWidget* parent)>;
    void setPrintDialog(PrintDialogRunner run) { m_printDialog = std::move(run); }
    void setActionSubmitter(ActionSubmitter submitter);
    /**
     * Observes `session` (nullptr: none): the connection indicator follows its combined state,
     * the indicator and the queued-actions KPI follow its outbox's count, actions go to its
     * outbox, its stores become the sites, and a selected payment's details are fetched through
     * it. A previous session's connections are dropped. The session must use this window's store.
     */
    void setSession(paydesk::SyncSession* session);
    paydesk::SyncSession* session() const;
    /// Who is recorded in the audit log for exports etc.
    void setOperatorName(const QString& name) { m_operator = name; }
    /// Shows the "Demo — sandbox data" marker.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    ConnectionIndicator* connectionIndicator() const { return m_connection; }
    /// The notice that the cache is damaged (PaymentStore::damageDetected); hidden until then.
    QLabel* damageNotice() const { return m_damageNotice; }
    /// "Indexing…" while the cache builds its indexes after a bulk load (PaymentStore::isIndexing()).
    QLabel* indexingNotice() const { return m_indexingNotice; }
    PaymentTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    FilterBar* filterBar() const { return m_filterBar; }
    KpiStrip* kpiStrip() const { return m_kpis; }
    PaymentDetailPane* detailPane() const { return m_detail; }
    PaymentNotifier* notifier() const { return m_notifier; }
    /// What became of the dealer's own actions (kept until dismissed, with a short history).
    ActionMessageBar* actionMessages() const { return m_actionMessages; }
    /// Paid payments not cleared after this many days are marked overdue (table and pane).
    void setClearanceOverdueDays(int days);
    SavedViews* savedViews() const { return m_savedViews; }

    QAction* initiateAction() const { return m_initiate; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* resendAction() const { return m_resend; }
    QAction* exportAction() const { return m_export; }
    QAction* receiptAction() const { return m_receipt; }
    QAction* printAction() const { return m_print; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    /// The keyboard shortcuts list while it is open, else nullptr.
    ShortcutsDialog* shortcutsDialog() const;
    QAction* settingsAction() const { return m_settings; }
    QAction* copyLinkAction() const { return m_copyLink; }
    /// Opens the counter display (kiosk/CounterDisplay) for the opened payment.
    QAction* showToCustomerAction() const { return m_showToCustomer; }

    /// The id of the payment the user opened (the detail pane shows it and the actions act on
    /// it), empty when none. Only the user's pick changes it — never a row that moved, left
    /// the filter or was reset; a payment no longer in the view stays open, marked so.
    QString selectedPaymentId() const { return m_selectedId; }
    /// Selects the row of `paymentId` (scrolling to it); false when it is not in the table.
    bool selectPayment(const QString& paymentId);
    /// "N new — show" above the table: live changes that wait while the table is in use.
    QPushButton* newRowsBar() const { return m_newRowsBar; }
    /// Shows what waits behind the new-rows bar and scrolls to the first new payment.
    void showHeldRows();
    /// Opens `paymentId` in the detail pane and shows it in the table (selected, focused) as
    /// "Show in list" does, clearing the filters or search that hide it; the row is selected
    /// when the table's answer arrives. False when the payment is not in the cache.
    bool showPayment(const QString& paymentId);
    /// Applies a filter as if chosen in the filter bar.
    void setFilter(const PaymentFilter& filter);
    /// Re-reads KPIs and filter choices on the model's reader (they are otherwise refreshed on
    /// changes, throttled); kpiStrip()'s kpisArrived() and filterChoicesArrived() say when they
    /// are shown. Before the table's first paint it does nothing: that paint asks for it, so
    /// the first page is on screen before anything else reads the cache.
    void refreshSummary();
    /// A short message in the status bar (e.g. "Cancel queued").
    void showStatusMessage(const QString& text, int timeoutMs = 6000);
    /// Follows the application palette (status badge and highlight colours).
    void applyThemeColors();
    /// The new-request dialog of `provider` for `siteId` (empty: every site of that provider).
    void newRequestFor(const QString& provider, const QString& siteId);
    void newKeyloopRequest(const QString& siteId);
    void newFinanceApplicationAt(const QString& siteId);
    void newDemocranceLink(const QString& siteId);
    void newMyKaarmaPrepayment(const QString& siteId);
    /// Queues `request` through the session's outbox (for the provider dialogs).
    FieldErrors submitProviderAction(const ProviderActionRequest& request);

public Q_SLOTS:
    /// "New request…": when the profile has more than one provider, asks the site and — only
    /// when that site has more than one — the provider (NewRequestDialog); then that provider's
    /// dialog (Keyloop, Payment Assist, Democrance, myKaarma).
    void initiatePayment();
    /// "New finance application…" (Payment Assist), when the profile has Payment Assist sites.
    void newFinanceApplication();
    void cancelPayment();
    void resendNotification();
    void exportCsv(const QString& path = {});
    void exportReceipt(const QString& path = {});
    /// Prints the selected payment's receipt after the print dialog.
    void printReceipt();
    /// Opens (or raises) the list of the window's keyboard shortcuts.
    void showShortcuts();
    void openSettings();
    void copyPayLink();
    /// The opened payment's QR code and live status on a customer-facing window (issue 10).
    void showToCustomer();
    void showQueuedActions();

Q_SIGNALS:
    /// A CSV export started by exportCsv() ended (written and audited when `ok`).
    void csvExportFinished(bool ok);
    /// A payment was selected (fetch its full timeline).
    void paymentSelected(const QString& paymentId);
    /// The user changed the language in the settings ("de", "en", "" = system).
    void languageChangeRequested(const QString& language);
    /// The filter bar's stores, providers and currencies were read again (off the GUI thread).
    void filterChoicesArrived();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void buildActions();
    /// Gives the actions their icons (set after the table's first paint; see buildActions()).
    void loadActionIcons();
    void buildMenus();
    void retranslate();
    void setupTabOrder();
    void restoreLayout();
    /// Shrinks and moves the window into the screen's available area (default and restored size).
    void fitToScreen();
    /// Widens the status column to the longest status badge of the language shown.
    void fitStatusColumn();
    void saveLayout() const;
    void onFilterChanged(const PaymentFilter& filter);
    void onCurrentRowChanged();
    /// Opens `paymentId` in the detail pane: the user picked it.
    void openPayment(const QString& paymentId);
    /// Keeps the table's selection on the opened payment, or none when the view no longer
    /// lists it (the pane then says so); never selects another payment.
    void syncSelection();
    /// "Show in list": clears what hides the opened payment and selects its row.
    void showOpenedInList();
    void revealPendingPayment();
    /// Freezes the rows in sight while the pointer is over the table or it has the focus.
    void updateRowHold();
    void updateNewRowsBar();
    /// Whether the user can see which payment an action would act on: the detail pane shows it,
    /// or its row is in sight.
    bool selectedPaymentInSight() const;
    void onKpiClicked(KpiStrip::Kpi kpi);
    void onStorePaymentsChanged(const QStringList& ids);
    void setQueuedActions(int count);
    /// Through the session's worker when there is one (the cache's writer), else directly.
    Result<qint64, StoreError> appendAudit(const AuditEntry& entry);
    void showDamage(const QString& message);
    void showIndexing(bool indexing);
    /// The platform's answer to one of the dealer's actions, named by customer and reference.
    void onActionConfirmed(qint64 entryId, const QString& paymentId);
    void onActionRefused(qint64 entryId, const QString& why);
    std::optional<Payment> cachedPayment(const QString& paymentId) const;
    std::optional<OutboxEntry> outboxEntry(qint64 entryId) const;
    static std::optional<ActionMessageBar::Subject> requestSubject(const OutboxEntry& entry);
    void reloadDetail();
    void updateActions();
    void updateCountLabel();
    void updateActiveKpi();
    void showContextMenu(const QPoint& pos);
    void rememberViewport();
    void restoreViewport();
    std::optional<Payment> selectedPayment() const;
    /// The site's currency: its own, else that of its latest payment in the cache (the
    /// platform's), never the UI language's; empty when neither is known.
    QString siteCurrency(const Site& site) const;
    static PaymentFilter filterForKpi(KpiStrip::Kpi kpi);
    /// After the model's answer: a new query starts at the top; Down from the search box lands
    /// on the first result; "No payments match …" when a filter finds nothing.
    void onModelRefreshed();
    void enterResults();
    void updateNoMatches();

    PaymentStore* m_store = nullptr;
    const Clock& m_clock;
    SecretStore* m_secrets = nullptr;
    ActionSubmitter m_submitter;
    QPointer<SyncSession> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    QList<Site> m_sites;
    QString m_profile = QStringLiteral("default");
    QString m_operator;
    bool m_demo = false;
    bool m_exporting = false; // a CSV export runs on the model's reader

    PaymentTableModel* m_model = nullptr;
    SavedViews* m_savedViews = nullptr;
    PaymentNotifier* m_notifier = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    KpiStrip* m_kpis = nullptr;
    FilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    StatusBadgeDelegate* m_badgeDelegate = nullptr;
    PaymentDetailPane* m_detail = nullptr;
    ActionMessageBar* m_actionMessages = nullptr;
    QSplitter* m_splitter = nullptr;
    ConnectionIndicator* m_connection = nullptr;
    QLabel* m_demoMarker = nullptr;
    QLabel* m_damageNotice = nullptr;
    QLabel* m_indexingNotice = nullptr;
    QLabel* m_countLabel = nullptr;

    QAction* m_initiate = nullptr;
    QAction* m_newFinance = nullptr;
    FinanceDetails* m_finance = nullptr;
    /// The detail pane's Democrance and myKaarma part.
    ProviderDetails* m_providerDetails = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_resend = nullptr;
    QAction* m_showToCustomer = nullptr;
    QAction* m_copyLink = nullptr;
    QAction* m_export = nullptr;
    QAction* m_receipt = nullptr;
    QAction* m_print = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
    QAction* m_clearFilters = nullptr;
    QAction* m_saveView = nullptr;
    QAction* m_focusTable = nullptr;
    QAction* m_resetColumns = nullptr;
    QAction* m_toggleDetails = nullptr;
    QAction* m_recentActions = nullptr;
    QAction* m_about = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_themeSystem = nullptr;
    QAction* m_themeLight = nullptr;
    QAction* m_themeDark = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_paymentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolbar = nullptr;

    QString m_selectedId;
    QString m_revealId;              // select this payment once the table lists it ("Show in list")
    bool m_syncingSelection = false; // our own selection changes are not the user's pick
    bool m_pointerOverTable = false;
    bool m_tableFocused = false;
    QPushButton* m_newRowsBar = nullptr;
    qint64 m_anchorRowId = -1;
    QTimer m_summaryTimer;
    bool m_tablePainted = false; // the first page is on screen: the summary may be read
    // The actions' icons, set after the first paint (decoding them was a fifth of the work
    // before it): until then each action holds an empty placeholder of the same size.
    QList<std::pair<QAction*, QStyle::StandardPixmap>> m_pendingIcons;
    QStringList m_storeChoices; // what the filter bar offers, as last read
    QStringList m_providerChoices;
    QStringList m_currencyChoices;
    QByteArray m_defaultHeaderState;
    bool m_queryChanged = false; // scroll to the top at the next answer
    bool m_enterResults = false; // select the first row at the next answer
    QWidget* m_noMatches = nullptr;
    QLabel* m_noMatchesLabel = nullptr;
    QPushButton* m_noMatchesClear = nullptr;
    ReceiptPdf::Issuer m_receiptIssuer;
    QHash<QString, ReceiptPdf::Issuer> m_storeIssuers;
    PrintDialogRunner m_printDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace paydesk::ui
