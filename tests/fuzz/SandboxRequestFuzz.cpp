// Requests to the sandbox as a hostile client sends them: any method, path, query, headers
// and body, through the real HTTP server on loopback (request routing, authentication, the
// JSON bodies of every route). Each input is one well-framed HTTP/1.1 request, so the fuzzer
// spends its time on routes and bodies rather than on framing. Properties: every request gets
// an answer, and no answer is a 500 (the sandbox runs without injected faults here).
//
// Input: method choice, credentials choice, path template choice, then NUL-separated
// path suffix / query, Idempotency-Key, and the rest is the body.

#include "FuzzSupport.h"
#include "Sandbox.h"
#include "platform/PlatformState.h"
#include "platform/TokenService.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

using namespace paydesk;

namespace {

struct Target
{
    std::unique_ptr<sandbox::Sandbox> sandbox;
    QByteArray dealerToken;
    QByteArray partnerToken;
    QByteArray adminToken;
    QByteArray enterpriseId;
    QByteArray storeId;
    QByteArray paymentId;
    QByteArray payToken;
};

Target& target()
{
    static Target t = [] {
        fuzz::ensureApplication();
        Target made;
        sandbox::SandboxOptions options;
        options.seedCount = 3;
        made.sandbox = std::make_unique<sandbox::Sandbox>(options);
        if (auto started = made.sandbox->start(); !started)
            fuzz::violated("the sandbox did not start", started.error().toUtf8());
        made.dealerToken =
            made.sandbox->tokens().issue(made.sandbox->clientId(), made.sandbox->clientSecret()).toUtf8();
        made.partnerToken = made.sandbox->tokens()
                                .issue(made.sandbox->partnerClientId(), made.sandbox->partnerClientSecret())
                                .toUtf8();
        made.adminToken = made.sandbox->adminToken().toUtf8();
        const sandbox::StoreInfo store = made.sandbox->state().stores().constFirst();
        made.enterpriseId = store.enterpriseId.toUtf8();
        made.storeId = store.storeId.toUtf8();
        sandbox::PaymentQuery query;
        const auto page = made.sandbox->state().list(store.enterpriseId, store.storeId, query);
        if (!page.payments.isEmpty()) {
            made.paymentId = page.payments.constFirst().paymentId.toUtf8();
            made.payToken = sandbox::PlatformState::payTokenOf(page.payments.constFirst()).toUtf8();
        }
        return made;
    }();
    return t;
}

/// Sends `request` and reads the whole answer (until the server closes or the body is complete).
QByteArray exchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = answer.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        if (at >= 0) {
            const qsizetype eol = head.indexOf("\r\n", at);
            const qint64 length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
            if (answer.size() - end - 4 >= length)
                loop.quit();
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    // A safety net only: a sandbox that never answers is a finding (see below), not a hang.
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    socket.write(request);
    loop.exec();
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    (void)target();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Target& t = target();
    fuzz::FuzzInput in(data, size);
    static const QByteArray methods[] = {"GET", "POST", "PATCH", "PUT", "DELETE"};
    const QByteArray& method = methods[in.pick(5)];
    const int credentials = in.pick(4);
    static const char* const templates[] = {
        "/oauth/client_credential/accesstoken",
        "/stores",
        "/{e}/{s}/v1/payments",
        "/{e}/{s}/v1/payments/{p}",
        "/{e}/{s}/v1/payments/{p}/cancel",
        "/{e}/{s}/v1/payments/{p}/resend",
        "/{e}/{s}/v1/payments/{p}/status",
        "/pay/{t}",
        "/pay/{t}/pay",
        "/pay/{t}/decline",
        "/partner/oauth/token",
        "/admin/partners",
        "/admin/faults/x",
        "/admin/payments/{p}/force-status",
        "/paymentassist/begin",
        "/paymentassist/status",
        "",
    };
    QByteArray path = templates[in.pick(int(std::size(templates)))];
    path.replace("{e}", t.enterpriseId)
        .replace("{s}", t.storeId)
        .replace("{p}", t.paymentId)
        .replace("{t}", t.payToken);
    // What follows the template: more path, a query, or a whole path of its own. Bytes that
    // cannot appear in a request line are percent-encoded, as a client would send them.
    path += in.field().toPercentEncoding("/?&=:%@!$'()*+,;");
    if (!path.startsWith('/'))
        path.prepend('/');
    const QByteArray idempotencyKey = in.field();
    const QByteArray body = in.rest();

    QByteArray request = method + ' ' + path +
                         " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(t.sandbox->port()) +
                         "\r\nConnection: close\r\n";
    switch (credentials) {
    case 0:
        request += "Authorization: Bearer " + t.dealerToken + "\r\n";
        break;
    case 1:
        request += "Authorization: Bearer " + t.partnerToken + "\r\n";
        break;
    case 2:
        request += "Authorization: Bearer " + t.adminToken + "\r\n";
        break;
    default:
        break;
    }
    if (!idempotencyKey.isEmpty())
        request += "Idempotency-Key: " + idempotencyKey.toPercentEncoding() + "\r\n";
    request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;

    const QByteArray answer = exchange(t.sandbox->port(), request);
    if (!answer.startsWith("HTTP/1.1 "))
        fuzz::violated("the sandbox did not answer a request", request.left(400));
    if (answer.startsWith("HTTP/1.1 500"))
        fuzz::violated("the sandbox answered 500", request.left(400) + "\n---\n" + answer.left(400));
    return 0;
}
