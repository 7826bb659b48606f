#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QNetworkAccessManager;
class QTimer;

namespace paydesk::sandbox {

class MyKaarmaState;
struct SandboxOptions;

/**
 * The myKaarma emulation's data and demo life.
 *
 * - setUp() (always, from installMyKaarma): the two demo dealers, their departments, the
 *   service subscribers (see sandbox/README.md, "myKaarma"), customers, and a fixed set of
 *   dealer orders in every state in each department — open with nothing sent, payment request
 *   sent, viewed, paid online, paid at the counter, partly paid, suspicious, a zero-amount
 *   warranty order, an expired and a failed request. Deterministic for a random seed.
 * - With `--seed N` (seedCount): about N/8 more orders (10 to 1000) over the last 30 days.
 * - The `demo` scenario: a simulated customer opens the pay links of payment requests (those
 *   made through the API ~8 s after they were sent, and now and then a seeded open one) and
 *   pays on the page over real HTTP(S); about one in six declines once first. Now and then an
 *   open order without an invoice is paid at the counter and closed, and the DMS adds a new open
 *   repair order.
 * - `GET /admin/mykaarma/orders` (admin token, loopback) lists every order with its invoices
 *   and payment requests — no customer contact details.
 */
class MyKaarmaDemo : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    MyKaarmaDemo(Sandbox& sandbox, MyKaarmaState& state, QObject* parent = nullptr);
    ~MyKaarmaDemo() override;

    QString name() const override { return QStringLiteral("mykaarma.demo"); }
    void start() override;
    void stop() override;

    /// The driver's pace: tick interval (ms), how old (state clock, s) a sent request must be
    /// before the customer opens it, thinking time before paying (ms). Tests speed it up.
    void setPace(int tickMs, int openAfterSeconds, int thinkMs);
    int ticks() const { return m_ticks; }

    /// Dealers, departments, subscribers, customers and the fixed orders in every state.
    static void setUp(MyKaarmaState& state, const SandboxOptions& options);
    /// `count` more orders in assorted states.
    static void seed(MyKaarmaState& state, int count, quint32 randomSeed);

private:
    void tick();
    void drive(const QString& guid, bool declineFirst);
    HttpResponse list() const;

    Sandbox& m_sandbox;
    MyKaarmaState& m_state;
    QNetworkAccessManager* m_nam = nullptr;
    QTimer* m_timer = nullptr;
    QRandomGenerator m_random;
    QSet<QString> m_seeded;
    QSet<QString> m_driven;
    bool m_didSeed = false;
    int m_openAfterSeconds = 8;
    int m_thinkMs = 3000;
    int m_ticks = 0;
};

} // namespace paydesk::sandbox
