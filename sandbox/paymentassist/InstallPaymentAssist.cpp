#include "InstallPaymentAssist.h"

#include "PaymentAssistApi.h"
#include "PaymentAssistDemo.h"
#include "PaymentAssistPage.h"
#include "PaymentAssistState.h"
#include "PaymentAssistWebhooks.h"
#include "Sandbox.h"

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

void installPaymentAssist(Sandbox& sandbox)
{
    const SandboxOptions& o = sandbox.options();
    auto state = std::make_unique<PaymentAssistState>(sandbox, sandbox.clock());

    QList<int> allPlans;
    for (const PaPlan& p : PaymentAssistState::defaultPlans())
        allPlans << p.planId;

    // The printed demo account, then one account per dealer site (each has its own key and
    // secret), and a live-credentials account that the demo environment refuses.
    PaAccount demo;
    demo.apiKey = o.paymentAssistApiKey;
    demo.secret = o.paymentAssistSecret;
    demo.legalName = u"Northgate Motor Group Ltd"_s;
    demo.displayName = u"Northgate Motors"_s;
    demo.planIds = allPlans;
    state->addAccount(demo);

    const QStringList sites = {u"Riverside Motors"_s, u"Kingsway Autos"_s, u"Harbour Road Garage"_s};
    for (int i = 0; i < sites.size(); ++i) {
        PaAccount site;
        site.apiKey = u"pa_site%1_key"_s.arg(i + 2);
        site.secret = u"demo_site%1_secret"_s.arg(i + 2);
        site.legalName = sites[i] + u" Ltd"_s;
        site.displayName = sites[i];
        site.planIds = i == 2 ? QList<int>{1} : QList<int>{1, 6, 9};
        state->addAccount(site);
    }
    PaAccount live;
    live.apiKey = u"pa_live_key"_s;
    live.secret = u"prod_live_secret"_s;
    live.legalName = u"Northgate Motor Group Ltd"_s;
    live.displayName = u"Northgate Motors (live)"_s;
    live.planIds = allPlans;
    state->addAccount(live);

    auto api = std::make_unique<PaymentAssistApi>(sandbox, *state);
    auto page = std::make_unique<PaymentAssistPage>(sandbox, *state);
    auto webhooks = std::make_unique<PaymentAssistWebhooks>(sandbox, *state);
    auto demoLife = std::make_unique<PaymentAssistDemo>(sandbox, *state);
    sandbox.addComponent(std::move(state));
    sandbox.addComponent(std::move(api));
    sandbox.addComponent(std::move(page));
    sandbox.addComponent(std::move(webhooks));
    sandbox.addComponent(std::move(demoLife));
}

} // namespace paydesk::sandbox
