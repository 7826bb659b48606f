#pragma once

#include "store/DashboardKpis.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace paydesk {
class StoreReader;
} // namespace paydesk

namespace paydesk::ui {

class KpiTile;

/**
 * The figures across the top of the dashboard: open requests, paid today (count and amount
 * per currency), failed, awaiting funds clearance, queued actions. Each is a button: click
 * (or Space) to filter the table to it.
 */
class KpiStrip : public QWidget
{
    Q_OBJECT

public:
    enum class Kpi
    {
        Open,
        PaidToday,
        Failed,
        AwaitingClearance,
        QueuedActions,
    };
    Q_ENUM(Kpi)

    explicit KpiStrip(QWidget* parent = nullptr);

    void setKpis(const DashboardKpis& kpis);
    /**
     * Asks `reader` for the figures of `today` (PaymentStore::kpis() on the reader's thread)
     * and shows them when they arrive; a newer request supersedes this one. The figures
     * shown stay until then.
     */
    void requestKpis(StoreReader& reader, const QDate& today, const QStringList& storeIds = {});
    void setQueuedActions(int count);
    /// Marks the KPI whose filter is in effect (none when the filter is something else).
    void setActive(std::optional<Kpi> kpi);
    /// Follow the theme (accent colours).
    void setDark(bool dark);

    KpiTile* tile(Kpi kpi) const { return m_tiles.value(kpi); }
    const DashboardKpis& kpis() const { return m_kpis; }

Q_SIGNALS:
    void kpiClicked(paydesk::ui::KpiStrip::Kpi kpi);
    /// The figures of the latest requestKpis() arrived and are shown.
    void kpisArrived();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QHash<Kpi, KpiTile*> m_tiles;
    DashboardKpis m_kpis;
    int m_queued = 0;
};

} // namespace paydesk::ui
