// Democrance: its sites stored with the profile (never the password), and (DemocranceRules)
// how its policy status words map to PayDesk's statuses.
#include "providers/democrance/DemocranceRules.h"

#include "api/ConnectionProfile.h"
#include "payments/Payment.h"
#include "providers/democrance/DemocranceSite.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

TEST(DemocranceSite, SitesAreSavedWithTheProfileAndTheirPasswordsNeverAre)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"paydesk.ini"_s);
    ConnectionProfile profile;
    profile.name = u"branch"_s;
    profile.baseUrl = QUrl(u"https://api.eu.keyloop.io"_s);
    DemocranceSite leeds;
    leeds.siteId = u"S01"_s;
    leeds.name = u"Leeds"_s;
    leeds.baseUrl = QUrl(u"https://dealer.democrance.com"_s);
    leeds.username = u"leeds-dealer"_s;
    DemocranceSite york = leeds;
    york.siteId = u"S02"_s;
    york.name = u"York"_s;
    york.username = u"york-dealer"_s;
    profile.democrance = {leeds, york};
    {
        QSettings settings(file, QSettings::IniFormat);
        profile.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ConnectionProfile loaded = ConnectionProfile::load(settings, u"branch"_s);
    EXPECT_EQ(loaded.democrance, profile.democrance);
    EXPECT_EQ(loaded, profile);
    EXPECT_TRUE(loaded.paymentAssist.isEmpty());
    // Each site's password has its own keychain key, bound to the origin of its base URL.
    EXPECT_EQ(leeds.secretKey(u"branch"_s), u"profile/branch/democrance/S01/password"_s);
    EXPECT_NE(leeds.secretKey(u"branch"_s), york.secretKey(u"branch"_s));
    EXPECT_EQ(leeds.secretOrigin(), u"https://dealer.democrance.com:443"_s);
    EXPECT_TRUE(leeds.isComplete());
    DemocranceSite noUser = leeds;
    noUser.username.clear();
    EXPECT_FALSE(noUser.isComplete());
    QFile raw(file);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    EXPECT_TRUE(text.contains("york-dealer"));
    EXPECT_FALSE(text.contains("password")) << "no password in the settings file";

    // Saving fewer sites drops the rest.
    profile.democrance = {york};
    {
        QSettings again(file, QSettings::IniFormat);
        profile.save(again);
    }
    QSettings reread(file, QSettings::IniFormat);
    EXPECT_EQ(ConnectionProfile::load(reread, u"branch"_s).democrance, QList<DemocranceSite>{york});
}

namespace {

using Code = PaymentStatus::Code;

Payment policyPayment(const PaymentStatus& status, const QString& action = {})
{
    Payment p;
    p.paymentId = DemocranceRules::paymentIdFor(u"S01"_s, u"NGM-GAP-100001"_s);
    p.provider = ProviderId::democrance();
    p.storeId = u"S01"_s;
    p.status = status;
    if (!action.isEmpty())
        p.providerData.insert(u"action"_s, action);
    return p;
}

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    return fields;
}

} // namespace

TEST(DemocranceRules, PolicyStatusesMapToPayDeskStatusesAndUnknownWordsAreKept)
{
    EXPECT_EQ(DemocranceRules::statusFor(u"S_NEW"_s).code(), Code::Initiated);
    EXPECT_EQ(DemocranceRules::statusFor(u"S_PENDING_APPROVAL"_s).code(), Code::Initiated);
    EXPECT_EQ(DemocranceRules::statusFor(u"S_QUOTED"_s).code(), Code::Initiated);
    EXPECT_EQ(DemocranceRules::statusFor(u"S_ACTIVE"_s).code(), Code::Paid);
    EXPECT_EQ(DemocranceRules::statusFor(u" s_active "_s).code(), Code::Paid) << "case and blanks ignored";
    EXPECT_EQ(DemocranceRules::statusFor(u"S_CANCELLATION_REQUESTED"_s).code(), Code::Paid)
        << "an active policy whose cancellation is asked for was paid";
    EXPECT_EQ(DemocranceRules::statusFor(u"S_CANCELLED"_s).code(), Code::Cancelled);
    EXPECT_EQ(DemocranceRules::statusFor(u"S_ENDED"_s).code(), Code::Expired);
    const PaymentStatus odd = DemocranceRules::statusFor(u"S_SUSPENDED"_s);
    EXPECT_EQ(odd.code(), Code::Unknown);
    EXPECT_EQ(odd.raw(), u"S_SUSPENDED"_s);
    EXPECT_FALSE(DemocranceRules().isFinal(policyPayment(odd))) << "an unknown word is not final";
}

TEST(DemocranceRules, AnOpenPolicyIsRefinedByItsPaymentAndAPaidOneStaysPaid)
{
    const QString required = DemocranceRules::paymentRequired();
    // Nothing initiated yet: open.
    EXPECT_EQ(DemocranceRules::statusOf(u"S_NEW"_s, {}, {}).code(), Code::Initiated);
    // A link to send; the customer on the gateway page; declined; paid but not yet recorded.
    EXPECT_EQ(DemocranceRules::statusOf(u"S_NEW"_s, required, u"pending"_s).code(), Code::Notified);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_NEW"_s, required, {}).code(), Code::Notified);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_NEW"_s, required, u"failed"_s).code(), Code::Failed);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_NEW"_s, required, u"expired"_s).code(), Code::Failed);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_NEW"_s, required, u"paid"_s).code(), Code::Authorised);
    // Invoiced or waived: nothing for the customer to pay now — shown as such, not as errors.
    EXPECT_EQ(DemocranceRules::statusOf(u"S_PENDING_APPROVAL"_s, DemocranceRules::paymentToBeInvoiced(),
                                        u"invoiced"_s)
                  .code(),
              Code::Authorised);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_QUOTED"_s, u"no payment required"_s, {}).code(),
              Code::Authorised);
    // The policy decides once it is active, cancelled or ended.
    EXPECT_EQ(DemocranceRules::statusOf(u"S_ACTIVE"_s, required, u"paid"_s).code(), Code::Paid);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_CANCELLED"_s, required, u"failed"_s).code(), Code::Cancelled);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_ENDED"_s, {}, {}).code(), Code::Expired);
    // A paid policy that ends or is cancelled later was still paid.
    EXPECT_EQ(DemocranceRules::statusOf(u"S_ENDED"_s, required, u"paid"_s, Code::Paid).code(), Code::Paid);
    EXPECT_EQ(DemocranceRules::statusOf(u"S_CANCELLED"_s, {}, {}, Code::Paid).code(), Code::Paid);

    // Funds: an active policy's payment is recorded (cleared) unless it is still to be invoiced.
    EXPECT_TRUE(DemocranceRules::fundsCleared(Code::Paid, required, u"paid"_s));
    EXPECT_TRUE(DemocranceRules::fundsCleared(Code::Paid, {}, {}));
    EXPECT_TRUE(DemocranceRules::fundsCleared(Code::Paid, DemocranceRules::noPaymentRequired(), {}));
    EXPECT_FALSE(
        DemocranceRules::fundsCleared(Code::Paid, DemocranceRules::paymentToBeInvoiced(), u"invoiced"_s));
    EXPECT_TRUE(DemocranceRules::fundsCleared(Code::Paid, DemocranceRules::paymentToBeInvoiced(), u"paid"_s))
        << "the dealer settled the invoice";
    EXPECT_FALSE(DemocranceRules::fundsCleared(Code::Authorised, required, u"paid"_s));
}

TEST(DemocranceRules, CapabilitiesQueriesAndWhatAPolicyAllows)
{
    const ProviderRules& rules = ProviderRules::forProvider(u"democrance"_s);
    EXPECT_EQ(rules.id(), u"democrance"_s);
    EXPECT_EQ(rules.displayName(), u"Democrance"_s);
    EXPECT_TRUE(ProviderRules::all().contains(&rules));
    EXPECT_EQ(rules.capabilities(), QList<ProviderAction>{ProviderAction::Initiate});
    EXPECT_TRUE(rules.answers(ProviderQuery::Gateways));
    EXPECT_TRUE(rules.answers(ProviderQuery::TaxInvoice));
    EXPECT_FALSE(rules.answers(ProviderQuery::Plans));
    EXPECT_FALSE(ProviderRules::forProvider(u"paymentassist"_s).answers(ProviderQuery::TaxInvoice));
    EXPECT_TRUE(ProviderRules::forProvider(u"paymentassist"_s).answers(ProviderQuery::Plans));

    EXPECT_TRUE(rules.allows(ProviderAction::Initiate, Payment{})) << "a policy PayDesk does not hold yet";
    EXPECT_TRUE(rules.allows(ProviderAction::Initiate, policyPayment(Code::Initiated)));
    EXPECT_TRUE(rules.allows(ProviderAction::Initiate, policyPayment(Code::Failed)))
        << "the customer may try again with a new link";
    EXPECT_FALSE(rules.allows(ProviderAction::Initiate, policyPayment(Code::Paid)));
    EXPECT_FALSE(rules.allows(ProviderAction::Initiate, policyPayment(Code::Cancelled)));
    EXPECT_FALSE(rules.allows(ProviderAction::Initiate,
                              policyPayment(Code::Authorised, DemocranceRules::paymentToBeInvoiced())));
    for (ProviderAction other : {ProviderAction::Cancel, ProviderAction::Resend, ProviderAction::AmendAmount,
                                 ProviderAction::UploadInvoice, ProviderAction::Capture})
        EXPECT_FALSE(rules.allows(other, policyPayment(Code::Initiated)));

    Payment paid = policyPayment(Code::Paid);
    EXPECT_FALSE(rules.allowsQuery(ProviderQuery::TaxInvoice, paid)) << "no payment reference";
    paid.providerData.insert(u"reference"_s, u"PAY-000001"_s);
    EXPECT_TRUE(rules.allowsQuery(ProviderQuery::TaxInvoice, paid));
    paid.providerData.insert(u"payment_status"_s, u"not_required"_s);
    EXPECT_FALSE(rules.allowsQuery(ProviderQuery::TaxInvoice, paid)) << "nothing was paid";
    Payment invoiced = policyPayment(Code::Authorised, DemocranceRules::paymentToBeInvoiced());
    invoiced.providerData.insert(u"reference"_s, u"PAY-000002"_s);
    invoiced.providerData.insert(u"payment_status"_s, u"invoiced"_s);
    EXPECT_TRUE(rules.allowsQuery(ProviderQuery::TaxInvoice, invoiced));
    Payment pending = policyPayment(Code::Notified, DemocranceRules::paymentRequired());
    pending.providerData.insert(u"reference"_s, u"PAY-000003"_s);
    pending.providerData.insert(u"payment_status"_s, u"pending"_s);
    EXPECT_FALSE(rules.allowsQuery(ProviderQuery::TaxInvoice, pending));
    EXPECT_TRUE(rules.allowsQuery(ProviderQuery::Gateways, policyPayment(Code::Initiated)));
    EXPECT_FALSE(rules.allowsQuery(ProviderQuery::Gateways, policyPayment(Code::Paid)));

    EXPECT_TRUE(rules.isFinal(policyPayment(Code::Paid)));
    EXPECT_TRUE(rules.isFinal(policyPayment(Code::Expired)));
    EXPECT_FALSE(rules.isFinal(policyPayment(Code::Notified)));
    EXPECT_EQ(DemocranceRules::paymentIdFor(u"S01"_s, u"NGM-GAP-100001"_s),
              u"democrance:S01:NGM-GAP-100001"_s);
}

TEST(DemocranceRules, SendingAPaymentLinkNeedsASitePolicyNumberAndGateway)
{
    const ProviderRules& rules = ProviderRules::forProvider(u"democrance"_s);
    ProviderActionRequest r;
    r.provider = u"democrance"_s;
    r.action = ProviderAction::Initiate;
    r.storeId = u" S01 "_s;
    r.payload = {{u"policy_number"_s, u"  NGM-GAP-100001 "_s}, {u"gateway"_s, u"payfort-aed"_s}};
    EXPECT_TRUE(rules.validate(r).isEmpty());
    EXPECT_EQ(r.payload.value(u"policy_number"_s).toString(), u"NGM-GAP-100001"_s) << "trimmed";
    EXPECT_EQ(r.storeId, u"S01"_s);

    ProviderActionRequest empty = r;
    empty.storeId.clear();
    empty.payload = {};
    EXPECT_EQ(fieldsOf(rules.validate(empty)), (QStringList{u"storeId"_s, u"policy_number"_s, u"gateway"_s}));

    ProviderActionRequest card = r;
    card.payload.insert(u"policy_number"_s, u"4111 1111 1111 1111"_s);
    EXPECT_EQ(fieldsOf(rules.validate(card)), QStringList{u"policy_number"_s}) << "no card number, ever";

    ProviderActionRequest other = r;
    other.paymentId = DemocranceRules::paymentIdFor(u"S01"_s, u"NGM-GAP-999999"_s);
    EXPECT_EQ(fieldsOf(rules.validate(other)), QStringList{u"policy_number"_s});
    other.paymentId = DemocranceRules::paymentIdFor(u"S01"_s, u"NGM-GAP-100001"_s);
    EXPECT_TRUE(rules.validate(other).isEmpty());

    ProviderActionRequest cancel = r;
    cancel.action = ProviderAction::Cancel;
    EXPECT_EQ(fieldsOf(rules.validate(cancel)), QStringList{u"action"_s});
}
