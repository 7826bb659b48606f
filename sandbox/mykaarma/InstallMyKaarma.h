#pragma once

namespace paydesk::sandbox {

class Sandbox;

/// Adds the myKaarma emulation's components (state, API, pay page, webhooks, demo driver) to a
/// sandbox, with its dealers, departments, subscribers and orders; called once from Sandbox's
/// constructor.
void installMyKaarma(Sandbox& sandbox);

} // namespace paydesk::sandbox
