#pragma once

#include <QLoggingCategory>

// The sandbox's own categories. Like the app, it never logs tokens, secrets, card data or
// customer contact details: ids, routes and states only.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxPartner)
