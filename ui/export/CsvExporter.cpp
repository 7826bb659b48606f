#include "CsvExporter.h"

#include "export/ReceiptPdf.h"
#include "store/PaymentQuery.h"
#include "store/PaymentStore.h"
#include "store/StoreReader.h"
#include "util/PrivateFiles.h"

#include <QIODevice>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

constexpr int kChunkRows = 5000;

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

bool writeAll(QIODevice& device, const QByteArray& bytes)
{
    return device.write(bytes) == bytes.size();
}

} // namespace

QStringList CsvExporter::header()
{
    return {
        tr("Status"),         tr("Customer"),
        tr("Reference type"), tr("Reference"),
        tr("Amount"),         tr("Currency"),
        tr("Provider"),       tr("Provider reference"),
        tr("Store"),          tr("Created"),
        tr("Updated"),        tr("Card brand"),
        tr("Card last 4"),    tr("Transaction reference"),
        tr("Funds cleared"),  tr("Failure reason"),
    };
}

QStringList CsvExporter::cells(const Payment& payment)
{
    // Contact details (email, phone) are deliberately absent: an export leaves PayDesk's
    // control, and the customer's name with the reference is all a spreadsheet needs.
    QString last4 = payment.cardLast4;
    if (last4.size() > 4)
        last4 = last4.right(4); // never more of a card number than the last four digits
    // Whether the funds cleared: "Yes" or "No" once paid, empty while nothing was paid.
    const QString cleared =
        payment.status.isPaid() ? (payment.fundsCleared ? tr("Yes") : tr("No")) : QString();
    return {payment.status.displayName(),
            payment.customer.name,
            payment.reference.typeDisplayName(),
            payment.reference.number,
            payment.amount.isValid() ? payment.amount.toDecimalString() : QString(),
            payment.amount.currency(),
            payment.provider,
            ReceiptPdf::providerReference(payment),
            payment.storeId,
            isoUtc(payment.createdAt),
            isoUtc(payment.updatedAt),
            payment.cardBrand,
            last4,
            payment.transactionReference,
            cleared,
            payment.failureReason()};
}

QString CsvExporter::escapeCell(const QString& cell)
{
    QString value = cell;
    // OWASP CSV injection: spreadsheet apps evaluate cells that start with these characters
    // (a tab or CR can hide one behind whitespace). A leading apostrophe makes them text.
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            value.prepend(u'\'');
    }
    // RFC 4180 §2.6/2.7: quote fields holding a separator, quote or line break; double quotes.
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value;
}

QString CsvExporter::line(const QStringList& cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& c : cells)
        escaped.append(escapeCell(c));
    return escaped.join(u',') + QStringLiteral("\r\n");
}

Result<qint64, ExportError> CsvExporter::write(QIODevice& device, const ChunkSource& next)
{
    const auto ioError = [&device]() {
        return fail(ExportError{ExportError::Kind::Io,
                                tr("The file could not be written: %1").arg(device.errorString())});
    };
    // UTF-8 byte-order mark: without it Excel reads the file as the local 8-bit code page.
    if (!writeAll(device, QByteArrayLiteral("\xEF\xBB\xBF")) || !writeAll(device, line(header()).toUtf8()))
        return ioError();
    qint64 rows = 0;
    for (;;) {
        auto chunk = next();
        if (!chunk)
            return fail(chunk.error());
        if (chunk->isEmpty())
            break;
        QByteArray bytes;
        for (const Payment& p : *chunk)
            bytes += line(cells(p)).toUtf8();
        if (!writeAll(device, bytes))
            return ioError();
        rows += chunk->size();
    }
    return rows;
}

Result<qint64, ExportError> CsvExporter::write(QIODevice& device, const QList<Payment>& payments)
{
    bool given = false;
    return write(device, [&]() -> Result<QList<Payment>, ExportError> {
        if (given)
            return QList<Payment>();
        given = true;
        return payments;
    });
}

namespace {

Result<qint64, ExportError> writeFile(const QString& path, const CsvExporter::ChunkSource& next)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ExportError{
            ExportError::Kind::Io,
            CsvExporter::tr("%1 could not be opened for writing: %2").arg(path, file.errorString())});
    // Customer names and contact details: owner-only before anything is written, whatever the
    // umask or the mode of a file being replaced.
    PrivateFiles::makeOwnerOnly(file);
    auto rows = CsvExporter::write(file, next);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return fail(ExportError{ExportError::Kind::Io,
                                CsvExporter::tr("%1 could not be saved: %2").arg(path, file.errorString())});
    return rows;
}

} // namespace

Result<qint64, ExportError> CsvExporter::exportPayments(const QList<Payment>& payments, const QString& path)
{
    bool given = false;
    return writeFile(path, [&]() -> Result<QList<Payment>, ExportError> {
        if (given)
            return QList<Payment>();
        given = true;
        return payments;
    });
}

Result<qint64, ExportError> CsvExporter::exportQuery(PaymentStore& store, const PaymentQuery& query,
                                                     const QString& path)
{
    // Row ids first (one index scan, a stable snapshot of the view's order), then the rows in
    // chunks, so a million-row view never sits in memory at once.
    PaymentQuery all = query;
    all.offset = 0;
    all.limit = 0;
    auto ids = store.queryIds(all);
    if (!ids)
        return fail(ExportError{ExportError::Kind::Source,
                                tr("The payments could not be read: %1").arg(ids.error().message)});
    qsizetype next = 0;
    const QList<qint64>& rowIds = *ids;
    return writeFile(path, [&]() -> Result<QList<Payment>, ExportError> {
        QList<Payment> chunk;
        while (chunk.isEmpty() && next < rowIds.size()) {
            const QList<qint64> slice = rowIds.mid(next, kChunkRows);
            next += slice.size();
            auto rows = store.paymentsByRowIds(slice);
            if (!rows)
                return fail(ExportError{ExportError::Kind::Source,
                                        tr("The payments could not be read: %1").arg(rows.error().message)});
            for (qint64 id : slice) {
                const auto it = rows->constFind(id);
                if (it != rows->constEnd())
                    chunk.append(*it); // a payment gone since the scan is simply skipped
            }
        }
        return chunk;
    });
}

void CsvExporter::exportQueryInBackground(StoreReader& reader, const PaymentQuery& query, const QString& path,
                                          QObject* receiver, Done done)
{
    reader.request(
        StoreReader::Kind::Export,
        [query, path](PaymentStore& store) { return exportQuery(store, query, path); }, receiver,
        [done = std::move(done)](quint64, Result<qint64, ExportError> written) { done(std::move(written)); });
}

AuditEntry CsvExporter::auditEntry(const QString& who, const QString& path, qint64 rows,
                                   const QString& filterDescription)
{
    AuditEntry entry;
    entry.who = who;
    entry.action = QStringLiteral("export");
    entry.after = QJsonObject{{QStringLiteral("kind"), QStringLiteral("csv")},
                              {QStringLiteral("file"), path},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("filter"), filterDescription}};
    return entry;
}

} // namespace paydesk::ui
