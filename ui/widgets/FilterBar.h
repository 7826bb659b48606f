#pragma once

#include "models/PaymentFilter.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace paydesk::ui {

class ElidedLabel;
class SavedViews;

/**
 * The filters above the payments table: a search box that answers as you type (debounced),
 * a status set, date presets (today, 7 days, 30 days, custom), store, provider and amount
 * range, saved views (save, rename, delete), and a line that always says what is filtered
 * with a button to clear it.
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    /// The search box takes at most this many characters; a longer paste is cut and the
    /// summary says so.
    static constexpr int kMaxSearchLength = 256;

    explicit FilterBar(SavedViews* views, QWidget* parent = nullptr);

    /// Lists another set of saved views (another profile's); the filter shown stays. Not owned.
    void setSavedViews(SavedViews* views);

    PaymentFilter filter() const { return m_filter; }
    /// Shows `filter` in the widgets and emits filterChanged() once.
    void setFilter(const PaymentFilter& filter);
    void clear() { setFilter({}); }

    void setStores(const QStringList& storeIds);
    void setProviders(const QStringList& providers);
    void setCurrencies(const QStringList& currencies);
    /// "1,234 payments" next to the filter description (-1: none); "1,024+ payments" when
    /// `atLeast` (a search whose total was not counted).
    void setResultCount(qint64 count, bool atLeast = false);
    /**
     * The search box waits after a key half as long as the store's recent answers took (the
     * median of the last kSearchAnswersKept, setSearchAnswerMs()), between these bounds. The
     * store's reader answers only the latest search anyway; the wait spares it a search that a
     * quick next key would make stale, and a store that answers in milliseconds answers each
     * key at once. A fixed 200 ms added 200 ms to every search; half of the last answer alone
     * made the key after one slow search wait for it again (issue 9).
     */
    static constexpr int kMinSearchDebounceMs = 15;
    static constexpr int kMaxSearchDebounceMs = 200;
    static constexpr int kSearchAnswersKept = 5;
    /// How long the store took to answer a query: sets the search's debounce.
    void setSearchAnswerMs(qint64 ms);
    /// A fixed debounce instead (tests, benchmarks); setSearchAnswerMs() no longer changes it.
    void setSearchDebounceMs(int ms);
    int searchDebounceMs() const { return m_searchTimer.interval(); }

    QLineEdit* searchEdit() const { return m_search; }
    QPushButton* statusButton() const { return m_statusButton; }
    QComboBox* dateCombo() const { return m_date; }
    QComboBox* storeCombo() const { return m_store; }
    QComboBox* providerCombo() const { return m_provider; }
    QComboBox* savedViewsCombo() const { return m_viewCombo; }
    QLineEdit* amountMinEdit() const { return m_amountMin; }
    QLineEdit* amountMaxEdit() const { return m_amountMax; }
    QPushButton* clearButton() const { return m_clear; }
    ElidedLabel* summaryLabel() const { return m_summary; }

    /// The widgets in tab order, for the window's tab chain.
    QList<QWidget*> tabOrder() const;

public Q_SLOTS:
    void focusSearch();
    /// Asks for a name and saves the current filter (dialogs are skipped when `name` is given).
    void saveView(const QString& name = {});
    void renameView(const QString& oldName, const QString& newName = {});
    void deleteView(const QString& name);
    void applyView(const QString& name);

Q_SIGNALS:
    void filterChanged(const paydesk::ui::PaymentFilter& filter);
    /// Down in the search box: the results should take the focus (after any pending search
    /// has been applied, so they are the results of what is typed).
    void moveIntoResults();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void readWidgets();
    void writeWidgets();
    void commit();
    void updateSummary();
    void updateStatusButton();
    /// Checks exactly `statuses` in the status menu, without a commit per action.
    void setStatusChecks(const QList<PaymentStatus::Code>& statuses);
    void refreshViews();
    std::optional<qint64> parseAmount(QLineEdit* edit, bool& ok) const;

    SavedViews* m_savedViews = nullptr;
    PaymentFilter m_filter;
    bool m_updating = false;
    qint64 m_resultCount = -1;
    bool m_resultAtLeast = false;
    QTimer m_searchTimer;
    bool m_fixedDebounce = false;
    QList<qint64> m_searchAnswersMs; // the last kSearchAnswersKept, oldest first

    QLineEdit* m_search = nullptr;
    bool m_searchPainted = false; // its clear button is enabled after its first paint
    QPushButton* m_statusButton = nullptr;
    QMenu* m_statusMenu = nullptr;
    QHash<PaymentStatus::Code, QAction*> m_statusActions;
    QAction* m_openAction = nullptr;
    QAction* m_safeToReleaseAction = nullptr;
    QAction* m_anyStatusAction = nullptr;
    QComboBox* m_date = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_store = nullptr;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_amountMin = nullptr;
    QLineEdit* m_amountMax = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_viewCombo = nullptr;
    QPushButton* m_saveView = nullptr;
    QPushButton* m_viewMenuButton = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    ElidedLabel* m_summary = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_amountLabel = nullptr;
};

} // namespace paydesk::ui
