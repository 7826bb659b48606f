#include "DialogTestSupport.h"
#include "QtPrinters.h"
#include "Translator.h"
#include "dialogs/InitiateDialog.h"
#include "payments/PaymentStatus.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;

namespace {

/// Restores English and the test locale whatever a test did.
class TranslationTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        m_translator.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    std::unique_ptr<Translator> m_translator = std::make_unique<Translator>();
};

TEST_F(TranslationTest, GermanCatalogueLoadsAndTranslatesCoreAndUiStrings)
{
    EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Paid).displayName(), QStringLiteral("Paid"));
    ASSERT_TRUE(m_translator->setLanguage(QStringLiteral("de")));
    EXPECT_EQ(m_translator->language(), QStringLiteral("de"));
    EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Paid).displayName(), QStringLiteral("Bezahlt"));
    EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Cancelled).displayName(), QStringLiteral("Storniert"));
    EXPECT_EQ(PaymentValidator().checkName(QString()), QStringLiteral("Geben Sie den Namen des Kunden ein."));
    // Qt's own catalogue comes along for standard buttons.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // Numbers follow the language.
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));

    ASSERT_TRUE(m_translator->setLanguage(QStringLiteral("en")));
    EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Paid).displayName(), QStringLiteral("Paid"));
}

TEST_F(TranslationTest, EnglishCatalogueGivesProperPlurals)
{
    ASSERT_TRUE(m_translator->setLanguage(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("paydesk::ui::ConnectionTester",
                                          "Connected: signed in and read the payments of %n store(s).",
                                          nullptr, 1),
              QStringLiteral("Connected: signed in and read the payments of 1 store."));
    ASSERT_TRUE(m_translator->setLanguage(QStringLiteral("de")));
    EXPECT_EQ(QCoreApplication::translate("paydesk::ui::ConnectionTester",
                                          "Connected: signed in and read the payments of %n store(s).",
                                          nullptr, 3),
              QStringLiteral("Verbunden: angemeldet und die Zahlungen von 3 Filialen gelesen."));
}

TEST_F(TranslationTest, OpenDialogsFollowALanguageChange)
{
    InitiateDialog dialog({{QStringLiteral("E"), QStringLiteral("S"), {}}});
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New payment request"));
    ASSERT_TRUE(m_translator->setLanguage(QStringLiteral("de")));
    QCoreApplication::processEvents(); // LanguageChange is delivered as an event
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Neue Zahlungsanfrage"));
    EXPECT_EQ(test::child<QLineEdit>(dialog, "name")->accessibleName(), QStringLiteral("Name des Kunden"));
}

TEST_F(TranslationTest, UnknownLanguageFallsBackToEnglish)
{
    m_translator->setLanguage(QStringLiteral("xx"));
    EXPECT_EQ(m_translator->language(), QStringLiteral("en"));
    EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Paid).displayName(), QStringLiteral("Paid"));
}

/// Every message of the German catalogue is translated, keeps its placeholders, and has both
/// plural forms. Reads the committed .ts file, so a forgotten string fails here.
TEST(TranslationCatalogueTest, EveryGermanMessageIsTranslated)
{
    QFile file(QStringLiteral(PAYDESK_TRANSLATIONS_DIR "/paydesk_de.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString context;
    QString source;
    QStringList forms;
    bool numerus = false;
    const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    const auto placeholders = [&placeholder](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.removeDuplicates();
        found.sort();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"TS")
                EXPECT_EQ(xml.attributes().value(QLatin1StringView("language")), u"de_DE");
            else if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message") {
                numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
                forms.clear();
            } else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const auto type = xml.attributes().value(QLatin1StringView("type")).toString();
                EXPECT_NE(type, QStringLiteral("unfinished"))
                    << qPrintable(context) << ": " << qPrintable(source);
                EXPECT_NE(type, QStringLiteral("obsolete")) << qPrintable(source);
                if (!numerus)
                    forms << xml.readElementText();
            } else if (xml.name() == u"numerusform")
                forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            ASSERT_EQ(forms.size(), numerus ? 2 : 1) << qPrintable(source);
            for (const QString& t : std::as_const(forms)) {
                EXPECT_FALSE(t.isEmpty()) << qPrintable(context) << ": " << qPrintable(source);
                EXPECT_EQ(placeholders(t), placeholders(source))
                    << qPrintable(source) << " → " << qPrintable(t);
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_GT(messages, 400) << "the catalogue covers core, ui and app";
}

} // namespace
