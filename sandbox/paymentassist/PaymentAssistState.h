#pragma once

#include "SandboxComponent.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <optional>

class QTimer;

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

class Sandbox;

/// One plan type of an account (GET /account `plans[]`). Amounts in pence.
struct PaPlan
{
    int planId = 0;
    QString name;
    int instalments = 4;
    /// First instalment taken at once.
    bool deposit = true;
    /// APR in hundredths of a percent (990 = 9.9 %); 0 for interest-free plans.
    int aprBasisPoints = 0;
    QString frequency = QStringLiteral("monthly");
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
    /// Percent as Payment Assist writes it ("8.50").
    QString commissionRate = QStringLiteral("8.50");
    std::optional<qint64> commissionFixedFee;

    bool allows(qint64 amount) const
    {
        return (!minAmount || amount >= *minAmount) && (!maxAmount || amount <= *maxAmount);
    }
    QJsonObject toJson() const;
};

/// A dealer or branch with its own API key and secret (`demo_…` here; `prod_…` is refused).
struct PaAccount
{
    QString apiKey;
    QString secret;
    QString legalName;
    QString displayName;
    QList<int> planIds;
    int defaultPlanId = 1;
    /// Whether completed applications need an invoice before funds are paid out.
    bool requiresInvoice = true;
};

/// One finance application, from /begin to a final state.
struct PaApplication
{
    enum class Status
    {
        Pending,
        InProgress,
        PendingCapture,
        Completed,
        Failed,
        Expired,
    };

    QString token;
    QString apiKey;
    QString orderId;
    qint64 amount = 0;
    Status status = Status::Pending;
    int planId = 0;
    QString fName, sName, addr1, addr2, addr3, town, county, postcode, email, telephone, dob;
    QString regNo, description;
    QString successUrl, failureUrl, webhookUrl;
    bool autoCapture = true;
    bool sendEmail = false;
    bool sendSms = false;
    bool multiPlan = false;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastAccessedAt;
    QDateTime finishedAt;
    QString paRef;
    bool requiresInvoice = true;
    bool hasInvoice = false;
    QString invoiceType;
    qint64 invoiceBytes = 0;

    bool isFinal() const
    {
        return status == Status::Completed || status == Status::Failed || status == Status::Expired;
    }
    bool isOpen() const { return status == Status::Pending || status == Status::InProgress; }
    QString customerName() const { return fName + u' ' + sName; }
    static QString statusName(Status status);
};

/**
 * The Payment Assist emulation's data: accounts (API key → secret, plans), applications and
 * their state machine, and the order ids each account has used.
 *
 * ```
 * pending ──(customer opens the page)──▶ in progress ──(signs)──▶ completed
 *    │                                       │           └─(auto_capture=false)─▶ pending_capture
 * ──/capture──▶ completed └──────────(expiry passes, or /update expiry=0)──▶ expired      └─(declines / card
 * refused)──▶ failed
 * ```
 *
 * Expiry is checked lazily on every access and by a one-second timer once started.
 * finalState() is emitted once per application when it becomes completed, failed or expired
 * (the webhook sender listens to it). In memory only: applications do not survive a
 * restart of the process.
 */
class PaymentAssistState : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    PaymentAssistState(Sandbox& sandbox, Clock& clock, QObject* parent = nullptr);
    ~PaymentAssistState() override;

    QString name() const override { return QStringLiteral("paymentassist.state"); }
    void start() override;
    void stop() override;

    /// The plan types every account may use (realistic: 3-, 4-, 6- and 12-payment).
    static QList<PaPlan> defaultPlans();

    void addAccount(const PaAccount& account);
    const PaAccount* account(const QString& apiKey) const;
    QList<PaAccount> accounts() const { return m_accounts.values(); }
    std::optional<PaPlan> plan(int planId) const;
    QList<PaPlan> plansOf(const PaAccount& account) const;

    /// Expires what is due, then returns the application (nullptr: unknown token).
    const PaApplication* application(const QString& token);
    /// Only the account's own applications (nullptr for another account's token).
    const PaApplication* applicationOf(const QString& apiKey, const QString& token);
    QList<PaApplication> applications() const { return m_applications.values(); }
    int applicationCount() const { return int(m_applications.size()); }

    bool orderIdUsed(const QString& apiKey, const QString& orderId) const;
    /// Stores a new application (token and dates are set here); returns its token.
    QString create(PaApplication application, qint64 expirySeconds);

    /// The customer opened the continuation page: pending → in progress.
    void opened(const QString& token);
    /// The customer signed: in progress → completed, or pending_capture without auto-capture.
    Result<Done, QString> sign(const QString& token);
    /// The customer declined, or the card was refused: → failed.
    Result<Done, QString> decline(const QString& token);
    /// pending_capture → completed.
    Result<Done, QString> capture(const QString& token);
    /// New expiry from now; 0 expires at once.
    Result<Done, QString> setExpiry(const QString& token, qint64 seconds);
    Result<Done, QString> lowerAmount(const QString& token, qint64 amount);
    Result<Done, QString> setOrderId(const QString& token, const QString& orderId);
    void attachInvoice(const QString& token, const QString& fileType, qint64 bytes);
    /// The customer's choice of plan on the page (applications begun with multi_plan=true).
    void setPlan(const QString& token, int planId);

    /// For the demo seeder: stores an application as given (dates, status, invoice), without
    /// signals or webhooks; a token is made when it has none. Returns the token.
    QString insertSeeded(PaApplication application);

    /// Expires every open application whose expiry has passed.
    void expireDue();
    Clock& clock() const { return m_clock; }

Q_SIGNALS:
    void changed(const QString& token);
    /// Emitted once when an application reaches completed, failed or expired.
    void finalState(const QString& token, const QString& status);

private:
    PaApplication* find(const QString& token);
    void moveTo(PaApplication& app, PaApplication::Status status);
    QString newPaRef();

    Sandbox& m_sandbox;
    Clock& m_clock;
    QHash<QString, PaAccount> m_accounts;
    QHash<QString, PaApplication> m_applications;
    QHash<QString, QSet<QString>> m_orderIds;
    QRandomGenerator m_random;
    QTimer* m_expiryTimer = nullptr;
};

} // namespace paydesk::sandbox
