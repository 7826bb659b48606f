#include "QtPrinters.h"
#include "UiFixture.h"
#include "models/PaymentFilter.h"
#include "models/SavedViews.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FilterBar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::PaymentStatus;
using paydesk::ui::FilterBar;
using paydesk::ui::PaymentFilter;
using paydesk::ui::SavedViews;

namespace {

QString uniqueGroup()
{
    // Settings are the process's own (tests/support/PrivateTestHome.h), but outlive the test
    // case within the binary: a fresh group per case.
    return u"test/%1/savedViews"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
}

} // namespace

TEST(PaymentFilter, DatePresetsBecomeLocalDayBounds)
{
    const QDateTime now(QDate(2026, 11, 21), QTime(15, 30));
    PaymentFilter f;
    EXPECT_FALSE(f.toQuery(now).from.isValid());
    f.datePreset = PaymentFilter::DatePreset::Today;
    EXPECT_EQ(f.toQuery(now).from, QDateTime(QDate(2026, 11, 21), QTime(0, 0)).toUTC());
    f.datePreset = PaymentFilter::DatePreset::Last7Days;
    EXPECT_EQ(f.toQuery(now).from, QDateTime(QDate(2026, 11, 15), QTime(0, 0)).toUTC());
    f.datePreset = PaymentFilter::DatePreset::Last30Days;
    EXPECT_EQ(f.toQuery(now).from, QDateTime(QDate(2026, 10, 23), QTime(0, 0)).toUTC());
    f.datePreset = PaymentFilter::DatePreset::Custom;
    f.customFrom = QDate(2026, 11, 1);
    f.customTo = QDate(2026, 11, 3);
    const auto q = f.toQuery(now);
    EXPECT_EQ(q.from, QDateTime(QDate(2026, 11, 1), QTime(0, 0)).toUTC());
    EXPECT_EQ(q.to, QDateTime(QDate(2026, 11, 4), QTime(0, 0)).toUTC()); // the whole last day
    EXPECT_EQ(q.limit, 0);
}

TEST(PaymentFilter, RoundTripsThroughSettingsAndDescribesItself)
{
    PaymentFilter f;
    f.statuses = {PaymentStatus::Code::Paid, PaymentStatus::Code::Failed};
    f.datePreset = PaymentFilter::DatePreset::Last7Days;
    f.storeId = u"S2"_s;
    f.provider = u"paymentassist"_s;
    f.currency = u"GBP"_s;
    f.amountMin = 10000;
    f.text = u"hart"_s;
    f.fundsCleared = false;
    EXPECT_EQ(PaymentFilter::fromVariantMap(f.toVariantMap()), f);
    const QString text = f.describe().join(u" · "_s);
    EXPECT_TRUE(text.contains(u"Paid"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Last 7 days"_s));
    EXPECT_TRUE(text.contains(u"Payment Assist"_s));
    EXPECT_TRUE(text.contains(u"hart"_s));
    EXPECT_TRUE(PaymentFilter().isEmpty());
    EXPECT_TRUE(PaymentFilter().describe().isEmpty());
}

TEST(SavedViews, SaveRenameDeleteAndRemember)
{
    const QString group = uniqueGroup();
    PaymentFilter paid;
    paid.statuses = {PaymentStatus::Code::Paid};
    {
        SavedViews views(group);
        QSignalSpy changed(&views, &SavedViews::changed);
        EXPECT_TRUE(views.save(u"Paid"_s, paid));
        EXPECT_TRUE(views.save(u"Everything"_s, {}));
        EXPECT_FALSE(views.save(u"   "_s, paid));
        EXPECT_FALSE(views.rename(u"Paid"_s, u"Everything"_s)); // taken
        EXPECT_TRUE(views.rename(u"Paid"_s, u"Paid only"_s));
        EXPECT_EQ(changed.size(), 3);
    }
    {
        SavedViews views(group); // a new run reads them back
        EXPECT_EQ(views.names(), (QStringList{u"Paid only"_s, u"Everything"_s}));
        EXPECT_EQ(views.view(u"Paid only"_s), paid);
        EXPECT_TRUE(views.remove(u"Everything"_s));
    }
    SavedViews views(group);
    EXPECT_EQ(views.names(), QStringList{u"Paid only"_s});
}

TEST(FilterBar, SearchIsDebouncedAndEveryChangeIsVisibleAndClearable)
{
    SavedViews views(uniqueGroup());
    FilterBar bar(&views);
    bar.setSearchDebounceMs(150);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    bar.show();
    QTest::keyClicks(bar.searchEdit(), u"amelia"_s);
    EXPECT_EQ(changed.size(), 0); // not once per keystroke
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(bar.filter().text, u"amelia"_s);
    EXPECT_TRUE(bar.summaryLabel()->fullText().contains(u"amelia"_s));
    EXPECT_TRUE(bar.clearButton()->isEnabled());

    bar.storeCombo()->clear();
    bar.setStores({u"S1"_s, u"S2"_s});
    bar.storeCombo()->setCurrentIndex(bar.storeCombo()->findData(u"S2"_s));
    EXPECT_EQ(bar.filter().storeId, u"S2"_s);
    EXPECT_TRUE(bar.summaryLabel()->fullText().contains(u"S2"_s));

    QTest::mouseClick(bar.clearButton(), Qt::LeftButton);
    EXPECT_TRUE(bar.filter().isEmpty());
    EXPECT_TRUE(bar.searchEdit()->text().isEmpty());
    EXPECT_FALSE(bar.clearButton()->isEnabled());
}

TEST(FilterBar, ClearedSafeToReleaseIsAStatusChoiceAndASavedViewCriterion)
{
    SavedViews views(uniqueGroup());
    FilterBar bar(&views);
    auto* safe = bar.statusButton()->menu()->findChild<QAction*>(u"safeToReleaseAction"_s);
    if (!safe) {
        for (QAction* a : bar.statusButton()->menu()->actions())
            if (a->objectName() == u"safeToReleaseAction"_s)
                safe = a;
    }
    ASSERT_NE(safe, nullptr);
    EXPECT_EQ(safe->text(), u"Cleared / safe to release"_s);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    safe->trigger();
    EXPECT_EQ(changed.count(), 1) << "one change, not one per status";
    EXPECT_TRUE(bar.filter().isSafeToRelease());
    EXPECT_EQ(bar.filter().statuses, PaymentFilter::paidStatuses());
    EXPECT_EQ(bar.filter().fundsCleared, std::optional<bool>(true));
    EXPECT_EQ(bar.filter().toQuery().fundsCleared, std::optional<bool>(true));
    EXPECT_EQ(bar.statusButton()->text(), u"Status: Cleared / safe to release"_s);
    EXPECT_TRUE(bar.summaryLabel()->fullText().contains(u"Cleared / safe to release"_s))
        << bar.summaryLabel()->fullText().toStdString();

    // A saved view keeps it.
    bar.saveView(u"Safe to release"_s);
    bar.clear();
    EXPECT_FALSE(bar.filter().fundsCleared.has_value());
    bar.applyView(u"Safe to release"_s);
    EXPECT_TRUE(bar.filter().isSafeToRelease());
    EXPECT_EQ(PaymentFilter::fromVariantMap(bar.filter().toVariantMap()), PaymentFilter::safeToRelease());

    // Picking other statuses drops the clearance criterion.
    for (QAction* a : bar.statusButton()->menu()->actions())
        if (a->text() == u"Any status"_s)
            a->trigger();
    EXPECT_TRUE(bar.filter().isEmpty());
}

TEST(FilterBar, AmountRangeAndSavedViewsApply)
{
    SavedViews views(uniqueGroup());
    FilterBar bar(&views);
    bar.setCurrencies({u"GBP"_s, u"EUR"_s});
    bar.amountMinEdit()->setText(u"100.50"_s);
    Q_EMIT bar.amountMinEdit()->editingFinished();
    ASSERT_TRUE(bar.filter().amountMin.has_value());
    EXPECT_EQ(*bar.filter().amountMin, 10050);
    bar.amountMaxEdit()->setText(u"abc"_s);
    Q_EMIT bar.amountMaxEdit()->editingFinished();
    EXPECT_FALSE(bar.filter().amountMax.has_value()); // refused, not guessed

    bar.saveView(u"Over a hundred"_s);
    bar.clear();
    EXPECT_FALSE(bar.filter().amountMin.has_value());
    bar.applyView(u"Over a hundred"_s);
    ASSERT_TRUE(bar.filter().amountMin.has_value());
    EXPECT_EQ(*bar.filter().amountMin, 10050);
    EXPECT_EQ(bar.savedViewsCombo()->currentText(), u"Over a hundred"_s);
    bar.renameView(u"Over a hundred"_s, u"Big"_s);
    EXPECT_EQ(views.names(), QStringList{u"Big"_s});
    bar.deleteView(u"Big"_s);
    EXPECT_TRUE(views.names().isEmpty());
}
