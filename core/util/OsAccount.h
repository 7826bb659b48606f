#pragma once

#include <QString>

namespace paydesk {

/**
 * The operating-system account this process runs as, for the audit log's "who".
 *
 * Taken from the OS (POSIX: the password entry of the effective uid; Windows: GetUserNameW),
 * never from environment variables: `USER=bob paydesk` must not record actions as bob.
 * Every platform #ifdef of PayDesk's account lookup lives in OsAccount.cpp.
 */
class OsAccount
{
public:
    /**
     * The account's login name; "uid:<n>" when the uid has no password entry (e.g. a
     * container started with an arbitrary uid). Looked up on every call (no cache), so a
     * changed environment can never leak in through an early value.
     */
    static QString currentUserName();
};

} // namespace paydesk
