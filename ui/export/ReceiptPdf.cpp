#include "ReceiptPdf.h"

#include "models/PaymentTableModel.h"
#include "payments/DealerActions.h"
#include "providers/ProviderAction.h"
#include "util/PrivateFiles.h"

#include <QAbstractTextDocumentLayout>
#include <QImageReader>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xcc, 0xcc, 0xcc);
const QString kLogoResource = u"paydesk-receipt-logo"_s;

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor& colour = Qt::black)
{
    QTextCharFormat format;
    format.setFontFamilies({u"DejaVu Sans"_s, u"sans-serif"_s});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(colour);
    return format;
}

/// A new block after the cursor's, with `spaceBefore` points above it.
void newBlock(QTextCursor& cursor, qreal spaceBefore = 0)
{
    QTextBlockFormat block;
    block.setTopMargin(spaceBefore);
    cursor.insertBlock(block);
}

} // namespace

ReceiptPdf::ReceiptPdf(Issuer issuer, QLocale locale, QTimeZone timeZone)
    : m_issuer(std::move(issuer))
    , m_locale(std::move(locale))
    , m_timeZone(std::move(timeZone))
{
}

ReceiptPdf::Issuer ReceiptPdf::issuerOf(const ConnectionProfile& profile)
{
    return Issuer{profile.dealerName, QString(), profile.dealerAddress, profile.vatNumber, profile.logoFile};
}

QString ReceiptPdf::providerReference(const Payment& payment)
{
    QString reference;
    if (payment.provider == ProviderId::paymentAssist())
        reference = payment.providerReference; // pa_ref
    else if (payment.provider == ProviderId::democrance())
        reference = payment.providerData.value(u"reference"_s).toString();
    else if (payment.provider == ProviderId::myKaarma())
        reference = payment.providerData.value(u"invoiceGUID"_s).toString();
    return reference.isEmpty() ? payment.transactionReference : reference;
}

QString ReceiptPdf::refusal(const Payment& payment)
{
    if (DealerActions::canPrintReceipt(payment))
        return QString();
    return tr("A receipt is only available once the customer has paid. This payment is: %1.")
        .arg(payment.status.displayName());
}

QString ReceiptPdf::paidAtText(const Payment& payment) const
{
    // When the money was taken: the PAID step of the timeline, else the last update.
    QDateTime paidAt = payment.updatedAt;
    for (const StatusChange& change : payment.history) {
        if (change.status.code() == PaymentStatus::Code::Paid)
            paidAt = change.at;
    }
    if (!paidAt.isValid())
        return QString();
    // The dealer's local time, and which zone it is, so a receipt read later or elsewhere is
    // unambiguous.
    const QDateTime local = paidAt.toTimeZone(m_timeZone.isValid() ? m_timeZone : QTimeZone::utc());
    QString zone = local.timeZoneAbbreviation();
    if (zone.isEmpty())
        zone = local.timeZone().displayName(local, QTimeZone::OffsetName, m_locale);
    return tr("%1, %2 %3", "receipt date: date, time, time zone")
        .arg(m_locale.toString(local.date(), QLocale::LongFormat),
             m_locale.toString(local.time(), QLocale::ShortFormat), zone);
}

std::unique_ptr<QTextDocument> ReceiptPdf::document(const Payment& payment) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setDefaultFont(QFont(u"DejaVu Sans"_s, 10));
    QTextCursor cursor(document.get());
    // Every piece of data goes in through insertText(): it is text, never markup.

    const QString site = m_issuer.siteName.isEmpty() ? payment.storeId : m_issuer.siteName;
    const QString heading = m_issuer.dealerName.isEmpty() ? site : m_issuer.dealerName;

    // The heading: the logo (when there is one) beside the dealership's name and details.
    QImage logo;
    if (!m_issuer.logoFile.isEmpty()) {
        QImageReader reader(m_issuer.logoFile);
        reader.setAutoTransform(true);
        logo = reader.read();
    }
    QTextCursor details = cursor;
    if (!logo.isNull()) {
        QTextTableFormat layout;
        layout.setBorder(0);
        layout.setCellPadding(0);
        layout.setCellSpacing(0);
        layout.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        layout.setColumnWidthConstraints(
            {QTextLength(QTextLength::FixedLength, 110), QTextLength(QTextLength::VariableLength, 0)});
        QTextTable* head = cursor.insertTable(1, 2, layout);
        document->addResource(QTextDocument::ImageResource, QUrl(kLogoResource), logo);
        QTextImageFormat image;
        image.setName(kLogoResource);
        // At most 96 × 64 points, keeping its proportions.
        const qreal scale = std::min(96.0 / logo.width(), 64.0 / logo.height());
        image.setWidth(logo.width() * scale);
        image.setHeight(logo.height() * scale);
        QTextCursor logoCell = head->cellAt(0, 0).firstCursorPosition();
        logoCell.insertImage(image);
        details = head->cellAt(0, 1).firstCursorPosition();
    }
    details.insertText(heading, charFormat(18, true));
    QStringList lines;
    if (!m_issuer.dealerName.isEmpty())
        lines << site;
    for (const QString& line : m_issuer.address) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    if (!m_issuer.vatNumber.isEmpty())
        lines << tr("VAT number: %1").arg(m_issuer.vatNumber);
    for (const QString& line : std::as_const(lines)) {
        newBlock(details, 1);
        details.insertText(line, charFormat(10, false, kMuted));
    }
    cursor.movePosition(QTextCursor::End);

    // A rule under the heading, then the title.
    QTextBlockFormat rule;
    rule.setTopMargin(10);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(rule);
    newBlock(cursor, 10);
    cursor.insertText(tr("Payment receipt"), charFormat(15, true));

    const Money paid = payment.amountPaid.isValid() ? payment.amountPaid : payment.amount;
    const QString last4 = payment.cardLast4.right(4); // never more of a card than the last four
    const QString card = payment.cardBrand.isEmpty() && last4.isEmpty()
                             ? QString()
                             : tr("%1 ending %2").arg(payment.cardBrand, last4).trimmed();
    QList<std::pair<QString, QString>> rows{
        {tr("Customer"), payment.customer.name},
        {tr("Payment reference"),
         u"%1 %2"_s.arg(payment.reference.typeDisplayName(), payment.reference.number).trimmed()},
        {tr("Description"), payment.description},
    };
    if (payment.amount.isValid() && paid.isValid() && payment.amount != paid)
        rows.append({tr("Amount requested"), payment.amount.format(m_locale)});
    rows.append({tr("Amount paid"), paid.isValid() ? paid.format(m_locale) : QString()});
    rows.append({tr("Card"), card});
    rows.append({tr("Paid by"), PaymentTableModel::providerDisplayName(payment.provider)});
    rows.append({tr("Provider reference"), providerReference(payment)});
    rows.append({tr("Paid on"), paidAtText(payment)});
    rows.append({tr("Status"), payment.status.displayName()});
    if (payment.fundsCleared)
        rows.append({tr("Funds cleared"), tr("Yes")});
    rows.append({tr("Payment id"), payment.paymentId});
    rows.removeIf([](const auto& row) { return row.second.isEmpty(); });

    newBlock(cursor, 6);
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setBorderCollapse(true);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(5);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 34), QTextLength(QTextLength::PercentageLength, 66)});
    QTextTable* table = cursor.insertTable(int(rows.size()), 2, tableFormat);
    QTextTableCellFormat cellFormat;
    cellFormat.setBottomBorder(0.5);
    cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cellFormat.setBottomBorderBrush(kRule);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 2; ++c)
            table->cellAt(r, c).setFormat(cellFormat);
        QTextCursor label = table->cellAt(r, 0).firstCursorPosition();
        label.insertText(rows.at(r).first, charFormat(10, false, kMuted));
        QTextCursor value = table->cellAt(r, 1).firstCursorPosition();
        value.insertText(rows.at(r).second, charFormat(10, true));
    }
    cursor.movePosition(QTextCursor::End);

    newBlock(cursor, 20);
    cursor.insertText(tr("Thank you for your payment. Please keep this receipt for your records."),
                      charFormat(10, false, kMuted));
    return document;
}

void ReceiptPdf::printOn(const Payment& payment, QPagedPaintDevice& device) const
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    const auto receipt = document(payment);
    // Laid out on the device itself, one page the size of its printable area: print() then
    // prints it as it is (no page number added, as it does for an unpaginated document).
    receipt->documentLayout()->setPaintDevice(&device);
    receipt->setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    receipt->print(&device);
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
        writer.setResolution(300);
        writer.setTitle(tr("Payment receipt %1").arg(payment.reference.number));
        writer.setCreator(u"PayDesk"_s);
        printOn(payment, writer);
    } // the writer finishes the PDF when it goes away
    if (!file.commit())
        return fail(ExportError{ExportError::Kind::Io,
                                tr("%1 could not be saved: %2").arg(path, file.errorString())});
    return Done{};
}

Result<Done, ExportError> ReceiptPdf::print(const Payment& payment, QPrinter& printer) const
{
    if (!DealerActions::canPrintReceipt(payment))
        return fail(ExportError{ExportError::Kind::NotAllowed, refusal(payment)});
    printer.setDocName(tr("Payment receipt %1").arg(payment.reference.number));
    printer.setCreator(u"PayDesk"_s);
    printOn(payment, printer);
    if (printer.printerState() == QPrinter::Error)
        return fail(ExportError{ExportError::Kind::Io, tr("The receipt could not be printed.")});
    return Done{};
}

AuditEntry ReceiptPdf::auditEntry(const QString& who, const Payment& payment, const QString& path,
                                  const QString& printerName)
{
    AuditEntry entry;
    entry.who = who;
    entry.action = u"export"_s;
    entry.enterpriseId = payment.enterpriseId;
    entry.storeId = payment.storeId;
    entry.paymentId = payment.paymentId;
    entry.after = path.isEmpty() ? QJsonObject{{u"kind"_s, u"receipt-print"_s}, {u"printer"_s, printerName}}
                                 : QJsonObject{{u"kind"_s, u"receipt-pdf"_s}, {u"file"_s, path}};
    return entry;
}

} // namespace paydesk::ui
