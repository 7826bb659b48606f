#include "sync/ConnectionState.h"

#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using Kind = ConnectionState::Kind;

namespace {

ConnectionState stateOf(Kind kind, const QString& error = {})
{
    ConnectionState s;
    s.kind = kind;
    s.errorMessage = error;
    return s;
}

} // namespace

TEST(ConnectionState, TextsForTheStatusBar)
{
    ConnectionState s;
    EXPECT_EQ(s.text(), QStringLiteral("Not connected"));
    s.kind = ConnectionState::Kind::Live;
    EXPECT_EQ(s.text(), QStringLiteral("Live"));
    EXPECT_EQ(s.text(1), QStringLiteral("Live — 1 action queued"));
    EXPECT_EQ(s.text(3), QStringLiteral("Live — 3 actions queued"));
    EXPECT_EQ(s.text(0), QStringLiteral("Live"));
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

TEST(ConnectionState, WorstOfSeveralSourcesIsWhatTheDealerSees)
{
    EXPECT_EQ(ConnectionState::worstOf({}).kind, Kind::Stopped);
    EXPECT_EQ(ConnectionState::worstOf({stateOf(Kind::Live), stateOf(Kind::Live)}).kind, Kind::Live);
    // One store offline among live ones: the whole figure is offline, with that store's error.
    const ConnectionState worst = ConnectionState::worstOf(
        {stateOf(Kind::Live), stateOf(Kind::Offline, QStringLiteral("no route")), stateOf(Kind::Polling)});
    EXPECT_EQ(worst.kind, Kind::Offline);
    EXPECT_EQ(worst.errorMessage, QStringLiteral("no route"));
    EXPECT_EQ(ConnectionState::worstOf({stateOf(Kind::Offline), stateOf(Kind::SignInFailed)}).kind,
              Kind::SignInFailed);
    EXPECT_EQ(ConnectionState::worstOf({stateOf(Kind::Live), stateOf(Kind::Syncing)}).kind, Kind::Syncing);
    // The order, least to most severe.
    const QList<Kind> order{Kind::Live,    Kind::Stopped, Kind::Syncing,     Kind::SigningIn,
                            Kind::Polling, Kind::Offline, Kind::SignInFailed};
    for (int i = 0; i + 1 < order.size(); ++i) {
        EXPECT_LT(ConnectionState::severity(order[i]), ConnectionState::severity(order[i + 1]))
            << qPrintable(ConnectionState::kindName(order[i]));
        EXPECT_EQ(ConnectionState::worstOf({stateOf(order[i + 1]), stateOf(order[i])}).kind, order[i + 1]);
    }
}
