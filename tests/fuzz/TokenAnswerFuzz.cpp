// Token endpoint answers (Apigee: expires_in as a string, issued_at…; Auth0: a number, or none)
// as TokenProvider reads them. Properties: never a crash; a token is read only when the answer
// has one, and its lifetime is always within [1 s, a day].

#include "FuzzSupport.h"
#include "api/TokenProvider.h"

#include <QJsonDocument>

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject answer = QJsonDocument::fromJson(bytes).object();
    const auto read = TokenProvider::readTokenAnswer(answer);
    if (read) {
        if (read->accessToken.isEmpty())
            fuzz::violated("a token answer was read without a token", bytes);
        if (read->lifetimeS < 1 || read->lifetimeS > TokenProvider::kMaxLifetimeS)
            fuzz::violated("a token lifetime outside [1 s, a day]", bytes);
    } else if (!answer.value(QStringLiteral("access_token")).toString().isEmpty()) {
        fuzz::violated("an answer with a token was refused", bytes);
    }
    return 0;
}
