#pragma once

#include "kiosk/KioskConfig.h"
#include "payments/FieldError.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace paydesk::ui {

class FieldMessage;

/**
 * Settings' "Kiosk" tab: this computer's kiosk mode (KioskConfig, not per profile) — whether
 * PayDesk starts in kiosk mode, the dealership name the Welcome screen shows when the platform
 * does not name the store, the idle time before the screen goes back to the start — and the
 * staff PIN.
 *
 * The PIN is typed twice (6–12 digits) and never stored: hashPin() derives its salted
 * PBKDF2-SHA256 hash (StaffPin::hash, 600,000 iterations, over a second on purpose) on a pool
 * thread, never the GUI thread, and save() writes only that hash (KioskConfig::saveUserValue).
 * The typed digits are wiped from the fields as soon as the hash exists.
 *
 * What IT provisioned in the system-wide file (KioskConfig::isProvisioned) is shown read-only
 * with the note "Set by your administrator" and is never written.
 *
 * @code
 * if (!form->errors().isEmpty()) { form->showErrors(form->errors()); return; }
 * if (form->needsHashing()) { form->hashPin([this] { accept(); }); return; }
 * // … save the rest, then:
 * const QStringList changed = form->save();
 * @endcode
 */
class KioskSettingsForm : public QWidget
{
    Q_OBJECT

public:
    /// Shows KioskConfig::load().
    explicit KioskSettingsForm(QWidget* parent = nullptr);
    ~KioskSettingsForm() override;

    /// The checks of the PIN fields ("staffPin", "staffPinRepeat"); empty when both are empty.
    FieldErrors errors() const;
    /// Shows `errors` under their fields; an empty list clears them.
    void showErrors(const FieldErrors& errors);
    QString shownError(const QString& field) const;

    /// A valid new PIN is typed and not hashed yet.
    bool needsHashing() const;
    bool isHashing() const { return m_hashing; }
    /// Hashes the typed PIN on a pool thread; `done` runs on this thread when the hash is
    /// ready (not at all when the form is gone by then). The PIN fields are read-only meanwhile.
    void hashPin(std::function<void()> done);

    /// Writes what changed and is not provisioned; returns the changed keys ("staffPin" for
    /// a new PIN, never its hash).
    QStringList save();

    /// The note beside every provisioned value.
    static QString provisionedNote();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void clearTypedPin();
    /// The note for a provisioned `key`; nullptr when the user may set it.
    QLabel* addNote(const QString& key);

    KioskConfig m_config;
    bool m_hashing = false;
    /// The hash of the PIN typed in this session, written by save().
    QString m_newHash;

    QLabel* m_intro = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    QLabel* m_idleLabel = nullptr;
    QSpinBox* m_idle = nullptr;
    QLabel* m_pinState = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_pin = nullptr;
    FieldMessage* m_pinError = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_repeat = nullptr;
    FieldMessage* m_repeatError = nullptr;
    QList<QLabel*> m_notes;
};

} // namespace paydesk::ui
