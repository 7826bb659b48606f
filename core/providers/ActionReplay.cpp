#include "ActionReplay.h"

#include "store/PaymentQuery.h"
#include "store/PaymentStore.h"

using namespace Qt::StringLiterals;

namespace paydesk::ActionReplay {

QString outboxKey()
{
    return u"outbox_key"_s;
}

bool madeBy(const Payment& payment, const OutboxEntry& entry)
{
    return payment.providerData.value(outboxKey()).toString() == entry.idempotencyKey;
}

std::optional<Payment> findCached(PaymentStore& store, const QString& provider, const QString& siteId,
                                  const QString& key, const QString& value)
{
    if (value.isEmpty())
        return std::nullopt;
    PaymentQuery query;
    query.providers = {provider};
    query.storeIds = {siteId};
    query.limit = 0;
    auto payments = store.query(query);
    if (!payments)
        return std::nullopt;
    for (const Payment& p : payments.value()) {
        if (p.providerData.value(key).toString() == value)
            return p;
    }
    return std::nullopt;
}

std::optional<Payment> madeEarlier(PaymentStore& store, const QString& provider, const OutboxEntry& entry)
{
    if (entry.attempts <= 0)
        return std::nullopt;
    return findCached(store, provider, entry.storeId, outboxKey(), entry.idempotencyKey);
}

} // namespace paydesk::ActionReplay
