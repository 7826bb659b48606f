// MyKaarmaSite: a myKaarma department's connection settings are saved with the profile (never the
// ServiceSubscriber password), read back whole, and the password has its own keychain key per
// site, bound to the origin of the site's base URL.
#include "providers/mykaarma/MyKaarmaSite.h"

#include "api/ConnectionProfile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

TEST(MyKaarmaSite, SavedWithTheProfileWithoutThePassword)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"settings.ini"_s);
    ConnectionProfile profile;
    profile.name = u"branch"_s;
    profile.baseUrl = QUrl(u"https://api.eu.keyloop.io"_s);
    MyKaarmaSite service;
    service.siteId = u"S01"_s;
    service.name = u"Leeds service"_s;
    service.baseUrl = QUrl(u"https://api.mykaarma.com"_s);
    service.username = u"paydesk-subscriber"_s;
    service.dealerUuid = u"d1e2a3l4-0000-4000-8000-000000000001"_s;
    service.departmentUuid = u"d3p4a5r6-0000-4000-8000-000000000001"_s;
    MyKaarmaSite parts = service;
    parts.siteId = u"S02"_s;
    parts.name = u"Leeds parts"_s;
    parts.departmentUuid = u"d3p4a5r6-0000-4000-8000-000000000002"_s;
    profile.myKaarma = {service, parts};
    {
        QSettings settings(file, QSettings::IniFormat);
        profile.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ConnectionProfile loaded = ConnectionProfile::load(settings, u"branch"_s);
    EXPECT_EQ(loaded.myKaarma, profile.myKaarma);
    EXPECT_EQ(loaded, profile);
    EXPECT_TRUE(loaded.paymentAssist.isEmpty()) << "myKaarma sites are their own array";

    EXPECT_EQ(service.secretKey(u"branch"_s), u"profile/branch/mykaarma/S01/password"_s);
    EXPECT_NE(service.secretKey(u"branch"_s), parts.secretKey(u"branch"_s));
    EXPECT_EQ(service.secretOrigin(), u"https://api.mykaarma.com:443"_s);
    QFile raw(file);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    EXPECT_TRUE(text.contains("myKaarma"));
    EXPECT_TRUE(text.contains("d3p4a5r6-0000-4000-8000-000000000002"));
    EXPECT_FALSE(text.contains("password")) << "no password in the settings file";
}

TEST(MyKaarmaSite, CompleteOnlyWithEveryConnectionField)
{
    MyKaarmaSite site;
    site.siteId = u"S01"_s;
    site.baseUrl = QUrl(u"https://api.mykaarma.com"_s);
    site.username = u"paydesk-subscriber"_s;
    site.dealerUuid = u"d1"_s;
    site.departmentUuid = u"p1"_s;
    EXPECT_TRUE(site.isComplete());
    for (QString MyKaarmaSite::*field : {&MyKaarmaSite::siteId, &MyKaarmaSite::username,
                                         &MyKaarmaSite::dealerUuid, &MyKaarmaSite::departmentUuid}) {
        MyKaarmaSite missing = site;
        missing.*field = QString();
        EXPECT_FALSE(missing.isComplete());
    }
    MyKaarmaSite noUrl = site;
    noUrl.baseUrl = QUrl();
    EXPECT_FALSE(noUrl.isComplete());
    EXPECT_TRUE(site.name.isEmpty()) << "the name is optional";
}
