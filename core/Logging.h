#pragma once

#include <QLoggingCategory>

// One category per module. Tokens, secrets, card data and customer contact
// details never reach a log: log ids and states, not payloads.
Q_DECLARE_LOGGING_CATEGORY(lcMoney)
Q_DECLARE_LOGGING_CATEGORY(lcPayments)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
