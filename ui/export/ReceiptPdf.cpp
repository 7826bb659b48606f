#include "ReceiptPdf.h"

namespace paydesk::ui {

ReceiptPdf::ReceiptPdf(Issuer issuer, QLocale locale)
    : m_issuer(std::move(issuer))
    , m_locale(std::move(locale))
{
}

bool ReceiptPdf::canPrint(const Payment& payment)
{
    return payment.status.isPaid();
}

QString ReceiptPdf::refusal(const Payment& payment)
{
    if (canPrint(payment))
        return QString();
    return tr("A receipt can only be produced for a paid payment; this one is %1.")
        .arg(payment.status.displayName().toLower());
}

QString ReceiptPdf::html(const Payment&) const
{
    return QString();
}

Result<Done, ExportError> ReceiptPdf::write(const Payment& payment, const QString&) const
{
    if (!canPrint(payment))
        return fail(ExportError{ExportError::Kind::NotAllowed, refusal(payment)});
    return fail(ExportError{ExportError::Kind::Io, tr("Not implemented yet.")});
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
