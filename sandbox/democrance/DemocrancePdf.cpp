#include "DemocrancePdf.h"

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

QByteArray DemocrancePdf::literal(const QString& text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'(' || u == u')') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20 || u > 0xff) {
            out += '?';
        } else {
            out += char(u);
        }
    }
    out += ')';
    return out;
}

QByteArray DemocrancePdf::document(const QString& title, const QList<Line>& lines)
{
    // Page content: lines from the top, left column at 56 pt, right column ending at 539 pt.
    QByteArray content;
    double y = 842 - 64;
    for (const Line& line : lines) {
        y -= line.size * 1.45 + line.gap;
        const QByteArray font = line.bold ? "/F2" : "/F1";
        content += "BT " + font + ' ' + QByteArray::number(line.size) + " Tf 56 " +
                   QByteArray::number(y, 'f', 1) + " Td " + literal(line.text) + " Tj ET\n";
        if (!line.right.isEmpty()) {
            // Helvetica's digits are 0.556 em wide; a rough right alignment is enough here.
            const double width = line.right.size() * line.size * 0.556;
            content += "BT " + font + ' ' + QByteArray::number(line.size) + " Tf " +
                       QByteArray::number(539 - width, 'f', 1) + ' ' + QByteArray::number(y, 'f', 1) +
                       " Td " + literal(line.right) + " Tj ET\n";
        }
    }

    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
               "/F2 5 0 R >> >> /Contents 6 0 R >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
    objects << "<< /Title " + literal(title) + " /Producer (paydesk-sandbox) >>";

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info " +
           QByteArray::number(objects.size()) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    return pdf;
}

} // namespace paydesk::sandbox
