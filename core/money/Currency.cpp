#include "Currency.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace paydesk {

namespace {

struct CurrencyInfo
{
    const char16_t* code;
    int exponent;
    const char16_t* symbol;
};

// Exponents from the ISO 4217 list. Sorted by code for binary search.
constexpr std::array<CurrencyInfo, 44> kCurrencies{{
    {u"AED", 2, u"AED"}, {u"AUD", 2, u"A$"},  {u"BGN", 2, u"BGN"},  {u"BHD", 3, u"BHD"}, {u"BRL", 2, u"R$"},
    {u"CAD", 2, u"CA$"}, {u"CHF", 2, u"CHF"}, {u"CLP", 0, u"CLP"},  {u"CNY", 2, u"CN¥"}, {u"CZK", 2, u"Kč"},
    {u"DKK", 2, u"kr."}, {u"EUR", 2, u"€"},   {u"GBP", 2, u"£"},    {u"HKD", 2, u"HK$"}, {u"HUF", 2, u"Ft"},
    {u"IDR", 2, u"Rp"},  {u"ILS", 2, u"₪"},   {u"INR", 2, u"₹"},    {u"IQD", 3, u"IQD"}, {u"ISK", 0, u"kr"},
    {u"JOD", 3, u"JOD"}, {u"JPY", 0, u"¥"},   {u"KRW", 0, u"₩"},    {u"KWD", 3, u"KWD"}, {u"LYD", 3, u"LYD"},
    {u"MXN", 2, u"MX$"}, {u"NOK", 2, u"kr"},  {u"NZD", 2, u"NZ$"},  {u"OMR", 3, u"OMR"}, {u"PLN", 2, u"zł"},
    {u"QAR", 2, u"QAR"}, {u"RON", 2, u"lei"}, {u"SAR", 2, u"SAR"},  {u"SEK", 2, u"kr"},  {u"SGD", 2, u"S$"},
    {u"THB", 2, u"฿"},   {u"TND", 3, u"TND"}, {u"TRY", 2, u"₺"},    {u"TWD", 2, u"NT$"}, {u"UAH", 2, u"₴"},
    {u"USD", 2, u"$"},   {u"VND", 0, u"₫"},   {u"XAF", 0, u"FCFA"}, {u"ZAR", 2, u"R"},
}};

const CurrencyInfo* find(QStringView code)
{
    if (code.size() != 3)
        return nullptr;
    auto it = std::lower_bound(
        kCurrencies.begin(), kCurrencies.end(), code,
        [](const CurrencyInfo& info, QStringView c) { return QStringView(info.code).compare(c) < 0; });
    if (it == kCurrencies.end() || QStringView(it->code) != code)
        return nullptr;
    return &*it;
}

} // namespace

int Currency::exponent(QStringView code)
{
    const CurrencyInfo* info = find(code);
    return info ? info->exponent : -1;
}

QString Currency::symbol(QStringView code)
{
    const CurrencyInfo* info = find(code);
    return info ? QString::fromUtf16(info->symbol) : code.toString();
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    codes.reserve(int(kCurrencies.size()));
    for (const CurrencyInfo& info : kCurrencies)
        codes << QString::fromUtf16(info.code);
    return codes;
}

} // namespace paydesk
