// Child process for StoreCrashTest: ingests feed pages into a cache forever, resuming from the
// stored cursor, until the test kills it with SIGKILL at a random moment (after a random
// number of pages it reported committed).
//
// Page k holds the payments with sequence (cursor, cursor + PageSize], so a consistent file
// always has exactly `cursor` payments: a page and its cursor commit together or not at all.
//
// `StoreCrashChild <file> bulk <pages>` ingests as a bulk load (PaymentStore::beginBulkLoad())
// and ends it after <pages> pages, so the indexes are built on the store's thread while it goes
// on writing (StoreBulkLoadCrash).
#include "store/PaymentStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace paydesk;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    constexpr int PageSize = 200;
    auto opened = PaymentStore::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    PaymentStore& store = **opened;
    const bool bulk = argc >= 4 && qstrcmp(argv[2], "bulk") == 0;
    int bulkPages = bulk ? QByteArray(argv[3]).toInt() : 0;
    if (bulk && !store.beginBulkLoad().valueOr(false))
        std::fprintf(stderr, "no bulk load\n");
    for (;;) {
        const qint64 cursor = store.syncCursor(u"E1"_s, u"S1"_s).valueOr(-1);
        if (cursor < 0)
            return 1;
        QList<Payment> page;
        for (qint64 seq = cursor + 1; seq <= cursor + PageSize; ++seq) {
            Payment p;
            p.paymentId = u"crash_%1"_s.arg(seq);
            p.enterpriseId = u"E1"_s;
            p.storeId = u"S1"_s;
            p.reference = PaymentReference::make(PaymentReference::Type::Invoice, u"INV-%1"_s.arg(seq));
            p.amount = Money::fromMinor(seq, u"GBP"_s).value();
            p.customer = Customer{u"Crash Test"_s, u"crash@example.com"_s, u"+447700900000"_s};
            p.status = PaymentStatus::Code::Notified;
            p.createdAt = QDateTime::currentDateTimeUtc();
            p.updatedAt = p.createdAt;
            p.version = 1;
            p.sequence = seq;
            page << p;
        }
        if (!store.ingestFeedPage(page, u"E1"_s, u"S1"_s, cursor + PageSize))
            return 1;
        // One line per committed page: the test picks its moment by progress, not by time.
        std::printf("committed %lld\n", static_cast<long long>(cursor + PageSize));
        std::fflush(stdout);
        if (bulk && --bulkPages == 0)
            store.endBulkLoad(); // the indexes are built on the store's thread from now on
    }
}
