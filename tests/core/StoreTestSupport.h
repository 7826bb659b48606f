#pragma once

// Shared helpers for the PaymentStore suites: a temporary cache file and payment builders.
#include "store/PaymentStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace paydesk::test {

inline QDateTime at(int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

inline Money gbp(qint64 minor)
{
    return Money::fromMinor(minor, QStringLiteral("GBP")).value();
}

inline Payment makePayment(const QString& id, qint64 version = 1,
                           PaymentStatus::Code status = PaymentStatus::Code::Initiated)
{
    Payment p;
    p.paymentId = id;
    p.enterpriseId = QStringLiteral("E1");
    p.storeId = QStringLiteral("S1");
    p.reference = PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-") + id);
    p.description = QStringLiteral("Service");
    p.amount = gbp(10000);
    p.customer = Customer{QStringLiteral("Amelia Hart"), QStringLiteral("amelia@example.co.uk"),
                          QStringLiteral("+447700900123")};
    p.channels = Channel::Email;
    p.status = status;
    p.createdAt = at(1);
    p.updatedAt = at(1).addSecs(version * 60);
    p.version = version;
    p.sequence = version;
    return p;
}

/// A fresh cache file in a temporary folder, opened by PaymentStore.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache/paydesk-cache.sqlite"));
        reopen();
    }

    void reopen()
    {
        m_store.reset();
        auto opened = PaymentStore::open(m_path);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        m_store = std::move(opened).value();
    }

    PaymentStore& store() { return *m_store; }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PaymentStore> m_store;
};

} // namespace paydesk::test
