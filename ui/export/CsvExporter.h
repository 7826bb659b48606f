#pragma once

#include "export/ExportError.h"
#include "payments/Payment.h"
#include "store/AuditEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;

class QObject;

namespace paydesk {
class PaymentStore;
class StoreReader;
struct PaymentQuery;
} // namespace paydesk

namespace paydesk::ui {

/**
 * CSV export of the payments in the filtered view, for spreadsheet apps.
 *
 * RFC 4180: comma separated, CRLF line ends, a header row, fields with a comma, quote, CR or
 * LF quoted with inner quotes doubled; UTF-8 with a byte-order mark so Excel reads accents.
 * Formula-injection safe (OWASP "CSV injection"): a cell starting with = + - @, a tab or a
 * CR gets a leading single quote, so no spreadsheet evaluates it.
 *
 * Columns: status, customer name, reference type, reference number, amount (plain decimal,
 * "1234.50"), currency, provider, the provider's own reference (ReceiptPdf::providerReference():
 * pa_ref, Democrance's payment reference, a myKaarma prepayment's invoiceGUID), store, created,
 * updated (ISO 8601 UTC), card brand, card last 4, transaction reference, funds cleared,
 * failure reason (a failed payment's, as the platform reported it). Contact details (email,
 * phone) never appear in an export, nor more of a card than brand and last four.
 *
 * @code
 * // the filtered view, in chunks straight from the cache:
 * auto written = CsvExporter::exportQuery(store, currentQuery, path);
 * if (!written) QMessageBox::warning(this, {}, written.error().message);
 * else store.appendAudit(CsvExporter::auditEntry(who, path, *written, currentQuery));
 * @endcode
 */
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ui::CsvExporter)

public:
    /// Rows are pulled in chunks; return an empty list when done, or an error.
    using ChunkSource = std::function<Result<QList<Payment>, ExportError>()>;

    /// The header cells (translated).
    static QStringList header();
    /// One payment's cells, unescaped.
    static QStringList cells(const Payment& payment);
    /// One cell made safe: neutralised against formulas, then quoted per RFC 4180 if needed.
    static QString escapeCell(const QString& cell);
    /// One CSV line (escaped cells joined by commas) ending in CRLF.
    static QString line(const QStringList& cells);

    /// Writes BOM, header and rows to `device` (opened for writing). Returns rows written.
    static Result<qint64, ExportError> write(QIODevice& device, const QList<Payment>& payments);
    /// Same, pulling rows from `next` until it returns an empty list.
    static Result<qint64, ExportError> write(QIODevice& device, const ChunkSource& next);

    /// Writes the file atomically (QSaveFile): all rows of `query` (its offset/limit ignored),
    /// read from `store` in chunks. Returns rows written.
    static Result<qint64, ExportError> exportQuery(PaymentStore& store, const PaymentQuery& query,
                                                   const QString& path);
    /// What exportQueryInBackground() reports, on the receiver's thread.
    using Done = std::function<void(Result<qint64, ExportError> written)>;
    /**
     * exportQuery() on `reader`'s thread (reading through the reader's own connection and
     * writing the file there); `done` gets the rows written or the error, queued to
     * `receiver`'s thread, unless a newer export on the same reader superseded this one.
     * Returns at once.
     */
    static void exportQueryInBackground(StoreReader& reader, const PaymentQuery& query, const QString& path,
                                        QObject* receiver, Done done);
    /// Writes `payments` to `path` atomically. Returns rows written.
    static Result<qint64, ExportError> exportPayments(const QList<Payment>& payments, const QString& path);

    /// The audit line of an export: who, when, how many rows, to which file, with which filter.
    static AuditEntry auditEntry(const QString& who, const QString& path, qint64 rows,
                                 const QString& filterDescription = {});
};

} // namespace paydesk::ui
