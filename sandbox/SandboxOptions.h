#pragma once

#include "faults/FaultSpec.h"
#include "http/HttpLimits.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace paydesk::sandbox {

/// A payment partner to notify (the seed's "what Keyloop needs from our partner").
struct PartnerConfig
{
    QString webhookUrl;
    /// Auth0-style token URL (`POST`, JSON client-credentials grant).
    QString authUrl;
    QString clientId;
    QString clientSecret;
    QString audience;

    /// "webhook=URL,auth=URL,client-id=ID,client-secret=S,audience=A" (the --partner value).
    static Result<PartnerConfig, QString> parse(const QString& text);
};

/**
 * How a sandbox runs. The paydesk-sandbox executable fills it from its command line
 * (fromArguments); tests and `paydesk --demo` fill it directly.
 */
struct SandboxOptions
{
    /// 0 = a free port.
    quint16 port = 0;
    /// SQLite file to keep state in across runs; empty or ":memory:" = in memory only.
    QString dataPath;
    /// Demo payments to create when the state is empty (spread over the stores and 90 days).
    int seedCount = 0;
    /// Seed of the random generator behind ids and demo data (same seed → same data).
    quint32 randomSeed = 20261121;
    /// The simulated partner's script: "demo" (a lively mix), "pay", "fail-then-pay",
    /// "never-pay", "slow", or "off" (no simulated partner). In-process the default is "off"
    /// so that tests stay deterministic; the executable defaults to "demo", and
    /// `paydesk --demo` should set "demo" (and dmsActivityMs) itself.
    QString scenario = QStringLiteral("off");
    /// Every ~N ms a demo store raises a new request (or cancels / resends one); 0 = never.
    /// The executable sets 6000 for the "demo" scenario (--activity).
    int dmsActivityMs = 0;
    /// Lifetime of platform access tokens (expires_in).
    int tokenLifetimeSeconds = 3599;
    /// Delay between `reconciled` and `fundsCleared`.
    int settlementDelayMs = 5000;
    /// Delay between INITIATED and NOTIFIED.
    int notifyDelayMs = 800;
    /// Pay-link lifetime when the dealer gives no expiry.
    qint64 defaultExpirySeconds = 7 * 24 * 3600;
    /// Faults switched on at start, per route name (see FaultInjector).
    QMap<QString, FaultSpec> faults;
    /// Partners registered at start (besides the simulated one).
    QList<PartnerConfig> partners;
    /// Fixed credentials instead of the defaults below (the admin token is random unless set).
    QString dealerClientId = QStringLiteral("paydesk-demo");
    QString dealerClientSecret = QStringLiteral("paydesk-demo-secret");
    QString partnerClientId = QStringLiteral("partner-demo");
    QString partnerClientSecret = QStringLiteral("partner-demo-secret");
    QString adminToken;
    /// The printed Payment Assist demo account (more accounts: see sandbox/README.md).
    QString paymentAssistApiKey = QStringLiteral("pa_demo_key");
    QString paymentAssistSecret = QStringLiteral("demo_paydesk_sandbox_secret");
    /// The printed Democrance demo user (the first of the two demo dealers; the second is in
    /// sandbox/README.md, "Democrance").
    QString democranceUsername = QStringLiteral("paydesk-demo");
    QString democrancePassword = QStringLiteral("demo_democrance_password");
    /// The printed myKaarma ServiceSubscriber and the dealer and department it serves (more
    /// subscribers and a second department: see sandbox/README.md, "myKaarma").
    QString myKaarmaUsername = QStringLiteral("paydesk-demo-subscriber");
    QString myKaarmaPassword = QStringLiteral("demo_mykaarma_password");
    QString myKaarmaDealerUuid = QStringLiteral("d1e2a3l4-0000-4000-8000-000000000001");
    QString myKaarmaDepartmentUuid = QStringLiteral("d3p4a5r6-0000-4000-8000-000000000001");
    /// Serve HTTPS on every route with a server certificate from a private CA made at start
    /// (SandboxTls); clients trust `Sandbox::caCertificatePath()`.
    bool tls = false;
    /// Where the CA and server certificate are written; empty = SandboxTls::defaultDirectory().
    QString tlsDirectory;
    /// Log every request (paths only).
    bool verbose = false;
    /// Request size limits, timers and the connection cap; tests shorten the timers.
    HttpLimits httpLimits;

    /// Parses the paydesk-sandbox command line (argv[0] first). An error text on bad input;
    /// `--help` / `--version` are handled by the executable before this.
    static Result<SandboxOptions, QString> fromArguments(const QStringList& arguments);
    /// "route:key=value,…" (the --fault value).
    static Result<std::pair<QString, FaultSpec>, QString> parseFault(const QString& text);
    static QStringList scenarioNames();
};

} // namespace paydesk::sandbox
