#pragma once

// Reading back the PDFs the tests make (receipts), as text.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <thread>

namespace paydesk::ui::test {

/// The text of a PDF as pdftotext reads it (poppler-utils, installed by scripts/install-deps),
/// with runs of white space made one space: pdftotext breaks lines where the layout does, so
/// tests compare words, not line breaks.
inline QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    EXPECT_FALSE(tool.isEmpty()) << "pdftotext (poppler-utils) is missing: run scripts/install-deps";
    if (tool.isEmpty())
        return QString();
    // Started from a thread of its own: Qt starts a child with vfork semantics (it runs in this
    // process's memory until exec), which leaves a ThreadSanitizer build's record of the starting
    // thread unusable. That is then this short-lived thread, not the test's own.
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    std::thread reader([&] {
        QProcess process;
        process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        finished = process.waitForFinished(30000);
        exitCode = process.exitCode();
        out = process.readAllStandardOutput();
        err = process.readAllStandardError();
    });
    reader.join();
    EXPECT_TRUE(finished);
    EXPECT_EQ(exitCode, 0) << err.toStdString();
    return QString::fromUtf8(out).simplified();
}

} // namespace paydesk::ui::test
