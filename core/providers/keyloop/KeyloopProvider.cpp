#include "KeyloopProvider.h"

#include "api/PlatformClient.h"
#include "api/TokenProvider.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

std::optional<PlatformClient::Action> toAction(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::Initiate:
        return PlatformClient::Action::Initiate;
    case OutboxEntry::Kind::Cancel:
        return PlatformClient::Action::Cancel;
    case OutboxEntry::Kind::Resend:
        return PlatformClient::Action::Resend;
    default:
        return std::nullopt;
    }
}

} // namespace

void KeyloopActionSender::sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback)
{
    const auto action = toAction(entry.kind);
    if (!action) {
        // Only a damaged or hand-edited outbox gets here: the platform has no such action.
        ApiError refused = ApiError::http(422, u"UNSUPPORTED_ACTION"_s, QString());
        refused.detail = u"keyloop has no action "_s + OutboxEntry::kindToString(entry.kind);
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, callback, refused] {
                if (guard)
                    callback(fail(refused));
            },
            Qt::QueuedConnection);
        return;
    }
    m_platform.sendAction(*action, entry.enterpriseId, entry.storeId, entry.paymentId, entry.payload,
                          entry.idempotencyKey, context, std::move(callback));
}

KeyloopProvider::KeyloopProvider(Parts parts, QString enterpriseId, QStringList storeIds,
                                 SyncEngine::Options options, QObject* parent)
    : PaymentProvider(parent)
    , m_parts(parts)
    , m_enterpriseId(std::move(enterpriseId))
    , m_storeIds(std::move(storeIds))
    , m_options(options)
    , m_sender(*parts.platform)
{
}

KeyloopProvider::~KeyloopProvider() = default;

std::vector<std::unique_ptr<PaymentSource>> KeyloopProvider::takeSources()
{
    std::vector<std::unique_ptr<PaymentSource>> sources;
    for (const QString& storeId : m_storeIds) {
        auto engine =
            std::make_unique<SyncEngine>(*m_parts.platform, *m_parts.push, *m_parts.auth, *m_parts.store,
                                         *m_parts.scheduler, m_enterpriseId, storeId, m_options);
        if (m_parts.tokens)
            engine->setTokenProvider(m_parts.tokens);
        sources.push_back(std::move(engine));
    }
    m_storeIds.clear(); // made once: a second call has nothing more to give
    return sources;
}

void KeyloopProvider::sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback)
{
    m_sender.sendAction(entry, context, std::move(callback));
}

void KeyloopProvider::fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback)
{
    m_parts.platform->fetchPayment(cached.enterpriseId, cached.storeId, cached.paymentId, context,
                                   std::move(callback));
}

} // namespace paydesk
