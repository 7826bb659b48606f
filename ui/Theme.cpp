#include "Theme.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QSvgRenderer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

std::atomic<int> s_appIconRenders = 0;

/// The application icon's drawing, rendered at a size only when that size is first asked for.
/// A QIcon of seven pixmaps rendered every desktop size up to 256 px at start, before the window
/// existed; a platform asks for one or two (Windows: the small and the large icon; the tray one).
class AppIconEngine : public QIconEngine
{
public:
    QIconEngine* clone() const override { return new AppIconEngine(*this); }
    QString key() const override { return u"paydesk-app-icon"_s; }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            sizes << QSize(size, size);
        return sizes;
    }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height()); // the drawing is square
        return QSize(side, side);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize square = actualSize(size, mode, state);
        if (square.isEmpty())
            return QPixmap();
        const quint64 key = (quint64(square.width()) << 8) | quint64(mode);
        auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd())
            return *cached;
        QPixmap pixmap(square);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        QSvgRenderer(u":/icons/paydesk.svg"_s).render(&p);
        p.end();
        ++s_appIconRenders;
        if (mode != QIcon::Normal && qApp) {
            QStyleOption option;
            option.palette = QApplication::palette();
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        m_cache.insert(key, pixmap);
        return pixmap;
    }
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }

private:
    QHash<quint64, QPixmap> m_cache;
};

/// Fusion, with text fields whose border stands out from the window (at least 3:1, as a
/// control's boundary should): Fusion draws it a shade darker than the window, which on a dark
/// window is the colour of the field itself, so the search and amount boxes had no edge.
class FieldBorderStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_FrameLineEdit || option->state.testFlag(State_HasFocus))
            return; // a focused field keeps Fusion's highlight
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Theme::fieldBorderColor(option->palette), 1));
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
    }
};

} // namespace

Theme::Theme(QObject* parent)
    : QObject(parent)
{
}

Theme& Theme::instance()
{
    static Theme* theme = nullptr;
    if (!theme)
        theme = new Theme(qApp);
    return *theme;
}

void Theme::apply(Mode mode)
{
    m_mode = mode;
    // Fusion renders our palettes faithfully on every platform; native styles ignore parts of them.
    if (QStyle* fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(new FieldBorderStyle(fusion)); // takes Fusion over
    if (!m_systemPaletteKnown) {
        m_systemPalette = QApplication::style()->standardPalette();
        m_systemPaletteKnown = true;
    }
    switch (mode) {
    case Mode::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    Q_EMIT changed();
}

bool Theme::isDark() const
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Theme::fieldBorderColor(const QPalette& palette)
{
    // 55 % of the way from the window colour to its text: about 3.5:1 against the window on our
    // light palette and 4.5:1 on the dark one.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    constexpr qreal k = 0.55;
    return QColor::fromRgbF(float(window.redF() + (text.redF() - window.redF()) * k),
                            float(window.greenF() + (text.greenF() - window.greenF()) * k),
                            float(window.blueF() + (text.blueF() - window.blueF()) * k));
}

QIcon Theme::appIcon()
{
    // One drawing for the window, the tray and the installed icon (resources/icons/paydesk.svg,
    // which the packages install too), rendered here so no image plugin is needed.
    return QIcon(new AppIconEngine);
}

int Theme::appIconRenders()
{
    return s_appIconRenders.load();
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1d, 0x23, 0x2b);
    const QColor accent(0x1f, 0x5f, 0xbf);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0xb8));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe8, 0xea, 0xee));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xd0));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa0, 0xaa));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x66, 0x70));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa0, 0xaa));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x28);
    const QColor base(0x17, 0x19, 0x1d);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor accent(0x3d, 0x84, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1e, 0x21, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x2c, 0x30, 0x36));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x92, 0x9c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x34));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xa8, 0x8c, 0xe8));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6b, 0x72, 0x7c));
    return p;
}

QString Theme::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

Theme::Mode Theme::modeFromString(const QString& text)
{
    if (text.compare(u"light", Qt::CaseInsensitive) == 0)
        return Mode::Light;
    if (text.compare(u"dark", Qt::CaseInsensitive) == 0)
        return Mode::Dark;
    return Mode::System;
}

} // namespace paydesk::ui
