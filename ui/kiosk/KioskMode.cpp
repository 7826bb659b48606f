#include "KioskMode.h"

#include "KioskPaymentView.h"
#include "KioskWindow.h"
#include "PinPad.h"
#include "Translator.h"
#include "kiosk/CustomerLookup.h"
#include "kiosk/KioskStoreName.h"
#include "kiosk/StaffPin.h"
#include "providers/ProviderAction.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"
#include "util/Clock.h"

#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

KioskMode::KioskMode(SyncSession& session, QWidget& dashboard, Translator& translator,
                     const KioskConfig& config, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_dashboard(&dashboard)
{
    const QStringList served = servedStores(session.profile().storeIds, config.storeIds);
    m_kiosk = std::make_unique<KioskWindow>(session.store(), config, served, Clock::system());
    // The Welcome screen greets with the platform's name for the served stores: the one
    // remembered from an earlier answer at once (also offline), the platform's when it answers.
    const QString profile = session.profile().name;
    const QString enterprise = session.profile().enterpriseId;
    m_kiosk->setStoreName(KioskStoreName::cached(profile, served));
    connect(&session, &SyncSession::storesFetched, this,
            [this, profile, enterprise, served](const QList<StoreDetails>& stores) {
                m_storesAnswered = true;
                // The platform's answer is the word: no name there means the configured one.
                const QString name = KioskStoreName::fromStores(stores, enterprise, served);
                KioskStoreName::remember(profile, served, name);
                m_kiosk->setStoreName(name);
            });
    // Asked once now, and again after a sync when the first ask went unanswered (offline).
    connect(&session, &SyncSession::synced, this, [this] {
        if (!m_storesAnswered)
            m_session.fetchStores();
    });
    session.fetchStores();
    SyncSession* s = &session;
    // One INSERT on the store, as the dashboard's audit lines do.
    m_kiosk->setAuditSink([s](const AuditEntry& entry) { (void)s->appendAudit(entry); });
    m_kiosk->setDefaultLanguage(translator.language());
    connect(m_kiosk.get(), &KioskWindow::languageRequested, &translator, &Translator::setLanguage);
    connect(&session, &SyncSession::stateChanged, m_kiosk.get(), [this](const ConnectionState& state) {
        m_kiosk->setOffline(state.kind == ConnectionState::Kind::Offline);
    });
    connect(m_kiosk.get(), &KioskWindow::leaveRequested, this, [this] {
        m_kiosk->close();
        if (m_dashboard)
            m_dashboard->show();
    });
    connect(m_kiosk.get(), &KioskWindow::dashboardRequested, this, [this](int minutes) {
        m_kiosk->hide();
        if (m_dashboard)
            m_dashboard->show();
        QTimer::singleShot(qint64(minutes) * 60'000, m_kiosk.get(), &KioskWindow::relock);
    });
    connect(m_kiosk.get(), &KioskWindow::staffSessionEnded, this, [this] {
        if (m_dashboard)
            m_dashboard->hide();
        if (!m_kiosk->isVisible())
            m_kiosk->showFullScreen();
    });
    connect(m_kiosk.get(), &KioskWindow::refreshRequested, this, [this] {
        if (const QString id = m_kiosk->paymentView()->paymentId(); !id.isEmpty())
            m_session.fetchDetails(id);
    });
}

KioskMode::~KioskMode() = default;

void KioskMode::start()
{
    if (m_dashboard)
        m_dashboard->hide();
    m_kiosk->showFullScreen();
    m_kiosk->activateWindow();
}

QStringList KioskMode::servedStores(const QStringList& profileStores, const QStringList& configured)
{
    if (configured.isEmpty())
        return profileStores;
    QStringList served;
    for (const QString& store : configured) {
        if (profileStores.contains(store))
            served << store;
    }
    return served;
}

std::optional<Payment> KioskMode::samplePayment(SyncSession& session)
{
    PaymentQuery query;
    query.statuses = {PaymentStatus::Code::Notified, PaymentStatus::Code::Initiated};
    query.storeIds = session.profile().storeIds;
    // A repair order's pay link, as at a service desk: other providers' open items (a policy
    // with no payment begun yet) have no link for the kiosk to show.
    query.providers = {ProviderId::keyloop()};
    query.limit = 50;
    auto page = session.store()->query(query);
    if (!page)
        return std::nullopt;
    for (const Payment& p : *page) {
        // One the look-up finds: payable, and the only open one with its reference and surname.
        if (CustomerLookup::find(*session.store(), p.reference.number, p.customer.name.section(u' ', -1),
                                 session.profile().storeIds, QDateTime::currentDateTimeUtc()))
            return p;
    }
    return std::nullopt;
}

bool KioskMode::takeScreenshots(SyncSession& session, const QString& dir)
{
    const auto settle = [] {
        QEventLoop loop;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
    };
    KioskConfig config = KioskConfig::load();
    if (config.dealershipName.isEmpty())
        config.dealershipName = u"Riverside Motors"_s;
    if (config.pinHash.isEmpty())
        config.pinHash = StaffPin::hash(u"123456"_s, StaffPin::MinIterations);
    KioskWindow kiosk(session.store(), config, session.profile().storeIds, Clock::system());
    kiosk.resize(1280, 800);
    kiosk.show();
    bool ok = true;
    const auto shot = [&](const QString& name) {
        settle();
        ok = kiosk.grab().save(QDir(dir).filePath(name)) && ok;
    };
    shot(u"kiosk-welcome.png"_s);

    // An open payment, looked up as its customer would.
    if (const std::optional<Payment> shown = samplePayment(session)) {
        kiosk.startLookup();
        kiosk.referenceField()->setText(shown->reference.number);
        kiosk.surnameField()->setText(shown->customer.name.section(u' ', -1));
        kiosk.lookUp();
        shot(u"kiosk-payment.png"_s);
        // Paid, as the customer sees it after paying on the phone (a copy: the cache is not touched).
        Payment paid = *kiosk.paymentView()->payment();
        paid.status = PaymentStatus::Code::Paid;
        kiosk.paymentView()->showPayment(paid);
        shot(u"kiosk-paid.png"_s);
    } else {
        ok = false;
    }
    kiosk.wipe();
    kiosk.requestStaffAccess();
    for (const QChar digit : u"1234"_s)
        kiosk.pinPad()->typeDigit(digit);
    shot(u"kiosk-pin.png"_s);
    kiosk.wipe();
    return ok;
}

} // namespace paydesk::ui
