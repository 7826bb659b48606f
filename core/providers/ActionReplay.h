#pragma once

#include "payments/Payment.h"
#include "store/OutboxEntry.h"

#include <QString>

#include <optional>

namespace paydesk {

class PaymentStore;

/**
 * Exactly once for the providers without an idempotency key (Payment Assist, Democrance,
 * myKaarma): the payment an outbox entry makes is cached with the entry's key in
 * `providerData[outboxKey()]` before the outbox records the entry as sent. A replay of the entry
 * (attempted before: its answer was lost, or PayDesk stopped between send and answer) first
 * looks for that payment in the cache and answers with it instead of sending again.
 */
namespace ActionReplay {

/// The providerData key that holds the outbox key of the entry that made a payment.
QString outboxKey();
/// Whether `payment` was made by `entry` (it carries the entry's outbox key).
bool madeBy(const Payment& payment, const OutboxEntry& entry);
/// The cached payment of `provider` at site `siteId` whose providerData[key] is `value`; none
/// for an empty value.
std::optional<Payment> findCached(PaymentStore& store, const QString& provider, const QString& siteId,
                                  const QString& key, const QString& value);
/// On a replay of `entry` (sent by `provider`): the payment an earlier attempt made and cached.
/// None on a first attempt, or when the earlier attempt's answer never reached the cache.
std::optional<Payment> madeEarlier(PaymentStore& store, const QString& provider, const OutboxEntry& entry);

} // namespace ActionReplay

} // namespace paydesk
