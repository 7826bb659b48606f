#pragma once

#include <QLabel>

namespace paydesk::ui {

/**
 * The message line under a form field: hidden while the field is fine, red text (readable in
 * the light and the dark palette) with a warning sign when not. It also puts the message in
 * the field's accessible description, so a screen reader announces it with the field.
 */
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    FieldMessage(QWidget* field, const QString& accessibleName, QWidget* parent = nullptr);

    void setMessage(const QString& message);
    QString message() const { return m_message; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();
    /// Makes the window tall enough for its wrapped messages (up to the screen's height).
    void growWindowToFit();

    QWidget* m_field;
    QString m_message;
};

} // namespace paydesk::ui
