#pragma once

namespace paydesk::sandbox {

class Sandbox;

/// Adds the Payment Assist emulation's components (state, API, customer page, webhooks, demo
/// driver) to a sandbox; called once from Sandbox's constructor.
void installPaymentAssist(Sandbox& sandbox);

} // namespace paydesk::sandbox
