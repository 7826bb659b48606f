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

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString Translator::nativeName(const QString& language)
{
    // Each language in its own name, so that someone who cannot read the current one finds theirs.
    if (language == u"de")
        return QStringLiteral("Deutsch");
    if (language == u"en")
        return QStringLiteral("English");
    return language;
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
    // Numbers and dates follow the language, keeping the system's country when it speaks it
    // (de_AT stays de_AT; an English UI on a German system formats as en_GB).
    const QLocale::Language wanted = language == u"de" ? QLocale::German : QLocale::English;
    if (QLocale::system().language() == wanted)
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(
            QLocale(wanted, wanted == QLocale::German ? QLocale::Germany : QLocale::UnitedKingdom));
    const bool changed = m_language != language;
    m_language = language;
    if (changed)
        Q_EMIT languageChanged(m_language);
    return ok;
}

} // namespace paydesk::ui
