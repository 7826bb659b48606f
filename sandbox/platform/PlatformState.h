#pragma once

#include "ChangeEvent.h"
#include "PlatformError.h"
#include "StatusUpdate.h"
#include "StoreInfo.h"
#include "payments/DealerActions.h"
#include "payments/Payment.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

/// A page of the change feed (`GET …/payments?sinceSequence=N&limit=L`).
struct FeedPage
{
    QList<Payment> payments;
    /// Pass this as sinceSequence for the next page.
    qint64 nextSequence = 0;
    bool hasMore = false;
    /// Matching payments whose last change is after sinceSequence (this page and later ones).
    int totalItems = 0;
    /// The store's latest sequence when the page was read.
    qint64 latestSequence = 0;
};

/// Filters of the feed and of the interactive list.
struct PaymentQuery
{
    qint64 sinceSequence = 0;
    int limit = 100;
    /// Wire statuses to keep (empty = all).
    QStringList statuses;
    /// Case-insensitive text in customer name, reference number, description or payment id.
    QString text;
    /// Interactive list mode (ordered by last update, newest first) when page > 0.
    int page = 0;
    int pageSize = 50;
};

/// A page of the interactive list (`GET …/payments?page=P&pageSize=S`).
struct ListPage
{
    QList<Payment> payments;
    int totalItems = 0;
    int totalPages = 0;
    int page = 1;
    int pageSize = 50;
};

/**
 * Everything the platform knows: stores, their payments, each store's change sequence,
 * status histories and pay-link tokens.
 *
 * Every change — from the HTTP routes, the pay page, the reconciler, the expiry sweep or
 * the notifier — goes through one commit path: bump the payment's version, take the store's
 * next sequence, re-index the payment by that sequence, then emit paymentChanged(). So the
 * feed, the WebSocket stream and the partner webhooks see one order with no gaps.
 *
 * Single-threaded: use it from the thread that owns it (the sandbox's event loop).
 */
class PlatformState : public QObject
{
    Q_OBJECT

public:
    explicit PlatformState(Clock& clock, QObject* parent = nullptr);
    ~PlatformState() override;

    Clock& clock() const { return m_clock; }

    // --- stores --------------------------------------------------------------------------
    void addStore(const StoreInfo& store);
    bool hasStore(const QString& enterpriseId, const QString& storeId) const;
    std::optional<StoreInfo> store(const QString& enterpriseId, const QString& storeId) const;
    QList<StoreInfo> stores() const;
    qint64 latestSequence(const QString& enterpriseId, const QString& storeId) const;
    int paymentCount(const QString& enterpriseId, const QString& storeId) const;
    int paymentCount() const;

    // --- configuration -------------------------------------------------------------------
    /// "http://127.0.0.1:PORT" — pay links are `{base}/pay/{token}`. Existing links are rewritten.
    void setPayLinkBase(const QString& base);
    QString payLinkBase() const { return m_payLinkBase; }
    /// Delay before an initiated request becomes NOTIFIED (the platform "sent" the email/SMS).
    void setNotifyDelayMs(int ms) { m_notifyDelayMs = ms; }
    /// Lifetime of a pay link when the dealer gives no expiresAt.
    void setDefaultExpirySeconds(qint64 seconds) { m_defaultExpirySeconds = seconds; }
    /// Starts the expiry sweep (once a second by default).
    void startTimers(int sweepIntervalMs = 1000);
    void stopTimers() { m_sweepTimer.stop(); }

    // --- reading ---------------------------------------------------------------------------
    /// The payment with its history, or nothing.
    std::optional<Payment> payment(const QString& enterpriseId, const QString& storeId,
                                   const QString& paymentId) const;
    /// Finds a payment by id in any store.
    std::optional<Payment> paymentById(const QString& paymentId) const;
    /// The payment a pay link's token belongs to.
    std::optional<Payment> paymentByPayToken(const QString& token) const;
    /// The change feed: payments whose last change is after query.sinceSequence, by sequence.
    FeedPage feed(const QString& enterpriseId, const QString& storeId, const PaymentQuery& query) const;
    /// The interactive list: filtered, newest update first, paged.
    ListPage list(const QString& enterpriseId, const QString& storeId, const PaymentQuery& query) const;
    /// The token at the end of a pay link.
    static QString payTokenOf(const Payment& payment);

    // --- changing (each returns the payment after the change) ------------------------------
    Result<Payment, PlatformError> initiate(InitiateRequest request);
    Result<Payment, PlatformError> cancel(CancelRequest request);
    Result<Payment, PlatformError> resend(ResendRequest request);
    /// The partner's status update (also the pay page's, with actor CUSTOMER).
    Result<Payment, PlatformError> applyStatusUpdate(const QString& enterpriseId, const QString& storeId,
                                                     const QString& paymentId, const StatusUpdate& update);
    /// The DMS booked a PAID payment into its accounts.
    Result<Payment, PlatformError> markReconciled(const QString& enterpriseId, const QString& storeId,
                                                  const QString& paymentId);
    /// Settlement finished for a reconciled payment: safe to release.
    Result<Payment, PlatformError> markFundsCleared(const QString& enterpriseId, const QString& storeId,
                                                    const QString& paymentId);
    /// Ends an open request whose pay link ran out (the sweep does this; tests may call it).
    Result<Payment, PlatformError> expire(const QString& enterpriseId, const QString& storeId,
                                          const QString& paymentId);
    /**
     * Sets any status string, bypassing validation and transition rules — for tests of
     * clients that must keep unknown statuses raw ("ON_HOLD") or survive odd histories.
     * Still one committed change with the next sequence (kind StatusUpdated, actor SYSTEM).
     */
    Result<Payment, PlatformError> forceStatus(const QString& paymentId, const QString& rawStatus,
                                               const QString& note = QString());
    /// Runs the expiry sweep now; returns how many payments expired.
    int sweepExpired();

    /**
     * Bulk load (seeding, restoring a --data file): payments keep their sequence and
     * version; no signals. The store's sequence continues after the highest one loaded.
     */
    void loadPayments(const QString& enterpriseId, const QString& storeId, std::vector<Payment> payments);
    /// A random id in UUID form, from the state's generator (deterministic after seedRandom()).
    QString newId();
    /// An unguessable pay-link token (QRandomGenerator::system(), never the seeded generator).
    QString newPayToken();
    void seedRandom(quint32 seed) { m_random.seed(seed); }

Q_SIGNALS:
    /// Emitted after every committed change (see ChangeEvent::Kind).
    void paymentChanged(const paydesk::sandbox::ChangeEvent& event);

private:
    struct StoreData;

    StoreData* storeData(const QString& enterpriseId, const QString& storeId) const;
    Result<Payment*, PlatformError> find(const QString& enterpriseId, const QString& storeId,
                                         const QString& paymentId, StoreData** store = nullptr) const;
    void commit(StoreData& store, Payment& payment, ChangeEvent::Kind kind, const PaymentStatus& previous);
    void addHistory(Payment& payment, const PaymentStatus& status, StatusChange::Actor actor,
                    const QString& note);
    void scheduleNotify(const QString& enterpriseId, const QString& storeId, const QString& paymentId);
    void trackExpiry(const Payment& payment);
    static bool matches(const Payment& payment, const PaymentQuery& query);

    Clock& m_clock;
    std::map<QString, std::unique_ptr<StoreData>> m_stores;
    /// paymentId → store key.
    QHash<QString, QString> m_storeOfPayment;
    /// pay token → paymentId.
    QHash<QString, QString> m_payTokens;
    /// expiresAt (ms since epoch) → (store key, paymentId) of requests that may expire.
    std::multimap<qint64, std::pair<QString, QString>> m_expiries;
    QString m_payLinkBase;
    int m_notifyDelayMs = 800;
    qint64 m_defaultExpirySeconds = 7 * 24 * 3600;
    QTimer m_sweepTimer;
    QList<ChangeEvent> m_pendingEvents;
    bool m_emitting = false;
    QRandomGenerator m_random;
};

} // namespace paydesk::sandbox
