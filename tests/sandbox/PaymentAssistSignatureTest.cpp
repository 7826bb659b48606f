// The signing rule shared by the connector and the emulation, against the documented vector.
#include "paymentassist/PaymentAssistSignature.h"

#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::PaymentAssistSignature;

namespace {

const PaymentAssistSignature::Params kVector = {
    // Deliberately not in order: the function sorts.
    {u"send_email"_s, u"true"_s},         {u"s_name"_s, u"Doe"_s},  {u"order_id"_s, u"ORD1"_s},
    {u"failure_url"_s, u"https://x/f"_s}, {u"f_name"_s, u"Jane"_s}, {u"amount"_s, u"1000"_s},
};

} // namespace

TEST(PaymentAssistSignatureTest, DocumentedVector)
{
    EXPECT_EQ(
        PaymentAssistSignature::canonicalString(kVector),
        QByteArray(
            "AMOUNT=1000&F_NAME=Jane&FAILURE_URL=https://x/f&ORDER_ID=ORD1&S_NAME=Doe&SEND_EMAIL=true&"));
    EXPECT_EQ(PaymentAssistSignature::compute(kVector, "demo_secret"),
              u"5405d221a9391845afa1b87a07a52a207903e38a84cd39464aaf5c1cfcd0de00"_s);
}

TEST(PaymentAssistSignatureTest, SortsByLowerCaseKeyNotByUpperCase)
{
    // The pitfall: sorted upper-cased, FAILURE_URL would come before F_NAME ('A' < '_').
    const QByteArray s = PaymentAssistSignature::canonicalString(kVector);
    EXPECT_LT(s.indexOf("F_NAME="), s.indexOf("FAILURE_URL="));
    const QByteArray wrong =
        "AMOUNT=1000&FAILURE_URL=https://x/f&F_NAME=Jane&ORDER_ID=ORD1&S_NAME=Doe&SEND_EMAIL=true&";
    const QString wrongSignature = QString::fromLatin1(
        QMessageAuthenticationCode::hash(wrong, "demo_secret", QCryptographicHash::Sha256).toHex());
    EXPECT_FALSE(PaymentAssistSignature::matches(kVector, "demo_secret", wrongSignature));
}

TEST(PaymentAssistSignatureTest, LeavesOutKeySignatureAndEmptyValues)
{
    auto params = kVector;
    params.append({u"api_key"_s, u"k"_s});
    params.append({u"signature"_s, u"abc"_s});
    params.append({u"addr2"_s, QString()});
    EXPECT_EQ(PaymentAssistSignature::compute(params, "demo_secret"),
              u"5405d221a9391845afa1b87a07a52a207903e38a84cd39464aaf5c1cfcd0de00"_s);
    EXPECT_EQ(PaymentAssistSignature::canonicalString({}), QByteArray());
}

TEST(PaymentAssistSignatureTest, MatchesIgnoresHexCaseAndRefusesOthers)
{
    const QString good = u"5405D221A9391845AFA1B87A07A52A207903E38A84CD39464AAF5C1CFCD0DE00"_s;
    EXPECT_TRUE(PaymentAssistSignature::matches(kVector, "demo_secret", good));
    EXPECT_FALSE(PaymentAssistSignature::matches(kVector, "demo_other", good));
    EXPECT_FALSE(PaymentAssistSignature::matches(kVector, "demo_secret", QString()));
    EXPECT_FALSE(PaymentAssistSignature::matches(kVector, "demo_secret", good.left(63)));
}

TEST(PaymentAssistSignatureTest, RawUtf8ValuesNotUrlEncoded)
{
    const PaymentAssistSignature::Params p = {{u"description"_s, u"Service & MOT £120"_s}};
    EXPECT_EQ(PaymentAssistSignature::canonicalString(p), u"DESCRIPTION=Service & MOT £120&"_s.toUtf8());
}
