#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QNetworkAccessManager;
class QTimer;

namespace paydesk::sandbox {

class DemocranceState;

/**
 * Demo life for the Democrance emulation.
 *
 * - Seeding (when the sandbox seeds demo payments, `--seed N` / `seedCount`): for each demo
 *   dealer max(14, N/16) policies (at most 1000), in every status, spread over the last 60 days;
 *   the active ones with their paid payment (a tax invoice / receipt to download), some awaiting
 *   approval with an invoiced payment, one quote with a premium of 0 ("No payment required").
 *   Deterministic for a random seed.
 * - The `demo` scenario: every few seconds the driver plays the customers. A card payment
 *   initiated through the API is paid on the gateway page over real HTTP(S) about
 *   payAfterSeconds after it began (about one in six is declined, about one in eight loses its
 *   return to /process/ so that the background re-check finds it later); now and then a seeded
 *   quote is bought through the customer's own checkout (GET /token/ then the gateway page), an
 *   invoiced premium is settled, and a new S_NEW policy is sold.
 * - `GET /admin/democrance/policies` (admin token, loopback) lists every policy with its dealer
 *   and latest payment; `POST /admin/democrance/recheck` runs a re-check round now.
 */
class DemocranceDemo : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    DemocranceDemo(Sandbox& sandbox, DemocranceState& state, QObject* parent = nullptr);
    ~DemocranceDemo() override;

    QString name() const override { return QStringLiteral("democrance.demo"); }
    void start() override;
    void stop() override;

    /// The demo driver's pace: how often it looks (ms) and how old (state clock, seconds) a
    /// payment must be before its customer pays. Tests speed it up.
    void setPace(int tickMs, int payAfterSeconds);
    int ticks() const { return m_ticks; }

    /// Adds `perDealer` policies in every status for each dealer (see the class comment).
    static void seed(DemocranceState& state, int perDealer, quint32 randomSeed);

private:
    void tick();
    /// The customer pays (or is declined) on the gateway page of `token`, like a browser.
    void pay(const QString& token, bool declines, bool loseReturn);
    HttpResponse list() const;

    Sandbox& m_sandbox;
    DemocranceState& m_state;
    QNetworkAccessManager* m_nam = nullptr;
    QTimer* m_timer = nullptr;
    QRandomGenerator m_random;
    QSet<QString> m_driven;
    bool m_seeded = false;
    int m_payAfterSeconds = 10;
    int m_ticks = 0;
};

} // namespace paydesk::sandbox
