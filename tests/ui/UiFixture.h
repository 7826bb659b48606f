#pragma once

// A temporary cache filled with deterministic payments, for the dashboard tests.
#include "QtPrinters.h"
#include "UiTestData.h"
#include "store/PaymentStore.h"
#include "util/Clock.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace paydesk::uitest {

class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = PaymentStore::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        m_store = std::move(opened).value();
    }

    void fillWith(int count) { ASSERT_TRUE(fill(*m_store, count, m_clock.now())); }

    /// Stores a newer version of payment `i` with `status`.
    Payment change(int i, PaymentStatus::Code status, qint64 version = 2)
    {
        Payment p = makePayment(i, m_clock.now());
        p.status = status;
        p.version = version;
        p.updatedAt = m_clock.now();
        if (p.status.isPaid())
            p.amountPaid = p.amount;
        auto applied = m_store->upsert(p);
        EXPECT_TRUE(applied.ok() && *applied);
        return p;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<PaymentStore> m_store;
};

/// Collects what QAbstractItemModelTester reports (it warns in category qt.modeltest).
class ModelTesterWarnings
{
public:
    ModelTesterWarnings()
    {
        s_count = 0;
        m_previous = qInstallMessageHandler(&handler);
    }
    ~ModelTesterWarnings() { qInstallMessageHandler(m_previous); }
    int count() const { return s_count; }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type != QtDebugMsg && context.category && qstrcmp(context.category, "qt.modeltest") == 0) {
            ++s_count;
            ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
        }
    }
    static inline int s_count = 0;
    QtMessageHandler m_previous = nullptr;
};

} // namespace paydesk::uitest
