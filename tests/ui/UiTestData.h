#pragma once

// Deterministic demo-like payments for the dashboard tests and benchmarks.
#include "payments/Payment.h"
#include "store/PaymentStore.h"

#include <QStringList>

namespace paydesk::uitest {

inline const QStringList& firstNames()
{
    static const QStringList names = {
        QStringLiteral("Amelia"), QStringLiteral("Oliver"), QStringLiteral("Isla"), QStringLiteral("George"),
        QStringLiteral("Ava"),    QStringLiteral("Noah"),   QStringLiteral("Mia"),  QStringLiteral("Arthur"),
        QStringLiteral("Zoë"),    QStringLiteral("Leo")};
    return names;
}

inline const QStringList& lastNames()
{
    static const QStringList names = {
        QStringLiteral("Hart"),   QStringLiteral("Smith"),  QStringLiteral("Jones"),
        QStringLiteral("Taylor"), QStringLiteral("Brown"),  QStringLiteral("Wilson"),
        QStringLiteral("Evans"),  QStringLiteral("Thomas"), QStringLiteral("Roberts"),
        QStringLiteral("Walker"), QStringLiteral("Khan"),   QStringLiteral("Patel"),
        QStringLiteral("Müller")};
    return names;
}

/// Payment number `i` (0-based): statuses, stores, providers and amounts cycle through.
inline Payment makePayment(int i, const QDateTime& now)
{
    using Code = PaymentStatus::Code;
    static const Code statuses[] = {Code::Initiated, Code::Notified, Code::Viewed,    Code::InProgress,
                                    Code::Paid,      Code::Paid,     Code::Failed,    Code::Cancelled,
                                    Code::Expired,   Code::Paid,     Code::Authorised};
    static const char16_t* providers[] = {u"keyloop", u"keyloop", u"paymentassist", u"democrance",
                                          u"mykaarma"};
    Payment p;
    p.paymentId = QStringLiteral("pay-%1").arg(i, 7, 10, QChar(u'0'));
    p.enterpriseId = QStringLiteral("E1");
    p.storeId = QStringLiteral("S%1").arg(i % 3 + 1);
    p.provider = QString::fromUtf16(providers[i % 5]);
    p.reference =
        PaymentReference::make(PaymentReference::Type(i % 3), QStringLiteral("R-%1").arg(100000 + i));
    p.description = QStringLiteral("Service and parts");
    p.amount = Money::fromMinor(1000 + (qint64(i) * 7919) % 500000, QStringLiteral("GBP")).value();
    p.customer.name =
        firstNames().at(i % firstNames().size()) + u' ' + lastNames().at((i / 7) % lastNames().size());
    p.customer.email = QStringLiteral("customer%1@example.co.uk").arg(i);
    p.customer.phone = QStringLiteral("+4477009%1").arg(i % 100000, 5, 10, QChar(u'0'));
    p.channels = Channel::Email;
    p.status = statuses[i % 11];
    if (p.status.isPaid()) {
        p.amountPaid = p.amount;
        p.cardBrand = QStringLiteral("VISA");
        p.cardLast4 = QStringLiteral("%1").arg(1000 + i % 9000);
        p.transactionReference = QStringLiteral("TX-%1").arg(i);
        p.fundsCleared = i % 2 == 0;
        p.reconciled = p.fundsCleared;
    }
    p.payLink = QStringLiteral("https://pay.example/%1").arg(p.paymentId);
    p.createdAt = now.addSecs(-qint64(i) * 97 - 3600);
    p.updatedAt = now.addSecs(-qint64(i) * 61);
    p.expiresAt = p.createdAt.addDays(7);
    p.version = 1;
    p.sequence = i + 1;
    return p;
}

/// Fills `store` with `count` payments in batches.
inline bool fill(PaymentStore& store, int count, const QDateTime& now, int batch = 5000)
{
    for (int start = 0; start < count; start += batch) {
        QList<Payment> list;
        list.reserve(batch);
        for (int i = start; i < qMin(count, start + batch); ++i)
            list << makePayment(i, now);
        if (!store.upsertBatch(list))
            return false;
    }
    return true;
}

} // namespace paydesk::uitest
