#pragma once

// Readable gtest failure output for Qt types.
#include <QDateTime>
#include <QString>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QDateTime& d, std::ostream* os)
{
    *os << d.toString(Qt::ISODateWithMs).toStdString();
}
QT_END_NAMESPACE
