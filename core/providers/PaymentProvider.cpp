#include "PaymentProvider.h"

#include "AnswerLater.h"
#include "ProviderRules.h"
#include "sync/PaymentSource.h"

using namespace Qt::StringLiterals;

namespace paydesk {

// Out of line, so the vtable and the moc output live in one translation unit.
PaymentProvider::~PaymentProvider() = default;

const ProviderRules& PaymentProvider::rules() const
{
    return ProviderRules::forProvider(id());
}

ApiError PaymentProvider::unsupported(const QString& what) const
{
    ApiError e;
    e.kind = ApiError::Kind::Validation;
    e.message = paydesk::ProviderRules::tr("%1 does not support this action.").arg(rules().displayName());
    e.detail = u"unsupported: "_s + what;
    return e;
}

void PaymentProvider::fetchPayment(const Payment&, QObject* context, PaymentCallback callback)
{
    answerLater<Payment>(context, std::move(callback), fail(unsupported(u"fetchPayment"_s)));
}

void PaymentProvider::query(ProviderQuery, const QString&, const QJsonObject&, QObject* context,
                            QueryCallback callback)
{
    answerLater<QJsonObject>(context, std::move(callback), fail(unsupported(u"query"_s)));
}

void PaymentProvider::setWatched(const QStringList&) {}

void PaymentProvider::track(const QString&, const QString&, QObject* context, PaymentCallback callback)
{
    answerLater<Payment>(context, std::move(callback), fail(unsupported(u"track"_s)));
}

} // namespace paydesk
