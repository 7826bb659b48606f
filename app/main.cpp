#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PayDesk"));
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Payment manager for car dealerships"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The dashboard arrives with the Dashboard issue; until then the app says so plainly.
    QLabel placeholder(QApplication::translate("main", "PayDesk — the dashboard is not built yet."));
    placeholder.setMargin(24);
    placeholder.show();
    return app.exec();
}
