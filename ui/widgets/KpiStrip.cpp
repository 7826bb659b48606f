#include "KpiStrip.h"

#include "money/Money.h"
#include "store/PaymentStore.h"
#include "store/StoreReader.h"
#include "widgets/KpiTile.h"
#include "widgets/StatusColorPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUiKpis, "paydesk.ui.kpis", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace paydesk::ui {

KpiStrip::KpiStrip(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (Kpi kpi : {Kpi::Open, Kpi::PaidToday, Kpi::Failed, Kpi::AwaitingClearance, Kpi::QueuedActions}) {
        auto* tile = new KpiTile(this);
        m_tiles.insert(kpi, tile);
        layout->addWidget(tile);
        connect(tile, &KpiTile::clicked, this, [this, kpi] { Q_EMIT kpiClicked(kpi); });
    }
    setDark(false);
    retranslate();
}

void KpiStrip::setDark(bool dark)
{
    const StatusColorPalette palette(dark);
    using Tone = StatusColorPalette::Tone;
    // The accent uses the badge's text colour: strong enough to read as a bar on either theme.
    m_tiles[Kpi::Open]->setAccent(palette.colors(Tone::Waiting).foreground);
    m_tiles[Kpi::PaidToday]->setAccent(palette.colors(Tone::Success).foreground);
    m_tiles[Kpi::Failed]->setAccent(palette.colors(Tone::Danger).foreground);
    m_tiles[Kpi::AwaitingClearance]->setAccent(palette.colors(Tone::Progress).foreground);
    m_tiles[Kpi::QueuedActions]->setAccent(palette.colors(Tone::Muted).foreground);
}

void KpiStrip::setKpis(const DashboardKpis& kpis)
{
    m_kpis = kpis;
    retranslate();
}

void KpiStrip::requestKpis(StoreReader& reader, const QDate& today, const QStringList& storeIds)
{
    reader.request(
        StoreReader::Kind::Kpis,
        [today, storeIds](PaymentStore& store) { return store.kpis(today, storeIds); }, this,
        [this](quint64, Result<DashboardKpis, StoreError> kpis) {
            if (!kpis) {
                // Keep the last figures: a passing failure must not blank the strip.
                qCWarning(lcUiKpis) << "KPIs failed:" << kpis.error().detail;
                return;
            }
            setKpis(*kpis);
            Q_EMIT kpisArrived();
        });
}

void KpiStrip::setQueuedActions(int count)
{
    m_queued = count;
    retranslate();
}

void KpiStrip::setActive(std::optional<Kpi> kpi)
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        it.value()->setChecked(kpi && *kpi == it.key());
}

void KpiStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KpiStrip::retranslate()
{
    const QLocale locale;
    m_tiles[Kpi::Open]->setCaption(tr("Open requests"));
    m_tiles[Kpi::Open]->setValue(locale.toString(m_kpis.open));
    m_tiles[Kpi::Open]->setDetail(tr("waiting for the customer"));

    QStringList amounts;
    for (auto it = m_kpis.paidTodayAmount.cbegin(); it != m_kpis.paidTodayAmount.cend(); ++it) {
        auto money = Money::fromMinor(it.value(), it.key());
        amounts << (money ? money->format(locale) : u"%1 %2"_s.arg(it.value()).arg(it.key()));
    }
    m_tiles[Kpi::PaidToday]->setCaption(tr("Paid today"));
    m_tiles[Kpi::PaidToday]->setValue(amounts.isEmpty() ? locale.toString(m_kpis.paidToday)
                                                        : amounts.join(u" · "_s));
    m_tiles[Kpi::PaidToday]->setDetail(
        m_kpis.paidToday == 1 ? tr("1 payment") : tr("%n payments", nullptr, int(m_kpis.paidToday)));

    m_tiles[Kpi::Failed]->setCaption(tr("Failed"));
    m_tiles[Kpi::Failed]->setValue(locale.toString(m_kpis.failed));
    m_tiles[Kpi::Failed]->setDetail(tr("customer may try again"));

    m_tiles[Kpi::AwaitingClearance]->setCaption(tr("Awaiting clearance"));
    m_tiles[Kpi::AwaitingClearance]->setValue(locale.toString(m_kpis.awaitingClearance));
    m_tiles[Kpi::AwaitingClearance]->setDetail(tr("paid — do not release yet"));

    m_tiles[Kpi::QueuedActions]->setCaption(tr("Queued actions"));
    m_tiles[Kpi::QueuedActions]->setValue(locale.toString(m_queued));
    m_tiles[Kpi::QueuedActions]->setDetail(m_queued == 0 ? tr("all sent") : tr("waiting to be sent"));
}

} // namespace paydesk::ui
