#include "PlainText.h"

#include <QTextDocument>

namespace paydesk::ui {

QString PlainText::toolTip(const QString& text)
{
    if (text.isEmpty())
        return QString();
    // Escapes <, > and &, turns line breaks into <br> and wraps the whole in <p>: QToolTip
    // then always takes it as rich text (a plain "&amp;" would otherwise be shown as typed).
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::notificationBody(const QString& text)
{
    QString body = text;
    body.replace(QChar(u'&'), QChar(0xFF06));
    body.replace(QChar(u'<'), QChar(0xFF1C));
    body.replace(QChar(u'>'), QChar(0xFF1E));
    return body;
}

QMessageBox::StandardButton PlainText::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Warning, title, text);
}

QMessageBox::StandardButton PlainText::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Information, title, text);
}

QMessageBox::StandardButton PlainText::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace paydesk::ui
