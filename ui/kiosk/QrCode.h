#pragma once

#include <QList>
#include <QString>

namespace paydesk::ui {

/// A QR code's module matrix (libqrencode, error correction M, 8-bit mode): size × size, row
/// by row, true = dark. Empty when the text cannot be encoded.
class QrCode
{
public:
    static QrCode encode(const QString& text);

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    const QList<bool>& modules() const { return m_modules; }

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace paydesk::ui
