#include "Outbox.h"

#include "Logging.h"
#include "api/PlatformClient.h"
#include "api/Scheduler.h"
#include "payments/PaymentJson.h"
#include "providers/PaymentProvider.h"
#include "providers/ProviderRules.h"
#include "providers/keyloop/KeyloopProvider.h"
#include "store/PaymentStore.h"

#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

std::optional<OutboxEntry::Kind> kindOf(ProviderAction action)
{
    switch (action) {
    case ProviderAction::Initiate:
        return OutboxEntry::Kind::Initiate;
    case ProviderAction::Cancel:
        return OutboxEntry::Kind::Cancel;
    case ProviderAction::Resend:
        return OutboxEntry::Kind::Resend;
    case ProviderAction::AmendAmount:
        return OutboxEntry::Kind::AmendAmount;
    case ProviderAction::UploadInvoice:
        return OutboxEntry::Kind::UploadInvoice;
    case ProviderAction::Capture:
        return OutboxEntry::Kind::Capture;
    case ProviderAction::QuotePlan:
    case ProviderAction::PreApprove:
        break;
    }
    return std::nullopt;
}

/// What the audit log keeps of a payload: an attached file only by its size and digest.
QJsonObject auditPayload(QJsonObject payload)
{
    if (payload.contains(u"filedata"_s)) {
        const QByteArray data = payload.value(u"filedata"_s).toString().toLatin1();
        payload.remove(u"filedata"_s);
        payload.insert(u"filedata_base64_length"_s, data.size());
        payload.insert(
            u"filedata_sha256"_s,
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    }
    return payload;
}

} // namespace

Outbox::Outbox(PaymentStore& store, Scheduler& scheduler, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_options(std::move(options))
    , m_validator(m_options.defaultCallingCode)
    , m_retry(m_options.retry)
{
    connect(&m_store, &PaymentStore::outboxChanged, this, &Outbox::publishCount);
}

Outbox::Outbox(PlatformClient& platform, PaymentStore& store, Scheduler& scheduler, Options options,
               QObject* parent)
    : Outbox(store, scheduler, std::move(options), parent)
{
    m_ownSender = std::make_unique<KeyloopActionSender>(platform);
    addSender(ProviderId::keyloop(), m_ownSender.get());
}

void Outbox::addSender(const QString& provider, ActionSender* sender)
{
    if (sender)
        m_senders.insert(provider, sender);
    else
        m_senders.remove(provider);
    if (m_running)
        schedulePump(0);
}

Outbox::~Outbox() = default;

Outbox::SubmitResult Outbox::submit(InitiateRequest& request)
{
    FieldErrors errors = m_validator.validate(request, m_scheduler.clock().now());
    if (!errors.isEmpty())
        return fail(std::move(errors));
    return enqueue(OutboxEntry::Kind::Initiate, ProviderId::keyloop(), request.enterpriseId, request.storeId,
                   QString(), PaymentJson::initiateToJson(request));
}

Outbox::SubmitResult Outbox::submit(CancelRequest& request)
{
    FieldErrors errors = m_validator.validate(request);
    if (!errors.isEmpty())
        return fail(std::move(errors));
    return enqueue(OutboxEntry::Kind::Cancel, ProviderId::keyloop(), request.enterpriseId, request.storeId,
                   request.paymentId, PaymentJson::cancelToJson(request));
}

Outbox::SubmitResult Outbox::submit(ResendRequest& request)
{
    FieldErrors errors = m_validator.validate(request);
    if (!errors.isEmpty())
        return fail(std::move(errors));
    return enqueue(OutboxEntry::Kind::Resend, ProviderId::keyloop(), request.enterpriseId, request.storeId,
                   request.paymentId, PaymentJson::resendToJson(request));
}

Outbox::SubmitResult Outbox::submit(ProviderActionRequest& request)
{
    const auto kind = kindOf(request.action);
    if (!kind)
        return fail(FieldErrors{
            FieldError{u"action"_s, paydesk::ProviderRules::tr("%1 does not support this action.")
                                        .arg(ProviderRules::forProvider(request.provider).displayName())}});
    FieldErrors errors = ProviderRules::forProvider(request.provider).validate(request);
    if (!errors.isEmpty())
        return fail(std::move(errors));
    return enqueue(*kind, request.provider, request.enterpriseId, request.storeId, request.paymentId,
                   request.payload);
}

Outbox::SubmitResult Outbox::enqueue(OutboxEntry::Kind kind, const QString& provider,
                                     const QString& enterpriseId, const QString& storeId,
                                     const QString& paymentId, const QJsonObject& payload)
{
    const QDateTime now = m_scheduler.clock().now();
    OutboxEntry entry;
    // The key is made once, stored before the first attempt and reused on every replay.
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.kind = kind;
    entry.provider = provider;
    entry.enterpriseId = enterpriseId;
    entry.storeId = storeId;
    entry.paymentId = paymentId;
    entry.payload = payload;
    entry.createdAt = now;

    AuditEntry audit;
    audit.at = now;
    audit.who = m_options.user;
    // Keyloop's actions keep their names; another provider's are prefixed with its id.
    audit.action = provider == ProviderId::keyloop() ? OutboxEntry::kindToString(kind)
                                                     : provider + u':' + OutboxEntry::kindToString(kind);
    audit.enterpriseId = enterpriseId;
    audit.storeId = storeId;
    audit.paymentId = paymentId;
    if (kind != OutboxEntry::Kind::Initiate) {
        if (auto stored = m_store.payment(paymentId); stored && stored->has_value())
            audit.before = PaymentJson::paymentToJson(**stored, false);
    }
    audit.after = auditPayload(payload);

    auto id = m_store.enqueueAction(entry, audit);
    if (!id) {
        qCWarning(lcOutbox) << "could not queue" << audit.action << ":" << id.error().detail;
        return fail(FieldErrors{FieldError{QString(), id.error().message}});
    }
    qCInfo(lcOutbox) << "queued" << audit.action << "entry" << id.value();
    Q_EMIT actionQueued(id.value());
    publishCount();
    if (m_running)
        schedulePump(0);
    return id.value();
}

void Outbox::start()
{
    m_running = true;
    publishCount();
    schedulePump(0);
}

void Outbox::stop()
{
    m_running = false;
}

void Outbox::retryNow()
{
    if (!m_running)
        return;
    // Bring every waiting entry forward; markOutboxRetryLater with "now" makes it due.
    const QDateTime now = m_scheduler.clock().now();
    if (auto queued = m_store.outboxEntries({OutboxEntry::State::Queued})) {
        for (const OutboxEntry& e : queued.value()) {
            if (e.nextAttemptAt.isValid() && e.nextAttemptAt > now && e.id != m_inFlight)
                (void)m_store.markOutboxRetryLater(e.id, now, e.lastError);
        }
    }
    schedulePump(0);
}

int Outbox::queuedCount() const
{
    auto count = m_store.queuedActionCount();
    return count ? count.value() : 0;
}

void Outbox::schedulePump(qint64 delayMs)
{
    if (delayMs <= 0) {
        if (m_pumpScheduled)
            return;
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpScheduled = false;
                pump();
            },
            Qt::QueuedConnection);
        return;
    }
    // One wake-up timer is enough: keep the earliest.
    const qint64 due = m_scheduler.clock().monotonicMs() + delayMs;
    if (m_wakeAtMs >= 0 && m_wakeAtMs <= due)
        return;
    m_wakeAtMs = due;
    m_scheduler.callAfter(delayMs, this, [this, due] {
        if (m_wakeAtMs == due)
            m_wakeAtMs = -1;
        pump();
    });
}

void Outbox::pump()
{
    if (!m_running || m_inFlight != 0)
        return;
    const QDateTime now = m_scheduler.clock().now();
    auto due = m_store.dueOutbox(now);
    if (!due) {
        qCWarning(lcOutbox) << "cannot read the outbox:" << due.error().detail;
        schedulePump(m_retry.options().capMs);
        return;
    }
    if (due->isEmpty()) {
        // Nothing due now: wake up when the earliest waiting entry becomes due.
        if (auto queued = m_store.outboxEntries({OutboxEntry::State::Queued}); queued && !queued->isEmpty()) {
            qint64 earliest = -1;
            for (const OutboxEntry& e : queued.value()) {
                const qint64 wait =
                    e.nextAttemptAt.isValid() ? std::max<qint64>(now.msecsTo(e.nextAttemptAt), 1) : 1;
                earliest = earliest < 0 ? wait : std::min(earliest, wait);
            }
            schedulePump(earliest);
        }
        return;
    }
    // The oldest due entry whose provider can send now; one without a sender waits.
    for (const OutboxEntry& entry : due.value()) {
        if (m_senders.contains(entry.provider)) {
            send(entry);
            return;
        }
    }
    schedulePump(m_retry.options().capMs);
}

void Outbox::send(const OutboxEntry& entry)
{
    if (auto marked = m_store.markOutboxSending(entry.id, m_scheduler.clock().now()); !marked) {
        // Someone else changed it (e.g. a second Outbox on the same file): do not send it twice.
        qCWarning(lcOutbox) << "entry" << entry.id << "not sendable:" << marked.error().detail;
        schedulePump(0);
        return;
    }
    m_inFlight = entry.id;
    qCInfo(lcOutbox) << "sending entry" << entry.id << "attempt" << entry.attempts + 1;
    m_senders.value(entry.provider)->sendAction(entry, this, [this, entry](Result<Payment, ApiError> answer) {
        onAnswer(entry, std::move(answer));
    });
}

void Outbox::onAnswer(const OutboxEntry& entry, Result<Payment, ApiError> answer)
{
    m_inFlight = 0;
    const QDateTime now = m_scheduler.clock().now();
    if (answer) {
        const Payment& payment = answer.value();
        if (auto done = m_store.markOutboxSent(entry.id, now, payment.paymentId); !done)
            qCWarning(lcOutbox) << "could not record entry" << entry.id << "as sent:" << done.error().detail;
        // Show the platform's answer at once; the feed or push channel brings the same version later.
        if (auto applied = m_store.upsert(payment); !applied)
            qCWarning(lcOutbox) << "could not cache the answer of entry" << entry.id << ":"
                                << applied.error().detail;
        qCInfo(lcOutbox) << "entry" << entry.id << "confirmed";
        Q_EMIT actionConfirmed(entry.id, payment.paymentId);
    } else {
        const ApiError& error = answer.error();
        if (error.isPermanent()) {
            // The platform said no (400/403/404/422…): retrying the same request cannot help.
            (void)m_store.markOutboxFailed(entry.id, now, error.message);
            qCInfo(lcOutbox) << "entry" << entry.id << "refused:" << error.detail;
            Q_EMIT actionFailed(entry.id, error.message);
        } else {
            // Unreachable, 5xx, 409, 429, an unreadable answer or a sign-in problem: the action may or
            // may not have happened, so replay it later with the same key.
            const int attempts = entry.attempts + 1;
            const qint64 delay = m_retry.delayMs(attempts, error);
            (void)m_store.markOutboxRetryLater(entry.id, now.addMSecs(delay), error.message);
            qCInfo(lcOutbox) << "entry" << entry.id << "will be retried in" << delay << "ms:" << error.detail;
        }
    }
    publishCount();
    schedulePump(0);
}

void Outbox::publishCount()
{
    const int count = queuedCount();
    if (count == m_lastCount)
        return;
    m_lastCount = count;
    Q_EMIT queuedCountChanged(count);
}

} // namespace paydesk
