#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "paydesk.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "paydesk.sandbox.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandboxPlatform, "paydesk.sandbox.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxPartner, "paydesk.sandbox.partner", QtInfoMsg)
