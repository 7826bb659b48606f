#include "Session.h"

#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/Scheduler.h"
#include "api/TokenProvider.h"
#include "secrets/SecretStore.h"
#include "store/PaymentStore.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUiSession, "paydesk.ui.session", QtInfoMsg)

namespace paydesk::ui {

namespace {

// How bad a state is, for summing several stores into one indicator: the worst one shows.
int severity(ConnectionState::Kind kind)
{
    switch (kind) {
    case ConnectionState::Kind::Live:
        return 0;
    case ConnectionState::Kind::Stopped:
        return 1;
    case ConnectionState::Kind::Syncing:
        return 2;
    case ConnectionState::Kind::SigningIn:
        return 3;
    case ConnectionState::Kind::Polling:
        return 4;
    case ConnectionState::Kind::Offline:
        return 5;
    case ConnectionState::Kind::SignInFailed:
        return 6;
    }
    return 1;
}

QString joinErrors(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.message;
    return lines.join(u'\n');
}

} // namespace

Session::Session(Config config, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
{
}

Session::~Session()
{
    stop();
}

Result<Done, QString> Session::open()
{
    const QString path = m_config.cachePath.isEmpty() ? PaymentStore::defaultPath() : m_config.cachePath;
    auto opened = PaymentStore::open(path);
    if (!opened)
        return fail(opened.error().message);
    m_store = std::move(opened).value();
    if (!m_store->openReport().message().isEmpty())
        qCInfo(lcUiSession) << "cache opened with a notice";

    const ConnectionProfile& profile = m_config.profile;
    HttpClient::Options httpOptions;
    httpOptions.transferTimeoutMs = profile.transferTimeoutMs;
    httpOptions.trustedCaCertificates = profile.trustedCaCertificates();
    // Plain http (to loopback) only for the demo's sandbox or a profile marked as a local test
    // platform; every other profile is https only.
    httpOptions.allowPlainHttpToLoopback = profile.localTestPlatform;
    m_http = std::make_unique<HttpClient>(httpOptions, Scheduler::system());
    TokenProvider::Options tokenOptions;
    tokenOptions.tokenUrl = profile.effectiveTokenUrl();
    tokenOptions.clientId = profile.clientId;
    tokenOptions.clientSecretKey = profile.clientSecretKey();
    tokenOptions.tokenCacheKey = profile.tokenCacheKey();
    // The profile is the saved one, so a secret stored before secrets were bound to an origin
    // is bound to its token URL (the migration); a secret bound elsewhere is never sent.
    tokenOptions.bindUnboundSecret = true;
    m_tokens = std::make_unique<TokenProvider>(*m_http, m_secrets, tokenOptions);
    m_http->setAuthenticator(m_tokens.get());
    m_platform = std::make_unique<PlatformClient>(*m_http, profile.baseUrl, profile.paths);
    for (const QString& storeId : profile.storeIds) {
        auto engine = std::make_unique<SyncEngine>(*m_platform, *m_tokens, *m_store, Scheduler::system(),
                                                   profile.enterpriseId, storeId, SyncEngine::Options{});
        engine->setTokenProvider(m_tokens.get());
        connect(engine.get(), &SyncEngine::stateChanged, this, &Session::publishState);
        connect(engine.get(), &SyncEngine::fullSyncFinished, this, &Session::publishState);
        m_engines.push_back(std::move(engine));
    }
    Outbox::Options outboxOptions;
    outboxOptions.user = m_config.user;
    m_outbox = std::make_unique<Outbox>(*m_platform, *m_store, Scheduler::system(), outboxOptions);
    connect(m_outbox.get(), &Outbox::queuedCountChanged, this, &Session::publishState);
    return Done{};
}

void Session::start()
{
    for (auto& engine : m_engines)
        engine->start();
    if (m_outbox)
        m_outbox->start();
    publishState();
}

void Session::stop()
{
    for (auto& engine : m_engines)
        engine->stop();
    if (m_outbox)
        m_outbox->stop();
}

ConnectionState Session::state() const
{
    ConnectionState worst;
    bool first = true;
    for (const auto& engine : m_engines) {
        const ConnectionState s = engine->state();
        if (first || severity(s.kind) > severity(worst.kind)) {
            worst = s;
            first = false;
        }
    }
    worst.queuedActions = m_outbox ? m_outbox->queuedCount() : 0;
    return worst;
}

bool Session::isSynced() const
{
    for (const auto& engine : m_engines) {
        if (!engine->isFullSyncDone())
            return false;
    }
    return !m_engines.empty();
}

void Session::publishState()
{
    const ConnectionState s = state();
    Q_EMIT stateChanged(s);
    if (m_window) {
        ConnectionIndicator* indicator = m_window->connectionIndicator();
        ConnectionIndicator::State shown = ConnectionIndicator::State::Connecting;
        switch (s.kind) {
        case ConnectionState::Kind::Live:
            shown = ConnectionIndicator::State::Live;
            break;
        case ConnectionState::Kind::Polling:
            shown = ConnectionIndicator::State::Polling;
            break;
        case ConnectionState::Kind::Offline:
            shown = ConnectionIndicator::State::Offline;
            break;
        case ConnectionState::Kind::SignInFailed:
            shown = ConnectionIndicator::State::SignInFailed;
            break;
        case ConnectionState::Kind::Stopped:
        case ConnectionState::Kind::SigningIn:
        case ConnectionState::Kind::Syncing:
            break;
        }
        indicator->setState(shown, s.since, s.errorMessage);
        indicator->setQueuedActions(s.queuedActions);
    }
    if (!m_syncedEmitted && isSynced()) {
        m_syncedEmitted = true;
        Q_EMIT synced();
    }
}

void Session::attach(MainWindow* window)
{
    m_window = window;
    QList<MainWindow::Site> sites;
    for (const QString& storeId : m_config.profile.storeIds)
        sites << MainWindow::Site{m_config.profile.enterpriseId, storeId, storeId};
    window->setSites(sites);
    window->setOperatorName(m_config.user);

    MainWindow::ActionSubmitter submitter;
    submitter.initiate = [this](const InitiateRequest& request) {
        InitiateRequest copy = request;
        auto queued = m_outbox->submit(copy);
        return queued ? QString() : joinErrors(queued.error());
    };
    submitter.cancel = [this](const CancelRequest& request) {
        CancelRequest copy = request;
        auto queued = m_outbox->submit(copy);
        return queued ? QString() : joinErrors(queued.error());
    };
    submitter.resend = [this](const ResendRequest& request) {
        ResendRequest copy = request;
        auto queued = m_outbox->submit(copy);
        return queued ? QString() : joinErrors(queued.error());
    };
    window->setActionSubmitter(submitter);
    connect(m_outbox.get(), &Outbox::actionConfirmed, window, [window](qint64, const QString& paymentId) {
        window->showStatusMessage(tr("The platform confirmed the action on %1").arg(paymentId));
    });
    connect(m_outbox.get(), &Outbox::actionFailed, window, [window](qint64, const QString& message) {
        window->showStatusMessage(tr("The platform refused the action: %1").arg(message), 15000);
    });
    connect(window, &MainWindow::paymentSelected, this, &Session::fetchDetails);
    publishState();
}

void Session::fetchDetails(const QString& paymentId)
{
    if (!m_store || !m_platform || paymentId.isEmpty())
        return;
    auto cached = m_store->payment(paymentId);
    if (!cached || !cached->has_value())
        return;
    const Payment& p = **cached;
    m_platform->fetchPayment(p.enterpriseId, p.storeId, paymentId, this,
                             [this, paymentId](Result<Payment, ApiError> answer) {
                                 if (!answer) {
                                     qCInfo(lcUiSession) << "details fetch failed for" << paymentId;
                                     return;
                                 }
                                 if (!answer->history.isEmpty())
                                     (void)m_store->replaceHistory(paymentId, answer->history);
                                 (void)m_store->upsert(*answer);
                             });
}

} // namespace paydesk::ui
