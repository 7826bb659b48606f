#include "SandboxOptions.h"

#include <QCommandLineParser>
#include <QUrl>

namespace paydesk::sandbox {

Result<PartnerConfig, QString> PartnerConfig::parse(const QString& text)
{
    PartnerConfig c;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("--partner: expected key=value, got “%1”").arg(part));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (key == u"webhook")
            c.webhookUrl = value;
        else if (key == u"auth")
            c.authUrl = value;
        else if (key == u"client-id")
            c.clientId = value;
        else if (key == u"client-secret")
            c.clientSecret = value;
        else if (key == u"audience")
            c.audience = value;
        else
            return fail(QStringLiteral("--partner: unknown key “%1”").arg(key));
    }
    for (const QString& url : {c.webhookUrl, c.authUrl}) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https"))
            return fail(QStringLiteral("--partner: webhook and auth must be http(s) URLs"));
    }
    if (c.clientId.isEmpty() || c.clientSecret.isEmpty())
        return fail(QStringLiteral("--partner: client-id and client-secret are required"));
    return c;
}

QStringList SandboxOptions::scenarioNames()
{
    return {QStringLiteral("demo"),      QStringLiteral("pay"),  QStringLiteral("fail-then-pay"),
            QStringLiteral("never-pay"), QStringLiteral("slow"), QStringLiteral("off")};
}

Result<std::pair<QString, FaultSpec>, QString> SandboxOptions::parseFault(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return fail(QStringLiteral("--fault: expected route:key=value,…, got “%1”").arg(text));
    auto spec = FaultSpec::parse(text.mid(colon + 1));
    if (!spec)
        return fail(QStringLiteral("--fault %1: %2").arg(text.left(colon), spec.error()));
    return std::make_pair(text.left(colon).trimmed(), spec.value());
}

Result<SandboxOptions, QString> SandboxOptions::fromArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = free)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("SQLite file for state, or :memory: (default)."),
                                  QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo payments to create."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption randomSeed(QStringLiteral("random-seed"),
                                        QStringLiteral("Seed for ids and demo data."), QStringLiteral("n"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QStringLiteral("Simulated partner: %1.").arg(scenarioNames().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("demo"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("route:key=value,… e.g. payments.list:error5xx=0.2 "
                                                  "(repeatable; route * = all)."),
                                   QStringLiteral("spec"));
    const QCommandLineOption partner(QStringLiteral("partner"),
                                     QStringLiteral("Register a partner: webhook=URL,auth=URL,client-id=ID,"
                                                    "client-secret=S,audience=A (repeatable)."),
                                     QStringLiteral("spec"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
                                           QStringLiteral("Access token lifetime in seconds."),
                                           QStringLiteral("s"), QStringLiteral("3599"));
    const QCommandLineOption settlement(QStringLiteral("settlement-delay"),
                                        QStringLiteral("Milliseconds from reconciled to funds cleared."),
                                        QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption expiry(QStringLiteral("expiry"),
                                    QStringLiteral("Default pay-link lifetime in seconds."),
                                    QStringLiteral("s"));
    const QCommandLineOption adminToken(QStringLiteral("admin-token"),
                                        QStringLiteral("Fixed admin token (random by default)."),
                                        QStringLiteral("token"));
    const QCommandLineOption activity(QStringLiteral("activity"),
                                      QStringLiteral("Milliseconds between new demo requests (0 = none; "
                                                     "default 6000 for the demo scenario)."),
                                      QStringLiteral("ms"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log every request."));
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve HTTPS (writes a private CA)."));
    const QCommandLineOption tlsDir(QStringLiteral("tls-dir"),
                                    QStringLiteral("Folder for the CA and server certificate."),
                                    QStringLiteral("dir"));
    const QCommandLineOption paKey(QStringLiteral("pa-key"), QStringLiteral("Payment Assist demo api_key."),
                                   QStringLiteral("key"));
    const QCommandLineOption paSecret(QStringLiteral("pa-secret"),
                                      QStringLiteral("Payment Assist demo secret (demo_…)."),
                                      QStringLiteral("secret"));
    parser.addOptions({port, data, seed, randomSeed, scenario, fault, partner, tokenLifetime, settlement,
                       expiry, adminToken, activity, verbose, tls, tlsDir, paKey, paSecret});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    SandboxOptions o;
    bool ok = false;
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p > 65535)
        return fail(QStringLiteral("--port: not a port number"));
    o.port = quint16(p);
    o.dataPath = parser.value(data);
    o.seedCount = parser.value(seed).toInt(&ok);
    if (!ok || o.seedCount < 0 || o.seedCount > 2000000)
        return fail(QStringLiteral("--seed: expected 0..2000000"));
    if (parser.isSet(randomSeed)) {
        o.randomSeed = parser.value(randomSeed).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--random-seed: not a number"));
    }
    o.scenario = parser.value(scenario);
    if (!scenarioNames().contains(o.scenario))
        return fail(QStringLiteral("--scenario: one of %1").arg(scenarioNames().join(QStringLiteral(", "))));
    o.dmsActivityMs = o.scenario == u"demo" ? 6000 : 0;
    if (parser.isSet(activity)) {
        o.dmsActivityMs = parser.value(activity).toInt(&ok);
        if (!ok || o.dmsActivityMs < 0)
            return fail(QStringLiteral("--activity: milliseconds, 0 or more"));
    }
    o.tokenLifetimeSeconds = parser.value(tokenLifetime).toInt(&ok);
    if (!ok || o.tokenLifetimeSeconds < 1)
        return fail(QStringLiteral("--token-lifetime: seconds, at least 1"));
    o.settlementDelayMs = parser.value(settlement).toInt(&ok);
    if (!ok || o.settlementDelayMs < 0)
        return fail(QStringLiteral("--settlement-delay: milliseconds, 0 or more"));
    if (parser.isSet(expiry)) {
        o.defaultExpirySeconds = parser.value(expiry).toLongLong(&ok);
        if (!ok || o.defaultExpirySeconds < 1)
            return fail(QStringLiteral("--expiry: seconds, at least 1"));
    }
    for (const QString& f : parser.values(fault)) {
        auto parsed = parseFault(f);
        if (!parsed)
            return fail(parsed.error());
        o.faults.insert(parsed->first, parsed->second);
    }
    for (const QString& text : parser.values(partner)) {
        auto parsed = PartnerConfig::parse(text);
        if (!parsed)
            return fail(parsed.error());
        o.partners.append(parsed.value());
    }
    o.adminToken = parser.value(adminToken);
    o.verbose = parser.isSet(verbose);
    o.tls = parser.isSet(tls) || parser.isSet(tlsDir);
    o.tlsDirectory = parser.value(tlsDir);
    if (parser.isSet(paKey))
        o.paymentAssistApiKey = parser.value(paKey);
    if (parser.isSet(paSecret))
        o.paymentAssistSecret = parser.value(paSecret);
    if (o.paymentAssistApiKey.isEmpty() || o.paymentAssistSecret.isEmpty())
        return fail(QStringLiteral("--pa-key / --pa-secret: must not be empty"));
    return o;
}

} // namespace paydesk::sandbox
