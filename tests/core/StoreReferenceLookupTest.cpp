// PaymentStore::paymentsWithReference, the kiosk's look-up (issue 10): an exact reference match
// within the served stores, never a prefix, a text search or another store's payment.
#include "QtPrinters.h"
#include "StoreTestSupport.h"
#include "kiosk/CustomerLookup.h"

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

class StoreReferenceLookup : public StoreFixture
{
protected:
    void add(const QString& id, const QString& reference, const QString& storeId, const QString& name,
             PaymentStatus::Code status = PaymentStatus::Code::Notified)
    {
        Payment p = makePayment(id, 1, status);
        p.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, reference);
        p.storeId = storeId;
        p.customer.name = name;
        p.payLink = u"https://pay.example/"_s + id;
        ASSERT_TRUE(store().upsert(p).ok());
    }
};

TEST_F(StoreReferenceLookup, FindsOnlyTheExactReferenceInTheServedStores)
{
    add(u"a"_s, u"RO-1001"_s, u"S1"_s, u"Amelia Hart"_s);
    add(u"b"_s, u"RO-10010"_s, u"S1"_s, u"Oliver Hart"_s);
    add(u"c"_s, u"RO-1001"_s, u"S2"_s, u"Isla Hart"_s);
    add(u"d"_s, u"Amelia"_s, u"S1"_s, u"Someone Else"_s);

    auto found = store().paymentsWithReference(u"ro-1001"_s, {u"S1"_s});
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().paymentId, u"a"_s);
    // Not a prefix, not a word of the name, not without stores.
    EXPECT_TRUE(store().paymentsWithReference(u"RO-100"_s, {u"S1"_s})->isEmpty());
    EXPECT_TRUE(store().paymentsWithReference(u"RO-100%"_s, {u"S1"_s})->isEmpty());
    EXPECT_EQ(store().paymentsWithReference(u"Amelia"_s, {u"S1"_s})->size(), 1); // only d, by its reference
    EXPECT_EQ(store().paymentsWithReference(u"Amelia"_s, {u"S1"_s})->first().paymentId, u"d"_s);
    EXPECT_TRUE(store().paymentsWithReference(u"RO-1001"_s, {})->isEmpty());
    EXPECT_EQ(store().paymentsWithReference(u"RO-1001"_s, {u"S1"_s, u"S2"_s})->size(), 2);
}

TEST_F(StoreReferenceLookup, CustomerLookupWantsOneOpenMatchOfTheSurname)
{
    const QDateTime now = at(2);
    add(u"a"_s, u"RO-2001"_s, u"S1"_s, u"Zoë Müller"_s);
    add(u"b"_s, u"RO-2002"_s, u"S1"_s, u"Ann van der Berg"_s);
    add(u"c"_s, u"RO-2003"_s, u"S1"_s, u"Leo Khan"_s, PaymentStatus::Code::Paid);
    add(u"d"_s, u"RO-2004"_s, u"S1"_s, u"Mia Patel"_s);
    add(u"e"_s, u"RO-2004"_s, u"S1"_s, u"Noah Patel"_s);
    const QStringList stores = {u"S1"_s};
    EXPECT_TRUE(CustomerLookup::find(store(), u"RO-2001"_s, u"muller"_s, stores, now));
    EXPECT_TRUE(CustomerLookup::find(store(), u" ro-2001 "_s, u"MÜLLER"_s, stores, now));
    EXPECT_TRUE(CustomerLookup::find(store(), u"RO-2002"_s, u"van der berg"_s, stores, now));
    EXPECT_FALSE(CustomerLookup::find(store(), u"RO-2002"_s, u"be"_s, stores, now));
    EXPECT_FALSE(CustomerLookup::find(store(), u"RO-2001"_s, u"Zoë"_s, stores, now));
    EXPECT_FALSE(CustomerLookup::find(store(), u"RO-2003"_s, u"Khan"_s, stores, now)); // paid
    EXPECT_FALSE(CustomerLookup::find(store(), u"RO-2001"_s, u""_s, stores, now));
    // Two open payments with the same reference and surname: no answer, ask at the desk.
    EXPECT_FALSE(CustomerLookup::find(store(), u"RO-2004"_s, u"Patel"_s, stores, now));
}

} // namespace
