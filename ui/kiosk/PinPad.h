#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace paydesk::ui {

/// The staff PIN pad: ten digit keys, Delete, OK and Cancel, the entry shown as dots only.
/// Takes digits from a physical keyboard too. Emits submitted() with the digits and forgets them.
class PinPad : public QWidget
{
    Q_OBJECT

public:
    explicit PinPad(QWidget* parent = nullptr);

    void clear();
    /// A message under the dots ("Wrong PIN", "Locked until …"); plain text.
    void setMessage(const QString& text);
    QString message() const;
    void setBusy(bool busy);
    /// How many digits are entered (the digits themselves are never shown).
    int length() const { return int(m_digits.size()); }
    void typeDigit(QChar digit);

Q_SIGNALS:
    void submitted(const QString& pin);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDots();
    void submit();

    QString m_digits;
    QLabel* m_title = nullptr;
    QLabel* m_dots = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    QList<QPushButton*> m_keys;
};

} // namespace paydesk::ui
