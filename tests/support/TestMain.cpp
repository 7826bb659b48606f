// Shared main for every GoogleTest binary: a Qt application object, a fixed locale, an
// offscreen display when none is set (gtest discovery runs the binary with no test
// environment), and settings and data in a temporary folder of this process, so no test
// touches the user's files or another test's (see PrivateTestHome.h).
#include "PrivateTestHome.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary folder for the test's settings: %s", qPrintable(home.errorString()));
    paydesk::test::usePrivateHome(home.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PayDeskTests"));
    QApplication::setApplicationName(QStringLiteral("PayDeskTests"));

    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
