#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace paydesk::ui {

/**
 * Help → Keyboard shortcuts (and "?"): every shortcut of the main window in a read-only table,
 * taken from the window's QActions themselves, so the list cannot drift from what the keys do.
 * Follows a language change (names and key names are read again).
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// One row: what the action does (its menu text without mnemonics) and its keys.
    struct Entry
    {
        QString name;
        QString keys;
    };

    explicit ShortcutsDialog(QWidget* parent = nullptr);

    /// Lists the actions among `actions` that have a shortcut (each action once).
    void setActions(const QList<QAction*>& actions);
    /// What the table shows, in order.
    QList<Entry> entries() const { return m_entries; }
    QTableWidget* table() const { return m_table; }

    /// The keys of `action` as shown (native text, several separated by commas).
    static QString keysText(const QAction& action);
    /// The action's text without mnemonic ampersands or a trailing ellipsis.
    static QString nameText(const QAction& action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    QList<QPointer<QAction>> m_actions;
    QList<Entry> m_entries;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paydesk::ui
