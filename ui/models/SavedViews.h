#pragma once

#include "models/PaymentFilter.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace paydesk::ui {

/**
 * Named filters the user saved ("Open repair orders", "Paid today — Leeds"), remembered in
 * QSettings under the profile, in the order they were created.
 */
class SavedViews : public QObject
{
    Q_OBJECT

public:
    /// `settingsGroup` separates profiles, e.g. "profiles/default/savedViews".
    explicit SavedViews(QString settingsGroup, QObject* parent = nullptr);

    QStringList names() const;
    std::optional<PaymentFilter> view(const QString& name) const;
    bool contains(const QString& name) const;

    /// Adds or replaces a view. An empty (after trimming) name is refused.
    bool save(const QString& name, const PaymentFilter& filter);
    /// Refused when `newName` is empty or already taken by another view.
    bool rename(const QString& oldName, const QString& newName);
    bool remove(const QString& name);

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        QString name;
        PaymentFilter filter;
    };
    void load();
    void store() const;
    qsizetype indexOf(const QString& name) const;

    QString m_group;
    QList<Entry> m_entries;
};

} // namespace paydesk::ui
