#pragma once

#include "export/ExportError.h"
#include "payments/Payment.h"
#include "store/AuditEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace paydesk::ui {

/**
 * A one-page PDF receipt for a paid payment (QTextDocument printed by QPdfWriter): dealer and
 * site, customer name, reference, description, amount paid, card brand + last 4, transaction
 * reference, date and status. No contact details and never more of a card than the last 4.
 *
 * Only for payments whose money was taken (`DealerActions::canPrintReceipt`); anything else is refused with a
 * message saying why:
 *
 * @code
 * ReceiptPdf receipt({dealerName, siteName});
 * if (auto done = receipt.write(payment, path); !done)
 *     QMessageBox::information(this, tr("Receipt"), done.error().message);
 * @endcode
 */
class ReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ui::ReceiptPdf)

public:
    /// Who issues the receipt.
    struct Issuer
    {
        QString dealerName;
        /// The site (store) name; the payment's store id when empty.
        QString siteName;
    };

    explicit ReceiptPdf(Issuer issuer = {}, QLocale locale = QLocale());

    /// Why no receipt can be produced, translated; empty when DealerActions::canPrintReceipt().
    static QString refusal(const Payment& payment);

    /// The receipt as HTML (what goes into the QTextDocument).
    QString html(const Payment& payment) const;
    /// Writes the PDF to `path`.
    Result<Done, ExportError> write(const Payment& payment, const QString& path) const;

    /// The audit line of a receipt export.
    static AuditEntry auditEntry(const QString& who, const Payment& payment, const QString& path);

private:
    Issuer m_issuer;
    QLocale m_locale;
};

} // namespace paydesk::ui
