#include "Logging.h"

Q_LOGGING_CATEGORY(lcMoney, "paydesk.money", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayments, "paydesk.payments", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "paydesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "paydesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "paydesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "paydesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "paydesk.outbox", QtInfoMsg)
