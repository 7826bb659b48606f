#include "PartnerScenario.h"

namespace paydesk::sandbox {

using Code = PaymentStatus::Code;

PartnerScenario::Kind PartnerScenario::fromName(const QString& name, bool* ok)
{
    const QString n = name.trimmed().toLower();
    Kind kind = Kind::Lively;
    bool known = true;
    if (n == u"off")
        kind = Kind::Off;
    else if (n == u"pay")
        kind = Kind::Pay;
    else if (n == u"fail-then-pay")
        kind = Kind::FailThenPay;
    else if (n == u"never-pay")
        kind = Kind::NeverPay;
    else if (n == u"slow")
        kind = Kind::Slow;
    else if (n == u"lively" || n == u"demo" || n.isEmpty())
        kind = Kind::Lively;
    else
        known = false;
    if (ok)
        *ok = known;
    return kind;
}

QString PartnerScenario::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Off:
        return QStringLiteral("off");
    case Kind::Pay:
        return QStringLiteral("pay");
    case Kind::FailThenPay:
        return QStringLiteral("fail-then-pay");
    case Kind::NeverPay:
        return QStringLiteral("never-pay");
    case Kind::Slow:
        return QStringLiteral("slow");
    case Kind::Lively:
        return QStringLiteral("lively");
    }
    return QString();
}

PartnerScenario::Kind PartnerScenario::pick(Kind kind, QRandomGenerator& random)
{
    if (kind != Kind::Lively)
        return kind;
    const int roll = int(random.bounded(100));
    if (roll < 50)
        return Kind::Pay;
    if (roll < 70)
        return Kind::FailThenPay;
    if (roll < 85)
        return Kind::Slow;
    return Kind::NeverPay;
}

QList<PartnerScenario::Step> PartnerScenario::steps(Kind kind)
{
    switch (kind) {
    case Kind::Pay:
        return {{4000, Code::Viewed, {}}, {3000, Code::InProgress, {}}, {4000, Code::Paid, {}}};
    case Kind::FailThenPay:
        return {{3000, Code::Viewed, {}},
                {2500, Code::InProgress, {}},
                {3000, Code::Failed, QStringLiteral("Card declined by the issuer")},
                {5000, Code::InProgress, {}},
                {3000, Code::Paid, {}}};
    case Kind::NeverPay:
        return {{5000, Code::Viewed, {}}};
    case Kind::Slow:
        return {{20000, Code::Viewed, {}}, {25000, Code::InProgress, {}}, {30000, Code::Paid, {}}};
    case Kind::Off:
    case Kind::Lively:
        break;
    }
    return {};
}

const QStringList& PartnerScenario::failureReasons()
{
    static const QStringList reasons{QStringLiteral("Card declined by issuer"),
                                     QStringLiteral("Insufficient funds"),
                                     QStringLiteral("3-D Secure authentication failed"),
                                     QStringLiteral("Card expired"),
                                     QStringLiteral("Suspected fraud: declined by issuer"),
                                     QStringLiteral("Incorrect security code (CVC)")};
    return reasons;
}

QList<PartnerScenario::Step> PartnerScenario::steps(Kind kind, QRandomGenerator& random)
{
    QList<Step> script = steps(kind);
    for (Step& step : script) {
        if (step.status.code() == Code::Failed)
            step.failureReason = failureReasons().at(int(random.bounded(int(failureReasons().size()))));
    }
    return script;
}

} // namespace paydesk::sandbox
