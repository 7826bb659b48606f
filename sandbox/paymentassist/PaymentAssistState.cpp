#include "PaymentAssistState.h"

#include "Sandbox.h"
#include "SandboxLogging.h"
#include "util/Clock.h"

#include <QJsonValue>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

QJsonValue optionalAmount(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject PaPlan::toJson() const
{
    // apr is a JSON number, as in the documentation (0, or 9.9 for 990 basis points).
    const QJsonValue apr = aprBasisPoints % 100 == 0 ? QJsonValue(aprBasisPoints / 100)
                                                     : QJsonValue(double(aprBasisPoints) / 100.0);
    return QJsonObject{
        {u"plan_id"_s, planId},
        {u"name"_s, name},
        {u"instalments"_s, instalments},
        {u"deposit"_s, deposit},
        {u"apr"_s, apr},
        {u"frequency"_s, frequency},
        {u"min_amount"_s, optionalAmount(minAmount)},
        {u"max_amount"_s, optionalAmount(maxAmount)},
        {u"commission_rate"_s, commissionRate},
        {u"commission_fixed_fee"_s, optionalAmount(commissionFixedFee)},
    };
}

QString PaApplication::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"pending"_s;
    case Status::InProgress:
        return u"in progress"_s;
    case Status::PendingCapture:
        return u"pending_capture"_s;
    case Status::Completed:
        return u"completed"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Expired:
        return u"expired"_s;
    }
    return QString();
}

PaymentAssistState::PaymentAssistState(Sandbox& sandbox, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_clock(clock)
    , m_random(sandbox.options().randomSeed ^ 0x9a11u)
{
    m_expiryTimer = new QTimer(this);
    m_expiryTimer->setInterval(1000);
    connect(m_expiryTimer, &QTimer::timeout, this, &PaymentAssistState::expireDue);
}

PaymentAssistState::~PaymentAssistState() = default;

void PaymentAssistState::start()
{
    m_expiryTimer->start();
}

void PaymentAssistState::stop()
{
    m_expiryTimer->stop();
}

QList<PaPlan> PaymentAssistState::defaultPlans()
{
    QList<PaPlan> plans;
    PaPlan four;
    four.planId = 1;
    four.name = u"4-Payment"_s;
    four.instalments = 4;
    four.maxAmount = 300000;
    plans << four;

    PaPlan three;
    three.planId = 6;
    three.name = u"3-Payment"_s;
    three.instalments = 3;
    three.maxAmount = 500000;
    plans << three;

    PaPlan six;
    six.planId = 9;
    six.name = u"6-Payment"_s;
    six.instalments = 6;
    six.minAmount = 50000;
    six.maxAmount = 500000;
    six.commissionRate = u"9.50"_s;
    plans << six;

    PaPlan twelve;
    twelve.planId = 12;
    twelve.name = u"12-Payment"_s;
    twelve.instalments = 12;
    twelve.deposit = false;
    twelve.aprBasisPoints = 990;
    twelve.minAmount = 100000;
    twelve.maxAmount = 800000;
    twelve.commissionRate = u"2.50"_s;
    twelve.commissionFixedFee = 500;
    plans << twelve;
    return plans;
}

void PaymentAssistState::addAccount(const PaAccount& account)
{
    m_accounts.insert(account.apiKey, account);
}

const PaAccount* PaymentAssistState::account(const QString& apiKey) const
{
    auto it = m_accounts.constFind(apiKey);
    return it == m_accounts.cend() ? nullptr : &it.value();
}

std::optional<PaPlan> PaymentAssistState::plan(int planId) const
{
    for (const PaPlan& p : defaultPlans()) {
        if (p.planId == planId)
            return p;
    }
    return std::nullopt;
}

QList<PaPlan> PaymentAssistState::plansOf(const PaAccount& account) const
{
    QList<PaPlan> out;
    for (int id : account.planIds) {
        if (auto p = plan(id))
            out << *p;
    }
    return out;
}

PaApplication* PaymentAssistState::find(const QString& token)
{
    auto it = m_applications.find(token);
    return it == m_applications.end() ? nullptr : &it.value();
}

const PaApplication* PaymentAssistState::application(const QString& token)
{
    expireDue();
    return find(token);
}

const PaApplication* PaymentAssistState::applicationOf(const QString& apiKey, const QString& token)
{
    const PaApplication* app = application(token);
    return app && app->apiKey == apiKey ? app : nullptr;
}

bool PaymentAssistState::orderIdUsed(const QString& apiKey, const QString& orderId) const
{
    return m_orderIds.value(apiKey).contains(orderId);
}

QString PaymentAssistState::create(PaApplication application, qint64 expirySeconds)
{
    application.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.createdAt = m_clock.now().toUTC();
    application.expiresAt = application.createdAt.addSecs(expirySeconds);
    application.status = PaApplication::Status::Pending;
    m_orderIds[application.apiKey].insert(application.orderId);
    const QString token = application.token;
    m_applications.insert(token, std::move(application));
    Q_EMIT changed(token);
    return token;
}

void PaymentAssistState::moveTo(PaApplication& app, PaApplication::Status status)
{
    if (app.status == status)
        return;
    app.status = status;
    if ((status == PaApplication::Status::Completed || status == PaApplication::Status::PendingCapture) &&
        app.paRef.isEmpty())
        app.paRef = newPaRef();
    const QString token = app.token;
    const bool final = app.isFinal();
    if (final)
        app.finishedAt = m_clock.now().toUTC();
    qCDebug(lcSandbox).noquote() << "paymentassist application" << token.left(8) << "->"
                                 << PaApplication::statusName(status);
    Q_EMIT changed(token);
    if (final)
        Q_EMIT finalState(token, PaApplication::statusName(status));
}

QString PaymentAssistState::newPaRef()
{
    // Customer-facing loan reference: variable length, letters and digits ("PA" + 8 digits here).
    return u"PA%1"_s.arg(m_random.bounded(10000000u, 99999999u));
}

void PaymentAssistState::opened(const QString& token)
{
    expireDue();
    PaApplication* app = find(token);
    if (!app)
        return;
    app->lastAccessedAt = m_clock.now().toUTC();
    if (app->status == PaApplication::Status::Pending)
        moveTo(*app, PaApplication::Status::InProgress);
    else
        Q_EMIT changed(token);
}

Result<Done, QString> PaymentAssistState::sign(const QString& token)
{
    expireDue();
    PaApplication* app = find(token);
    if (!app)
        return fail(u"Application not found"_s);
    if (!app->isOpen())
        return fail(u"Application is %1"_s.arg(PaApplication::statusName(app->status)));
    moveTo(*app, app->autoCapture ? PaApplication::Status::Completed : PaApplication::Status::PendingCapture);
    return Done{};
}

Result<Done, QString> PaymentAssistState::decline(const QString& token)
{
    expireDue();
    PaApplication* app = find(token);
    if (!app)
        return fail(u"Application not found"_s);
    if (!app->isOpen())
        return fail(u"Application is %1"_s.arg(PaApplication::statusName(app->status)));
    moveTo(*app, PaApplication::Status::Failed);
    return Done{};
}

Result<Done, QString> PaymentAssistState::capture(const QString& token)
{
    expireDue();
    PaApplication* app = find(token);
    if (!app)
        return fail(u"Application not found"_s);
    if (app->status != PaApplication::Status::PendingCapture)
        return fail(u"Application is not awaiting capture (status: %1)"_s.arg(
            PaApplication::statusName(app->status)));
    moveTo(*app, PaApplication::Status::Completed);
    return Done{};
}

Result<Done, QString> PaymentAssistState::setExpiry(const QString& token, qint64 seconds)
{
    expireDue();
    PaApplication* app = find(token);
    if (!app)
        return fail(u"Application not found"_s);
    if (!app->isOpen() && app->status != PaApplication::Status::PendingCapture)
        return fail(
            u"Expiry can only be changed while the application is pending or in progress (status: %1)"_s.arg(
                PaApplication::statusName(app->status)));
    app->expiresAt = m_clock.now().toUTC().addSecs(seconds);
    if (seconds == 0)
        moveTo(*app, PaApplication::Status::Expired);
    else
        Q_EMIT changed(token);
    return Done{};
}

Result<Done, QString> PaymentAssistState::lowerAmount(const QString& token, qint64 amount)
{
    expireDue();
    PaApplication* app = find(token);
    if (!app)
        return fail(u"Application not found"_s);
    if (!app->isOpen() && app->status != PaApplication::Status::PendingCapture)
        return fail(u"Amount can only be changed before the application is completed (status: %1)"_s.arg(
            PaApplication::statusName(app->status)));
    if (amount >= app->amount)
        return fail(u"The amount can only be lowered (current amount: %1)"_s.arg(app->amount));
    app->amount = amount;
    Q_EMIT changed(token);
    return Done{};
}

Result<Done, QString> PaymentAssistState::setOrderId(const QString& token, const QString& orderId)
{
    expireDue();
    PaApplication* app = find(token);
    if (!app)
        return fail(u"Application not found"_s);
    if (app->status != PaApplication::Status::Completed)
        return fail(u"The order ID can only be changed once the application is completed (status: %1)"_s.arg(
            PaApplication::statusName(app->status)));
    if (orderId != app->orderId && orderIdUsed(app->apiKey, orderId))
        return fail(u"The order ID has already been used"_s);
    m_orderIds[app->apiKey].insert(orderId);
    app->orderId = orderId;
    Q_EMIT changed(token);
    return Done{};
}

void PaymentAssistState::attachInvoice(const QString& token, const QString& fileType, qint64 bytes)
{
    PaApplication* app = find(token);
    if (!app)
        return;
    app->hasInvoice = true;
    app->invoiceType = fileType;
    app->invoiceBytes = bytes;
    Q_EMIT changed(token);
}

void PaymentAssistState::setPlan(const QString& token, int planId)
{
    if (PaApplication* app = find(token)) {
        app->planId = planId;
        Q_EMIT changed(token);
    }
}

QString PaymentAssistState::insertSeeded(PaApplication application)
{
    if (application.token.isEmpty())
        application.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if ((application.status == PaApplication::Status::Completed ||
         application.status == PaApplication::Status::PendingCapture) &&
        application.paRef.isEmpty())
        application.paRef = newPaRef();
    m_orderIds[application.apiKey].insert(application.orderId);
    const QString token = application.token;
    m_applications.insert(token, std::move(application));
    return token;
}

void PaymentAssistState::expireDue()
{
    const QDateTime now = m_clock.now();
    QStringList due;
    for (auto it = m_applications.cbegin(); it != m_applications.cend(); ++it) {
        if (it->isOpen() && it->expiresAt.isValid() && it->expiresAt <= now)
            due << it.key();
    }
    for (const QString& token : std::as_const(due)) {
        if (PaApplication* app = find(token))
            moveTo(*app, PaApplication::Status::Expired);
    }
}

} // namespace paydesk::sandbox
