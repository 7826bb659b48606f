// Hostile cell text through the CSV export (CsvExporter::line). Properties: an RFC 4180 reader
// gets back exactly the cells written (after the guard apostrophe), and no cell starts with a
// character a spreadsheet would evaluate as a formula.

#include "FuzzSupport.h"
#include "export/CsvExporter.h"

#include <QStringList>

using namespace paydesk;
using paydesk::ui::CsvExporter;

namespace {

/// A strict RFC 4180 reader of one record ending in CRLF; nothing on a malformed record.
std::optional<QStringList> readRecord(const QString& line)
{
    if (!line.endsWith(QStringLiteral("\r\n")))
        return std::nullopt;
    const QStringView text = QStringView(line).chopped(2);
    QStringList cells;
    QString cell;
    qsizetype i = 0;
    for (;;) {
        cell.clear();
        if (i < text.size() && text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != u',') {
                if (text[i] == u'"' || text[i] == u'\n' || text[i] == u'\r')
                    return std::nullopt; // must have been quoted
                cell += text[i++];
            }
        }
        cells.append(cell);
        if (i == text.size())
            return cells;
        if (text[i] != u',')
            return std::nullopt;
        ++i;
    }
}

bool startsLikeFormula(const QString& cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::FuzzInput in(data, size);
    QStringList cells;
    const int count = 1 + in.pick(4);
    for (int i = 0; i < count; ++i)
        cells.append(QString::fromUtf8(i + 1 == count ? in.rest() : in.field()));
    const QString line = CsvExporter::line(cells);
    const auto read = readRecord(line);
    if (!read || read->size() != cells.size())
        fuzz::violated("the CSV line does not read back as the cells written", line.toUtf8());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString& cell = read->at(i);
        if (startsLikeFormula(cell))
            fuzz::violated("a CSV cell starts like a formula", cell.toUtf8());
        const QString expected = startsLikeFormula(cells[i]) ? u'\'' + cells[i] : cells[i];
        if (cell != expected)
            fuzz::violated("a CSV cell changed", cell.toUtf8());
    }
    return 0;
}
