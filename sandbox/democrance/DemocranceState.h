#pragma once

#include "SandboxComponent.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

class Sandbox;

/// One payment gateway (`GET /api/v3/payment/gateways/` entry).
struct DemGateway
{
    QString gateway;  ///< the key ("payfort-aed", "invoice")
    QString name;     ///< for people ("Payfort")
    QString provider; ///< "payfort", "Democrance"
    /// Whether /validate-session/ makes a merchant session for it (Apple Pay through the gateway).
    bool merchantSession = false;
    /// The invoice gateway: no card page, the premium is billed to the dealer.
    bool invoice = false;

    QJsonObject toJson() const;
};

/// A broker user of one dealership: logs in with `POST /api/v3/login/`, sees its own policies.
struct DemDealer
{
    QString username;
    QString password;
    QString name;
    QString brokerId;
    QString currency = QStringLiteral("AED");
    /// Card gateways (keys of DemocranceState::gateways()) in the order offered.
    QStringList cardGateways;
    /// Products (slugs) whose policies may be paid with the `invoice` gateway; empty = none.
    QStringList invoiceProducts;
    /// Policy numbers start with this ("NGM" → "NGM-GAP-000123").
    QString policyPrefix;
};

/// One insurance policy sold with a vehicle. Premium in minor units (fils, pence).
struct DemPolicy
{
    QString policyNumber;
    QString dealer; ///< DemDealer::username
    QString status; ///< S_NEW … S_ENDED
    QString productSlug;
    QString productName;
    qint64 premium = 0;
    QString currency;
    QString firstName, lastName, email, mobile;
    QString make, model, registration;
    QDate startDate, endDate;
    QDateTime created, modified;
    /// Token of the latest payment (empty: none yet).
    QString lastPayment;
};

/// One payment attempt (initiate or token), from the gateway's token to a final state.
struct DemPayment
{
    enum class Status
    {
        Pending,     ///< card payment under way (the customer has the gateway URL)
        Paid,        ///< recorded by /process/ (or found by the re-check); policy S_ACTIVE
        Failed,      ///< the gateway declined, or the customer cancelled on the page
        Expired,     ///< nobody paid within the token's lifetime
        Invoiced,    ///< "Payment to be invoiced": billed to the dealer, policy S_PENDING_APPROVAL
        NotRequired, ///< "No payment required" (nothing to pay); policy S_ACTIVE
    };
    /// What the gateway itself knows (the re-check asks it).
    enum class GatewayResult
    {
        None,
        Captured,
        Declined,
    };

    QString token;
    QString reference; ///< payment reference for /api/v3/payment/<reference>/tax-invoice/
    QString policyNumber;
    QString dealer;
    QString gateway;
    QString action;
    Status status = Status::Pending;
    qint64 amount = 0;
    QString currency;
    QString returnUrl; ///< the client's url (GET /token/ `url`); empty = the deployment's page
    QDateTime created, expiresAt, finishedAt;
    GatewayResult gatewayResult = GatewayResult::None;
    QDateTime gatewayResultAt;
    QString cardBrand, cardLast4;
    bool sessionValidated = false;
    /// Recorded by the background re-check (the gateway's return to /process/ never came).
    bool foundByRecheck = false;

    bool isFinal() const { return status != Status::Pending; }
    static QString statusName(Status status);
};

/// A logged-in session (`POST /api/v3/login/`).
struct DemSession
{
    QString key;
    QString username;
    QDateTime expiresAt;
};

/**
 * The Democrance emulation's data: dealers (users), sessions, policies in every status and the
 * payments made for them.
 *
 * ```
 * policy S_NEW / S_QUOTED / S_PENDING_APPROVAL ──initiate(card)──▶ payment pending
 *    payment pending ──gateway page: paid──▶ gateway captured ──/process/ (or the re-check)──▶
 *        payment paid, policy S_ACTIVE
 *    payment pending ──gateway page: declined / cancelled──▶ payment failed (policy unchanged)
 *    payment pending ──token lifetime passes──▶ expired
 * initiate(invoice)  ──▶ payment invoiced, policy S_PENDING_APPROVAL (settleInvoice → paid, S_ACTIVE)
 * initiate, premium 0 ──▶ no payment required, policy S_ACTIVE
 * ```
 *
 * The background re-check ("the democrance platform will automatically check the status of
 * incomplete payments periodically") runs from runDue(): every API call and a one-second timer
 * call it, and it asks the gateway about every pending payment once recheckIntervalSeconds of the
 * clock have passed since the last round. Tests drive it with a ManualClock.
 *
 * In memory only. Never logs passwords, session keys, tokens or customer contact details.
 */
class DemocranceState : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    DemocranceState(Sandbox& sandbox, Clock& clock, QObject* parent = nullptr);
    ~DemocranceState() override;

    QString name() const override { return QStringLiteral("democrance.state"); }
    void start() override;
    void stop() override;

    static QStringList statuses();
    static QList<DemGateway> gateways();
    static std::optional<DemGateway> gateway(const QString& key);

    void addDealer(const DemDealer& dealer);
    const DemDealer* dealer(const QString& username) const;
    QList<DemDealer> dealers() const;

    // Sessions
    /// A new session for a correct username and password (nothing otherwise).
    std::optional<DemSession> login(const QString& username, const QString& password);
    /// The dealer of a live session (nullptr: unknown or expired).
    const DemDealer* sessionDealer(const QString& key);
    void setSessionLifetimeSeconds(qint64 seconds) { m_sessionSeconds = seconds; }
    qint64 sessionLifetimeSeconds() const { return m_sessionSeconds; }
    /// Ends every session at once (tests; as after a server restart).
    void expireAllSessions() { m_sessions.clear(); }

    // Policies
    /// Stores a policy as given (a number is made when it has none). Returns the number.
    QString insertPolicy(DemPolicy policy);
    /// The dealer's own policy (nullptr: unknown, or another dealer's).
    const DemPolicy* policyOf(const QString& dealer, const QString& policyNumber) const;
    /// The dealer's policies with one of `statuses` (all when empty), oldest first.
    QList<DemPolicy> policies(const QString& dealer, const QStringList& statuses = {}) const;
    int policyCount() const { return int(m_policies.size()); }
    Result<Done, QString> setPolicyStatus(const QString& policyNumber, const QString& status);
    /// Gateways for a dealer (and a policy's product when given).
    QList<DemGateway> gatewaysFor(const DemDealer& dealer, const DemPolicy* policy) const;

    // Payments
    struct Initiated
    {
        DemPayment payment;
        bool reused = false;
    };
    /// Starts (or, while one is under way, returns) the policy's payment through `gateway`.
    /// Errors: a message for 400.
    Result<Initiated, QString> initiate(const QString& dealer, const QString& policyNumber,
                                        const QString& gateway, const QString& returnUrl);
    const DemPayment* payment(const QString& token);
    const DemPayment* paymentByReference(const QString& reference);
    QList<DemPayment> payments() const { return m_payments.values(); }
    /// The gateway page: the customer paid (card accepted) or was declined / cancelled. Only the
    /// gateway knows until /process/ or the re-check records it.
    Result<Done, QString> gatewayResult(const QString& token, bool captured, const QString& brand = {},
                                        const QString& last4 = {});
    /// /process/: records what the gateway says (paid → policy S_ACTIVE; declined → failed).
    Result<Done, QString> process(const QString& token);
    /// Asks the gateway about one pending payment now (/complete/ and the re-check).
    void checkWithGateway(const QString& token, bool byRecheck);
    /// The dealer paid an invoiced premium: payment paid, policy S_ACTIVE.
    Result<Done, QString> settleInvoice(const QString& token);
    /// Validates the merchant session once (/validate-session/).
    Result<QJsonObject, QString> validateSession(const QString& token, const QString& policyNumber,
                                                 const QString& gateway);
    /// For the demo seeder: stores a payment as given (no signals). Returns the token.
    QString insertSeededPayment(DemPayment payment);

    // The background re-check
    void setRecheckIntervalSeconds(qint64 seconds) { m_recheckSeconds = seconds; }
    qint64 recheckIntervalSeconds() const { return m_recheckSeconds; }
    void setPaymentLifetimeSeconds(qint64 seconds) { m_paymentSeconds = seconds; }
    /// Expires what is due and runs a re-check round when one is due.
    void runDue();
    /// One re-check round now: every pending payment the gateway has a result for is recorded.
    int recheck();
    int recheckRounds() const { return m_recheckRounds; }

    Clock& clock() const { return m_clock; }

Q_SIGNALS:
    void policyChanged(const QString& policyNumber);
    void paymentChanged(const QString& token);

private:
    DemPolicy* findPolicy(const QString& policyNumber);
    DemPayment* findPayment(const QString& token);
    void finish(DemPayment& payment, DemPayment::Status status);
    void touch(DemPolicy& policy, const QString& status);
    QString randomHex(int bytes);

    Sandbox& m_sandbox;
    Clock& m_clock;
    QList<DemDealer> m_dealers;
    QHash<QString, DemSession> m_sessions;
    QHash<QString, DemPolicy> m_policies;
    QHash<QString, DemPayment> m_payments;
    QHash<QString, QString> m_references; ///< reference → token
    QHash<QString, int> m_numbers;        ///< dealer → last policy serial
    int m_nextReference = 1;
    qint64 m_sessionSeconds = 3600;
    qint64 m_recheckSeconds = 120;
    qint64 m_paymentSeconds = 24 * 3600;
    QDateTime m_lastRecheck;
    int m_recheckRounds = 0;
    QRandomGenerator m_random;
    QTimer* m_timer = nullptr;
};

} // namespace paydesk::sandbox
