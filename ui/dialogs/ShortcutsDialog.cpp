#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(2);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(520, 480);
    retranslate();
}

QString ShortcutsDialog::keysText(const QAction& action)
{
    QStringList keys;
    for (const QKeySequence& sequence : action.shortcuts()) {
        if (!sequence.isEmpty())
            keys << sequence.toString(QKeySequence::NativeText);
    }
    return keys.join(tr(", ", "between two shortcuts of one action"));
}

QString ShortcutsDialog::nameText(const QAction& action)
{
    QString text = action.text();
    text.replace(u"&&"_s, u"\x01"_s); // a literal ampersand survives
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    else if (text.endsWith(u"..."_s))
        text.chop(3);
    return text.trimmed();
}

void ShortcutsDialog::setActions(const QList<QAction*>& actions)
{
    m_actions.clear();
    QSet<QAction*> seen;
    for (QAction* action : actions) {
        if (!action || seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        m_actions << action;
    }
    fill();
}

void ShortcutsDialog::fill()
{
    m_entries.clear();
    for (const QPointer<QAction>& action : std::as_const(m_actions)) {
        if (action && !action->shortcuts().isEmpty())
            m_entries << Entry{nameText(*action), keysText(*action)};
    }
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        // Items draw their text plainly; nothing here comes from a server anyway.
        m_table->setItem(r, 0, new QTableWidgetItem(m_entries.at(r).name));
        m_table->setItem(r, 1, new QTableWidgetItem(m_entries.at(r).keys));
    }
    if (m_table->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentCell(0, 0);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Every shortcut of the PayDesk window. Letters such as ? work when the "
                        "keyboard focus is not in a text field."));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    fill();
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace paydesk::ui
