#pragma once

#include <QAbstractButton>
#include <QColor>

namespace paydesk::ui {

/// One clickable figure of the KPI strip: a caption, a big value and a detail line.
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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void updateAccessibleName();

    QString m_caption;
    QString m_value;
    QString m_detail;
    QColor m_accent;
    bool m_hover = false;
};

} // namespace paydesk::ui
