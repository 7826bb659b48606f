#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace paydesk::ui {

Translator::Translator(QObject* parent)
    : QObject(parent)
    , m_language(QStringLiteral("en"))
{
}

Translator::~Translator()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
}

namespace {

/// The language of a catalogue and the country it formats for when the system speaks another
/// language (or the language of the system in another country is not one of ours).
struct CatalogueLocale
{
    const char16_t* code;
    const char16_t* nativeName;
    QLocale::Language language;
    QLocale::Territory territory;
};

constexpr CatalogueLocale kCatalogues[] = {
    {u"en", u"English", QLocale::English, QLocale::UnitedKingdom},
    {u"de", u"Deutsch", QLocale::German, QLocale::Germany},
    {u"fr", u"Français", QLocale::French, QLocale::France},
    {u"es", u"Español", QLocale::Spanish, QLocale::Spain},
    {u"it", u"Italiano", QLocale::Italian, QLocale::Italy},
    {u"nl", u"Nederlands", QLocale::Dutch, QLocale::Netherlands},
};

const CatalogueLocale* catalogue(const QString& language)
{
    for (const CatalogueLocale& c : kCatalogues) {
        if (language == QStringView(c.code))
            return &c;
    }
    return nullptr;
}

} // namespace

QStringList Translator::availableLanguages()
{
    QStringList languages;
    for (const CatalogueLocale& c : kCatalogues)
        languages << QString::fromUtf16(c.code);
    return languages;
}

QString Translator::nativeName(const QString& language)
{
    // Each language in its own name, so that someone who cannot read the current one finds theirs.
    const CatalogueLocale* c = catalogue(language);
    return c ? QString::fromUtf16(c->nativeName) : language;
}

bool Translator::setLanguage(const QString& requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        // The first of the user's UI languages that we have a catalogue for.
        language = QStringLiteral("en");
        for (const QString& ui : QLocale::system().uiLanguages()) {
            const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
            if (availableLanguages().contains(code)) {
                language = code;
                break;
            }
        }
    }
    if (!availableLanguages().contains(language))
        language = QStringLiteral("en");

    auto* app = new QTranslator(this);
    bool ok = app->load(QStringLiteral(":/i18n/paydesk_%1.qm").arg(language));
    if (!ok && language != u"en") {
        // A broken build without the catalogue: stay readable in the source language.
        language = QStringLiteral("en");
        ok = app->load(QStringLiteral(":/i18n/paydesk_en.qm"));
    }
    // Qt's own strings (standard buttons, context menus of line edits) from the installed catalogue.
    auto* qt = new QTranslator(this);
    const bool qtOk = language != u"en" && qt->load(QStringLiteral("qtbase_%1").arg(language),
                                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
    }
    m_app = app;
    m_qt = qt;
    if (ok)
        QCoreApplication::installTranslator(m_app);
    if (qtOk)
        QCoreApplication::installTranslator(m_qt);
    // Numbers, amounts and dates follow the language through QLocale, never through the catalogue,
    // keeping the system's country when it speaks that language (de_AT stays de_AT, fr_BE and
    // nl_BE stay Belgian; an English UI on a German system formats as en_GB, French as fr_FR).
    const CatalogueLocale* wanted = catalogue(language);
    if (QLocale::system().language() == wanted->language)
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(wanted->language, wanted->territory));
    const bool changed = m_language != language;
    m_language = language;
    if (changed)
        Q_EMIT languageChanged(m_language);
    return ok;
}

} // namespace paydesk::ui
