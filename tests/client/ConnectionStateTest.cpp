#include "sync/ConnectionState.h"

#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;

TEST(ConnectionState, TextsForTheStatusBar)
{
    ConnectionState s;
    s.kind = ConnectionState::Kind::Live;
    EXPECT_EQ(s.text(), QStringLiteral("Live"));
    s.queuedActions = 1;
    EXPECT_EQ(s.text(), QStringLiteral("Live — 1 action queued"));
    s.queuedActions = 3;
    EXPECT_EQ(s.text(), QStringLiteral("Live — 3 actions queued"));
    s.queuedActions = 0;
    s.kind = ConnectionState::Kind::Offline;
    s.since = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(s.text().startsWith(u"Offline since "));
    s.since = QDateTime(QDate(2020, 3, 1), QTime(14, 2), Qt::UTC);
    EXPECT_TRUE(s.text().contains(u"2020") || s.text().contains(u"/20")) << s.text().toStdString();
    s.kind = ConnectionState::Kind::SignInFailed;
    EXPECT_EQ(s.text(), QStringLiteral("Sign-in failed"));
    s.kind = ConnectionState::Kind::Polling;
    EXPECT_TRUE(s.text().startsWith(u"Polling"));
    s.kind = ConnectionState::Kind::SigningIn;
    EXPECT_TRUE(s.text().startsWith(u"Signing in"));
    EXPECT_EQ(ConnectionState::kindName(ConnectionState::Kind::Offline), QStringLiteral("offline"));
}
