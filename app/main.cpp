// The paydesk executable: the command line, single-instance lock, and wiring of the
// dashboard to a session (or, with --demo, to the built-in sandbox). Nothing else.
#include "MainWindow.h"
#include "Theme.h"
#include "Translator.h"
#include "dialogs/AppSettings.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/InitiateDialog.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskMode.h"
#include "kiosk/StaffPin.h"
#include "models/PaymentTableModel.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"
#include "util/OsAccount.h"
#include "util/PrivateFiles.h"
#include "util/ProcessTempDir.h"
#include "util/TerminationSignals.h"
#include "widgets/PaymentNotifier.h"

#ifdef PAYDESK_HAVE_SANDBOX
#include "Sandbox.h"
#include "paymentassist/PaymentAssistState.h"
#include "platform/PlatformState.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLockFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using paydesk::SyncSession;
using paydesk::ui::MainWindow;
using paydesk::ui::Theme;

namespace {

// lupdate only sees tr() of a class that declares translation functions, not a free function.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// The demo's temporary folder: <temp>/paydesk-demo-<pid>-XXXXXX (see ProcessTempDir).
const QString DemoDirPrefix = u"paydesk-demo"_s;

void printError(const QString& text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
}

/// Runs the event loop until `done()` is true or `timeoutMs` passes; returns done().
template<typename Pred>
bool waitFor(Pred done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

/// Renders the main window (light and dark, one payment selected) and the initiate dialog.
int takeScreenshots(MainWindow& window, SyncSession& session, const QString& dir)
{
    if (!QDir().mkpath(dir)) {
        printError(Main::tr("Cannot create %1").arg(dir));
        return 1;
    }
    waitFor([&] { return session.isSynced(); }, 60000);
    window.refreshSummary();
    // The most telling row: a paid payment whose funds cleared (else any paid one), with its
    // full timeline.
    QString id;
    for (bool cleared : {true, false}) {
        paydesk::PaymentQuery query;
        query.statuses = {paydesk::PaymentStatus::Code::Paid};
        if (cleared)
            query.fundsCleared = true;
        query.limit = 1;
        auto found = session.store()->query(query);
        if (found && !found->isEmpty()) {
            id = found->first().paymentId;
            break;
        }
    }
    if (id.isEmpty() && window.model()->rowCount() > 0)
        id = window.model()->paymentIdAt(0);
    window.selectPayment(id);
    waitFor(
        [&] {
            auto p = session.store()->payment(id);
            return p && p->has_value() && !(*p)->history.isEmpty();
        },
        5000);
    window.table()->setFocus();
    // Let highlights of the initial sync fade so the picture shows the steady state.
    waitFor([] { return false; }, 3000);
    window.refreshSummary();
    // Rows that changed while we waited are shown, not held behind "N new — show": the picture
    // is the dashboard as it stands.
    window.showHeldRows();
    // Rows moved while we waited: bring the selected one back into view.
    window.selectPayment(id);
    window.table()->scrollTo(window.table()->currentIndex(), QAbstractItemView::PositionAtCenter);

    bool ok = true;
    for (auto mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        Theme::instance().apply(mode);
        waitFor([] { return false; }, 300);
        const QString name = mode == Theme::Mode::Light ? u"main-light.png"_s : u"main-dark.png"_s;
        ok = window.grab().save(QDir(dir).filePath(name)) && ok;
    }
    Theme::instance().apply(Theme::Mode::Light);
    QList<paydesk::ui::InitiateDialog::Site> sites;
    for (const QString& store : session.profile().storeIds)
        sites << paydesk::ui::InitiateDialog::Site{session.profile().enterpriseId, store, store};
    paydesk::ui::InitiateDialog dialog(sites, &window);
    paydesk::InitiateRequest request;
    if (!sites.isEmpty()) {
        request.enterpriseId = sites.first().enterpriseId;
        request.storeId = sites.first().storeId;
    }
    request.customer = {u"Amelia Hart"_s, u"amelia.hart@example.com"_s, u"+447700900123"_s};
    request.channels = paydesk::Channel::Email | paydesk::Channel::Sms;
    request.reference =
        paydesk::PaymentReference::make(paydesk::PaymentReference::Type::RepairOrder, u"RO-48213"_s);
    request.description = u"Service, front brake pads and MOT"_s;
    if (auto amount = paydesk::Money::fromMinor(48950, u"GBP"_s))
        request.amount = *amount;
    dialog.setRequest(request);
    dialog.show();
    waitFor([] { return false; }, 300);
    ok = dialog.grab().save(QDir(dir).filePath(u"initiate-dialog.png"_s)) && ok;
    dialog.hide();
    // Kiosk mode's screens: Welcome, a payment with its QR code, Paid, the PIN pad.
    window.hide();
    ok = paydesk::ui::KioskMode::takeScreenshots(session, dir) && ok;
    if (!ok)
        printError(Main::tr("Could not write the screenshots to %1").arg(dir));
    return ok ? 0 : 1;
}

// --help and --version only print, so they must also work on a machine with no display
// (QApplication would refuse to start there).
void allowPrintOnlyOptionsWithoutDisplay(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" ||
            arg == "--hash-pin") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    allowPrintOnlyOptionsWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"PayDesk"_s);
    QApplication::setOrganizationName(u"PayDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setWindowIcon(Theme::appIcon());
    // SIGTERM / SIGINT end the event loop instead of the process, so the destructors below
    // run: the demo folder is removed, the lock released, the cache closed.
    paydesk::TerminationSignals termination;
    // exit(), not quit(): Qt 6's quit() first asks every window to close, and the kiosk's window
    // refuses close events.
    QObject::connect(&termination, &paydesk::TerminationSignals::terminationRequested, &app,
                     [] { QCoreApplication::exit(0); });

    const paydesk::ui::AppSettings settings = paydesk::ui::AppSettings::load();
    paydesk::ui::Translator translator;
    translator.setLanguage(settings.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Payment manager for car dealerships"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, Main::tr("Start the built-in sandbox with demo data and open the dashboard on it."));
    const QCommandLineOption profileOption(u"profile"_s, Main::tr("Use the connection profile <name>."),
                                           Main::tr("name"));
    const QCommandLineOption kioskOption(
        u"kiosk"_s, Main::tr("Start in service-desk kiosk mode: the locked-down, customer-facing "
                             "self-service screen (staff leave it with the PIN)."));
    const QCommandLineOption themeOption(u"theme"_s, Main::tr("Colour theme: system, light or dark."),
                                         Main::tr("theme"));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        Main::tr("Render the dashboard (light and dark), the new-request dialog and the kiosk screens to "
                 "PNG files in <dir> using demo data, then quit."),
        Main::tr("dir"));
    const QCommandLineOption hashPinOption(
        u"hash-pin"_s,
        Main::tr("Read a kiosk staff PIN (6 to 12 digits) from standard input and print its hash for "
                 "the Kiosk/pinHash setting, then quit."));
    parser.addOptions({demoOption, profileOption, kioskOption, themeOption, screenshotOption, hashPinOption});
    parser.process(app);

    if (parser.isSet(hashPinOption)) {
        // For IT's provisioning file: only the salted hash is ever written down, never the PIN.
        QTextStream in(stdin);
        const QString pin = in.readLine().trimmed();
        const QString hash = paydesk::StaffPin::hash(pin);
        if (hash.isEmpty()) {
            printError(Main::tr("A staff PIN has 6 to 12 digits."));
            return 2;
        }
        std::fprintf(stdout, "%s\n", qUtf8Printable(hash));
        return 0;
    }

    const bool screenshots = parser.isSet(screenshotOption);
    const bool demo = parser.isSet(demoOption) || screenshots;
    // Kiosk mode: asked for, or provisioned by IT (the system scope wins over the user's settings).
    paydesk::KioskConfig kioskConfig = paydesk::KioskConfig::load();
    const bool kiosk = !screenshots && (parser.isSet(kioskOption) || kioskConfig.enabled);
    const QString profileName = demo                                      ? u"demo"_s
                                : !parser.value(profileOption).isEmpty()  ? parser.value(profileOption)
                                : kiosk && !kioskConfig.profile.isEmpty() ? kioskConfig.profile
                                : settings.currentProfile.isEmpty()       ? u"default"_s
                                                                          : settings.currentProfile;

    Theme::instance().apply(
        Theme::modeFromString(parser.isSet(themeOption) ? parser.value(themeOption) : settings.theme));

    // One PayDesk per profile: two would fight over the cache and send actions twice. The
    // folder is also the cache's (on Linux), so it is made owner-only here, before anything
    // lands in it; QLockFile creates its file with the umask's mode (0644).
    const QString lockDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    paydesk::PrivateFiles::ensureDir(lockDir);
    const QString lockPath = QDir(lockDir).filePath(u"paydesk-%1.lock"_s.arg(profileName));
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!screenshots && !lock.tryLock(200)) {
        const QString message =
            Main::tr("PayDesk is already running with the profile “%1”.").arg(profileName);
        printError(message);
        QMessageBox::information(nullptr, Main::tr("PayDesk"), message);
        return 1;
    }
    if (!screenshots)
        paydesk::PrivateFiles::makeOwnerOnly(lockPath);
    if (!demo) {
        // Settings hold profile names, URLs and store ids: owner-only before anything writes
        // them. (The demo never touches the real settings; its own live in its folder.)
        QSettings userSettings;
        paydesk::PrivateFiles::protectSettings(userSettings);
    }
    // Demo folders of runs that were killed (SIGKILL, power cut) hold a copy of a cache.
    paydesk::ProcessTempDir::removeStale(DemoDirPrefix);

    std::unique_ptr<paydesk::SecretStore> secrets;
    SyncSession::Config config;
    // The OS account, never $USER: `USER=bob paydesk` must not act as bob in the audit log.
    config.user = paydesk::OsAccount::currentUserName();
    // Only the demo gets a temporary folder; it goes with the process (and its pid-named
    // leftovers with the next start, above).
    std::optional<paydesk::ProcessTempDir> demoDir;
#ifdef PAYDESK_HAVE_SANDBOX
    std::unique_ptr<paydesk::sandbox::Sandbox> sandbox;
#endif
    if (demo) {
#ifdef PAYDESK_HAVE_SANDBOX
        demoDir.emplace(DemoDirPrefix);
        if (!demoDir->isValid()) {
            printError(Main::tr("Cannot create a temporary folder for the demo."));
            return 1;
        }
        paydesk::sandbox::SandboxOptions options;
        options.seedCount = 2400;
        options.scenario = u"demo"_s;
        // New requests keep arriving from the "DMS" so the dashboard visibly moves.
        options.dmsActivityMs = screenshots ? 0 : 6000;
        sandbox = std::make_unique<paydesk::sandbox::Sandbox>(options);
        if (auto started = sandbox->start(); !started) {
            printError(Main::tr("The demo sandbox did not start: %1").arg(started.error()));
            return 1;
        }
        config.profile.name = u"demo"_s;
        config.profile.baseUrl = sandbox->baseUrl();
        config.profile.clientId = sandbox->clientId();
        // The in-process sandbox speaks plain http on loopback; only the demo and profiles marked
        // this way may.
        config.profile.localTestPlatform = true;
        const auto stores = sandbox->state().stores();
        for (const auto& store : stores) {
            if (config.profile.enterpriseId.isEmpty())
                config.profile.enterpriseId = store.enterpriseId;
            if (store.enterpriseId == config.profile.enterpriseId)
                config.profile.storeIds << store.storeId;
        }
        // Demo credentials live in memory only; the demo cache is thrown away on exit.
        secrets = std::make_unique<paydesk::MemorySecretStore>();
        secrets->write(config.profile.clientSecretKey(), sandbox->clientSecret().toUtf8(), &app,
                       [](paydesk::SecretStore::DoneResult) {});
        // Payment Assist on the same sandbox: the printed demo account, for the profile's first
        // store (its applications are that site's payments); the secret in memory, bound to the
        // emulation's origin like any site's.
        if (!config.profile.storeIds.isEmpty()) {
            paydesk::PaymentAssistSite site;
            site.siteId = config.profile.storeIds.first();
            site.name = u"Payment Assist (demo)"_s;
            site.baseUrl = sandbox->baseUrl();
            site.baseUrl.setPath(u"/paymentassist"_s);
            site.apiKey = sandbox->options().paymentAssistApiKey;
            config.profile.paymentAssist = {site};
            paydesk::BoundSecret::write(
                *secrets, site.secretKey(config.profile.name),
                {site.secretOrigin(), sandbox->options().paymentAssistSecret.toUtf8()}, &app,
                [](paydesk::SecretStore::DoneResult) {});
        }
        // Democrance and myKaarma on the same sandbox, with their printed demo accounts: Democrance
        // at the first store (which then has Keyloop, Payment Assist and Democrance, so New
        // request asks which), myKaarma at the second (Keyloop and myKaarma). Passwords in memory,
        // bound to the emulations' origin like any site's.
        if (!config.profile.storeIds.isEmpty()) {
            paydesk::DemocranceSite dem;
            dem.siteId = config.profile.storeIds.first();
            dem.name = u"Democrance (demo)"_s;
            dem.baseUrl = sandbox->baseUrl();
            dem.baseUrl.setPath(u"/democrance"_s);
            dem.username = sandbox->options().democranceUsername;
            config.profile.democrance = {dem};
            paydesk::BoundSecret::write(*secrets, dem.secretKey(config.profile.name),
                                        {dem.secretOrigin(), sandbox->options().democrancePassword.toUtf8()},
                                        &app, [](paydesk::SecretStore::DoneResult) {});
            paydesk::MyKaarmaSite mk;
            mk.siteId = config.profile.storeIds.value(1, config.profile.storeIds.first());
            mk.name = u"myKaarma (demo)"_s;
            mk.baseUrl = sandbox->baseUrl();
            mk.baseUrl.setPath(u"/mykaarma"_s);
            mk.username = sandbox->options().myKaarmaUsername;
            mk.dealerUuid = sandbox->options().myKaarmaDealerUuid;
            mk.departmentUuid = sandbox->options().myKaarmaDepartmentUuid;
            config.profile.myKaarma = {mk};
            paydesk::BoundSecret::write(*secrets, mk.secretKey(config.profile.name),
                                        {mk.secretOrigin(), sandbox->options().myKaarmaPassword.toUtf8()},
                                        &app, [](paydesk::SecretStore::DoneResult) {});
        }
        config.cachePath = demoDir->filePath(u"demo-cache.sqlite"_s);

        // The demo's settings live in its temporary folder, seeded with the user's language,
        // theme and notification choices plus the demo profile: Settings can be tried in the
        // demo without touching the dealer's real profiles, and the demo secret stays in memory.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, demoDir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, demoDir->path());
        paydesk::ui::AppSettings demoSettings = settings;
        demoSettings.profiles = {config.profile};
        demoSettings.currentProfile = config.profile.name;
        demoSettings.save();
#else
        printError(Main::tr("This build has no sandbox, so --demo is not available."));
        return 1;
#endif
    } else {
        secrets = paydesk::SecretStore::createDefault();
        const paydesk::ConnectionProfile* profile = settings.profile(profileName);
        if (!profile)
            profile = settings.current();
        if (profile) {
            config.profile = *profile;
        } else {
            paydesk::ui::FirstRunDialog firstRun(*secrets);
            if (firstRun.exec() != QDialog::Accepted)
                return 0;
            config.profile = firstRun.profile();
        }
    }

    SyncSession session(config, *secrets);
    if (auto opened = session.open(); !opened) {
        printError(opened.error());
        QMessageBox::critical(nullptr, Main::tr("PayDesk"), opened.error());
        return 1;
    }
    MainWindow window(session.store());
    window.setProfileName(config.profile.name);
    window.setReceiptIssuer(paydesk::ui::ReceiptPdf::issuerOf(config.profile));
    window.setSecretStore(secrets.get());
    window.setDemoMode(demo);
    window.notifier()->setNotifyPaid(settings.notifyPaid);
    window.notifier()->setNotifyFailed(settings.notifyFailed);
    window.notifier()->setNotifyCleared(settings.notifyCleared);
    window.setClearanceOverdueDays(settings.clearanceOverdueDays);
    window.notifier()->setNotifyWhenActive(settings.notifyWhenActive);
    QObject::connect(&window, &MainWindow::languageChangeRequested, &translator,
                     &paydesk::ui::Translator::setLanguage);
    // The window observes the session; the session knows nothing of the window.
    window.setSession(&session);
    session.start();
#ifdef PAYDESK_HAVE_SANDBOX
    // Payment Assist has no list to sync from: PayDesk follows the applications it began and
    // those a dealer adds by token. The demo adds the emulation's seeded ones by token, as a
    // dealer would, so finance applications in every state show from the start.
    if (sandbox && !config.profile.paymentAssist.isEmpty()) {
        if (const auto* pa = sandbox->component<paydesk::sandbox::PaymentAssistState>()) {
            const paydesk::PaymentAssistSite& site = config.profile.paymentAssist.constFirst();
            for (const auto& application : pa->applications()) {
                if (application.apiKey == site.apiKey)
                    session.track(paydesk::ProviderId::paymentAssist(), site.siteId, application.token, &app,
                                  [](const auto&) {});
            }
        }
    }
#endif
    if (screenshots) {
        window.resize(1480, 900);
        window.show();
        return takeScreenshots(window, session, parser.value(screenshotOption));
    }
    std::unique_ptr<paydesk::ui::KioskMode> kioskMode;
    if (kiosk) {
        if (demo && kioskConfig.pinHash.isEmpty()) {
            // The demo's staff PIN, so the staff menu can be tried; a real kiosk's is provisioned.
            kioskConfig.pinHash = paydesk::StaffPin::hash(u"123456"_s);
            printError(
                Main::tr("Demo kiosk: the staff PIN is 123456 (hold the top-left corner for 3 seconds, "
                         "or press Ctrl+Alt+Shift+P)."));
        }
        if (demo) {
            QObject::connect(
                &session, &SyncSession::synced, &session,
                [&session] {
                    if (const auto sample = paydesk::ui::KioskMode::samplePayment(session))
                        printError(
                            Main::tr("Demo kiosk: try the reference %1 with the surname %2.")
                                .arg(sample->reference.number, sample->customer.name.section(u' ', -1)));
                },
                Qt::SingleShotConnection);
        }
        kioskMode = std::make_unique<paydesk::ui::KioskMode>(session, window, translator, kioskConfig);
        kioskMode->start();
    } else {
        window.show();
    }
    // A signal that came while starting up (e.g. during the first-run dialog) already asked to
    // quit; QCoreApplication::exec() would forget that request.
    if (termination.received())
        return 0;
    return app.exec();
}
