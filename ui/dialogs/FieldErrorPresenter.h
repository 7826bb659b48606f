#pragma once

#include "payments/FieldError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QWidget;

namespace paydesk::ui {

class FieldMessage;

/// What a form's accept hands its request to (the outbox): the errors that refused it, empty
/// when it was taken.
template<typename Request>
using SubmitFunction = std::function<FieldErrors(const Request&)>;

/**
 * Puts a form's FieldErrors (wire field names, from PaymentValidator or from whatever refused
 * the request) into the FieldMessage under each field, and the keyboard focus on the first
 * field to fix. Shared by the dialogs of dealer actions so they all behave alike:
 *
 * - while the user fills the form, a field's error shows once the field was touched (left,
 *   or toggled), and every field's error once accept was tried;
 * - errors of a refused submit (the outbox knows a rule the form does not) show at once and
 *   stay until that field is edited or the form is submitted again;
 * - an error of a field the form does not have (e.g. the cache could not be written) shows in
 *   the form-wide message, formMessage().
 *
 * @code
 * m_errors->addField(QStringLiteral("customer.email"), m_email, emailMessage);
 * // as the user types:      m_errors->show(currentErrors);
 * // in accept():            if (!m_errors->accept(errors)) return;
 * //                         if (m_submit && !m_errors->refuse(m_submit(request))) return;
 * @endcode
 */
class FieldErrorPresenter : public QObject
{
    Q_OBJECT

public:
    /// @param form  the dialog; it owns the form-wide message.
    explicit FieldErrorPresenter(QWidget* form);

    /// Adds a field in the form's reading order (the focus goes to the first wrong one).
    void addField(const QString& field, QWidget* focus, FieldMessage* message);
    /// Shows errors of `field` under `shownUnder` (e.g. the reference type with its number).
    void addAlias(const QString& field, const QString& shownUnder);
    /// The message for errors of no field of this form; the dialog places it (above its buttons).
    FieldMessage* formMessage() const { return m_formMessage; }

    /// The user left or toggled `field`: its errors show from now on.
    void markTouched(const QString& field);
    bool isTouched(const QString& field) const { return m_touched.contains(field); }
    /// Forgets the user's interaction (after the form was filled in programmatically).
    void clearTouched()
    {
        m_touched.clear();
        m_edited.clear();
    }
    void clearTouched(const QString& field)
    {
        m_touched.remove(field);
        m_edited.remove(field);
    }
    /// The user changed `field`: a refusal of it no longer applies. Changes made while the form
    /// is not shown yet are its prefill, not the user's.
    void markEdited(const QString& field);
    /// The user changed something since the form was shown (or last prefilled).
    bool isChanged() const { return !m_edited.isEmpty(); }

    /**
     * The one rule for Escape and Cancel in the action dialogs (call it from reject()): an
     * untouched form calls `discard` at once; a changed one asks "Discard this request?"
     * (Discard / Keep editing, Keep editing the default) in a window-modal box and calls
     * `discard` only on Discard. The box is a child of the form named "discardConfirmation".
     */
    void requestDiscard(std::function<void()> discard);

    /// Shows `errors` (the form's own check of its current state) as the rules above say.
    void show(const FieldErrors& errors);
    /// The form is submitted: shows every error of `errors`, focuses the first field to fix;
    /// true when there is none. Earlier refusals are dropped (the submit checks again).
    bool accept(const FieldErrors& errors);
    /// The submit refused the request with `errors`: shown at once, the focus on the first
    /// field to fix; true when `errors` is empty.
    bool refuse(const FieldErrors& errors);

    /// Adds one refusal to those shown, without moving the focus (e.g. an answer that came later).
    void addRefusal(const FieldError& error);

    /// The message shown under `field` (or an alias of it); empty if none.
    QString shownError(const QString& field) const;

    /// Names the form-wide message in the current language (from the dialog's retranslateUi).
    void retranslate();

private:
    struct Field
    {
        QString name;
        QWidget* focus = nullptr;
        FieldMessage* message = nullptr;
    };

    FieldMessage* messageFor(const QString& field) const;
    void render();
    void focusFirstShown();

    QWidget* m_form;
    QList<Field> m_fields;
    QHash<QString, QString> m_aliases;
    FieldMessage* m_formMessage = nullptr;
    QSet<QString> m_touched;
    QSet<QString> m_edited;
    bool m_submitAttempted = false;
    FieldErrors m_errors;
    FieldErrors m_refused;
};

} // namespace paydesk::ui
