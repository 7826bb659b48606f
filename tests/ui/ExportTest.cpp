#include "DialogTestSupport.h"
#include "QtPrinters.h"
#include "export/CsvExporter.h"
#include "export/ReceiptPdf.h"
#include "payments/CardNumber.h"
#include "payments/DealerActions.h"
#include "payments/PaymentJson.h"
#include "store/PaymentQuery.h"
#include "store/PaymentStore.h"
#include "store/StoreReader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

QByteArray exportToBytes(const QList<Payment>& payments, qint64* rows = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = CsvExporter::write(buffer, payments);
    EXPECT_TRUE(written.ok());
    if (rows && written)
        *rows = *written;
    return buffer.data();
}

TEST(CsvExporterTest, QuotesPerRfc4180)
{
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("Doe, Jane")), QStringLiteral("\"Doe, Jane\""));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("the \"best\" car")),
              QStringLiteral("\"the \"\"best\"\" car\""));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvExporter::escapeCell(QString()), QString());
    EXPECT_EQ(CsvExporter::line({QStringLiteral("a"), QStringLiteral("b,c")}),
              QStringLiteral("a,\"b,c\"\r\n"));
}

TEST(CsvExporterTest, NeutralisesFormulaInjection)
{
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("+44 7700")), QStringLiteral("'+44 7700"));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("\t=cmd")), QStringLiteral("'\t=cmd"));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("\r=cmd")), QStringLiteral("\"'\r=cmd\""));
    // Neutralised first, then quoted: the apostrophe sits inside the quotes.
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("a=b")), QStringLiteral("a=b"));
}

TEST(CsvExporterTest, WritesBomHeaderAndCrlfRowsWithoutContactDetails)
{
    Payment paid = samplePayment(PaymentStatus::Code::Paid);
    paid.customer.name = QStringLiteral("=cmd|' /C calc'!A0");
    paid.cardLast4 = QStringLiteral("4111111111111111"); // a feed that misbehaves: only 4 digits leave
    Payment open = samplePayment(PaymentStatus::Code::Notified);
    open.customer.name = QStringLiteral("Müller, Jürgen");
    open.amount = *Money::fromMinor(123450, QStringLiteral("EUR"));

    qint64 rows = 0;
    const QByteArray bytes = exportToBytes({paid, open}, &rows);
    EXPECT_EQ(rows, 2);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 byte-order mark";
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 4) << qPrintable(text); // header, 2 rows, empty after the last CRLF
    EXPECT_TRUE(lines.last().isEmpty());
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("[^\r]\n")))) << "only CRLF line ends";
    EXPECT_EQ(lines.at(0), CsvExporter::header().join(u','));

    EXPECT_THAT(lines.at(1).toStdString(), HasSubstr(",'=cmd|' /C calc'!A0,"));
    EXPECT_THAT(lines.at(1).toStdString(), HasSubstr(",249.99,GBP,"));
    EXPECT_THAT(lines.at(1).toStdString(), HasSubstr(",VISA,1111,TXN-88231"));
    EXPECT_THAT(lines.at(1).toStdString(), HasSubstr("2026-03-02T09:15:00Z"));
    EXPECT_THAT(lines.at(2).toStdString(), HasSubstr("\"Müller, Jürgen\""));
    EXPECT_THAT(lines.at(2).toStdString(), HasSubstr(",1234.50,EUR,"));

    // Contact details never leave PayDesk in an export, nor a card number.
    for (const Payment& p : {paid, open}) {
        EXPECT_FALSE(text.contains(p.customer.email));
        EXPECT_FALSE(text.contains(p.customer.phone));
        EXPECT_FALSE(text.contains(p.customer.phone.mid(3))); // national part
    }
    EXPECT_FALSE(text.contains(QStringLiteral("4111111111111111")));
    EXPECT_FALSE(text.contains(QStringLiteral("@example.com")));
}

TEST(CsvExporterTest, HasAFundsClearedColumn)
{
    Payment cleared = samplePayment(PaymentStatus::Code::Paid);
    cleared.fundsCleared = true;
    Payment clearing = samplePayment(PaymentStatus::Code::Paid);
    clearing.fundsCleared = false;
    const Payment open = samplePayment(PaymentStatus::Code::Notified);
    const QStringList header = CsvExporter::header();
    const qsizetype column = header.indexOf(QStringLiteral("Funds cleared"));
    ASSERT_GE(column, 0) << qPrintable(header.join(u','));
    EXPECT_EQ(CsvExporter::cells(cleared).size(), header.size());
    EXPECT_EQ(CsvExporter::cells(cleared).at(column), QStringLiteral("Yes"));
    EXPECT_EQ(CsvExporter::cells(clearing).at(column), QStringLiteral("No"));
    EXPECT_EQ(CsvExporter::cells(open).at(column), QString()) << "nothing paid, nothing to clear";
    const QString text = QString::fromUtf8(exportToBytes({cleared, clearing}).mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral(",Funds cleared,Failure reason")))
        << qPrintable(lines.at(0));
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral(",Yes,"))) << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral(",No,"))) << qPrintable(lines.at(2));
}

TEST(CsvExporterTest, ExportsToAFileAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payments.csv"));
    auto rows =
        CsvExporter::exportPayments({samplePayment(), samplePayment(PaymentStatus::Code::Paid)}, path);
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    EXPECT_EQ(*rows, 2);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("\xEF\xBB\xBF"));

    auto bad =
        CsvExporter::exportPayments({samplePayment()}, dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ExportError::Kind::Io);
    EXPECT_FALSE(bad.error().message.isEmpty());

    const AuditEntry audit =
        CsvExporter::auditEntry(QStringLiteral("alice"), path, 2, QStringLiteral("status=PAID"));
    EXPECT_EQ(audit.action, QStringLiteral("export"));
    EXPECT_EQ(audit.after.value(QStringLiteral("rows")).toInt(), 2);
}

TEST(CsvExporterTest, ExportsTheFilteredViewFromTheCacheInChunks)
{
    QTemporaryDir dir;
    auto opened = PaymentStore::open(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    PaymentStore& store = **opened;
    // More rows than one export chunk (5,000), two statuses.
    QList<Payment> payments;
    for (int i = 0; i < 6200; ++i) {
        Payment p = samplePayment(i % 3 == 0 ? PaymentStatus::Code::Notified : PaymentStatus::Code::Paid);
        p.paymentId = QStringLiteral("pay_%1").arg(i, 5, 10, QLatin1Char('0'));
        p.customer.email = QStringLiteral("customer%1@example.com").arg(i);
        p.updatedAt = p.updatedAt.addSecs(i);
        p.version = 1;
        p.sequence = i + 1;
        payments << p;
    }
    auto applied = store.upsertBatch(payments);
    ASSERT_TRUE(applied.ok()) << qPrintable(applied.error().message);

    PaymentQuery query;
    query.statuses = {PaymentStatus::Code::Paid};
    query.limit = 100; // the view's page size must not limit the export
    const QString path = dir.filePath(QStringLiteral("paid.csv"));
    auto rows = CsvExporter::exportQuery(store, query, path);
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    EXPECT_EQ(*rows, 6200 - 2067);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), *rows + 1);
    EXPECT_FALSE(bytes.contains("@example.com"));
    EXPECT_FALSE(bytes.contains("Notified"));
    // In the view's order: newest update first.
    const QList<QByteArray> lines = bytes.split('\n');
    EXPECT_TRUE(lines.at(1).contains("2026-03-02T12:23:19Z")) << lines.at(1).toStdString();
}

// The window's export runs on the reader's thread and writes the very file the direct export
// writes, owner-only, with formulas neutralised.
TEST(CsvExporterTest, ExportsInTheBackgroundTheSameFileOffTheGuiThread)
{
    QTemporaryDir dir;
    auto opened = PaymentStore::open(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    PaymentStore& store = **opened;
    QList<Payment> payments;
    for (int i = 0; i < 700; ++i) {
        Payment p = samplePayment(PaymentStatus::Code::Paid);
        p.paymentId = QStringLiteral("pay_%1").arg(i, 5, 10, QLatin1Char('0'));
        p.customer.name = i % 7 ? QStringLiteral("Customer %1").arg(i) : QStringLiteral("=HYPERLINK(\"x\")");
        p.updatedAt = p.updatedAt.addSecs(i);
        p.version = 1;
        p.sequence = i + 1;
        payments << p;
    }
    ASSERT_TRUE(store.upsertBatch(payments).ok());
    PaymentQuery query;
    query.limit = 0;
    const QString direct = dir.filePath(QStringLiteral("direct.csv"));
    ASSERT_TRUE(CsvExporter::exportQuery(store, query, direct).ok());

    StoreReader reader(&store);
    QThread* workedOn = nullptr;
    reader.setHook([&](StoreReader::Kind, quint64) { workedOn = QThread::currentThread(); });
    const QString background = dir.filePath(QStringLiteral("background.csv"));
    QObject receiver;
    std::optional<Result<qint64, ExportError>> written;
    CsvExporter::exportQueryInBackground(reader, query, background, &receiver,
                                         [&](Result<qint64, ExportError> result) { written = result; });
    EXPECT_TRUE(reader.isBusy(StoreReader::Kind::Export));
    ASSERT_TRUE(QTest::qWaitFor([&] { return written.has_value(); }, 10000));
    ASSERT_TRUE(written->ok()) << qPrintable(written->error().message);
    EXPECT_EQ(**written, 700);
    EXPECT_EQ(workedOn, reader.workerThread(StoreReader::Kind::Export));
    EXPECT_NE(workedOn, QThread::currentThread());

    QFile a(direct);
    QFile b(background);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = b.readAll();
    EXPECT_EQ(bytes, a.readAll());
    EXPECT_TRUE(bytes.contains("'=HYPERLINK"));
    EXPECT_EQ(b.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                 QFileDevice::WriteOther),
              QFileDevice::Permissions());
}

TEST(CsvExporterTest, ACardNumberFromAProviderReachesNeitherTheCacheNorAnExport)
{
    // A provider's payment with card numbers in the text that exports carry.
    QJsonObject json = PaymentJson::paymentToJson(samplePayment(PaymentStatus::Code::Paid));
    json.insert(QStringLiteral("customer"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Jane 4111 1111 1111 1111")}});
    json.insert(QStringLiteral("reference"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("INVOICE")},
                            {QStringLiteral("number"), QStringLiteral("5555-5555-5555-4444")}});
    json.insert(QStringLiteral("transactionReference"), QStringLiteral("378282246310005"));
    json.insert(QStringLiteral("description"), QStringLiteral("card 6011111111111117"));
    auto payment = PaymentJson::paymentFromJson(json);
    ASSERT_TRUE(payment.ok());

    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    auto opened = PaymentStore::open(cachePath);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    ASSERT_TRUE((*opened)->upsert(*payment).ok());
    const QString csvPath = dir.filePath(QStringLiteral("payments.csv"));
    ASSERT_TRUE(CsvExporter::exportQuery(**opened, PaymentQuery{}, csvPath).ok());

    auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray csv = read(csvPath);
    EXPECT_THAT(csv.toStdString(), HasSubstr("Jane •••• 1111")) << "masked, not dropped";
    for (const QByteArray& bytes : {csv, read(cachePath + QStringLiteral("-wal")), read(cachePath)}) {
        QByteArray ungrouped = bytes;
        ungrouped.replace(' ', QByteArray()).replace('-', QByteArray());
        for (const char* card :
             {"4111111111111111", "5555555555554444", "378282246310005", "6011111111111117"})
            EXPECT_FALSE(ungrouped.contains(card)) << card;
        EXPECT_FALSE(CardNumber::containsCardNumber(QString::fromLatin1(bytes)));
    }
}

TEST(ReceiptPdfTest, WritesAPdfForAPaidPayment)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
    const Payment paid = samplePayment(PaymentStatus::Code::Paid);
    ReceiptPdf receipt({QStringLiteral("Northside Motors"), QStringLiteral("Leeds — Service")});
    auto done = receipt.write(paid, path);
    ASSERT_TRUE(done.ok()) << qPrintable(done.error().message);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_GT(pdf.size(), 1000);
    EXPECT_TRUE(pdf.startsWith("%PDF")) << pdf.left(16).toStdString();

    const QString text = receipt.document(paid)->toPlainText();
    for (const QString& expected :
         {QStringLiteral("Northside Motors"), QStringLiteral("Leeds — Service"), QStringLiteral("Jane Doe"),
          QStringLiteral("INV-10234"), QStringLiteral("Service and MOT"), QStringLiteral("£249.99"),
          QStringLiteral("VISA ending 4242"), QStringLiteral("TXN-88231"), QStringLiteral("Paid")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    EXPECT_FALSE(text.contains(paid.customer.email));
    EXPECT_FALSE(text.contains(paid.customer.phone));
}

TEST(ReceiptPdfTest, MarkupInPaymentFieldsStaysText)
{
    Payment paid = samplePayment(PaymentStatus::Code::Paid);
    paid.customer.name = QStringLiteral("<img src=x> & Co");
    const auto document = ReceiptPdf().document(paid);
    EXPECT_TRUE(document->toPlainText().contains(QStringLiteral("<img src=x> & Co")));
    // Written as text, so the HTML Qt would save escapes it: no image, no tag.
    EXPECT_FALSE(document->toHtml().contains(QStringLiteral("<img")));
}

TEST(ReceiptPdfTest, RefusesUnpaidPaymentsWithAClearMessage)
{
    QTemporaryDir dir;
    for (auto code : {PaymentStatus::Code::Notified, PaymentStatus::Code::Failed,
                      PaymentStatus::Code::Cancelled, PaymentStatus::Code::Authorised}) {
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        const Payment p = samplePayment(code);
        EXPECT_FALSE(DealerActions::canPrintReceipt(p));
        auto done = ReceiptPdf().write(p, path);
        ASSERT_FALSE(done.ok());
        EXPECT_EQ(done.error().kind, ExportError::Kind::NotAllowed);
        EXPECT_THAT(done.error().message.toStdString(),
                    HasSubstr("only available once the customer has paid"));
        EXPECT_THAT(done.error().message.toStdString(), HasSubstr(p.status.displayName().toStdString()));
        EXPECT_FALSE(QFile::exists(path));
    }
}

} // namespace
