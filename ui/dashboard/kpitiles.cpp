// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpitiles.h"

#include "kpi/kpireport.h"
#include "kpimodels.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fw {

namespace {
    const QColor aboveTargetColor(0xd0, 0x3b, 0x3b);
}

KpiTiles::KpiTiles(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiTiles"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_completed = addTile(QStringLiteral("tileCompleted"), tr("Orders completed"), tr("Orders that finished completed in the range"));
    m_throughput = addTile(QStringLiteral("tileThroughput"), tr("Throughput"), tr("Orders completed per day of the range"));
    m_median = addTile(QStringLiteral("tileMedianCycle"), tr("Median cycle time"), tr("Created to finished, of the completed orders"));
    m_p90 = addTile(QStringLiteral("tileP90Cycle"), tr("90th percentile cycle time"),
                    tr("9 in 10 completed orders finished within this time"));
    m_fallout = addTile(QStringLiteral("tileFalloutRate"), tr("Fallout rate"), tr("Finished orders that had at least one fallout case"));
    m_touchless = addTile(QStringLiteral("tileTouchless"), tr("Touchless"), tr("Completed orders no person acted on"));
    m_sla = addTile(QStringLiteral("tileSlaAdherence"), tr("SLA adherence"), tr("Steps that completed within their estimate"));
    setReport(KpiReport {});
}

KpiTiles::Tile KpiTiles::addTile(const QString& objectName, const QString& title, const QString& toolTip)
{
    auto* card = new QFrame(this);
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    card->setToolTip(toolTip);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto* heading = new QLabel(title, card);
    heading->setForegroundRole(QPalette::PlaceholderText);
    heading->setWordWrap(true);
    auto* value = new QLabel(card);
    value->setObjectName(objectName + QStringLiteral("Value"));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    auto* note = new QLabel(card);
    note->setObjectName(objectName + QStringLiteral("Note"));
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addWidget(note);
    static_cast<QHBoxLayout*>(this->layout())->addWidget(card, 1);
    return { card, value, note };
}

void KpiTiles::setTile(const Tile& tile, const QString& value, const QString& note)
{
    tile.value->setText(value);
    tile.note->setText(note);
}

void KpiTiles::setReport(const KpiReport& report)
{
    const QLocale locale;
    const int days = int(report.days.size());
    setTile(m_completed, kpitext::count(report.ordersCompleted), tr("%1 cancelled").arg(kpitext::count(report.ordersCancelled)));
    setTile(m_throughput, days ? locale.toString(double(report.ordersCompleted) / days, 'f', 1) : QStringLiteral("\u2013"),
            tr("orders per day over %n day(s)", nullptr, days));
    setTile(m_median, kpitext::hours(report.medianCycleSeconds), tr("mean %1").arg(kpitext::hours(report.meanCycleSeconds)));
    setTile(m_p90, kpitext::hours(report.p90CycleSeconds), tr("of %n completed order(s)", nullptr, report.ordersCompleted));
    m_aboveTarget = report.falloutRate() > KpiReport::falloutTarget;
    setTile(m_fallout, kpitext::percent(report.falloutRate()),
            (m_aboveTarget ? tr("above the %1 target") : tr("within the %1 target")).arg(kpitext::percent(KpiReport::falloutTarget)));
    m_fallout.card->setProperty("aboveTarget", m_aboveTarget);
    setTile(m_touchless, kpitext::percent(report.touchlessRatio()),
            tr("%1 of %2 completed").arg(kpitext::count(report.touchlessOrders), kpitext::count(report.ordersCompleted)));
    setTile(m_sla, kpitext::percent(report.slaAdherence()),
            tr("%1 of %2 steps on time").arg(kpitext::count(report.stepsOnTime), kpitext::count(report.stepsDone)));
    restyle();
}

void KpiTiles::restyle()
{
    if (!m_fallout.value)
        return;
    QPalette palette = this->palette();
    if (m_aboveTarget) {
        palette.setColor(QPalette::WindowText, aboveTargetColor);
        palette.setColor(QPalette::PlaceholderText, aboveTargetColor);
    }
    m_fallout.value->setPalette(palette);
    m_fallout.note->setPalette(palette);
}

void KpiTiles::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace fw
