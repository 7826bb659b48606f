#include "PaymentJson.h"

#include "CardNumber.h"

#include <QJsonArray>

#include <optional>

namespace paydesk {

namespace {

QString str(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toString();
}

Unexpected<JsonError> missing(const QString& field)
{
    return fail(JsonError{field, PaymentJson::tr("The field “%1” is missing.").arg(field)});
}

Unexpected<JsonError> wrongType(const QString& field)
{
    return fail(JsonError{field, PaymentJson::tr("The field “%1” has the wrong type.").arg(field)});
}

Unexpected<JsonError> tooLong(const QString& field, int maxLength)
{
    return fail(JsonError{
        field, PaymentJson::tr("The field “%1” is longer than %2 characters.").arg(field).arg(maxLength)});
}

/// Free text from a provider (see PaymentJson::safeText).
QString text(const QJsonObject& o, QLatin1StringView key)
{
    return PaymentJson::safeText(o.value(key).toString());
}

/// An optional identifier or code: kept whole, or an error when longer than `maxLength`.
Result<QString, JsonError> code(const QJsonObject& o, QLatin1StringView key, const QString& field,
                                int maxLength = PaymentJson::kMaxIdLength)
{
    QString value = o.value(key).toString();
    if (value.size() > maxLength)
        return tooLong(field, maxLength);
    return value;
}

} // namespace

QString PaymentJson::safeText(const QString& text, int maxLength)
{
    if (text.size() <= maxLength)
        return CardNumber::maskCardNumbers(text);
    qsizetype cut = std::max(maxLength - 1, 0); // room for the ellipsis
    // Never keep the start of a digit run that goes on past the cut: it could be most of a
    // card number. Nor half of a surrogate pair.
    auto inDigitRun = [](QChar c) { return c.isDigit() || c == u' ' || c == u'-'; };
    if (text.at(cut).isDigit()) {
        while (cut > 0 && inDigitRun(text.at(cut - 1)))
            --cut;
    }
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return CardNumber::maskCardNumbers(text.left(cut) + u'…');
}

std::optional<qint64> PaymentJson::countFromJson(const QJsonValue& json)
{
    constexpr qint64 kMaxExact = qint64(1) << 53;
    if (json.isDouble()) {
        const double d = json.toDouble();
        // toInteger() gives its default for a fraction.
        if (d < 0 || d > static_cast<double>(kMaxExact) || json.toInteger(-1) < 0)
            return std::nullopt;
        return json.toInteger();
    }
    if (!json.isString())
        return std::nullopt;
    const QString text = json.toString();
    if (text.isEmpty() || text.size() > 16)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    if (value > kMaxExact)
        return std::nullopt;
    return value;
}

QString PaymentJson::dateTimeToJson(const QDateTime& at)
{
    if (!at.isValid())
        return QString();
    const QDateTime utc = at.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    const int year = date.year();
    if (year < 1 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // What toString(Qt::ISODateWithMs) writes for a UTC time of years 1-9999, "yyyy-MM-ddTHH:mm:ss.zzzZ",
    // written here directly: Qt formats it through printf, about 40 % of the in-process sandbox's
    // writing of a feed page (three times a record), and the client writes it too (issue 9).
    char16_t out[24];
    const auto put = [&out](int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            out[i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, date.month(), 2);
    out[7] = u'-';
    put(8, date.day(), 2);
    out[10] = u'T';
    put(11, time.hour(), 2);
    out[13] = u':';
    put(14, time.minute(), 2);
    out[16] = u':';
    put(17, time.second(), 2);
    out[19] = u'.';
    put(20, time.msec(), 3);
    out[23] = u'Z';
    return QString(reinterpret_cast<const QChar*>(out), 24);
}

namespace {

/// `n` ASCII digits of `s` from `at` as a number, or -1.
int fixedDigits(QStringView s, qsizetype at, int n)
{
    int value = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// The form dateTimeToJson() writes and the platform sends, "yyyy-MM-ddTHH:mm:ss.zzzZ" (or without
/// ".zzz"), read directly: QDateTime::fromString() took about a tenth of a feed record's read
/// (issue 9). Anything else, an impossible date or time included, is nullopt and left to
/// fromString(), so the answer is the same for every input.
std::optional<QDateTime> fixedUtcDateTime(QStringView s)
{
    const bool withMs = s.size() == 24;
    if (!withMs && s.size() != 20)
        return std::nullopt;
    if (s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' || s.at(13) != u':' || s.at(16) != u':' ||
        (withMs && s.at(19) != u'.') || s.back() != u'Z')
        return std::nullopt;
    const int year = fixedDigits(s, 0, 4);
    const int month = fixedDigits(s, 5, 2);
    const int day = fixedDigits(s, 8, 2);
    const int hour = fixedDigits(s, 11, 2);
    const int minute = fixedDigits(s, 14, 2);
    const int second = fixedDigits(s, 17, 2);
    const int ms = withMs ? fixedDigits(s, 20, 3) : 0;
    if (year < 1 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime PaymentJson::dateTimeFromJson(const QJsonValue& json)
{
    if (!json.isString())
        return QDateTime();
    const QString text = json.toString();
    if (auto fixed = fixedUtcDateTime(text))
        return *fixed;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QJsonObject PaymentJson::moneyToJson(const Money& money)
{
    return QJsonObject{{QLatin1StringView("value"), money.toJsonNumber()},
                       {QLatin1StringView("currencyCode"), money.currency()}};
}

Result<Money, JsonError> PaymentJson::moneyFromJson(const QJsonValue& json, const QString& field)
{
    if (json.isUndefined() || json.isNull())
        return missing(field);
    if (!json.isObject())
        return wrongType(field);
    const QJsonObject o = json.toObject();
    const QString currency = o.value(QLatin1StringView("currencyCode")).toString().trimmed().toUpper();
    if (currency.isEmpty())
        return missing(field + QStringLiteral(".currencyCode"));
    const QJsonValue value = o.value(QLatin1StringView("value"));
    if (value.isUndefined() || value.isNull())
        return missing(field + QStringLiteral(".value"));
    auto money = Money::fromJson(value, currency);
    if (!money)
        return fail(JsonError{field, money.error().message});
    return money.value();
}

QJsonObject PaymentJson::customerToJson(const Customer& customer)
{
    return QJsonObject{{QLatin1StringView("name"), customer.name},
                       {QLatin1StringView("email"), customer.email},
                       {QLatin1StringView("phone"), customer.phone}};
}

Customer PaymentJson::customerFromJson(const QJsonObject& json)
{
    return Customer{str(json, QLatin1StringView("name")), str(json, QLatin1StringView("email")),
                    str(json, QLatin1StringView("phone"))};
}

QJsonArray PaymentJson::channelsToJson(Channels channels)
{
    QJsonArray out;
    if (channels.testFlag(Channel::Email))
        out.append(QStringLiteral("EMAIL"));
    if (channels.testFlag(Channel::Sms))
        out.append(QStringLiteral("SMS"));
    return out;
}

Channels PaymentJson::channelsFromJson(const QJsonArray& json)
{
    Channels channels;
    for (const QJsonValue& v : json) {
        const QString c = v.toString().toUpper();
        if (c == u"EMAIL")
            channels |= Channel::Email;
        else if (c == u"SMS")
            channels |= Channel::Sms;
    }
    return channels;
}

QJsonObject PaymentJson::statusChangeToJson(const StatusChange& change)
{
    QJsonObject o{{QLatin1StringView("status"), change.status.toString()},
                  {QLatin1StringView("at"), dateTimeToJson(change.at)},
                  {QLatin1StringView("actor"), StatusChange::actorToString(change.actor)}};
    if (!change.note.isEmpty())
        o.insert(QLatin1StringView("note"), change.note);
    return o;
}

Result<StatusChange, JsonError> PaymentJson::statusChangeFromJson(const QJsonObject& json)
{
    const QJsonValue status = json.value(QLatin1StringView("status"));
    if (!status.isString())
        return status.isUndefined() ? missing(QStringLiteral("history.status"))
                                    : wrongType(QStringLiteral("history.status"));
    if (status.toString().size() > kMaxIdLength)
        return tooLong(QStringLiteral("history.status"), kMaxIdLength);
    auto actor = code(json, QLatin1StringView("actor"), QStringLiteral("history.actor"));
    if (!actor)
        return fail(actor.error());
    StatusChange change;
    change.status = PaymentStatus::fromString(status.toString());
    change.at = dateTimeFromJson(json.value(QLatin1StringView("at")));
    change.actor = StatusChange::actorFromString(actor.value());
    change.note = text(json, QLatin1StringView("note"));
    return change;
}

Result<Payment, JsonError> PaymentJson::paymentFromJson(const QJsonObject& json)
{
    Payment p;
    const QJsonValue id = json.value(QLatin1StringView("paymentId"));
    if (!id.isString() || id.toString().isEmpty())
        return id.isUndefined() ? missing(QStringLiteral("paymentId"))
                                : wrongType(QStringLiteral("paymentId"));
    if (id.toString().size() > kMaxIdLength)
        return tooLong(QStringLiteral("paymentId"), kMaxIdLength);
    p.paymentId = id.toString();

    const QJsonValue status = json.value(QLatin1StringView("status"));
    if (!status.isString())
        return status.isUndefined() ? missing(QStringLiteral("status")) : wrongType(QStringLiteral("status"));
    if (status.toString().size() > kMaxIdLength)
        return tooLong(QStringLiteral("status"), kMaxIdLength);
    p.status = PaymentStatus::fromString(status.toString());

    auto amount = moneyFromJson(json.value(QLatin1StringView("amount")), QStringLiteral("amount"));
    if (!amount)
        return fail(amount.error());
    p.amount = amount.value();

    // A number, or a numeric string as some gateways send (countFromJson() is strict about it).
    const QJsonValue version = json.value(QLatin1StringView("version"));
    const std::optional<qint64> versionCount = countFromJson(version);
    if (!versionCount)
        return version.isUndefined() ? missing(QStringLiteral("version"))
                                     : wrongType(QStringLiteral("version"));
    p.version = *versionCount;
    p.sequence = countFromJson(json.value(QLatin1StringView("sequence"))).value_or(0);

    const QJsonObject ref = json.value(QLatin1StringView("reference")).toObject();
    auto enterpriseId = code(json, QLatin1StringView("enterpriseId"), QStringLiteral("enterpriseId"));
    auto storeId = code(json, QLatin1StringView("storeId"), QStringLiteral("storeId"));
    auto provider = code(json, QLatin1StringView("provider"), QStringLiteral("provider"));
    auto refType = code(ref, QLatin1StringView("type"), QStringLiteral("reference.type"));
    auto payLink = code(json, QLatin1StringView("payLink"), QStringLiteral("payLink"), kMaxLinkLength);
    for (const auto* c : {&enterpriseId, &storeId, &provider, &refType, &payLink}) {
        if (!*c)
            return fail(c->error());
    }
    p.enterpriseId = enterpriseId.value();
    p.storeId = storeId.value();
    if (!provider->isEmpty())
        p.provider = provider.value();

    p.reference.rawType = refType.value();
    p.reference.type = PaymentReference::typeFromString(p.reference.rawType);
    p.reference.number = text(ref, QLatin1StringView("number"));
    p.description = text(json, QLatin1StringView("description"));

    const QJsonValue paid = json.value(QLatin1StringView("amountPaid"));
    if (paid.isObject()) {
        auto amountPaid = moneyFromJson(paid, QStringLiteral("amountPaid"));
        if (!amountPaid)
            return fail(amountPaid.error());
        p.amountPaid = amountPaid.value();
    }

    const QJsonObject customer = json.value(QLatin1StringView("customer")).toObject();
    p.customer.name = text(customer, QLatin1StringView("name"));
    p.customer.email = text(customer, QLatin1StringView("email"));
    p.customer.phone = text(customer, QLatin1StringView("phone"));
    p.channels = channelsFromJson(json.value(QLatin1StringView("channels")).toArray());
    p.statusReason = text(json, QLatin1StringView("statusReason"));
    // Masked like any text (a link is no place for a card number), but never cut.
    p.payLink = CardNumber::maskCardNumbers(payLink.value());
    p.expiresAt = dateTimeFromJson(json.value(QLatin1StringView("expiresAt")));

    const QJsonObject card = json.value(QLatin1StringView("card")).toObject();
    p.cardBrand = text(card, QLatin1StringView("brand"));
    // Only ever the last four digits, whatever a partner sends.
    p.cardLast4 = str(card, QLatin1StringView("last4")).right(4);

    p.transactionReference = text(json, QLatin1StringView("transactionReference"));
    p.reconciled = json.value(QLatin1StringView("reconciled")).toBool();
    p.fundsCleared = json.value(QLatin1StringView("fundsCleared")).toBool();
    p.createdAt = dateTimeFromJson(json.value(QLatin1StringView("createdAt")));
    p.updatedAt = dateTimeFromJson(json.value(QLatin1StringView("updatedAt")));

    const QJsonValue history = json.value(QLatin1StringView("history"));
    if (history.isArray()) {
        for (const QJsonValue& entry : history.toArray()) {
            if (!entry.isObject())
                return wrongType(QStringLiteral("history"));
            auto change = statusChangeFromJson(entry.toObject());
            if (!change)
                return fail(change.error());
            p.history.append(change.value());
        }
    }
    return p;
}

QJsonObject PaymentJson::paymentToJson(const Payment& p, bool withHistory)
{
    QJsonObject o{
        {QLatin1StringView("paymentId"), p.paymentId},
        {QLatin1StringView("enterpriseId"), p.enterpriseId},
        {QLatin1StringView("storeId"), p.storeId},
        {QLatin1StringView("provider"), p.provider},
        {QLatin1StringView("reference"), QJsonObject{{QLatin1StringView("type"), p.reference.rawType},
                                                     {QLatin1StringView("number"), p.reference.number}}},
        {QLatin1StringView("description"), p.description},
        {QLatin1StringView("amount"), moneyToJson(p.amount)},
        {QLatin1StringView("customer"), customerToJson(p.customer)},
        {QLatin1StringView("channels"), channelsToJson(p.channels)},
        {QLatin1StringView("status"), p.status.toString()},
        {QLatin1StringView("statusReason"), p.statusReason},
        {QLatin1StringView("payLink"), p.payLink},
        {QLatin1StringView("expiresAt"), dateTimeToJson(p.expiresAt)},
        {QLatin1StringView("transactionReference"), p.transactionReference},
        {QLatin1StringView("reconciled"), p.reconciled},
        {QLatin1StringView("fundsCleared"), p.fundsCleared},
        {QLatin1StringView("createdAt"), dateTimeToJson(p.createdAt)},
        {QLatin1StringView("updatedAt"), dateTimeToJson(p.updatedAt)},
        {QLatin1StringView("version"), p.version},
        {QLatin1StringView("sequence"), p.sequence},
    };
    if (p.amountPaid.isValid())
        o.insert(QLatin1StringView("amountPaid"), moneyToJson(p.amountPaid));
    if (!p.cardBrand.isEmpty() || !p.cardLast4.isEmpty()) {
        o.insert(QLatin1StringView("card"), QJsonObject{{QLatin1StringView("brand"), p.cardBrand},
                                                        {QLatin1StringView("last4"), p.cardLast4}});
    }
    if (withHistory) {
        QJsonArray history;
        for (const StatusChange& change : p.history)
            history.append(statusChangeToJson(change));
        o.insert(QLatin1StringView("history"), history);
    }
    return o;
}

QJsonObject PaymentJson::initiateToJson(const InitiateRequest& r)
{
    QJsonObject o{
        {QLatin1StringView("customer"), customerToJson(r.customer)},
        {QLatin1StringView("channels"), channelsToJson(r.channels)},
        {QLatin1StringView("reference"), QJsonObject{{QLatin1StringView("type"), r.reference.rawType},
                                                     {QLatin1StringView("number"), r.reference.number}}},
        {QLatin1StringView("description"), r.description},
        {QLatin1StringView("amount"), moneyToJson(r.amount)},
    };
    if (r.expiresAt.isValid())
        o.insert(QLatin1StringView("expiresAt"), dateTimeToJson(r.expiresAt));
    return o;
}

Result<InitiateRequest, JsonError> PaymentJson::initiateFromJson(const QJsonObject& json)
{
    InitiateRequest r;
    const QJsonValue customer = json.value(QLatin1StringView("customer"));
    if (!customer.isObject())
        return customer.isUndefined() ? missing(QStringLiteral("customer"))
                                      : wrongType(QStringLiteral("customer"));
    r.customer = customerFromJson(customer.toObject());
    r.channels = channelsFromJson(json.value(QLatin1StringView("channels")).toArray());
    const QJsonObject ref = json.value(QLatin1StringView("reference")).toObject();
    r.reference.rawType = str(ref, QLatin1StringView("type"));
    if (r.reference.rawType.isEmpty())
        r.reference.rawType = QStringLiteral("INVOICE");
    r.reference.type = PaymentReference::typeFromString(r.reference.rawType);
    r.reference.number = str(ref, QLatin1StringView("number"));
    r.description = str(json, QLatin1StringView("description"));
    auto amount = moneyFromJson(json.value(QLatin1StringView("amount")), QStringLiteral("amount"));
    if (!amount)
        return fail(amount.error());
    r.amount = amount.value();
    r.expiresAt = dateTimeFromJson(json.value(QLatin1StringView("expiresAt")));
    return r;
}

QJsonObject PaymentJson::cancelToJson(const CancelRequest& r)
{
    return QJsonObject{{QLatin1StringView("reason"), r.reason}};
}

QJsonObject PaymentJson::resendToJson(const ResendRequest& r)
{
    return QJsonObject{{QLatin1StringView("customer"), customerToJson(r.customer)},
                       {QLatin1StringView("channels"), channelsToJson(r.channels)}};
}

} // namespace paydesk
