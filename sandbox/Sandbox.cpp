#include "Sandbox.h"

#include "SandboxLogging.h"
#include "admin/AdminApi.h"
#include "democrance/InstallDemocrance.h"
#include "faults/FaultInjector.h"
#include "http/HttpServer.h"
#include "http/SandboxTls.h"
#include "mykaarma/InstallMyKaarma.h"
#include "paymentassist/InstallPaymentAssist.h"
#include "platform/DemoSeeder.h"
#include "platform/DmsActivity.h"
#include "platform/EventStream.h"
#include "platform/IdempotencyStore.h"
#include "platform/PlatformApi.h"
#include "platform/PlatformState.h"
#include "platform/PlatformStorage.h"
#include "platform/TokenService.h"
#include "util/Clock.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace paydesk::sandbox {

Sandbox::Sandbox(SandboxOptions options, QObject* parent)
    : Sandbox(std::move(options), Clock::system(), parent)
{
}

Sandbox::Sandbox(SandboxOptions options, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
    init();
}

Sandbox::~Sandbox()
{
    stop();
    if (m_storage)
        m_storage->setComponentStates({}); // written by stop(); the components go first
    // Components first (reverse order), while the state and server they use still exist.
    while (!m_components.empty())
        m_components.pop_back();
    m_storage.reset();
}

void Sandbox::init()
{
    m_adminToken = m_options.adminToken;
    if (m_adminToken.isEmpty()) {
        QByteArray bytes(18, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 18 / sizeof(quint32));
        for (int i = 16; i < 18; ++i)
            bytes[i] = char(QRandomGenerator::system()->bounded(256));
        m_adminToken =
            QStringLiteral("adm_") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals));
    }

    m_http = new HttpServer(this);
    m_faults = new FaultInjector(this);
    m_tokens = new TokenService(m_clock, this);
    m_idempotency = new IdempotencyStore(m_clock, this);
    m_state = new PlatformState(m_clock, this);
    m_http->setLimits(m_options.httpLimits);
    m_http->setFaultInjector(m_faults);
    m_http->setIdempotencyStore(m_idempotency);
    m_http->setAuthenticator(RouteAuth::Platform,
                             [this](HttpRequest& r) { return m_tokens->authenticate(r); });

    m_tokens->setTokenLifetimeSeconds(m_options.tokenLifetimeSeconds);
    m_tokens->addClient(m_options.dealerClientId, m_options.dealerClientSecret, Principal::Role::Dealer);
    m_tokens->addClient(m_options.partnerClientId, m_options.partnerClientSecret, Principal::Role::Partner);
    m_state->seedRandom(m_options.randomSeed);
    m_state->setNotifyDelayMs(m_options.notifyDelayMs);
    m_state->setDefaultExpirySeconds(m_options.defaultExpirySeconds);
    for (auto it = m_options.faults.cbegin(); it != m_options.faults.cend(); ++it)
        m_faults->set(it.key(), it.value());

    m_api = std::make_unique<PlatformApi>(*m_http, *m_state, *m_tokens);
    m_stream = new EventStream(*m_http, *m_state, this);
    m_admin = std::make_unique<AdminApi>(*this);
    if (m_options.dmsActivityMs > 0)
        m_activity = new DmsActivity(*m_state, m_options.dmsActivityMs, m_options.randomSeed, this);

#ifdef PAYDESK_SANDBOX_WITH_PARTNER
    installPartner(*this);
#endif
    installPaymentAssist(*this);
    installMyKaarma(*this);
    installDemocrance(*this);
}

void Sandbox::persistentStateChanged()
{
    if (m_storage)
        m_storage->markComponentsChanged();
}

void Sandbox::addComponent(std::unique_ptr<SandboxComponent> component)
{
    SandboxComponent* c = component.get();
    m_components.push_back(std::move(component));
    if (m_running)
        c->start();
}

Result<Done, QString> Sandbox::start()
{
    if (m_running)
        return Done{};
    // A restart after stop() comes back on the same address with the same state, the way
    // a real service does after an outage.
    const bool restart = m_baseUrl.isValid();
    const quint16 wanted = restart ? quint16(m_baseUrl.port()) : m_options.port;
    if (m_options.tls && !restart) {
        auto tls = SandboxTls::prepare(m_options.tlsDirectory);
        if (!tls)
            return fail(QStringLiteral("cannot set up TLS: %1").arg(tls.error()));
        m_http->setTlsConfiguration(tls->serverConfiguration());
        m_caPath = tls->caPath;
        m_ca = tls->ca;
    }
    const quint16 port = m_http->listenOn(QHostAddress::LocalHost, wanted);
    if (port == 0)
        return fail(
            QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(wanted).arg(m_http->errorString()));
    if (restart) {
        m_running = true;
        m_state->startTimers();
        if (m_activity)
            m_activity->start();
        for (const auto& c : m_components)
            c->start();
        return Done{};
    }
    m_baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                         .arg(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"))
                         .arg(port));
    m_state->setPayLinkBase(m_baseUrl.toString());

    const bool persistent = !m_options.dataPath.isEmpty() && m_options.dataPath != u":memory:";
    int loaded = 0;
    if (persistent) {
        m_storage = std::make_unique<PlatformStorage>(*m_state, *m_idempotency);
        if (auto opened = m_storage->open(m_options.dataPath); !opened)
            return fail(QStringLiteral("cannot open %1: %2").arg(m_options.dataPath, opened.error()));
        auto count = m_storage->load();
        if (!count)
            return fail(QStringLiteral("cannot read %1: %2").arg(m_options.dataPath, count.error()));
        loaded = count.value();
        // Partner registrations, dead letters and the message outbox of the last run.
        auto states = m_storage->loadComponentStates();
        if (!states)
            return fail(QStringLiteral("cannot read %1: %2").arg(m_options.dataPath, states.error()));
        for (const auto& c : m_components) {
            if (const auto it = states->constFind(c->name()); it != states->cend())
                c->restoreState(it.value());
        }
        m_storage->setComponentStates([this] {
            QHash<QString, QJsonValue> all;
            for (const auto& c : m_components) {
                const QJsonValue state = c->persistentState();
                if (!state.isNull())
                    all.insert(c->name(), state);
            }
            return all;
        });
    }
    if (loaded == 0) {
        DemoSeeder::seed(*m_state, m_options.seedCount, m_options.randomSeed);
        if (m_storage) {
            if (auto saved = m_storage->saveAll(); !saved)
                return fail(QStringLiteral("cannot write %1: %2").arg(m_options.dataPath, saved.error()));
        }
    }
    m_state->startTimers();
    if (m_activity)
        m_activity->start();
    m_running = true;
    for (const auto& c : m_components)
        c->start();
    qCInfo(lcSandbox) << "sandbox listening on" << m_baseUrl.toString() << "with" << m_state->paymentCount()
                      << "payments";
    return Done{};
}

void Sandbox::stop()
{
    if (!m_running)
        return;
    for (auto it = m_components.rbegin(); it != m_components.rend(); ++it)
        (*it)->stop();
    if (m_activity)
        m_activity->stop();
    m_stream->closeAll();
    m_state->stopTimers();
    // Stop listening and cut every open connection, as a crashed or stopped service would.
    for (QTcpServer* server : m_http->servers()) {
        server->close();
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>())
            socket->abort();
        server->setParent(nullptr);
        server->deleteLater();
    }
    if (m_storage)
        m_storage->flush();
    m_running = false;
}

QString Sandbox::summary() const
{
    QStringList lines;
    lines << QStringLiteral("PayDesk sandbox listening on %1").arg(m_baseUrl.toString());
    lines << QStringLiteral("  token URL      %1/oauth/client_credential/accesstoken")
                 .arg(m_baseUrl.toString());
    lines << QStringLiteral("  dealer client  id %1  secret %2").arg(clientId(), clientSecret());
    lines
        << QStringLiteral("  partner client id %1  secret %2").arg(partnerClientId(), partnerClientSecret());
    lines << QStringLiteral("  admin token    %1  (loopback only: %2/admin)")
                 .arg(m_adminToken, m_baseUrl.toString());
#ifdef PAYDESK_SANDBOX_WITH_PARTNER
    lines << QStringLiteral("  outbox         %1/outbox?token=%2").arg(m_baseUrl.toString(), m_adminToken);
#endif
    lines << QStringLiteral("  Payment Assist %1/paymentassist/  api_key %2  secret %3")
                 .arg(m_baseUrl.toString(), m_options.paymentAssistApiKey, m_options.paymentAssistSecret);
    lines << QStringLiteral(
                 "  myKaarma       %1/mykaarma  username %2  password %3  dealerUuid %4  departmentUuid %5")
                 .arg(m_baseUrl.toString(), m_options.myKaarmaUsername, m_options.myKaarmaPassword,
                      m_options.myKaarmaDealerUuid, m_options.myKaarmaDepartmentUuid);
    lines << QStringLiteral("  Democrance     %1/democrance/  username %2  password %3")
                 .arg(m_baseUrl.toString(), m_options.democranceUsername, m_options.democrancePassword);
    if (!m_caPath.isEmpty())
        lines << QStringLiteral("  TLS CA         %1  (trust this certificate for https://127.0.0.1:%2)")
                     .arg(m_caPath)
                     .arg(m_baseUrl.port());
    lines << QStringLiteral("  scenario       %1").arg(m_options.scenario);
    lines << QStringLiteral("  stores:");
    for (const StoreInfo& s : m_state->stores()) {
        lines << QStringLiteral("    %1/%2/v1  %3 (%4, %5 payments, sequence %6)")
                     .arg(m_baseUrl.toString() + u'/' + s.enterpriseId, s.storeId, s.storeName, s.currency)
                     .arg(m_state->paymentCount(s.enterpriseId, s.storeId))
                     .arg(m_state->latestSequence(s.enterpriseId, s.storeId));
    }
    return lines.join(u'\n');
}

} // namespace paydesk::sandbox
