#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace paydesk::ui {

/**
 * Data is text, never markup. Customer names, descriptions, notes, reasons, pay links, store
 * ids and error messages come from the platform, the cache or a user, and a customer named
 * `<img src="/dev/zero">` must be shown as exactly those characters.
 *
 * Qt guesses by default: a QLabel in Qt::AutoText mode, a tooltip and a QMessageBox render a
 * string as HTML when Qt::mightBeRichText() says so (which loads images, even /dev/zero, and
 * draws banners); a desktop notification server may interpret markup in the body. So:
 *
 * - a QLabel that can show data gets setTextFormat(Qt::PlainText);
 * - item views draw DisplayRole plainly, but their tooltips guess: use toolTip() for
 *   Qt::ToolTipRole, QWidget::setToolTip and QTreeWidgetItem::setToolTip alike;
 * - a notification body built from data goes through notificationBody();
 * - a message box built from data is shown with warning() / information() below.
 */
class PlainText
{
public:
    /// A tooltip that shows `text` literally, line breaks kept: always rich text (so Qt never
    /// guesses) with the text escaped. Empty stays empty (no tooltip).
    static QString toolTip(const QString& text);

    /// A desktop notification body that reads the same on every notification server.
    /// Freedesktop servers with "body-markup" interpret `<b>`, `<a href>` and `<img src>`;
    /// servers without it show entities such as `&lt;` literally, and Qt's own balloon (when
    /// no server runs) is a QLabel that guesses. Escaping suits only the first, so instead the
    /// three characters markup needs — `<`, `>` and `&` — become their fullwidth forms (＜ ＞ ＆):
    /// no server finds a tag or an entity, and a person still reads the name as written.
    static QString notificationBody(const QString& text);

    /// A modal warning whose text is shown literally.
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    /// A modal information box whose text is shown literally.
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text);
};

} // namespace paydesk::ui
