// The search and amount boxes have an edge that stands out from the window, in light and in
// dark (issue 14, point 8: in dark they had none).
#include "MainWindow.h"
#include "Theme.h"
#include "UiFixture.h"
#include "widgets/FilterBar.h"

#include <QImage>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace paydesk;
using namespace paydesk::ui;

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

class FieldBorder : public uitest::StoreTest
{
protected:
    void TearDown() override
    {
        Theme::instance().apply(Theme::Mode::Light);
        StoreTest::TearDown();
    }
};

// The search and amount boxes have an edge that stands out from the window (3:1, as a
// control's boundary should), in light and in dark.
TEST_F(FieldBorder, SearchAndAmountBoxesHaveAVisibleBorderInLightAndDark)
{
    fillWith(20);
    for (Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        Theme::instance().apply(mode);
        MainWindow window(m_store.get(), m_clock);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const QImage picture = window.grab().toImage();
        for (QLineEdit* edit : {window.filterBar()->searchEdit(), window.filterBar()->amountMinEdit(),
                                window.filterBar()->amountMaxEdit()}) {
            ASSERT_TRUE(edit->isVisible());
            edit->clearFocus();
            const QPoint leftMiddle = edit->mapTo(&window, QPoint(0, edit->height() / 2));
            const QColor outside = picture.pixelColor(leftMiddle - QPoint(3, 0));
            double best = 0;
            for (int dx = 0; dx < 2; ++dx)
                best = qMax(best, contrast(picture.pixelColor(leftMiddle + QPoint(dx, 0)), outside));
            EXPECT_GE(best, 3.0) << qPrintable(Theme::modeToString(mode)) << " "
                                 << qPrintable(edit->placeholderText()) << ": border "
                                 << qPrintable(picture.pixelColor(leftMiddle).name()) << " on "
                                 << qPrintable(outside.name());
        }
    }
}

} // namespace
