#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace paydesk::sandbox {

/**
 * A one-page PDF 1.4 written by hand (the sandbox links no Qt Gui, so no QPdfWriter): A4, the
 * standard Helvetica fonts in WinAnsi encoding (text outside Latin-1 becomes "?"), a correct
 * cross-reference table. Enough for a tax invoice or receipt that any PDF reader opens.
 */
class DemocrancePdf
{
public:
    struct Line
    {
        QString text;
        double size = 10;
        bool bold = false;
        /// Extra space above the line, in points.
        double gap = 0;
        /// Right-hand column (amounts); empty for none.
        QString right;
    };

    static QByteArray document(const QString& title, const QList<Line>& lines);
    /// A string literal for a content stream: Latin-1, `\`, `(` and `)` escaped.
    static QByteArray literal(const QString& text);
};

} // namespace paydesk::sandbox
