// paydesk-sandbox: the local payments platform, for demos, manual testing and curl.
#include "Sandbox.h"
#include "platform/PlatformState.h"
#include "util/TerminationSignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

void printUsage(QTextStream& out)
{
    out << "Usage: paydesk-sandbox [options]\n"
           "  -h, --help               show these options and exit\n"
           "  --port N                 port on 127.0.0.1 (default 0 = a free port)\n"
           "  --data FILE              keep state in a SQLite file (default: in memory)\n"
           "  --seed N                 create N demo payments when the state is empty\n"
           "  --random-seed N          seed for ids and demo data\n"
           "  --scenario NAME          simulated partner: demo, pay, fail-then-pay, never-pay, slow, off\n"
           "  --activity MS            a demo store raises a request every ~MS ms (default 6000 with\n"
           "                           --scenario demo, else 0 = never)\n"
           "  --fault ROUTE:SPEC       e.g. payments.list:error5xx=0.2  or  *:latencyMs=300\n"
           "                           keys: latencyMs error5xx errorStatus rateLimit retryAfterSeconds\n"
           "                           retryAfterHttpDate drop dropAfterHandling malformedJson htmlPage "
           "times\n"
           "                           routes: token payments.list payments.get payments.initiate\n"
           "                           payments.cancel payments.resend payments.status events.stream\n"
           "                           paymentassist.account paymentassist.begin paymentassist.status\n"
           "                           paymentassist.update paymentassist.invoice paymentassist.plan\n"
           "                           paymentassist.capture paymentassist.preapproval *\n"
           "  --partner SPEC           webhook=URL,auth=URL,client-id=ID,client-secret=S,audience=A\n"
           "  --token-lifetime S       platform access-token lifetime in seconds (default 3599)\n"
           "  --settlement-delay MS    reconciled -> funds cleared delay (default 5000)\n"
           "  --expiry S               default pay-link lifetime in seconds (default 7 days)\n"
           "  --admin-token T          fixed admin token (default: random, printed)\n"
           "  --tls                    serve HTTPS on every route; writes a private CA (ca.pem) to trust\n"
           "  --tls-dir DIR            where the CA and server certificate go (default: a folder in\n"
           "                           the temp directory, printed at start)\n"
           "  --pa-key KEY             the printed Payment Assist demo api_key (default pa_demo_key)\n"
           "  --pa-secret SECRET       its secret (default demo_paydesk_sandbox_secret)\n"
           "  --verbose                log every request\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-sandbox"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        printUsage(out);
        return 0;
    }
    auto options = paydesk::sandbox::SandboxOptions::fromArguments(args);
    if (!options) {
        err << "paydesk-sandbox: " << options.error() << "\n";
        printUsage(err);
        return 2;
    }
    if (options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("paydesk.sandbox.*.debug=true"));

    paydesk::sandbox::Sandbox sandbox(options.value());
    if (auto started = sandbox.start(); !started) {
        err << "paydesk-sandbox: " << started.error() << "\n";
        return 1;
    }
    out << sandbox.summary() << "\n";
    out << QStringLiteral("  started in %1 ms — Ctrl+C to stop").arg(startup.elapsed()) << "\n";
    out.flush();

    // Stop cleanly on Ctrl+C / SIGTERM so a --data file is flushed.
    paydesk::TerminationSignals termination;
    QObject::connect(&termination, &paydesk::TerminationSignals::terminationRequested, &app,
                     &QCoreApplication::quit);
    const int rc = QCoreApplication::exec();
    sandbox.stop();
    return rc;
}
