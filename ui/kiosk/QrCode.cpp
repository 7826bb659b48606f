#include "QrCode.h"

#include <qrencode.h>

namespace paydesk::ui {

QrCode QrCode::encode(const QString& text)
{
    QrCode code;
    if (text.isEmpty())
        return code;
    const QByteArray utf8 = text.toUtf8();
    QRcode* qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return code;
    code.m_size = qr->width;
    code.m_modules.reserve(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules << ((qr->data[i] & 1) != 0);
    QRcode_free(qr);
    return code;
}

} // namespace paydesk::ui
