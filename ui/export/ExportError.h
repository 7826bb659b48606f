#pragma once

#include <QString>

namespace paydesk::ui {

/// Why an export (CSV, PDF receipt) was not written. `message` is translated, for people.
struct ExportError
{
    enum class Kind
    {
        NotAllowed, ///< e.g. a receipt for a payment that was not paid
        Io,         ///< the file could not be written
        Source,     ///< reading the payments failed
    };
    Kind kind = Kind::Io;
    QString message;
};

} // namespace paydesk::ui
