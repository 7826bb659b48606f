#include "Clock.h"

namespace paydesk {

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace paydesk
