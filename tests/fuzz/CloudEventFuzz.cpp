// CloudEvents the sandbox's partner side reads (structured JSON mode). Properties: never a
// crash; an event that was read writes and reads back with the same dedupe key.

#include "FuzzSupport.h"
#include "partner/CloudEvent.h"

#include <QJsonDocument>

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    const auto event = sandbox::CloudEvent::fromJson(doc.object());
    if (event) {
        const auto again = sandbox::CloudEvent::fromJson(QJsonDocument::fromJson(event->toBytes()).object());
        if (!again || again->dedupeKey() != event->dedupeKey() || again->type != event->type)
            fuzz::violated("a CloudEvent does not read back after writing", event->toBytes());
    }
    return 0;
}
