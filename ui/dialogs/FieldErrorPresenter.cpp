#include "FieldErrorPresenter.h"

#include "FieldMessage.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace paydesk::ui {

FieldErrorPresenter::FieldErrorPresenter(QWidget* form)
    : QObject(form)
    , m_form(form)
{
    m_formMessage = new FieldMessage(nullptr, QString(), form);
    m_formMessage->setObjectName(QStringLiteral("form.message"));
    retranslate();
}

void FieldErrorPresenter::retranslate()
{
    m_formMessage->setAccessibleName(tr("Problem with the request"));
}

void FieldErrorPresenter::addField(const QString& field, QWidget* focus, FieldMessage* message)
{
    m_fields.append({field, focus, message});
}

void FieldErrorPresenter::addAlias(const QString& field, const QString& shownUnder)
{
    m_aliases.insert(field, shownUnder);
}

FieldMessage* FieldErrorPresenter::messageFor(const QString& field) const
{
    const QString name = m_aliases.value(field, field);
    for (const Field& f : m_fields) {
        if (f.name == name)
            return f.message;
    }
    return nullptr;
}

void FieldErrorPresenter::markTouched(const QString& field)
{
    m_touched.insert(field);
    render();
}

void FieldErrorPresenter::markEdited(const QString& field)
{
    if (m_form->isVisible())
        m_edited.insert(field);
    const QString name = m_aliases.value(field, field);
    const auto before = m_refused.size();
    m_refused.removeIf(
        [this, &name](const FieldError& e) { return m_aliases.value(e.field, e.field) == name; });
    if (m_refused.size() != before)
        render();
}

void FieldErrorPresenter::show(const FieldErrors& errors)
{
    m_errors = errors;
    render();
}

bool FieldErrorPresenter::accept(const FieldErrors& errors)
{
    m_submitAttempted = true;
    m_refused.clear();
    m_errors = errors;
    render();
    focusFirstShown();
    return errors.isEmpty();
}

bool FieldErrorPresenter::refuse(const FieldErrors& errors)
{
    m_refused = errors;
    render();
    focusFirstShown();
    return errors.isEmpty();
}

void FieldErrorPresenter::addRefusal(const FieldError& error)
{
    // The newest first: it is what the user was just told.
    m_refused.prepend(error);
    render();
}

QString FieldErrorPresenter::shownError(const QString& field) const
{
    const FieldMessage* message = messageFor(field);
    return message ? message->message() : QString();
}

void FieldErrorPresenter::render()
{
    // One message per line: a refusal first (the user was just told), then the form's own
    // check of the field, which shows once the field was touched or the form submitted.
    QHash<FieldMessage*, QString> shown;
    const auto put = [&shown, this](const FieldError& e) {
        FieldMessage* message = messageFor(e.field);
        if (!message)
            message = m_formMessage;
        if (!shown.contains(message))
            shown.insert(message, e.message);
    };
    for (const FieldError& e : std::as_const(m_refused))
        put(e);
    for (const FieldError& e : std::as_const(m_errors)) {
        const bool known = messageFor(e.field) != nullptr;
        const bool touched = m_touched.contains(e.field) || m_touched.contains(m_aliases.value(e.field));
        if (m_submitAttempted || (known && touched))
            put(e);
    }
    for (const Field& f : std::as_const(m_fields))
        f.message->setMessage(shown.value(f.message));
    m_formMessage->setMessage(shown.value(m_formMessage));
}

void FieldErrorPresenter::focusFirstShown()
{
    for (const Field& f : std::as_const(m_fields)) {
        if (!f.message->message().isEmpty() && f.focus) {
            f.focus->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void FieldErrorPresenter::requestDiscard(std::function<void()> discard)
{
    if (!isChanged()) {
        discard();
        return;
    }
    if (m_form->findChild<QMessageBox*>(QStringLiteral("discardConfirmation")))
        return; // already asking
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard this request?"),
                                tr("Discard this request?"), QMessageBox::NoButton, m_form);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("What you typed in this form will be lost."));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* discardButton = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(QStringLiteral("discard"));
    QPushButton* keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, m_form,
            [discardButton, discard = std::move(discard)](QAbstractButton* clicked) {
                if (clicked == discardButton)
                    discard();
            });
    box->open();
}

} // namespace paydesk::ui
