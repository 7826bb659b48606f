#include "InstallDemocrance.h"

#include "DemocranceApi.h"
#include "DemocranceDemo.h"
#include "DemocrancePage.h"
#include "DemocranceState.h"
#include "Sandbox.h"

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

void installDemocrance(Sandbox& sandbox)
{
    const SandboxOptions& o = sandbox.options();
    auto state = std::make_unique<DemocranceState>(sandbox, sandbox.clock());

    // The printed demo user, and a second dealer with its own login, fewer gateways and
    // invoicing for warranties only.
    DemDealer first;
    first.username = o.democranceUsername;
    first.password = o.democrancePassword;
    first.name = u"Northgate Motors"_s;
    first.brokerId = u"BRK-1001"_s;
    first.policyPrefix = u"NGM"_s;
    first.cardGateways = {u"payfort-aed"_s, u"checkout-aed"_s};
    first.invoiceProducts = {u"gap-insurance"_s, u"extended-warranty"_s, u"paint-protection"_s};
    state->addDealer(first);

    DemDealer second;
    second.username = u"paydesk-demo-2"_s;
    second.password = u"demo_democrance_password_2"_s;
    second.name = u"Riverside Motors"_s;
    second.brokerId = u"BRK-1002"_s;
    second.policyPrefix = u"RSM"_s;
    second.cardGateways = {u"payfort-aed"_s};
    second.invoiceProducts = {u"extended-warranty"_s};
    state->addDealer(second);

    auto api = std::make_unique<DemocranceApi>(sandbox, *state);
    auto page = std::make_unique<DemocrancePage>(sandbox, *state);
    auto demoLife = std::make_unique<DemocranceDemo>(sandbox, *state);
    sandbox.addComponent(std::move(state));
    sandbox.addComponent(std::move(api));
    sandbox.addComponent(std::move(page));
    sandbox.addComponent(std::move(demoLife));
}

} // namespace paydesk::sandbox
