#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk {

/**
 * Why the local cache could not do what was asked. `message` is translated and fit for the
 * UI; `detail` is the untranslated driver text for logs (it never contains row data).
 */
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::StoreError)

public:
    enum class Kind
    {
        CannotOpen,      ///< the file or its folder could not be created or opened
        NewerSchema,     ///< written by a newer PayDesk; refused and left untouched
        Corrupt,         ///< the file is damaged (detected after open; open() itself recovers)
        MigrationFailed, ///< an upgrade step failed; the file was rolled back unchanged
        Busy,            ///< another connection held the lock past the busy timeout
        NotFound,        ///< no such payment / outbox entry
        InvalidArgument, ///< e.g. an outbox entry without an idempotency key
        Query,           ///< any other SQL failure
    };

    Kind kind = Kind::Query;
    QString message;
    QString detail;

    static StoreError make(Kind kind, const QString& detail = {});
    /// Newer-schema refusal with both versions in the (translated) message.
    static StoreError newerSchema(int fileVersion, int supportedVersion);
    /// The translated default text for a kind.
    static QString describe(Kind kind);
};

} // namespace paydesk
