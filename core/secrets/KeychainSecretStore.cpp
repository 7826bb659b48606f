#include "secrets/KeychainSecretStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

namespace paydesk {

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : KeychainSecretStore(service, Options{}, parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString& service, Options options, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_options(options)
{
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setInterval(m_options.timeout);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &KeychainSecretStore::onTimeout);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(m_options.retryDelay);
    connect(&m_retryTimer, &QTimer::timeout, this, &KeychainSecretStore::startJob);
}

// A running QtKeychain job is deliberately not deleted here: the libsecret backend keeps a raw
// pointer to it until the secret service answers. It has no parent, deletes itself when it
// finishes, and our connection to it ends with this object, so no late answer reaches us.
KeychainSecretStore::~KeychainSecretStore() = default;

qsizetype KeychainSecretStore::pendingCount() const
{
    return qsizetype(m_queue.size()) + (m_current ? 1 : 0);
}

void KeychainSecretStore::doRead(const QString& key, ReadCallback done)
{
    Operation operation;
    operation.kind = Operation::Kind::Read;
    operation.key = key;
    operation.readDone = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::doWrite(const QString& key, const QByteArray& value, DoneCallback done)
{
    Operation operation;
    operation.kind = Operation::Kind::Write;
    operation.key = key;
    operation.value = value;
    operation.done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::doRemove(const QString& key, DoneCallback done)
{
    Operation operation;
    operation.kind = Operation::Kind::Remove;
    operation.key = key;
    operation.done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    startNext();
}

void KeychainSecretStore::startNext()
{
    // One job at a time: QtKeychain's backends are not safe with overlapping jobs on the same
    // key, and the caller relies on answers in call order.
    if (m_current || m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    startJob();
}

void KeychainSecretStore::startJob()
{
    if (!m_current)
        return;

    // No parent on purpose, see the destructor.
    QKeychain::Job* job = nullptr;
    switch (m_current->kind) {
    case Operation::Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Kind::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(m_current->value);
        job = write;
        break;
    }
    case Operation::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never an insecure fallback (QtKeychain's default is off and we never turn it on): it would
    // put the secret in a plain-text settings file, and on Linux it does not even engage with
    // the libsecret backend.
    Q_ASSERT(!job->insecureFallback());
    job->setAutoDelete(true);
    job->setKey(m_current->key);

    m_job = job;
    m_jobConnection = connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
    m_timeoutTimer.start();
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job* job)
{
    if (!m_current || job != m_job)
        return;
    m_timeoutTimer.stop();
    disconnect(m_jobConnection);
    m_job.clear();

    // Compare the error code, never errorString(): the strings are translated and differ
    // between backends.
    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError) {
        m_backendAnswered = true;
        std::optional<QByteArray> value;
        if (m_current->kind == Operation::Kind::Read)
            value = static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData();
        finishCurrent(std::move(value), std::nullopt);
        return;
    }
    if (code == QKeychain::EntryNotFound) {
        // Absent is an answer, not an error: a read gives nullopt, a delete has nothing to do.
        m_backendAnswered = true;
        finishCurrent(std::nullopt, std::nullopt);
        return;
    }

    // A secret service that is still starting with the desktop session answers "no backend" or
    // (libsecret, D-Bus not ready) "other error". Until the backend has answered once, give it
    // one more chance after a short pause.
    const bool maybeStarting = code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError;
    if (maybeStarting && !m_backendAnswered && !m_current->retried) {
        qCInfo(lcSecrets).noquote() << "keychain" << operationName(m_current->kind) << "of" << m_current->key
                                    << "found no backend yet; retrying in" << m_options.retryDelay.count()
                                    << "ms";
        m_current->retried = true;
        m_retryTimer.start();
        return;
    }
    if (code == QKeychain::AccessDenied || code == QKeychain::AccessDeniedByUser)
        m_backendAnswered = true;

    // errorString() is the backend's own text (e.g. a D-Bus error); it never holds the secret.
    const QString detail = job->errorString();
    qCWarning(lcSecrets).noquote() << "keychain" << operationName(m_current->kind) << "of" << m_current->key
                                   << "failed with QKeychain error" << int(code) << detail;
    finishCurrent(std::nullopt, errorFor(code, detail));
}

void KeychainSecretStore::onTimeout()
{
    if (!m_current)
        return;
    // A QtKeychain job cannot be cancelled, and deleting it would leave the backend with a
    // dangling pointer. Stop listening and let it finish (and delete itself) unobserved.
    // Note that QtKeychain runs its own jobs one at a time, so while a hung job is still
    // running the next ones wait behind it and time out too.
    disconnect(m_jobConnection);
    m_job.clear();
    qCWarning(lcSecrets).noquote() << "keychain" << operationName(m_current->kind) << "of" << m_current->key
                                   << "timed out after" << m_options.timeout.count() << "ms";
    finishCurrent(std::nullopt, SecretError::make(SecretError::Kind::Timeout));
}

void KeychainSecretStore::finishCurrent(std::optional<QByteArray> value, std::optional<SecretError> error)
{
    Operation operation = std::move(*m_current);
    m_current.reset();
    // Start the next job before answering: the callback may destroy this store.
    startNext();

    if (operation.kind == Operation::Kind::Read) {
        if (error)
            operation.readDone(fail(std::move(*error)));
        else
            operation.readDone(ReadResult(std::move(value)));
    } else {
        if (error)
            operation.done(fail(std::move(*error)));
        else
            operation.done(Done{});
    }
}

SecretError KeychainSecretStore::errorFor(int keychainError, const QString& detail) const
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::make(SecretError::Kind::AccessDenied, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::make(SecretError::Kind::NoBackend, detail);
    case QKeychain::OtherError:
        // libsecret reports a missing secret service or D-Bus session only as "other error";
        // if the backend has never answered, that is what it means.
        return SecretError::make(m_backendAnswered ? SecretError::Kind::Other : SecretError::Kind::NoBackend,
                                 detail);
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretError::make(SecretError::Kind::Other, detail);
}

QLatin1StringView KeychainSecretStore::operationName(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Read:
        return QLatin1StringView("read");
    case Operation::Kind::Write:
        return QLatin1StringView("write");
    case Operation::Kind::Remove:
        break;
    }
    return QLatin1StringView("delete");
}

} // namespace paydesk
