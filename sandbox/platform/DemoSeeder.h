#pragma once

#include "StoreInfo.h"
#include "payments/DealerActions.h"

#include <QList>

class QRandomGenerator;

namespace paydesk::sandbox {

class PlatformState;

/**
 * Demo data: four stores of three enterprises (UK and EU), and payments spread over the
 * last 90 days in every status with consistent histories — old requests mostly paid,
 * reconciled and cleared, some cancelled, expired or refunded; recent ones still open at
 * every step. Names, references, amounts and phone numbers look real but are fictitious
 * (emails on example domains, UK numbers in Ofcom's drama range).
 *
 * Deterministic for a given random seed. 100,000 payments take about a second.
 */
class DemoSeeder
{
public:
    static QList<StoreInfo> defaultStores();

    /// Adds the default stores (if missing) and `count` payments spread over them.
    static void seed(PlatformState& state, int count, quint32 randomSeed);

    /// A realistic new payment request for a store, as a dealer would raise it.
    static InitiateRequest randomRequest(const StoreInfo& store, QRandomGenerator& random);
};

} // namespace paydesk::sandbox
