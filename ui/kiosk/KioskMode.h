#pragma once

#include "kiosk/KioskConfig.h"
#include "payments/Payment.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace paydesk {
class SyncSession;
}

namespace paydesk::ui {

class KioskWindow;
class Translator;

/**
 * Runs kiosk mode over a session (what `paydesk --kiosk` starts): the KioskWindow full screen
 * over the session's cache, its audit lines through SyncSession::appendAudit, its language
 * buttons through the Translator, offline from the session's state. Staff's choices: leave
 * (the kiosk closes and the dashboard opens), the dashboard for some minutes (then it hides and
 * the kiosk is back), refresh (re-fetches the shown payment). The Welcome screen greets with the
 * platform's name for the served stores (SyncSession::fetchStores, remembered by KioskStoreName
 * for offline starts), else the configured dealership name.
 */
class KioskMode : public QObject
{
    Q_OBJECT

public:
    /// `dashboard` is the app's main window, hidden while the kiosk runs.
    KioskMode(SyncSession& session, QWidget& dashboard, Translator& translator, const KioskConfig& config,
              QObject* parent = nullptr);
    ~KioskMode() override;

    KioskWindow* window() const { return m_kiosk.get(); }
    void start();

    /// The served stores: the profile's, narrowed to the configuration's when it names any.
    static QStringList servedStores(const QStringList& profileStores, const QStringList& configured);

    /**
     * Renders Welcome, the payment with its QR code, Paid and the PIN pad of a kiosk over
     * `session` (its first open payment) to kiosk-*.png in `dir`. Returns whether all were written.
     */
    static bool takeScreenshots(SyncSession& session, const QString& dir);

    /// An open payment the kiosk would find (for the demo's hint and the screenshots).
    static std::optional<Payment> samplePayment(SyncSession& session);

private:
    SyncSession& m_session;
    QPointer<QWidget> m_dashboard;
    std::unique_ptr<KioskWindow> m_kiosk;
    bool m_storesAnswered = false;
};

} // namespace paydesk::ui
