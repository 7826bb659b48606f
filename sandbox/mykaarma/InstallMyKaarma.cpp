#include "InstallMyKaarma.h"

#include "MyKaarmaApi.h"
#include "MyKaarmaDemo.h"
#include "MyKaarmaPage.h"
#include "MyKaarmaState.h"
#include "MyKaarmaWebhooks.h"
#include "Sandbox.h"

namespace paydesk::sandbox {

void installMyKaarma(Sandbox& sandbox)
{
    auto state = std::make_unique<MyKaarmaState>(sandbox, sandbox.clock());
    MyKaarmaDemo::setUp(*state, sandbox.options());
    auto api = std::make_unique<MyKaarmaApi>(sandbox, *state);
    auto page = std::make_unique<MyKaarmaPage>(sandbox, *state, *api);
    auto webhooks = std::make_unique<MyKaarmaWebhooks>(sandbox, *state);
    auto demo = std::make_unique<MyKaarmaDemo>(sandbox, *state);
    sandbox.addComponent(std::move(state));
    sandbox.addComponent(std::move(api));
    sandbox.addComponent(std::move(page));
    sandbox.addComponent(std::move(webhooks));
    sandbox.addComponent(std::move(demo));
}

} // namespace paydesk::sandbox
