// The partner side joins the sandbox here (see SandboxComponent.h): Sandbox's constructor
// calls installPartner() once, before start().
#include "MessageOutbox.h"
#include "PartnerAdminApi.h"
#include "PartnerRegistry.h"
#include "PayPage.h"
#include "Reconciler.h"
#include "Sandbox.h"
#include "SimulatedPartner.h"
#include "WebhookDispatcher.h"

namespace paydesk::sandbox {

void installPartner(Sandbox& sandbox)
{
    // Start order matters: the registry registers command-line partners before the
    // dispatcher starts sending their testEvents.
    auto registry = std::make_unique<PartnerRegistry>(sandbox);
    auto outbox = std::make_unique<MessageOutbox>(sandbox);
    auto dispatcher = std::make_unique<WebhookDispatcher>(sandbox, *registry);
    auto admin = std::make_unique<PartnerAdminApi>(sandbox, *registry, *dispatcher, *outbox);
    auto reconciler = std::make_unique<Reconciler>(sandbox);
    auto simulated = std::make_unique<SimulatedPartner>(sandbox, *registry);
    auto payPage = std::make_unique<PayPage>(sandbox);
    sandbox.addComponent(std::move(registry));
    sandbox.addComponent(std::move(outbox));
    sandbox.addComponent(std::move(dispatcher));
    sandbox.addComponent(std::move(admin));
    sandbox.addComponent(std::move(reconciler));
    sandbox.addComponent(std::move(simulated));
    sandbox.addComponent(std::move(payPage));
}

} // namespace paydesk::sandbox
