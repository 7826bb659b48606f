#pragma once

namespace paydesk::sandbox {

class Sandbox;

/// Adds the Democrance emulation (state, API, gateway page, demo life) under /democrance.
void installDemocrance(Sandbox& sandbox);

} // namespace paydesk::sandbox
