#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace paydesk::ui {

/**
 * Installs PayDesk's message catalogue (`:/i18n/paydesk_<lang>.qm`, built from
 * the .ts files in translations/) and Qt's own qtbase catalogue for the chosen language, replacing the
 * previous ones. Widgets get QEvent::LanguageChange and should re-run their tr() calls.
 *
 * @code
 * Translator translator;                       // in main(), after QApplication
 * translator.setLanguage(settings.language);   // "" = the system language
 * @endcode
 */
class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject* parent = nullptr);
    ~Translator() override;

    /// Languages with a catalogue: {"en", "de", "fr", "es", "it", "nl"}.
    static QStringList availableLanguages();
    /// The language's own name for pickers: "English", "Deutsch", "Français",
    /// "Español", "Italiano", "Nederlands".
    static QString nativeName(const QString& language);

    /// The language in effect (one of availableLanguages()).
    QString language() const { return m_language; }

public Q_SLOTS:
    /**
     * Switches to `language` ("en", "de", "fr", "es", "it", "nl"; empty = the system's UI language,
     * falling back to English). Returns false and keeps English when the catalogue cannot be loaded.
     */
    bool setLanguage(const QString& language);

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    QString m_language;
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace paydesk::ui
