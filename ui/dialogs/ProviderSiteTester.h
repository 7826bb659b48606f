#pragma once

#include "ProviderSites.h"
#include "api/ConnectionProfile.h"
#include "util/ThreadMailbox.h"

#include <QObject>
#include <QThread>

namespace paydesk::ui {

/// The tester's half on its thread: its answers cross back by signal, through the tester's mailbox.
class ProviderSiteTestWorker : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void answered(int generation, bool ok, const QString& message);
};

/**
 * "Test connection" of one provider site (Settings → Payment providers): calls the provider's
 * cheapest authenticated endpoint with the site's credentials — Payment Assist `GET /account`,
 * Democrance `POST /api/v3/login/`, myKaarma one page of the dealer-orders filter — and says in
 * plain words what works or what is wrong.
 *
 * The request runs on the tester's own thread (the GUI thread only paints and reads): the
 * client is made there for the one call and dropped with it. The secret is passed in for the
 * call only (never written anywhere) and only when it is bound to the site's origin; TLS and
 * plain-http rules are the profile's (its trusted CA, "Local test platform").
 */
class ProviderSiteTester : public QObject
{
    Q_OBJECT

public:
    explicit ProviderSiteTester(QObject* parent = nullptr);
    ~ProviderSiteTester() override;

    /// Starts a test; a running one is abandoned (its answer is dropped). Ends with finished().
    void run(const ConnectionProfile& profile, const ProviderSite& site, const QByteArray& secret);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `message` is translated: what works, or exactly what is wrong.
    void finished(bool ok, const QString& message);

private:
    void done(int generation, bool ok, const QString& message);

    QThread m_thread;
    ProviderSiteTestWorker* m_worker = nullptr;
    ThreadMailbox* m_there = nullptr; // on m_thread: the work handed to it
    ThreadMailbox* m_home = nullptr;  // on this object's thread: the answers back
    int m_generation = 0;
    bool m_running = false;
};

} // namespace paydesk::ui
