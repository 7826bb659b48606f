#include "SecretChanges.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcUiSecretChanges, "paydesk.ui.secrets", QtInfoMsg)

namespace paydesk::ui {

SecretChanges::SecretChanges(SecretStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

SecretChanges::~SecretChanges()
{
    wipe();
}

void SecretChanges::write(const QString& key, const QByteArray& value)
{
    if (!m_values.contains(key))
        m_writeKeys.append(key);
    m_values.insert(key, value);
}

void SecretChanges::remove(const QString& key)
{
    if (!m_removes.contains(key))
        m_removes.append(key);
}

void SecretChanges::clear()
{
    wipe();
    m_writeKeys.clear();
    m_values.clear();
    m_removes.clear();
    m_previous.clear();
    m_written.clear();
}

void SecretChanges::writeAll(WriteCallback done)
{
    Q_ASSERT(!m_busy);
    m_done = std::move(done);
    m_previous.clear();
    m_written.clear();
    m_failedKeys.clear();
    m_error.reset();
    if (m_writeKeys.isEmpty()) {
        auto finished = std::move(m_done);
        finished(std::nullopt);
        return;
    }
    m_busy = true;
    // First what each write replaces, so a failure can put it back: all or nothing.
    m_pending = int(m_writeKeys.size());
    for (const QString& key : std::as_const(m_writeKeys)) {
        m_store.read(key, this, [this, key](SecretStore::ReadResult result) {
            if (!result) {
                if (!m_error)
                    m_error = result.error();
                m_failedKeys << key;
            } else {
                m_previous.insert(key, *result);
            }
            if (--m_pending > 0)
                return;
            if (m_error)
                finishWrites(); // nothing was written
            else
                startWrites();
        });
    }
}

void SecretChanges::startWrites()
{
    m_pending = int(m_writeKeys.size());
    for (const QString& key : std::as_const(m_writeKeys)) {
        m_store.write(key, m_values.value(key), this, [this, key](SecretStore::DoneResult result) {
            if (result) {
                m_written << key;
            } else {
                if (!m_error)
                    m_error = result.error();
                m_failedKeys << key;
            }
            if (--m_pending == 0)
                finishWrites();
        });
    }
}

void SecretChanges::finishWrites()
{
    if (m_error)
        undoWrites();
    // Reported in the order the writes were given, whatever order the keychain answered in.
    std::sort(m_failedKeys.begin(), m_failedKeys.end(), [this](const QString& a, const QString& b) {
        return m_writeKeys.indexOf(a) < m_writeKeys.indexOf(b);
    });
    m_busy = false;
    auto done = std::move(m_done);
    if (done)
        done(m_error);
}

void SecretChanges::undoWrites()
{
    for (const QString& key : std::as_const(m_written)) {
        const std::optional<QByteArray> previous = m_previous.value(key);
        const auto report = [key](SecretStore::DoneResult result) {
            if (!result)
                qCWarning(lcUiSecretChanges)
                    << "could not restore keychain entry" << key << ":" << result.error().message;
        };
        if (previous)
            m_store.write(key, *previous, this, report);
        else
            m_store.remove(key, this, report);
    }
    m_written.clear();
}

void SecretChanges::removeAll()
{
    for (const QString& key : std::as_const(m_removes)) {
        m_store.remove(key, this, [key](SecretStore::DoneResult result) {
            if (!result)
                qCWarning(lcUiSecretChanges)
                    << "could not delete keychain entry" << key << ":" << result.error().message;
        });
    }
    m_removes.clear();
}

void SecretChanges::wipe()
{
    // Best effort, as MemorySecretStore does: overwrite our copies before they are released.
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        it.value().fill('\0');
    for (auto it = m_previous.begin(); it != m_previous.end(); ++it) {
        if (it.value())
            it.value()->fill('\0');
    }
}

} // namespace paydesk::ui
