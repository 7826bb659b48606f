#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace paydesk::ui {

/**
 * The keychain side of saving settings, kept in step with the settings file: a saved profile
 * must never be left without its secret, nor a deleted secret belong to a profile that is still
 * saved.
 *
 * A dialog collects what its save changes (secrets to write, keys to delete), then:
 *
 * 1. writeAll(): every write, all or nothing. The values they replace are read first; if any
 *    write fails, those that succeeded are put back as they were, and the error is reported.
 * 2. the dialog saves its settings; if that fails, undoWrites() puts the old values back;
 * 3. removeAll(): the deletes, only now that nothing saved still needs those keys.
 *
 * @code
 * changes.write(key, BoundSecret{origin, typed}.encode());
 * changes.remove(SecretStore::clientSecretKey(removedProfile));
 * changes.writeAll([&](std::optional<SecretError> error) {
 *     if (error) { showWhy(*error); return; }          // nothing written, nothing deleted
 *     if (!settings.save()) { changes.undoWrites(); return; }
 *     changes.removeAll();
 * });
 * @endcode
 */
class SecretChanges : public QObject
{
    Q_OBJECT

public:
    using WriteCallback = std::function<void(std::optional<SecretError>)>;

    /// @param store  the keychain; must outlive this object.
    explicit SecretChanges(SecretStore& store, QObject* parent = nullptr);
    ~SecretChanges() override;

    /// Stores `value` under `key` in writeAll() (a later value for the same key replaces it).
    void write(const QString& key, const QByteArray& value);
    /// Deletes `key` in removeAll().
    void remove(const QString& key);
    /// Forgets every pending change (and wipes the values held).
    void clear();

    bool isBusy() const { return m_busy; }
    /// The keys written by the last writeAll() that failed, in the order they were given.
    QStringList failedKeys() const { return m_failedKeys; }

    /// Step 1: every write, all or none. `done` gets the first error, or nothing on success.
    void writeAll(WriteCallback done);
    /// Step 2 went wrong: puts back what writeAll() replaced (best effort).
    void undoWrites();
    /// Step 3: the deletes (best effort: a key left behind is reported in the log, by name only).
    void removeAll();

private:
    void startWrites();
    void finishWrites();
    void wipe();

    SecretStore& m_store;
    QList<QString> m_writeKeys;
    QHash<QString, QByteArray> m_values;
    QStringList m_removes;
    /// What each written key held before: nullopt when it was absent.
    QHash<QString, std::optional<QByteArray>> m_previous;
    QStringList m_written;
    QStringList m_failedKeys;
    std::optional<SecretError> m_error;
    WriteCallback m_done;
    int m_pending = 0;
    bool m_busy = false;
};

} // namespace paydesk::ui
