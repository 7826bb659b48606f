#pragma once

#include "api/ConnectionProfile.h"
#include "export/ExportError.h"
#include "payments/Payment.h"
#include "store/AuditEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTextDocument>
#include <QTimeZone>

#include <memory>

class QPagedPaintDevice;
class QPrinter;

namespace paydesk::ui {

/**
 * A one-page receipt for a paid payment, fit to hand to a customer: the dealership's name,
 * site, address, VAT number and logo; the customer's name, the payment reference and the
 * provider's own (providerReference()),
 * the amount paid (core Money in the UI locale), card brand + last 4, when it was paid (local
 * time, with the time zone), the status and, once cleared, "Funds cleared". No contact details
 * and never more of a card than the last 4.
 *
 * One renderer: document() builds a QTextDocument with QTextCursor::insertText, so nothing
 * from a server is ever read as markup, and the PDF (write()) and the printer (print()) print
 * that same document.
 *
 * Only for payments whose money was taken (`DealerActions::canPrintReceipt`); anything else is
 * refused with a message saying why:
 *
 * @code
 * ReceiptPdf receipt(issuer);
 * if (auto done = receipt.write(payment, path); !done)
 *     PlainText::information(this, tr("Receipt"), done.error().message);
 * @endcode
 */
class ReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ui::ReceiptPdf)

public:
    /// Who issues the receipt (the platform's store details, else the connection profile's).
    struct Issuer
    {
        /// The dealership's name, the receipt's heading; the site when empty.
        QString dealerName;
        /// The site (store) name; the payment's store id when empty.
        QString siteName;
        /// Postal address, one line per entry.
        QStringList address;
        QString vatNumber;
        /// An image file (PNG, JPEG, SVG) printed beside the heading; none when empty or unreadable.
        QString logoFile;
    };

    /// The issuer a connection profile names (Settings, Receipts); its site stays empty.
    static Issuer issuerOf(const ConnectionProfile& profile);

    explicit ReceiptPdf(Issuer issuer = {}, QLocale locale = QLocale(),
                        QTimeZone timeZone = QTimeZone::systemTimeZone());

    const Issuer& issuer() const { return m_issuer; }

    /**
     * What the payment's provider calls it, for the customer's or the dealer's questions to that
     * provider (the receipt's "Provider reference", the CSV column of that name): Payment
     * Assist's `pa_ref`, Democrance's payment reference (its receipt and tax invoice carry it;
     * the policy number is the payment reference), the `invoiceGUID` of a myKaarma prepayment
     * (the repair order is the payment reference); Keyloop's transaction reference. The
     * transaction reference where the provider has not given its own yet; empty when neither.
     */
    static QString providerReference(const Payment& payment);

    /// Why no receipt can be produced, translated; empty when DealerActions::canPrintReceipt().
    static QString refusal(const Payment& payment);

    /// The receipt (what write() and print() print).
    std::unique_ptr<QTextDocument> document(const Payment& payment) const;
    /// When the payment was taken, as printed: local date and time with the time zone.
    QString paidAtText(const Payment& payment) const;

    /// Writes the PDF to `path` (owner-only).
    Result<Done, ExportError> write(const Payment& payment, const QString& path) const;
    /// Prints on `printer` as set up by the caller (a print dialog, or a PDF file in tests).
    Result<Done, ExportError> print(const Payment& payment, QPrinter& printer) const;

    /// The audit line of a receipt export (`path`) or print (`path` empty, the printer's name
    /// in `printerName`).
    static AuditEntry auditEntry(const QString& who, const Payment& payment, const QString& path,
                                 const QString& printerName = QString());

private:
    void printOn(const Payment& payment, QPagedPaintDevice& device) const;

    Issuer m_issuer;
    QLocale m_locale;
    QTimeZone m_timeZone;
};

} // namespace paydesk::ui
