#pragma once

#include "secrets/SecretError.h"
#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk {

/**
 * Where PayDesk keeps client secrets and access tokens: the system keychain, or memory for
 * the session when there is none. Nothing behind this interface ever writes a secret to a
 * file, a setting or a log.
 *
 * Every call is asynchronous. The answer arrives later on the store's thread, never before
 * the call returns, through a callback bound to a context object: when the context (or the
 * store) is destroyed first, the callback is dropped. One store answers in the order it was
 * called.
 *
 * Keys are namespaced by the store's service name ("PayDesk"); within it use the helpers
 * below (`profile/<name>/clientSecret`, `profile/<name>/token`). The client secret's value is a
 * BoundSecret: the secret with the origin it may be sent to.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    /// A stored value, or std::nullopt when the key is absent (absent is not an error).
    using ReadResult = Result<std::optional<QByteArray>, SecretError>;
    using DoneResult = Result<Done, SecretError>;
    using ReadCallback = std::function<void(ReadResult)>;
    using DoneCallback = std::function<void(DoneResult)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    /// Reads `key`; answers with its value or std::nullopt when absent.
    void read(const QString& key, const QObject* context, ReadCallback done);
    /// Stores `value` under `key`, replacing any previous value.
    void write(const QString& key, const QByteArray& value, const QObject* context, DoneCallback done);
    /// Deletes `key`. Deleting an absent key succeeds.
    void remove(const QString& key, const QObject* context, DoneCallback done);

    /// False while the store is still finding out which backend it can use.
    virtual bool isReady() const { return true; }
    /// True when secrets survive the end of the session (they are in the system keychain).
    virtual bool isPersistent() const = 0;
    /// Translated text for the user when secrets are not persistent; empty when they are.
    virtual QString statusMessage() const = 0;

    /// The service name PayDesk's secrets are filed under in the system keychain.
    static QString defaultService();
    /// Key of a connection profile's OAuth2 client secret.
    static QString clientSecretKey(const QString& profile);
    /// Key of a connection profile's cached access token.
    static QString accessTokenKey(const QString& profile);

    /**
     * The store the app uses: the system keychain when one answers, otherwise memory for
     * this session only. It probes the keychain once; until then isReady() is false and calls
     * are queued. statusChanged() is emitted when the probe has decided.
     */
    static std::unique_ptr<SecretStore> createDefault(const QString& service = defaultService());

Q_SIGNALS:
    /// isReady(), isPersistent() or statusMessage() changed.
    void statusChanged();

protected:
    // Implementations answer through `done` exactly once, never synchronously. The callbacks
    // passed here are already guarded against a destroyed context.
    virtual void doRead(const QString& key, ReadCallback done) = 0;
    virtual void doWrite(const QString& key, const QByteArray& value, DoneCallback done) = 0;
    virtual void doRemove(const QString& key, DoneCallback done) = 0;
};

} // namespace paydesk
