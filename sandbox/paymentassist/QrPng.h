#pragma once

#include <QByteArray>
#include <QString>

namespace paydesk::sandbox {

/// A QR code of `text` (libqrencode, error correction M) as a PNG: black on white, `scale`
/// pixels per module, a 4-module quiet zone. Empty when the text does not fit a QR code.
/// Only QtCore is needed (zlib through qCompress), so the sandbox stays free of QtGui.
QByteArray qrPng(const QString& text, int scale = 6);

} // namespace paydesk::sandbox
