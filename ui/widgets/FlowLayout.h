#pragma once

#include <QLayout>
#include <QList>

namespace paydesk::ui {

/**
 * Lays its items out left to right and starts a new row when the next one does not fit, so a
 * bar of controls (filters, the detail pane's actions) wraps on a narrow window instead of
 * cutting its buttons or pushing the window wider than the screen. Each item gets its size
 * hint (never less than its minimum); what is left of a row goes to the row's items that
 * expand horizontally.
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect& rect) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;

private:
    int arrange(const QRect& rect, bool measureOnly) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace paydesk::ui
