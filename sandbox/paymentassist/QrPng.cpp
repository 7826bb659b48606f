#include "QrPng.h"

#include <QtEndian>
#include <qrencode.h>

#include <array>
#include <memory>

namespace paydesk::sandbox {

namespace {

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray chunk(const char* type, const QByteArray& data)
{
    const QByteArray typed = QByteArray(type) + data;
    return be32(quint32(data.size())) + typed + be32(crc32(typed));
}

} // namespace

QByteArray qrPng(const QString& text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!code)
        return QByteArray();
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    const int size = modules * scale;

    // 8-bit greyscale rows, each preceded by filter type 0.
    QByteArray raw;
    raw.reserve((size + 1) * size);
    for (int y = 0; y < size; ++y) {
        raw.append('\0');
        const int my = y / scale - quiet;
        for (int x = 0; x < size; ++x) {
            const int mx = x / scale - quiet;
            const bool dark = my >= 0 && mx >= 0 && my < code->width && mx < code->width &&
                              (code->data[my * code->width + mx] & 1);
            raw.append(dark ? char(0x00) : char(0xff));
        }
    }
    // qCompress gives a 4-byte length and then a zlib stream, which is what IDAT holds.
    const QByteArray zlib = qCompress(raw, 9).mid(4);

    QByteArray header = be32(quint32(size)) + be32(quint32(size));
    header.append(char(8)); // bit depth
    header.append(char(0)); // greyscale
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering
    header.append(char(0)); // no interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) +
           chunk("IEND", {});
}

} // namespace paydesk::sandbox
