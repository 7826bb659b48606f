// Push channel messages (one JSON text frame each) as SyncEngine reads them. Properties: never
// a crash; a message is a record, a control message or an error — and a record that was read
// is a payment with an id.

#include "FuzzSupport.h"
#include "sync/SyncEngine.h"

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto record = SyncEngine::readPushRecord(QString::fromUtf8(bytes));
    if (record && record->has_value() && (*record)->paymentId.isEmpty())
        fuzz::violated("a push record was read without a payment id", bytes);
    return 0;
}
