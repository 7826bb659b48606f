// Money from outside text: what a person types (in their locale), plain decimals and JSON
// values. Properties: parsing never crashes, and formatUserInput() and parseUserInput() are
// inverses, as Money documents.

#include "FuzzSupport.h"
#include "money/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::FuzzInput in(data, size);
    static const QString currencies[] = {QStringLiteral("GBP"), QStringLiteral("EUR"), QStringLiteral("JPY"),
                                         QStringLiteral("BHD"), QStringLiteral("XYZ")};
    static const QLocale locales[] = {QLocale(QLocale::English, QLocale::UnitedKingdom),
                                      QLocale(QLocale::German, QLocale::Germany),
                                      QLocale(QLocale::French, QLocale::France),
                                      QLocale(QLocale::German, QLocale::Switzerland), QLocale::c()};
    const QString& currency = currencies[in.pick(5)];
    const QLocale& locale = locales[in.pick(5)];
    const QByteArray text = in.rest();
    const QString asText = QString::fromUtf8(text);

    const auto typed = Money::parseUserInput(asText, currency, locale);
    if (typed) {
        const QString shown = typed->formatUserInput(locale);
        const auto again = Money::parseUserInput(shown, currency, locale);
        if (!again || *again != *typed)
            fuzz::violated("parseUserInput(formatUserInput(m)) != m", text + " -> " + shown.toUtf8());
    }
    const auto decimal = Money::parse(asText, currency);
    if (decimal) {
        const auto again = Money::parse(decimal->toDecimalString(), currency);
        if (!again || *again != *decimal)
            fuzz::violated("parse(toDecimalString(m)) != m", text);
    }
    // JSON: the text as a whole document ([value]) and as a string value.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    if (doc.isArray() && !doc.array().isEmpty())
        (void)Money::fromJson(doc.array().first(), currency);
    (void)Money::fromJson(QJsonValue(asText), currency);
    return 0;
}
