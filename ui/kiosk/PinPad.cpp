#include "PinPad.h"

#include "kiosk/StaffPin.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

QPushButton* padButton(QWidget* parent, const QString& text)
{
    auto* button = new QPushButton(text, parent);
    button->setMinimumSize(96, 72);
    button->setFocusPolicy(Qt::NoFocus);
    QFont font = button->font();
    font.setPointSize(20);
    button->setFont(font);
    return button;
}

} // namespace

PinPad::PinPad(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSize(22);
    m_title->setFont(titleFont);
    m_dots = new QLabel(this);
    m_dots->setTextFormat(Qt::PlainText);
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setMinimumHeight(56);
    QFont dotFont = m_dots->font();
    dotFont.setPointSize(18);
    m_dots->setFont(dotFont);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"pinMessage"_s);
    QFont messageFont = m_message->font();
    messageFont.setPointSize(14);
    m_message->setFont(messageFont);
    layout->addWidget(m_title);
    layout->addWidget(m_dots);
    layout->addWidget(m_message);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    for (int d = 1; d <= 10; ++d) {
        const int digit = d % 10;
        auto* key = padButton(this, QString::number(digit));
        key->setObjectName(u"pinKey%1"_s.arg(digit));
        key->setAccessibleName(QString::number(digit));
        connect(key, &QPushButton::clicked, this, [this, digit] { typeDigit(QChar(u'0' + digit)); });
        m_keys << key;
        if (digit == 0)
            grid->addWidget(key, 3, 1);
        else
            grid->addWidget(key, (d - 1) / 3, (d - 1) % 3);
    }
    m_delete = padButton(this, QString());
    m_delete->setObjectName(u"pinDelete"_s);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        m_digits.chop(1);
        updateDots();
    });
    grid->addWidget(m_delete, 3, 0);
    m_ok = padButton(this, QString());
    m_ok->setObjectName(u"pinOk"_s);
    connect(m_ok, &QPushButton::clicked, this, &PinPad::submit);
    grid->addWidget(m_ok, 3, 2);
    layout->addLayout(grid);
    m_cancel = padButton(this, QString());
    m_cancel->setObjectName(u"pinCancel"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT cancelled();
    });
    layout->addWidget(m_cancel);
    retranslate();
    updateDots();
}

void PinPad::clear()
{
    m_digits.fill(u'0');
    m_digits.clear();
    m_message->clear();
    updateDots();
}

void PinPad::setMessage(const QString& text)
{
    m_message->setText(text);
}

QString PinPad::message() const
{
    return m_message->text();
}

void PinPad::setBusy(bool busy)
{
    for (QPushButton* key : std::as_const(m_keys))
        key->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_delete->setEnabled(!busy);
}

void PinPad::typeDigit(QChar digit)
{
    if (!m_ok->isEnabled() || m_digits.size() >= StaffPin::MaxDigits)
        return;
    m_digits += digit;
    updateDots();
}

void PinPad::submit()
{
    if (!m_ok->isEnabled())
        return;
    const QString pin = m_digits;
    m_digits.fill(u'0');
    m_digits.clear();
    updateDots();
    Q_EMIT submitted(pin);
}

void PinPad::updateDots()
{
    m_dots->setText(QString(m_digits.size(), QChar(0x25CF)));
}

void PinPad::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0) >= u'0' && text.at(0) <= u'9') {
        typeDigit(text.at(0));
        return;
    }
    if (event->key() == Qt::Key_Backspace) {
        m_digits.chop(1);
        updateDots();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PinPad::retranslate()
{
    m_title->setText(tr("Staff PIN"));
    m_dots->setAccessibleName(tr("Digits entered"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the last digit"));
    m_ok->setText(tr("OK"));
    m_ok->setAccessibleName(tr("Unlock"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Back to the customer screen"));
}

void PinPad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace paydesk::ui
