#include "OnScreenKeyboard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

OnScreenKeyboard::OnScreenKeyboard(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setSpacing(6);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList rows = {u"1234567890"_s, u"QWERTYUIOP"_s, u"ASDFGHJKL-"_s, u"ZXCVBNM/"_s};
    const auto makeKey = [this](const QString& label) {
        auto* key = new QPushButton(label, this);
        key->setFocusPolicy(Qt::NoFocus);
        key->setMinimumSize(56, 56);
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont font = key->font();
        font.setPointSize(16);
        key->setFont(font);
        return key;
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString ch = rows[r].mid(c, 1);
            auto* key = makeKey(ch);
            key->setObjectName(u"key_"_s + ch);
            key->setAccessibleName(ch);
            connect(key, &QPushButton::clicked, this, [this, ch] {
                if (m_target)
                    m_target->insert(ch);
            });
            grid->addWidget(key, r, c);
        }
    }
    m_space = makeKey(QString());
    m_space->setObjectName(u"key_space"_s);
    connect(m_space, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->insert(u" "_s);
    });
    grid->addWidget(m_space, 3, 8);
    m_delete = makeKey(QString());
    m_delete->setObjectName(u"key_delete"_s);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->backspace();
    });
    grid->addWidget(m_delete, 3, 9);
    retranslate();
}

void OnScreenKeyboard::retranslate()
{
    m_space->setText(tr("Space"));
    m_space->setAccessibleName(tr("Space"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the last character"));
}

void OnScreenKeyboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
