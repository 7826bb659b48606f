#pragma once

#include "QrCode.h"

#include <QWidget>

namespace paydesk::ui {

/// Paints a QR code as large as it fits, dark on white with the 4-module quiet zone whatever
/// the theme (phone cameras need the contrast). Square, scales with the widget.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget* parent = nullptr);

    void setText(const QString& text);
    void clear() { setText({}); }
    const QrCode& code() const { return m_code; }

    QSize sizeHint() const override { return {360, 360}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QrCode m_code;
};

} // namespace paydesk::ui
