#pragma once

#include "secrets/SecretStore.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>

namespace QKeychain {
class Job;
}

namespace paydesk {

/**
 * Secrets in the system keychain through QtKeychain (Secret Service / libsecret on Linux,
 * Keychain on macOS, Credential Manager on Windows).
 *
 * Calls are queued and run one at a time, in call order. A missing entry reads as absent.
 * Until the backend has answered once, a "no backend" or "other" error is retried once after
 * a short delay, because a secret service that is still starting with the session reports
 * exactly that. Each job has a timeout. There is never an insecure (plain-text file)
 * fallback.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    struct Options
    {
        /// How long one keychain job may take before it is reported as SecretError::Timeout.
        std::chrono::milliseconds timeout{10'000};
        /// The pause before the one retry of a backend that is not ready yet.
        std::chrono::milliseconds retryDelay{500};
    };

    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);
    KeychainSecretStore(const QString& service, Options options, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    const QString& service() const { return m_service; }
    bool isPersistent() const override { return true; }
    QString statusMessage() const override { return {}; }

    /// Calls not answered yet, including the running one.
    qsizetype pendingCount() const;

protected:
    void doRead(const QString& key, ReadCallback done) override;
    void doWrite(const QString& key, const QByteArray& value, DoneCallback done) override;
    void doRemove(const QString& key, DoneCallback done) override;

private:
    struct Operation
    {
        enum class Kind
        {
            Read,
            Write,
            Remove,
        };
        Kind kind = Kind::Read;
        QString key;
        QByteArray value;
        ReadCallback readDone;
        DoneCallback done;
        bool retried = false;
    };

    void enqueue(Operation operation);
    void startNext();
    void startJob();
    void onJobFinished(QKeychain::Job* job);
    void onTimeout();
    // Answers the running operation (a value for reads, or an error) and starts the next one.
    void finishCurrent(std::optional<QByteArray> value, std::optional<SecretError> error);
    SecretError errorFor(int keychainError, const QString& detail) const;
    static QLatin1StringView operationName(Operation::Kind kind);

    QString m_service;
    Options m_options;
    std::deque<Operation> m_queue;
    std::optional<Operation> m_current;
    QPointer<QKeychain::Job> m_job;
    QMetaObject::Connection m_jobConnection;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    bool m_backendAnswered = false;
};

} // namespace paydesk
