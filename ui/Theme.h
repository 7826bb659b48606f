#pragma once

#include <QColor>
#include <QIcon>
#include <QObject>
#include <QPalette>
#include <QString>

class QApplication;

namespace paydesk::ui {

/**
 * The application's look: Fusion with the platform's palette, or our own light or dark
 * palette. Qt 6.4 has no colour-scheme hint, so "system" means "whatever the platform
 * palette is" and isDark() looks at its window colour.
 */
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        System,
        Light,
        Dark,
    };
    Q_ENUM(Mode)

    /// The process-wide theme (created on first use, owned by qApp).
    static Theme& instance();

    Mode mode() const { return m_mode; }
    /// Applies `mode` to the application (style + palette) and emits changed().
    void apply(Mode mode);
    /// Whether the palette in effect is dark (dark window background).
    bool isDark() const;

    /// The border of text fields (search, amounts): between the window and its text colour, so
    /// it stands out from the window in light and dark.
    static QColor fieldBorderColor(const QPalette& palette);

    /// The application icon, drawn so it needs no resource file. Each size is rendered when it
    /// is first asked for, not when the icon is made (at start, before the window exists).
    static QIcon appIcon();
    /// How many sizes of the application icon were rendered so far (for tests).
    static int appIconRenders();

    static QPalette lightPalette();
    static QPalette darkPalette();

    /// "system" / "light" / "dark", for settings and the command line.
    static QString modeToString(Mode mode);
    static Mode modeFromString(const QString& text);

Q_SIGNALS:
    void changed();

private:
    explicit Theme(QObject* parent);

    Mode m_mode = Mode::System;
    QPalette m_systemPalette;
    bool m_systemPaletteKnown = false;
};

} // namespace paydesk::ui
