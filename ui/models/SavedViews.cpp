#include "SavedViews.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

SavedViews::SavedViews(QString settingsGroup, QObject* parent)
    : QObject(parent)
    , m_group(std::move(settingsGroup))
{
    load();
}

void SavedViews::load()
{
    m_entries.clear();
    QSettings settings;
    const int n = settings.beginReadArray(m_group);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Entry e{settings.value(u"name"_s).toString(),
                PaymentFilter::fromVariantMap(settings.value(u"filter"_s).toMap())};
        if (!e.name.isEmpty() && indexOf(e.name) < 0)
            m_entries << e;
    }
    settings.endArray();
}

void SavedViews::store() const
{
    QSettings settings;
    settings.remove(m_group);
    settings.beginWriteArray(m_group, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, m_entries.at(i).name);
        settings.setValue(u"filter"_s, m_entries.at(i).filter.toVariantMap());
    }
    settings.endArray();
}

qsizetype SavedViews::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

QStringList SavedViews::names() const
{
    QStringList list;
    for (const Entry& e : m_entries)
        list << e.name;
    return list;
}

bool SavedViews::contains(const QString& name) const
{
    return indexOf(name) >= 0;
}

std::optional<PaymentFilter> SavedViews::view(const QString& name) const
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i).filter;
}

bool SavedViews::save(const QString& name, const PaymentFilter& filter)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return false;
    const qsizetype i = indexOf(clean);
    if (i >= 0)
        m_entries[i].filter = filter;
    else
        m_entries << Entry{clean, filter};
    store();
    Q_EMIT changed();
    return true;
}

bool SavedViews::rename(const QString& oldName, const QString& newName)
{
    const QString clean = newName.trimmed();
    const qsizetype i = indexOf(oldName);
    if (i < 0 || clean.isEmpty() || (clean != oldName && indexOf(clean) >= 0))
        return false;
    m_entries[i].name = clean;
    store();
    Q_EMIT changed();
    return true;
}

bool SavedViews::remove(const QString& name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return false;
    m_entries.removeAt(i);
    store();
    Q_EMIT changed();
    return true;
}

} // namespace paydesk::ui
