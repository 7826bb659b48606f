#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QWidget>
class QPushButton;

namespace paydesk::ui {

/// Letters, digits, hyphen, slash, space and Delete for the look-up's two fields. Its keys never
/// take the focus; they type into the field that last had it (target()).
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT

public:
    explicit OnScreenKeyboard(QWidget* parent = nullptr);

    void setTarget(QLineEdit* target) { m_target = target; }
    QLineEdit* target() const { return m_target; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPointer<QLineEdit> m_target;
    QPushButton* m_space = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace paydesk::ui
