#pragma once

#include <QList>
#include <QString>

namespace paydesk {

/// A problem with one field of a form or request: the field's wire name and a translated message.
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace paydesk
