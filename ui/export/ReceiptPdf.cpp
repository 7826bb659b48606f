#include "ReceiptPdf.h"

#include "payments/DealerActions.h"
#include "util/PrivateFiles.h"

#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace paydesk::ui {

ReceiptPdf::ReceiptPdf(Issuer issuer, QLocale locale)
    : m_issuer(std::move(issuer))
    , m_locale(std::move(locale))
{
}

QString ReceiptPdf::refusal(const Payment& payment)
{
    if (DealerActions::canPrintReceipt(payment))
        return QString();
    return tr("A receipt is only available once the customer has paid. This payment is: %1.")
        .arg(payment.status.displayName());
}

QString ReceiptPdf::html(const Payment& payment) const
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    // When the money was taken: the PAID step of the timeline, else the last update.
    QDateTime paidAt = payment.updatedAt;
    for (const StatusChange& change : payment.history) {
        if (change.status.code() == PaymentStatus::Code::Paid)
            paidAt = change.at;
    }
    const Money paid = payment.amountPaid.isValid() ? payment.amountPaid : payment.amount;
    QString last4 = payment.cardLast4.right(4); // never more of a card than the last four
    const QString card = payment.cardBrand.isEmpty() && last4.isEmpty()
                             ? QString()
                             : tr("%1 ending %2").arg(payment.cardBrand, last4).trimmed();
    const QString site = m_issuer.siteName.isEmpty() ? payment.storeId : m_issuer.siteName;

    QList<std::pair<QString, QString>> rows{
        {tr("Customer"), payment.customer.name},
        {tr("Reference"),
         QStringLiteral("%1 %2").arg(payment.reference.typeDisplayName(), payment.reference.number)},
        {tr("Description"), payment.description},
        {tr("Amount paid"), paid.isValid() ? paid.format(m_locale) : QString()},
        {tr("Card"), card},
        {tr("Transaction reference"), payment.transactionReference},
        {tr("Date"),
         paidAt.isValid() ? m_locale.toString(paidAt.toLocalTime(), QLocale::LongFormat) : QString()},
        {tr("Status"), payment.status.displayName()},
        {tr("Payment id"), payment.paymentId},
    };
    if (payment.amount.isValid() && paid.isValid() && payment.amount != paid)
        rows.insert(3, {tr("Amount requested"), payment.amount.format(m_locale)});

    QString html;
    html += QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 11pt;\">");
    html += QStringLiteral("<h1 style=\"margin-bottom: 0;\">%1</h1>")
                .arg(esc(m_issuer.dealerName.isEmpty() ? site : m_issuer.dealerName));
    if (!m_issuer.dealerName.isEmpty())
        html += QStringLiteral("<p style=\"margin-top: 2px; color: #555;\">%1</p>").arg(esc(site));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Payment receipt")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" "
                           "style=\"border-collapse: collapse;\">");
    for (const auto& [label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral(
                    "<tr><td width=\"35%\" style=\"color: #444; border-bottom: 1px solid #ddd;\">%1</td>"
                    "<td style=\"border-bottom: 1px solid #ddd;\"><b>%2</b></td></tr>")
                    .arg(esc(label), esc(value));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top: 24px; color: #555;\">%1</p>")
                .arg(esc(tr("Thank you for your payment. Please keep this receipt for your records.")));
    html += QStringLiteral("</body></html>");
    return html;
}

Result<Done, ExportError> ReceiptPdf::write(const Payment& payment, const QString& path) const
{
    if (!DealerActions::canPrintReceipt(payment))
        return fail(ExportError{ExportError::Kind::NotAllowed, refusal(payment)});

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ExportError{ExportError::Kind::Io,
                                tr("%1 could not be opened for writing: %2").arg(path, file.errorString())});
    // A receipt names the customer: owner-only before anything is written.
    PrivateFiles::makeOwnerOnly(file);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Payment receipt %1").arg(payment.reference.number));
        writer.setCreator(QStringLiteral("PayDesk"));

        QTextDocument document;
        document.setDocumentMargin(0);
        document.setHtml(html(payment));
        document.print(&writer);
    } // the writer finishes the PDF when it goes away
    if (!file.commit())
        return fail(ExportError{ExportError::Kind::Io,
                                tr("%1 could not be saved: %2").arg(path, file.errorString())});
    return Done{};
}

AuditEntry ReceiptPdf::auditEntry(const QString& who, const Payment& payment, const QString& path)
{
    AuditEntry entry;
    entry.who = who;
    entry.action = QStringLiteral("export");
    entry.enterpriseId = payment.enterpriseId;
    entry.storeId = payment.storeId;
    entry.paymentId = payment.paymentId;
    entry.after =
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("receipt-pdf")}, {QStringLiteral("file"), path}};
    return entry;
}

} // namespace paydesk::ui
