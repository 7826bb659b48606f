// ProviderRules: what each payment provider allows, as pure rules (the menus, the detail pane,
// DealerActions and the outbox all ask these), and Payment Assist's status words.
#include "providers/ProviderRules.h"

#include "api/ConnectionProfile.h"
#include "payments/DealerActions.h"
#include "payments/Payment.h"
#include "providers/paymentassist/PaymentAssistRules.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;

namespace {

Payment payment(const QString& provider, const PaymentStatus& status)
{
    Payment p;
    p.paymentId = u"pay-1"_s;
    p.provider = provider;
    p.status = status;
    return p;
}

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    return fields;
}

ProviderActionRequest paBegin()
{
    ProviderActionRequest r;
    r.provider = ProviderId::paymentAssist();
    r.action = ProviderAction::Initiate;
    r.enterpriseId = u"E1"_s;
    r.storeId = u"PA-LEEDS"_s;
    r.payload = QJsonObject{{u"order_id"_s, u" RO-1001 "_s},
                            {u"amount"_s, 125000},
                            {u"f_name"_s, u"Jane"_s},
                            {u"s_name"_s, u"Doe"_s},
                            {u"addr1"_s, u"1 High St"_s},
                            {u"postcode"_s, u"LS1 1AA"_s},
                            {u"email"_s, u"jane@example.com"_s},
                            {u"send_email"_s, true}};
    return r;
}

} // namespace

TEST(ProviderRules, KeyloopAllowsExactlyWhatDealerActionsAlwaysAllowed)
{
    const ProviderRules& keyloop = ProviderRules::forProvider(u"keyloop"_s);
    EXPECT_EQ(keyloop.id(), u"keyloop"_s);
    EXPECT_EQ(keyloop.capabilities(), (QList<ProviderAction>{ProviderAction::Initiate, ProviderAction::Cancel,
                                                             ProviderAction::Resend}));
    for (Code code : PaymentStatus::allKnown()) {
        const Payment p = payment(u"keyloop"_s, code);
        const bool open = PaymentStatus(code).isOpen();
        EXPECT_EQ(DealerActions::canCancel(p), open) << PaymentStatus::wireName(code).toStdString();
        EXPECT_EQ(DealerActions::canResend(p), open) << PaymentStatus::wireName(code).toStdString();
        EXPECT_EQ(DealerActions::allows(ProviderAction::Cancel, p), open);
        for (ProviderAction other :
             {ProviderAction::AmendAmount, ProviderAction::UploadInvoice, ProviderAction::Capture,
              ProviderAction::QuotePlan, ProviderAction::PreApprove})
            EXPECT_FALSE(keyloop.allows(other, p));
    }
    // A payment without a provider set is Keyloop's (the default of every older row).
    EXPECT_EQ(&ProviderRules::forPayment(Payment{}), &keyloop);
}

TEST(ProviderRules, PaymentAssistStatusWordsMapToPayDeskStatusesAndUnknownWordsStayRaw)
{
    const QList<std::pair<QString, Code>> table = {
        {u"pending"_s, Code::Initiated},
        {u"in progress"_s, Code::InProgress},
        {u"in_progress"_s, Code::InProgress},
        {u"IN PROGRESS "_s, Code::InProgress},
        {u"pending_capture"_s, Code::Authorised},
        {u"completed"_s, Code::Paid},
        {u"failed"_s, Code::Failed},
        {u"expired"_s, Code::Expired},
    };
    for (const auto& [word, code] : table)
        EXPECT_EQ(PaymentAssistRules::statusFor(word).code(), code) << word.toStdString();
    const PaymentStatus odd = PaymentAssistRules::statusFor(u"on_hold"_s);
    EXPECT_EQ(odd.code(), Code::Unknown);
    EXPECT_EQ(odd.raw(), u"on_hold"_s);
}

TEST(ProviderRules, PaymentAssistActionsFollowTheApplicationsState)
{
    const ProviderRules& pa = ProviderRules::forProvider(u"paymentassist"_s);
    EXPECT_EQ(pa.displayName(), u"Payment Assist"_s);
    EXPECT_FALSE(pa.supports(ProviderAction::Resend)) << "Payment Assist has no resend";
    EXPECT_TRUE(pa.supports(ProviderAction::QuotePlan));
    EXPECT_TRUE(pa.supports(ProviderAction::PreApprove));

    struct Row
    {
        QString word;
        bool expire, amend, invoice, capture, final;
    };
    const QList<Row> rows = {
        {u"pending"_s, true, true, false, false, false},
        {u"in progress"_s, true, true, false, false, false},
        {u"pending_capture"_s, true, true, false, true, false},
        {u"completed"_s, false, false, true, false, true},
        {u"failed"_s, false, false, false, false, true},
        {u"expired"_s, false, false, false, false, true},
        {u"something_new"_s, false, false, false, false, false},
    };
    for (const Row& row : rows) {
        const Payment p = payment(u"paymentassist"_s, PaymentAssistRules::statusFor(row.word));
        SCOPED_TRACE(row.word.toStdString());
        EXPECT_EQ(DealerActions::canCancel(p), row.expire);
        EXPECT_EQ(pa.allows(ProviderAction::AmendAmount, p), row.amend);
        EXPECT_EQ(pa.allows(ProviderAction::UploadInvoice, p), row.invoice);
        EXPECT_EQ(pa.allows(ProviderAction::Capture, p), row.capture);
        EXPECT_EQ(pa.isFinal(p), row.final);
        EXPECT_FALSE(DealerActions::canResend(p));
        EXPECT_TRUE(pa.allows(ProviderAction::QuotePlan, p));
    }
}

TEST(ProviderRules, AProviderPayDeskDoesNotKnowAllowsNothing)
{
    const Payment p = payment(u"someday-pay"_s, Code::Initiated);
    const ProviderRules& rules = ProviderRules::forPayment(p);
    EXPECT_TRUE(rules.capabilities().isEmpty());
    EXPECT_FALSE(DealerActions::canCancel(p));
    EXPECT_FALSE(DealerActions::canResend(p));
    EXPECT_FALSE(rules.allows(ProviderAction::Initiate, p));
}

TEST(ProviderRules, PaymentAssistChecksAndNormalisesItsPayloadsBeforeAnythingIsQueued)
{
    const ProviderRules& pa = ProviderRules::forProvider(u"paymentassist"_s);

    ProviderActionRequest ok = paBegin();
    EXPECT_TRUE(pa.validate(ok).isEmpty());
    EXPECT_EQ(ok.payload.value(u"order_id"_s).toString(), u"RO-1001"_s) << "trimmed in place";

    ProviderActionRequest missing = paBegin();
    missing.payload.remove(u"addr1"_s);
    missing.payload.insert(u"postcode"_s, u"  "_s);
    missing.payload.insert(u"amount"_s, 0);
    missing.payload.insert(u"send_sms"_s, true);
    missing.payload.insert(u"description"_s, u"card 4111 1111 1111 1111"_s);
    const QStringList fields = fieldsOf(pa.validate(missing));
    EXPECT_TRUE(fields.contains(u"addr1"_s));
    EXPECT_TRUE(fields.contains(u"postcode"_s));
    EXPECT_TRUE(fields.contains(u"amount"_s));
    EXPECT_TRUE(fields.contains(u"telephone"_s)) << "an SMS needs a number";
    EXPECT_TRUE(fields.contains(u"description"_s)) << "no card number in free text";

    ProviderActionRequest noEmail = paBegin();
    noEmail.payload.insert(u"email"_s, QString());
    EXPECT_EQ(fieldsOf(pa.validate(noEmail)), QStringList{u"email"_s}) << "an email link needs an address";

    ProviderActionRequest invoice;
    invoice.provider = u"paymentassist"_s;
    invoice.action = ProviderAction::UploadInvoice;
    invoice.storeId = u"PA-LEEDS"_s;
    invoice.paymentId = u"tok-1"_s;
    invoice.payload = QJsonObject{{u"filetype"_s, u"PDF"_s}, {u"filedata"_s, u"JVBERi0="_s}};
    EXPECT_TRUE(pa.validate(invoice).isEmpty());
    EXPECT_EQ(invoice.payload.value(u"filetype"_s).toString(), u"pdf"_s);
    invoice.payload.insert(u"filetype"_s, u"exe"_s);
    EXPECT_EQ(fieldsOf(pa.validate(invoice)), QStringList{u"filetype"_s});

    ProviderActionRequest resend;
    resend.provider = u"paymentassist"_s;
    resend.action = ProviderAction::Resend;
    resend.storeId = u"PA-LEEDS"_s;
    resend.paymentId = u"tok-1"_s;
    EXPECT_EQ(fieldsOf(pa.validate(resend)), QStringList{u"action"_s});

    ProviderActionRequest noToken;
    noToken.provider = u"paymentassist"_s;
    noToken.action = ProviderAction::Capture;
    noToken.storeId = u"PA-LEEDS"_s;
    EXPECT_EQ(fieldsOf(pa.validate(noToken)), QStringList{u"token"_s});
}

TEST(ProviderRules, PaymentAssistSitesAreSavedWithTheProfileAndTheirSecretsNeverAre)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"paydesk.ini"_s);
    ConnectionProfile profile;
    profile.name = u"branch"_s;
    profile.baseUrl = QUrl(u"https://api.eu.keyloop.io"_s);
    PaymentAssistSite leeds;
    leeds.siteId = u"S01"_s;
    leeds.name = u"Leeds"_s;
    leeds.baseUrl = QUrl(u"https://api.v1.payment-assist.co.uk"_s);
    leeds.apiKey = u"pa_key_leeds"_s;
    PaymentAssistSite york = leeds;
    york.siteId = u"S02"_s;
    york.name = u"York"_s;
    york.apiKey = u"pa_key_york"_s;
    profile.paymentAssist = {leeds, york};
    {
        QSettings settings(file, QSettings::IniFormat);
        profile.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ConnectionProfile loaded = ConnectionProfile::load(settings, u"branch"_s);
    EXPECT_EQ(loaded.paymentAssist, profile.paymentAssist);
    EXPECT_EQ(loaded, profile);
    // Each site's secret has its own keychain key, bound to the origin of its base URL.
    EXPECT_EQ(leeds.secretKey(u"branch"_s), u"profile/branch/paymentassist/S01/secret"_s);
    EXPECT_NE(leeds.secretKey(u"branch"_s), york.secretKey(u"branch"_s));
    EXPECT_EQ(leeds.secretOrigin(), u"https://api.v1.payment-assist.co.uk:443"_s);
    QFile raw(file);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    EXPECT_TRUE(text.contains("pa_key_york"));
    EXPECT_FALSE(text.contains("secret")) << "no secret in the settings file";
}
