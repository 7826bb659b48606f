#include "DemoSeeder.h"

#include "PlatformState.h"
#include "util/Clock.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace paydesk::sandbox {

namespace {

using Code = PaymentStatus::Code;
using Actor = StatusChange::Actor;

struct Region
{
    QStringList first;
    QStringList last;
    QString emailDomain;
};

const Region& regionFor(const QString& currency, const QString& city)
{
    static const Region uk{
        {QStringLiteral("Oliver"),    QStringLiteral("Amelia"),   QStringLiteral("Harry"),
         QStringLiteral("Isla"),      QStringLiteral("George"),   QStringLiteral("Ava"),
         QStringLiteral("Noah"),      QStringLiteral("Emily"),    QStringLiteral("Jack"),
         QStringLiteral("Sophie"),    QStringLiteral("Mohammed"), QStringLiteral("Priya"),
         QStringLiteral("Thomas"),    QStringLiteral("Grace"),    QStringLiteral("James"),
         QStringLiteral("Charlotte"), QStringLiteral("Arjun"),    QStringLiteral("Chloe"),
         QStringLiteral("William"),   QStringLiteral("Hannah")},
        {QStringLiteral("Smith"),    QStringLiteral("Jones"),    QStringLiteral("Taylor"),
         QStringLiteral("Brown"),    QStringLiteral("Williams"), QStringLiteral("Wilson"),
         QStringLiteral("Johnson"),  QStringLiteral("Davies"),   QStringLiteral("Patel"),
         QStringLiteral("Robinson"), QStringLiteral("Wright"),   QStringLiteral("Thompson"),
         QStringLiteral("Evans"),    QStringLiteral("Walker"),   QStringLiteral("Khan"),
         QStringLiteral("Hughes"),   QStringLiteral("Edwards"),  QStringLiteral("O'Brien"),
         QStringLiteral("Clarke"),   QStringLiteral("Shaw")},
        QStringLiteral("example.co.uk")};
    static const Region ie{{QStringLiteral("Seán"), QStringLiteral("Aoife"), QStringLiteral("Conor"),
                            QStringLiteral("Niamh"), QStringLiteral("Cian"), QStringLiteral("Saoirse"),
                            QStringLiteral("Darragh"), QStringLiteral("Ciara"), QStringLiteral("Oisín"),
                            QStringLiteral("Róisín"), QStringLiteral("Patrick"), QStringLiteral("Siobhán")},
                           {QStringLiteral("Murphy"), QStringLiteral("Kelly"), QStringLiteral("O'Sullivan"),
                            QStringLiteral("Walsh"), QStringLiteral("Byrne"), QStringLiteral("Ryan"),
                            QStringLiteral("O'Connor"), QStringLiteral("Doyle"), QStringLiteral("McCarthy"),
                            QStringLiteral("Gallagher"), QStringLiteral("Kennedy"), QStringLiteral("Lynch")},
                           QStringLiteral("example.ie")};
    static const Region de{{QStringLiteral("Lukas"), QStringLiteral("Anna"), QStringLiteral("Jonas"),
                            QStringLiteral("Lea"), QStringLiteral("Felix"), QStringLiteral("Sophie"),
                            QStringLiteral("Maximilian"), QStringLiteral("Marie"), QStringLiteral("Jürgen"),
                            QStringLiteral("Katrin"), QStringLiteral("Elif"), QStringLiteral("Mehmet")},
                           {QStringLiteral("Müller"), QStringLiteral("Schmidt"), QStringLiteral("Schneider"),
                            QStringLiteral("Fischer"), QStringLiteral("Weber"), QStringLiteral("Meyer"),
                            QStringLiteral("Wagner"), QStringLiteral("Becker"), QStringLiteral("Hoffmann"),
                            QStringLiteral("Schäfer"), QStringLiteral("Koch"), QStringLiteral("Yılmaz")},
                           QStringLiteral("example.de")};
    if (currency == u"GBP")
        return uk;
    return city == u"Dublin" ? ie : de;
}

QString asciiLocal(QString s)
{
    static const std::array<std::pair<char16_t, const char*>, 9> map{{{u'á', "a"},
                                                                      {u'é', "e"},
                                                                      {u'í', "i"},
                                                                      {u'ó', "o"},
                                                                      {u'ü', "ue"},
                                                                      {u'ä', "ae"},
                                                                      {u'ö', "oe"},
                                                                      {u'ı', "i"},
                                                                      {u'\'', ""}}};
    s = s.toLower();
    for (const auto& [from, to] : map)
        s.replace(QChar(from), QLatin1StringView(to));
    return s;
}

struct Job
{
    PaymentReference::Type type;
    const char* text;
    qint64 minMajor;
    qint64 maxMajor;
};

constexpr std::array<Job, 12> kJobs{{
    {PaymentReference::Type::RepairOrder, "Annual service and MOT", 150, 420},
    {PaymentReference::Type::RepairOrder, "Front brake pads and discs", 180, 520},
    {PaymentReference::Type::RepairOrder, "Four tyres and wheel alignment", 260, 980},
    {PaymentReference::Type::RepairOrder, "Clutch replacement", 650, 1450},
    {PaymentReference::Type::RepairOrder, "Air conditioning regas", 60, 140},
    {PaymentReference::Type::RepairOrder, "Timing belt and water pump", 450, 990},
    {PaymentReference::Type::Invoice, "Genuine parts order", 35, 640},
    {PaymentReference::Type::Invoice, "Accessories: roof bars and mats", 120, 480},
    {PaymentReference::Type::Invoice, "Bodyshop repair, rear bumper", 380, 2400},
    {PaymentReference::Type::Deal, "Vehicle deposit", 500, 5000},
    {PaymentReference::Type::Deal, "Vehicle balance payment", 6000, 48000},
    {PaymentReference::Type::Deal, "Reservation fee", 99, 500},
}};

const QStringList kModels{QStringLiteral("Ford Puma"),      QStringLiteral("Volkswagen Golf"),
                          QStringLiteral("Vauxhall Corsa"), QStringLiteral("Kia Sportage"),
                          QStringLiteral("Nissan Qashqai"), QStringLiteral("Toyota Yaris"),
                          QStringLiteral("BMW 3 Series"),   QStringLiteral("Audi A3"),
                          QStringLiteral("Hyundai Tucson"), QStringLiteral("Skoda Octavia"),
                          QStringLiteral("Peugeot 208"),    QStringLiteral("Mercedes-Benz A-Class")};

const QStringList kBrands{QStringLiteral("VISA"), QStringLiteral("MASTERCARD"), QStringLiteral("AMEX"),
                          QStringLiteral("MAESTRO")};
const QStringList kFailures{QStringLiteral("Card declined by issuer"),
                            QStringLiteral("3-D Secure not completed"), QStringLiteral("Insufficient funds"),
                            QStringLiteral("Card expired")};
const QStringList kCancelReasons{
    QStringLiteral("Customer paid cash at the desk"), QStringLiteral("Customer paid by card terminal"),
    QStringLiteral("Amount raised in error"), QStringLiteral("Deal withdrawn by customer")};

class Generator
{
public:
    Generator(PlatformState& state, quint32 seed)
        : m_state(state)
        , m_rng(seed)
    {
    }

    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(m_rng.bounded(quint64(hi - lo + 1))); }
    bool chance(int percent) { return pick(100) < percent; }

    Payment make(const StoreInfo& store, const QDateTime& now, int serial)
    {
        Payment p;
        p.paymentId = m_state.newId();
        p.enterpriseId = store.enterpriseId;
        p.storeId = store.storeId;
        const Job& job = kJobs[size_t(pick(int(kJobs.size())))];
        p.reference = PaymentReference::make(job.type, QString());
        const QString prefix = job.type == PaymentReference::Type::Deal          ? QStringLiteral("DL")
                               : job.type == PaymentReference::Type::RepairOrder ? QStringLiteral("RO")
                                                                                 : QStringLiteral("INV");
        p.reference.number = QStringLiteral("%1-%2").arg(prefix).arg(100000 + serial);
        p.description =
            QStringLiteral("%1 — %2").arg(QLatin1StringView(job.text), kModels.at(pick(int(kModels.size()))));

        // Mostly the store's currency; a few cross-border customers pay in the other one.
        QString currency = store.currency;
        if (chance(3))
            currency = currency == u"GBP" ? QStringLiteral("EUR") : QStringLiteral("GBP");
        const qint64 major = range(job.minMajor, job.maxMajor);
        const qint64 minor = major * 100 + (chance(60) ? range(0, 99) : 0);
        p.amount = Money::fromMinor(minor, currency).value();

        const Region& region = regionFor(store.currency, store.city);
        const QString first = region.first.at(pick(int(region.first.size())));
        const QString last = region.last.at(pick(int(region.last.size())));
        p.customer.name = first + u' ' + last;
        p.customer.email = asciiLocal(first) + u'.' + asciiLocal(last) + QString::number(pick(90) + 10) +
                           u'@' + region.emailDomain;
        if (store.currency == u"GBP")
            p.customer.phone = QStringLiteral("+447700900%1").arg(pick(1000), 3, 10, QLatin1Char('0'));
        else if (store.city == u"Dublin")
            p.customer.phone = QStringLiteral("+35385%1").arg(range(1000000, 9999999));
        else
            p.customer.phone = QStringLiteral("+49151%1").arg(range(10000000, 99999999));
        const int channelRoll = pick(10);
        p.channels = channelRoll < 5   ? Channels(Channel::Email)
                     : channelRoll < 7 ? Channels(Channel::Sms)
                                       : (Channel::Email | Channel::Sms);

        // A few requests were raised in the last minutes (some not even notified yet) and a
        // good share today, so a fresh dashboard shows every stage of the pipeline.
        const int recency = pick(1000);
        const qint64 ageSecs = recency < 6    ? range(5, 85)
                               : recency < 80 ? range(90, 24 * 3600)
                                              : range(60, 90LL * 24 * 3600);
        p.createdAt = now.addSecs(-ageSecs);
        p.expiresAt = p.createdAt.addSecs(7LL * 24 * 3600);
        p.payLink = m_state.payLinkBase() + QStringLiteral("/pay/") + m_state.newPayToken();
        buildHistory(p, now);
        p.version = p.history.size() + (p.reconciled ? 1 : 0) + (p.fundsCleared ? 1 : 0);
        return p;
    }

private:
    /// `gapSecs` after `at`; a step that would come after now came sooner: half-way from `at` to
    /// now. (Clamped to now, every young payment's later steps piled up at the seeding instant,
    /// and a demo dashboard sorted by the last change showed a block of them at its top.)
    static QDateTime later(const QDateTime& at, qint64 gapSecs, const QDateTime& now)
    {
        const QDateTime t = at.addSecs(gapSecs);
        if (t <= now)
            return t;
        return at.addMSecs(std::max<qint64>(0, at.msecsTo(now)) / 2);
    }

    void step(Payment& p, QDateTime& at, qint64 maxGapSecs, Code code, Actor actor, const QString& note,
              const QDateTime& now)
    {
        at = later(at, range(20, std::max<qint64>(40, maxGapSecs)), now);
        p.history.append(StatusChange{PaymentStatus(code), at, actor, note});
        p.status = PaymentStatus(code);
        p.updatedAt = at;
    }

    void buildHistory(Payment& p, const QDateTime& now)
    {
        QDateTime at = p.createdAt;
        p.history.append(StatusChange{PaymentStatus(Code::Initiated), at, Actor::Dealer,
                                      QStringLiteral("Payment requested")});
        p.status = PaymentStatus(Code::Initiated);
        p.updatedAt = at;
        const bool open = p.expiresAt > now;
        const int roll = pick(100);

        // How far along the customer got, and how it ended.
        enum class End
        {
            Paid,
            Refunded,
            PartRefunded,
            Cancelled,
            Expired,
            Open
        };
        End end;
        if (open)
            end = roll < 45 ? End::Paid : roll < 53 ? End::Cancelled : End::Open;
        else
            end = roll < 70   ? End::Paid
                  : roll < 72 ? End::PartRefunded
                  : roll < 74 ? End::Refunded
                  : roll < 86 ? End::Cancelled
                              : End::Expired;

        if (p.createdAt.secsTo(now) < 90 && end == End::Open)
            return; // just raised: not even notified yet
        step(p, at, 30, Code::Notified, Actor::System, QStringLiteral("Pay link sent"), now);

        if (end == End::Cancelled) {
            p.statusReason = kCancelReasons.at(pick(int(kCancelReasons.size())));
            step(p, at, 2 * 24 * 3600, Code::Cancelled, Actor::Dealer, p.statusReason, now);
            return;
        }
        const int depth = end == End::Open ? pick(5) : 5;
        if (depth >= 1)
            step(p, at, 36 * 3600, Code::Viewed, Actor::Customer, QString(), now);
        if (depth >= 2)
            step(p, at, 600, Code::InProgress, Actor::Partner, QString(), now);
        if (end == End::Expired || (end == End::Open && depth == 4) || chance(8)) {
            if (depth >= 2) {
                const QString why = kFailures.at(pick(int(kFailures.size())));
                step(p, at, 300, Code::Failed, Actor::Partner, why, now);
                p.statusReason = why;
                if (end == End::Open && depth == 4)
                    return;
            }
        }
        if (end == End::Expired) {
            at = std::max(at, p.expiresAt);
            p.statusReason = QStringLiteral("The pay link expired");
            p.history.append(StatusChange{PaymentStatus(Code::Expired), at, Actor::System, p.statusReason});
            p.status = PaymentStatus(Code::Expired);
            p.updatedAt = at;
            return;
        }
        if (end == End::Open) {
            if (depth == 3)
                step(p, at, 120, Code::Authorised, Actor::Partner, QString(), now);
            return;
        }
        if (p.status.code() == Code::Failed)
            step(p, at, 3600, Code::InProgress, Actor::Partner, QStringLiteral("Customer tried again"), now);
        step(p, at, 300, Code::Paid, Actor::Partner, QString(), now);
        p.statusReason.clear();
        p.amountPaid = p.amount;
        p.cardBrand = kBrands.at(pick(int(kBrands.size())));
        p.cardLast4 = QStringLiteral("%1").arg(pick(10000), 4, 10, QLatin1Char('0'));
        p.transactionReference = QStringLiteral("TXN-%1").arg(range(10000000, 99999999));
        const qint64 paidAge = at.secsTo(now);
        if (paidAge > 3600) {
            p.reconciled = true;
            p.updatedAt = at.addSecs(range(60, 3600));
            p.history.append(StatusChange{p.status, p.updatedAt, Actor::System,
                                          QStringLiteral("Reconciled into the DMS accounts")});
        }
        if (paidAge > 2 * 24 * 3600 && chance(97)) {
            p.fundsCleared = true;
            p.updatedAt = later(p.updatedAt, range(24 * 3600, 48 * 3600), now);
            p.history.append(StatusChange{p.status, p.updatedAt, Actor::System,
                                          QStringLiteral("Funds cleared — safe to release")});
        }
        if (end == End::Refunded || end == End::PartRefunded) {
            QDateTime refundAt = later(p.updatedAt, range(3600, 10 * 24 * 3600), now);
            const bool full = end == End::Refunded;
            p.status = PaymentStatus(full ? Code::Refunded : Code::PartiallyRefunded);
            p.history.append(StatusChange{p.status, refundAt, Actor::Partner,
                                          full ? QStringLiteral("Refunded in full")
                                               : QStringLiteral("Partial refund for goodwill")});
            p.updatedAt = std::max(p.updatedAt, refundAt);
        }
    }

    PlatformState& m_state;
    QRandomGenerator m_rng;
};

} // namespace

InitiateRequest DemoSeeder::randomRequest(const StoreInfo& store, QRandomGenerator& random)
{
    auto pick = [&](int n) { return int(random.bounded(quint32(n))); };
    InitiateRequest r;
    r.enterpriseId = store.enterpriseId;
    r.storeId = store.storeId;
    const Job& job = kJobs[size_t(pick(int(kJobs.size())))];
    const QString prefix = job.type == PaymentReference::Type::Deal          ? QStringLiteral("DL")
                           : job.type == PaymentReference::Type::RepairOrder ? QStringLiteral("RO")
                                                                             : QStringLiteral("INV");
    r.reference =
        PaymentReference::make(job.type, QStringLiteral("%1-%2").arg(prefix).arg(500000 + pick(400000)));
    r.description =
        QStringLiteral("%1 — %2").arg(QLatin1StringView(job.text), kModels.at(pick(int(kModels.size()))));
    const qint64 major = job.minMajor + pick(int(job.maxMajor - job.minMajor + 1));
    r.amount = Money::fromMinor(major * 100 + pick(100), store.currency).value();
    const Region& region = regionFor(store.currency, store.city);
    const QString first = region.first.at(pick(int(region.first.size())));
    const QString last = region.last.at(pick(int(region.last.size())));
    r.customer.name = first + u' ' + last;
    r.customer.email = asciiLocal(first) + u'.' + asciiLocal(last) + u'@' + region.emailDomain;
    if (store.currency == u"GBP")
        r.customer.phone = QStringLiteral("+447700900%1").arg(pick(1000), 3, 10, QLatin1Char('0'));
    else if (store.city == u"Dublin")
        r.customer.phone = QStringLiteral("+35385%1").arg(1000000 + pick(8999999));
    else
        r.customer.phone = QStringLiteral("+49151%1").arg(10000000 + pick(89999999));
    r.channels = pick(3) == 0 ? (Channel::Email | Channel::Sms) : Channels(Channel::Email);
    return r;
}

QList<StoreInfo> DemoSeeder::defaultStores()
{
    return {
        {QStringLiteral("E100234"),
         QStringLiteral("S01"),
         QStringLiteral("Lakeside Motor Group"),
         QStringLiteral("Lakeside Motors Bristol"),
         QStringLiteral("LMG-BRS"),
         QStringLiteral("GBP"),
         QStringLiteral("Bristol"),
         {QStringLiteral("Unit 4, Avonmouth Way"), QStringLiteral("Bristol BS11 9YA"),
          QStringLiteral("United Kingdom")},
         QStringLiteral("GB 284 1937 56")},
        {QStringLiteral("E100234"),
         QStringLiteral("S02"),
         QStringLiteral("Lakeside Motor Group"),
         QStringLiteral("Lakeside Motors Manchester"),
         QStringLiteral("LMG-MAN"),
         QStringLiteral("GBP"),
         QStringLiteral("Manchester"),
         {QStringLiteral("12 Trafford Park Road"), QStringLiteral("Manchester M17 1HG"),
          QStringLiteral("United Kingdom")},
         QStringLiteral("GB 284 1937 56")},
        {QStringLiteral("E200871"),
         QStringLiteral("S01"),
         QStringLiteral("Liffey Motor Holdings"),
         QStringLiteral("Liffey Motors Dublin"),
         QStringLiteral("LMH-DUB"),
         QStringLiteral("EUR"),
         QStringLiteral("Dublin"),
         {QStringLiteral("Naas Road, Bluebell"), QStringLiteral("Dublin 12"), QStringLiteral("Ireland")},
         QStringLiteral("IE 6388047V")},
        {QStringLiteral("E305512"),
         QStringLiteral("S01"),
         QStringLiteral("Autohaus Keller GmbH"),
         QStringLiteral("Autohaus Keller Hamburg"),
         QStringLiteral("AKG-HAM"),
         QStringLiteral("EUR"),
         QStringLiteral("Hamburg"),
         {QStringLiteral("Süderstraße 210"), QStringLiteral("20537 Hamburg"), QStringLiteral("Deutschland")},
         QStringLiteral("DE 812 345 678")},
    };
}

void DemoSeeder::seed(PlatformState& state, int count, quint32 randomSeed)
{
    const QList<StoreInfo> stores = defaultStores();
    for (const StoreInfo& s : stores) {
        if (!state.hasStore(s.enterpriseId, s.storeId))
            state.addStore(s);
    }
    if (count <= 0)
        return;
    state.seedRandom(randomSeed);
    Generator gen(state, randomSeed ^ 0x5eed5eedU);
    const QDateTime now = state.clock().now();
    // Bigger sites get more payments: 40 %, 25 %, 20 %, 15 %.
    static constexpr std::array<int, 4> kShare{40, 25, 20, 15};
    int made = 0;
    for (qsizetype i = 0; i < stores.size(); ++i) {
        const StoreInfo& s = stores.at(i);
        const int n = i + 1 == stores.size() ? count - made : count * kShare[size_t(i)] / 100;
        std::vector<Payment> payments;
        payments.reserve(size_t(n));
        for (int k = 0; k < n; ++k)
            payments.push_back(gen.make(s, now, made + k));
        made += n;
        // The feed replays history in the order things happened.
        std::sort(payments.begin(), payments.end(),
                  [](const Payment& a, const Payment& b) { return a.updatedAt < b.updatedAt; });
        qint64 seq = state.latestSequence(s.enterpriseId, s.storeId);
        for (Payment& p : payments)
            p.sequence = ++seq;
        state.loadPayments(s.enterpriseId, s.storeId, std::move(payments));
    }
}

} // namespace paydesk::sandbox
