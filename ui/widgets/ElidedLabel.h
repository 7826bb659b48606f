#pragma once

#include <QLabel>

namespace paydesk::ui {

/**
 * A one-line label that never makes its container wider: when the text does not fit it is
 * elided (in the middle, or where chosen) and the whole text is in its tooltip and accessible
 * description. For one long word (an email, a pay link, an id) or a summary line; text that
 * can wrap should wrap instead. The text is shown as plain text.
 */
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget* parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    void setFullText(const QString& text);
    const QString& fullText() const { return m_full; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_full;
    Qt::TextElideMode m_mode;
};

} // namespace paydesk::ui
