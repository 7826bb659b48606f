#include "PaymentSource.h"

namespace paydesk {

// Out of line, so the vtable and the moc output live in one translation unit.
PaymentSource::~PaymentSource() = default;

} // namespace paydesk
