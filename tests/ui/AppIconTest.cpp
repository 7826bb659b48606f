// The application icon is the packaged SVG, rendered at every size the desktop asks for.
#include "Theme.h"

#include <QIcon>
#include <QImage>

#include <gtest/gtest.h>

using paydesk::ui::Theme;

TEST(AppIcon, IsTheSvgRenderedAtEveryDesktopSize)
{
    const QIcon icon = Theme::appIcon();
    ASSERT_FALSE(icon.isNull());
    for (int size : {16, 32, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        ASSERT_EQ(image.width(), size);
        // The card's blue (#1f5fbf) fills the middle; the corners stay transparent.
        const QColor middle = image.pixelColor(size / 4, size * 3 / 5);
        EXPECT_EQ(middle.rgb() & 0xffffff, 0x1f5fbfu)
            << "size " << size << ": " << middle.name().toStdString();
        EXPECT_EQ(image.pixelColor(0, 0).alpha(), 0) << "size " << size;
    }
}

// Issue 9, start-up: making the icon renders nothing (the window is not there yet); a size is
// rendered once when it is first asked for, and only that size.
TEST(AppIcon, RendersASizeOnlyWhenItIsAskedFor)
{
    const int before = Theme::appIconRenders();
    const QIcon icon = Theme::appIcon();
    EXPECT_EQ(icon.availableSizes().size(), 7);
    EXPECT_EQ(Theme::appIconRenders(), before);
    EXPECT_EQ(icon.pixmap(32, 32).width(), 32);
    EXPECT_EQ(Theme::appIconRenders(), before + 1);
    (void)icon.pixmap(32, 32);
    EXPECT_EQ(Theme::appIconRenders(), before + 1);
}
