// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DashboardCharts, what keeps the charts legible at any size of report: the lane chart's lines (the
// worst lanes and "other lanes"), their colours and legend tooltips, and category labels elided but
// unique with the whole name in the bars' tooltips.

#include "chartlabels.h"
#include "chartseries.h"
#include "dashboardcharts.h"
#include "kpimodels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace fw {

using namespace chartseries;

void DashboardCharts::buildLaneAdherence()
{
    m_laneChart = addChart(QStringLiteral("laneAdherenceChart"), tr("SLA adherence per lane"), m_models.laneAdherence)->chart();
    m_laneChart->legend()->show();
    m_laneChart->legend()->setAlignment(Qt::AlignRight);
    m_laneX = addDayAxis(m_laneChart);
    m_laneY = addValueAxis(m_laneChart, tr("Steps on time (%)"));
    m_laneY->setRange(0, 100);
    m_laneY->setProperty(fixedRangeProperty, true);
    m_laneProxy = proxyOf(m_models.laneAdherence);
    // A new report may have other lanes: drop the series before their mappers read missing columns.
    connect(m_laneProxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QList<QAbstractSeries*> old = m_laneChart->series();
        for (QAbstractSeries* series : old) {
            m_laneChart->removeSeries(series);
            delete series;
        }
    });
}

void DashboardCharts::rebuildLaneSeries(const KpiReport& report)
{
    const QStringList& lanes = m_models.laneAdherence->lanes();
    const ChartLabels::LaneLines lines = ChartLabels::laneLines(report, maxLaneLines);
    QStringList names;
    for (const QString& lane : lines.lanes) {
        const int column = LaneAdherenceModel::FirstLaneColumn + int(lanes.indexOf(lane));
        const QString name = m_models.laneAdherence->headerData(column, Qt::Horizontal).toString(); // the lane's name
        names << (name.isEmpty() ? tr("(no lane)") : name);
    }
    const QStringList labels = ChartLabels::uniqueElided(names, categoryLabelChars);
    for (qsizetype l = 0; l < lines.lanes.size(); ++l) {
        const int column = LaneAdherenceModel::FirstLaneColumn + int(lanes.indexOf(lines.lanes[l]));
        if (column < LaneAdherenceModel::FirstLaneColumn)
            continue;
        QLineSeries* series = mapLine(m_laneProxy, LaneAdherenceModel::DayColumn, column, labels[l]);
        series->setProperty(fullNameProperty, names[l]);
        attach(m_laneChart, series, { m_laneX, m_laneY });
        onPointClicked(series, [this, lane = lines.lanes[l]](int day) { dayDrill(KpiDrill::Kind::LaneLate, day, lane); });
    }
    if (!lines.othersName.isEmpty()) {
        auto* others = new QLineSeries;
        others->setName(lines.othersName);
        others->setProperty(othersProperty, true);
        others->setProperty(fullNameProperty, tr("%1: %2").arg(lines.othersName, lines.otherLanes.join(QStringLiteral(", "))));
        others->setPointsVisible(true);
        others->replace(lines.othersPoints);
        attach(m_laneChart, others, { m_laneX, m_laneY });
    }
    colourLaneSeries();
    showLegendTips(m_laneChart); // the markers are new with the series
}

void DashboardCharts::colourLaneSeries()
{
    int index = 0;
    for (QAbstractSeries* series : m_laneChart->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (!line)
            continue;
        const bool others = line->property(othersProperty).toBool();
        QPen pen(others ? ChartLabels::othersColor() : ChartLabels::seriesColor(index++), others ? 2 : 2.5);
        if (others)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setColor(pen.color());
    }
}

void DashboardCharts::showLegendTips(QChart* chart)
{
    // An elided legend entry shows its series' whole name on hover.
    for (QLegendMarker* marker : chart->legend()->markers()) {
        marker->disconnect(this);
        connect(marker, &QLegendMarker::hovered, this, [marker](bool on) {
            const QString full = marker->series() ? marker->series()->property(fullNameProperty).toString() : QString();
            if (on && !full.isEmpty())
                QToolTip::showText(QCursor::pos(), full);
            else
                QToolTip::hideText();
        });
    }
}

void DashboardCharts::showBarTips(QAbstractBarSeries* series, QAbstractItemModel* model, int column)
{
    // A category label may be elided: hovering a bar shows the model's tooltip (the whole name).
    connect(series, &QAbstractBarSeries::barsetsAdded, this, [this, model, column](const QList<QBarSet*>& sets) {
        for (QBarSet* set : sets) {
            connect(set, &QBarSet::hovered, this, [model, column](bool on, int index) {
                const QModelIndex cell = model->index(index, column);
                if (on && cell.isValid())
                    QToolTip::showText(QCursor::pos(), cell.data(Qt::ToolTipRole).toString());
                else
                    QToolTip::hideText();
            });
        }
    });
}

void DashboardCharts::updateCategoryAxes()
{
    QStringList falloutLanes;
    for (int row = 0; row < m_models.falloutByLane->rowCount(); ++row)
        falloutLanes << m_models.falloutByLane->labelAt(row);
    m_laneAxis->setCategories(categoryLabels(ChartLabels::uniqueElided(falloutLanes, categoryLabelChars)));
    QStringList signatures;
    for (int row = 0; row < m_models.falloutBySignature->rowCount(); ++row)
        signatures << m_models.falloutBySignature->labelAt(row);
    m_signatureAxis->setCategories(categoryLabels(ChartLabels::uniqueElided(signatures, categoryLabelChars + 6)));
    // Name and kind on two lines under each bar, the name elided (unique) to what a category has
    // room for; the table and the bars' tooltips have it whole.
    QStringList queueNames;
    for (int row = 0; row < m_models.queues->rowCount(); ++row)
        queueNames << m_models.queues->queueAt(row);
    const int queueChars = std::clamp(120 / std::max(1, int(queueNames.size())), 8, categoryLabelChars);
    const QStringList shortNames = ChartLabels::uniqueElided(queueNames, queueChars);
    QStringList queues;
    for (int row = 0; row < m_models.queues->rowCount(); ++row)
        queues << shortNames[row] + m_models.queues->categoryAt(row).mid(queueNames[row].size()); // "name (kind)"
    queues = categoryLabels(queues);
    for (QString& queue : queues) {
        const qsizetype kind = queue.lastIndexOf(QStringLiteral(" ("));
        if (kind > 0)
            queue.replace(kind, 2, QStringLiteral("<br>("));
    }
    m_queueAxis->setCategories(queues);
}

} // namespace fw
