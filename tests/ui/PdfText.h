#pragma once

// Reading back the PDFs the tests make (receipts), as text.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

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
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace paydesk::ui::test
