#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRect>

namespace paydesk::ui {

/**
 * One clickable figure of the KPI strip: a caption, a big value and a detail line. Nothing is
 * cut: the caption and detail wrap at word boundaries, a value of several amounts ("£1,234.00 ·
 * €560.00") puts each on its own line and the figure's font steps down before a word would be
 * cut; the tile is as tall as its text needs at its width (and never narrower than its longest
 * word).
 */
class KpiTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setValue(const QString& value);
    void setDetail(const QString& detail);
    /// The accent bar on the left (the tone of the statuses it counts).
    void setAccent(const QColor& color);

    const QString& caption() const { return m_caption; }
    const QString& value() const { return m_value; }
    const QString& detail() const { return m_detail; }

    /// One painted line of text, where it goes and in which font.
    struct TextLine
    {
        QString text;
        QFont font;
        QRect rect;
        QPalette::ColorRole role = QPalette::Text;
    };
    /// The lines as painted at the tile's current width (what the layout tests check).
    QList<TextLine> textLines() const { return layoutLines(width()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateAccessibleName();
    QList<TextLine> layoutLines(int width) const;
    QFont valueFont(qreal scale) const;
    /// Keeps the minimum height at what the text needs at the current width.
    void fitHeight();

    QString m_caption;
    QString m_value;
    QString m_detail;
    QColor m_accent;
    bool m_hover = false;
};

} // namespace paydesk::ui
