#include "DialogTestSupport.h"
#include "QtPrinters.h"
#include "Translator.h"
#include "dialogs/InitiateDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/PaymentTableModel.h"
#include "money/Money.h"
#include "payments/PaymentStatus.h"
#include "secrets/MemorySecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
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

/// French, Spanish, Italian and Dutch: PayDesk's catalogue, Qt's own (standard buttons) and the
/// locale of the language all come with the choice, each language named in its own words.
TEST_F(TranslationTest, FrenchSpanishItalianAndDutchLoadTheirCataloguesQtsAndTheirLocale)
{
    struct Expected
    {
        const char16_t* code;
        const char16_t* nativeName;
        const char16_t* paid;
        const char16_t* cancelButton; // from Qt's qtbase_<lang>.qm
        const char16_t* minutesAgo;
        QLocale::Language language;
    };
    const Expected languages[] = {
        {u"fr", u"Français", u"Payé", u"Annuler", u"il y a 4 min", QLocale::French},
        {u"es", u"Español", u"Pagado", u"Cancelar", u"hace 4 min", QLocale::Spanish},
        {u"it", u"Italiano", u"Pagato", u"Annulla", u"4 min fa", QLocale::Italian},
        {u"nl", u"Nederlands", u"Betaald", u"Annuleren", u"4 min geleden", QLocale::Dutch},
    };
    const QDateTime now(QDate(2026, 12, 6), QTime(9, 30));
    for (const Expected& e : languages) {
        const QString code = QString::fromUtf16(e.code);
        ASSERT_TRUE(Translator::availableLanguages().contains(code)) << qPrintable(code);
        EXPECT_EQ(Translator::nativeName(code), QString::fromUtf16(e.nativeName));
        ASSERT_TRUE(m_translator->setLanguage(code)) << qPrintable(code);
        EXPECT_EQ(m_translator->language(), code);
        EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Paid).displayName(), QString::fromUtf16(e.paid));
        EXPECT_EQ(PaymentTableModel::relativeTime(now.addSecs(-4 * 60), now),
                  QString::fromUtf16(e.minutesAgo));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QString::fromUtf16(e.cancelButton))
            << qPrintable(code);
        EXPECT_EQ(QLocale().language(), e.language) << qPrintable(code);
    }
    ASSERT_TRUE(m_translator->setLanguage(QStringLiteral("en")));
    EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Paid).displayName(), QStringLiteral("Paid"));
}

/// Settings offers every language in its own name, after "System default", and choosing one
/// reports its code.
TEST_F(TranslationTest, SettingsOffersEachLanguageInItsOwnName)
{
    MemorySecretStore secrets;
    SettingsDialog dialog(secrets);
    auto* language = test::child<QComboBox>(dialog, "language");
    QStringList names;
    QStringList codes;
    for (int i = 1; i < language->count(); ++i) {
        names << language->itemText(i);
        codes << language->itemData(i).toString();
    }
    EXPECT_EQ(language->itemData(0).toString(), QString()); // the system's language
    EXPECT_EQ(names, (QStringList{u"English"_s, u"Deutsch"_s, u"Français"_s, u"Español"_s, u"Italiano"_s,
                                  u"Nederlands"_s}));
    EXPECT_EQ(codes, (QStringList{u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"nl"_s}));
}

/// Amounts and dates are written by the locale of the chosen language (its country by default),
/// not by the catalogue: a French screen shows 1 534,00 € and 06/12/2026, a Dutch one € 1.534,00
/// and 06-12-2026, and so on — the very QLocale calls the table, the detail pane and the receipts
/// make (QLocale() and Money::format()).
TEST_F(TranslationTest, AmountsAndDatesFollowTheLocaleOfTheLanguageNotTheCatalogue)
{
    if (QLocale::system().language() != QLocale::English && QLocale::system().language() != QLocale::C)
        GTEST_SKIP() << "the system's own country would be kept for its language";
    struct Expected
    {
        const char16_t* code;
        const char16_t* amount; // 1534.00 EUR
        const char16_t* date;   // 6 December 2026, short format
        const char16_t* longDate;
    };
    const Expected languages[] = {
        {u"en", u"€1,534.00", u"06/12/2026", u"Sunday, 6 December 2026"},
        {u"de", u"1.534,00\u00a0€", u"06.12.26", u"Sonntag, 6. Dezember 2026"},
        {u"fr", u"1\u202f534,00\u00a0€", u"06/12/2026", u"dimanche 6 décembre 2026"},
        {u"es", u"1534,00\u00a0€", u"6/12/26", u"domingo, 6 de diciembre de 2026"},
        {u"it", u"1.534,00\u00a0€", u"06/12/26", u"domenica 6 dicembre 2026"},
        {u"nl", u"€\u00a01.534,00", u"06-12-2026", u"zondag 6 december 2026"},
    };
    const auto amount = Money::fromMinor(153400, QStringLiteral("EUR"));
    ASSERT_TRUE(amount.ok());
    const QDate date(2026, 12, 6);
    for (const Expected& e : languages) {
        const QString code = QString::fromUtf16(e.code);
        ASSERT_TRUE(m_translator->setLanguage(code)) << qPrintable(code);
        EXPECT_EQ(amount->format(), QString::fromUtf16(e.amount)) << qPrintable(code);
        EXPECT_EQ(QLocale().toString(date, QLocale::ShortFormat), QString::fromUtf16(e.date))
            << qPrintable(code);
        EXPECT_EQ(QLocale().toString(date, QLocale::LongFormat), QString::fromUtf16(e.longDate))
            << qPrintable(code);
    }
}

TEST_F(TranslationTest, UnknownLanguageFallsBackToEnglish)
{
    m_translator->setLanguage(QStringLiteral("xx"));
    EXPECT_EQ(m_translator->language(), QStringLiteral("en"));
    EXPECT_EQ(PaymentStatus(PaymentStatus::Code::Paid).displayName(), QStringLiteral("Paid"));
}

/// One message of a .ts catalogue: its key (context, source, comment) and its translation forms.
struct CatalogueMessage
{
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
};

struct Catalogue
{
    QString language;                         // the TS element's language attribute
    QMap<QString, CatalogueMessage> messages; // keyed by context, source and comment
    QString error;
};

QString messageKey(const QString& context, const QString& source, const QString& comment)
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

QString describeKey(const QString& key)
{
    const QStringList parts = key.split(u'\x1f');
    return parts.value(0) + u": \""_s + parts.value(1) + u'"';
}

Catalogue readCatalogue(const QString& code)
{
    Catalogue catalogue;
    // PAYDESK_TRANSLATIONS_DIR in the environment checks other copies, e.g. a commit's
    // (`git archive HEAD translations | tar -x -C /tmp/t`, then
    // PAYDESK_TRANSLATIONS_DIR=/tmp/t/translations).
    const QString dir =
        qEnvironmentVariable("PAYDESK_TRANSLATIONS_DIR", QStringLiteral(PAYDESK_TRANSLATIONS_DIR));
    QFile file(dir + u"/paydesk_%1.ts"_s.arg(code));
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.fileName() + u": "_s + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    CatalogueMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"TS") {
                catalogue.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                message = {};
                message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
                source.clear();
                comment.clear();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                comment = xml.readElementText();
            } else if (xml.name() == u"translation") {
                message.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (xml.name() == u"numerusform") {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalogue.messages.insert(messageKey(context, source, comment), message);
        }
    }
    if (xml.hasError())
        catalogue.error = file.fileName() + u": "_s + xml.errorString();
    return catalogue;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

/// The catalogues shipped beside the English source, each with the TS language it declares and
/// the number of plural forms lrelease expects for it (French: 0 and 1 singular, then plural;
/// the others: 1 singular, else plural).
struct ShippedCatalogue
{
    const char* code;
    const char* tsLanguage;
    int pluralForms;
};

const ShippedCatalogue kShipped[] = {
    {"de", "de_DE", 2}, {"fr", "fr_FR", 2}, {"es", "es_ES", 2}, {"it", "it_IT", 2}, {"nl", "nl_NL", 2},
};

/// Every shipped catalogue is complete: each holds every message that any of them holds (so a
/// string added to the German catalogue alone fails here for the others), every message is
/// translated (not unfinished, obsolete or empty), keeps the placeholders of its source and has
/// the plural forms of its language. Reads the committed .ts files, so a forgotten string fails.
TEST(TranslationCatalogueTest, EveryShippedCatalogueIsCompleteAndFinished)
{
    QMap<QString, Catalogue> catalogues;
    QSet<QString> allKeys;
    for (const ShippedCatalogue& shipped : kShipped) {
        Catalogue catalogue = readCatalogue(QString::fromLatin1(shipped.code));
        ASSERT_TRUE(catalogue.error.isEmpty()) << qPrintable(catalogue.error);
        EXPECT_EQ(catalogue.language, QString::fromLatin1(shipped.tsLanguage)) << shipped.code;
        for (auto it = catalogue.messages.cbegin(); it != catalogue.messages.cend(); ++it)
            allKeys.insert(it.key());
        catalogues.insert(QString::fromLatin1(shipped.code), std::move(catalogue));
    }
    EXPECT_GT(allKeys.size(), 400) << "the catalogues cover core, ui and app";
    // Every language the application offers has a catalogue checked here (English is the source).
    for (const QString& language : Translator::availableLanguages())
        EXPECT_TRUE(language == u"en" || catalogues.contains(language)) << qPrintable(language);

    QStringList sortedKeys(allKeys.cbegin(), allKeys.cend());
    sortedKeys.sort();
    for (const ShippedCatalogue& shipped : kShipped) {
        const QString code = QString::fromLatin1(shipped.code);
        const Catalogue& catalogue = catalogues[code];
        int missing = 0;
        for (const QString& key : std::as_const(sortedKeys)) {
            const auto found = catalogue.messages.constFind(key);
            if (found == catalogue.messages.cend()) {
                ++missing;
                ADD_FAILURE() << "paydesk_" << shipped.code << ".ts lacks " << qPrintable(describeKey(key));
                continue;
            }
            const CatalogueMessage& message = *found;
            const QString where = code + u" — "_s + describeKey(key);
            EXPECT_TRUE(message.type.isEmpty()) << qPrintable(where) << " is " << qPrintable(message.type);
            const int forms = message.numerus ? shipped.pluralForms : 1;
            if (message.forms.size() != forms) {
                ADD_FAILURE() << qPrintable(where) << " has " << message.forms.size() << " forms, not "
                              << forms;
                continue;
            }
            const QString source = key.section(u'\x1f', 1, 1);
            for (const QString& form : message.forms) {
                EXPECT_FALSE(form.isEmpty()) << qPrintable(where);
                EXPECT_EQ(placeholders(form), placeholders(source))
                    << qPrintable(where) << " → " << qPrintable(form);
            }
        }
        EXPECT_EQ(missing, 0) << "paydesk_" << shipped.code << ".ts";
    }
}

} // namespace
