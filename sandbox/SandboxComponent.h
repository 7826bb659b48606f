#pragma once

#include <QJsonValue>
#include <QString>

namespace paydesk::sandbox {

class Sandbox;

/**
 * A part of the sandbox that is owned, started and stopped by Sandbox: the partner side
 * (webhook dispatcher, simulated partner, pay page, message outbox, reconciler) plugs in
 * through this.
 *
 * Lifecycle: constructed and added (Sandbox::addComponent) while the Sandbox is being
 * constructed, which is when routes should be added (`sandbox.http().addRoute(...)`) and
 * signals connected (`sandbox.state()`, PlatformState::paymentChanged). start() runs after
 * the server listens (baseUrl() is known) and the state is loaded or seeded; stop() runs
 * before the server closes. Components are destroyed in reverse order of addition.
 */
class SandboxComponent
{
public:
    virtual ~SandboxComponent() = default;
    virtual QString name() const = 0;
    virtual void start() {}
    virtual void stop() {}

    /**
     * What the component keeps across a restart when the sandbox has a data file (`--data`):
     * JSON stored under name(); null when it keeps nothing. A component calls
     * Sandbox::persistentStateChanged() after a change, and the state is written behind with
     * the platform's own changes (PlatformStorage).
     */
    virtual QJsonValue persistentState() const { return {}; }
    /// The state stored by an earlier run, given once before the first start().
    virtual void restoreState(const QJsonValue& state) { Q_UNUSED(state); }
};

#ifdef PAYDESK_SANDBOX_WITH_PARTNER
/**
 * Defined in sandbox/partner/ when that folder is built in. sandbox/partner/sources.cmake
 * adds its files to paydesk_sandbox and defines PAYDESK_SANDBOX_WITH_PARTNER (PRIVATE);
 * Sandbox's constructor then calls this once to add the partner components.
 */
void installPartner(Sandbox& sandbox);
#endif

} // namespace paydesk::sandbox
