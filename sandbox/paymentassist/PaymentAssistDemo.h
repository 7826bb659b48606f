#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QNetworkAccessManager;
class QTimer;

namespace paydesk::sandbox {

class PaymentAssistState;

/**
 * Demo life for the Payment Assist emulation.
 *
 * - Seeding (when the sandbox seeds demo payments, `--seed N` / `seedCount`): about one in
 *   eight as many finance applications (at least 14, at most 2000), spread over the demo
 *   accounts and the last 30 days, in every state — pending, in progress, pending_capture,
 *   completed with the invoice uploaded, completed with the invoice outstanding
 *   (`requires_invoice && !has_invoice`), failed, expired. Deterministic for a random seed.
 * - The `demo` scenario drives applications begun through the API through the customer page
 *   by itself, over real HTTP(S) like a customer's browser: about 8 s after /begin the page is
 *   opened, a few seconds later most are signed (some with auto_capture=false then wait for
 *   /capture), about one in six is declined, and about one in ten is left to expire.
 * - `GET /admin/paymentassist/applications` (admin token, loopback) lists every application
 *   (token, api_key, order_id, status, amount, pa_ref, invoice flags, created_at, customer
 *   name) — Payment Assist itself has no list endpoint; this is how a demo client finds the
 *   seeded tokens to track.
 */
class PaymentAssistDemo : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    PaymentAssistDemo(Sandbox& sandbox, PaymentAssistState& state, QObject* parent = nullptr);
    ~PaymentAssistDemo() override;

    QString name() const override { return QStringLiteral("paymentassist.demo"); }
    void start() override;
    void stop() override;

    /// The demo driver's pace: how often it looks (ms), how old (state clock, seconds) an
    /// application must be before the customer opens it, and the customer's thinking time
    /// before signing (ms, plus up to as much again). Tests speed it up.
    void setPace(int tickMs, int openAfterSeconds, int thinkMs);
    /// How often the driver has looked for applications so far.
    int ticks() const { return m_ticks; }

    /// Adds `count` applications in every state to the state (see the class comment).
    static void seed(PaymentAssistState& state, int count, quint32 randomSeed);

private:
    void tick();
    void drive(const QString& token);
    HttpResponse list() const;

    Sandbox& m_sandbox;
    PaymentAssistState& m_state;
    QNetworkAccessManager* m_nam = nullptr;
    QTimer* m_timer = nullptr;
    QRandomGenerator m_random;
    QSet<QString> m_seen;
    QSet<QString> m_driven;
    bool m_seeded = false;
    int m_openAfterSeconds = 8;
    int m_thinkMs = 3000;
    int m_ticks = 0;
};

} // namespace paydesk::sandbox
