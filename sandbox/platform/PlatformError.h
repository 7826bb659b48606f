#pragma once

#include "payments/FieldError.h"

#include <QString>

namespace paydesk::sandbox {

/// Why PlatformState refused an operation; PlatformApi maps it onto HTTP.
struct PlatformError
{
    enum class Kind
    {
        UnknownStore,      ///< 404
        NotFound,          ///< 404
        Invalid,           ///< 422 with field-level errors
        IllegalTransition, ///< 409
    };
    Kind kind = Kind::Invalid;
    QString message;
    FieldErrors fields;
};

} // namespace paydesk::sandbox
