// Democrance: its sites stored with the profile (never the password), and (DemocranceRules)
// how its policy status words map to PayDesk's statuses.
#include "api/ConnectionProfile.h"
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
