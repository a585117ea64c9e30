// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardcharts.h"

#include "chartlabels.h"
#include "chartpanel.h"
#include "chartseries.h"
#include "kpimodels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace fw {

namespace {
    const char* minimumMaxProperty = "fwMinimumMax"; // the least top of a fitted value axis
    const QColor targetColor(0xd0, 0x3b, 0x3b);

    QStringList labelsOf(const QAbstractItemModel* model, int column)
    {
        QStringList labels;
        for (int row = 0; row < model->rowCount(); ++row)
            labels << model->index(row, column).data().toString();
        return labels;
    }

    // A tick step of 1, 2 or 5 times a power of ten giving about five intervals up to `top`.
    double niceStep(double top)
    {
        const double raw = std::max(top, 1e-9) / 5;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        for (double factor : { 1.0, 2.0, 5.0, 10.0 }) {
            if (factor * magnitude >= raw)
                return factor * magnitude;
        }
        return 10 * magnitude;
    }
} // namespace

using namespace chartseries;

DashboardCharts::DashboardCharts(const KpiModels& models, QWidget* panelParent)
    : QObject(panelParent)
    , m_models(models)
    , m_panelParent(panelParent)
{
    buildThroughput();
    buildCycleDistribution();
    buildCycleTrend();
    buildTouchless();
    buildFalloutRate();
    buildFalloutByLane();
    buildFalloutBySignature();
    buildLaneAdherence();
    buildQueueLoad();
    applyPalette(panelParent->palette());
}

QChartView* DashboardCharts::addChart(const QString& objectName, const QString& title, QAbstractItemModel* tableModel)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->hide();
    auto* view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    m_charts.push_back(chart);
    m_panels.push_back(new ChartPanel(title, view, tableModel, m_panelParent));
    return view;
}

ChartValueProxy* DashboardCharts::proxyOf(QAbstractItemModel* model)
{
    return new ChartValueProxy(model, this);
}

QCategoryAxis* DashboardCharts::addDayAxis(QChart* chart)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTitleText(tr("Day (UTC)"));
    chart->addAxis(axis, Qt::AlignBottom);
    m_dayAxes.push_back(axis);
    return axis;
}

QValueAxis* DashboardCharts::addValueAxis(QChart* chart, const QString& title, Qt::Alignment alignment)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, 1);
    chart->addAxis(axis, alignment);
    return axis;
}

void DashboardCharts::onBarClicked(QAbstractBarSeries* series, std::function<void(int)> handler)
{
    // The model mapper replaces the bar sets on every model reset: connect each new one.
    auto connectSets = [this, handler](const QList<QBarSet*>& sets) {
        for (QBarSet* set : sets)
            connect(set, &QBarSet::clicked, this, handler);
    };
    connectSets(series->barSets());
    connect(series, &QAbstractBarSeries::barsetsAdded, this, connectSets);
}

void DashboardCharts::onPointClicked(QXYSeries* series, std::function<void(int)> handler)
{
    connect(series, &QXYSeries::clicked, this, [handler](const QPointF& point) { handler(int(std::lround(point.x()))); });
}

void DashboardCharts::dayDrill(KpiDrill::Kind kind, int dayIndex, const QString& key)
{
    if (m_days.empty())
        return;
    KpiDrill drill;
    drill.kind = kind;
    drill.key = key;
    drill.day = m_days[std::size_t(std::clamp(dayIndex, 0, int(m_days.size()) - 1))];
    Q_EMIT drillRequested(drill);
}

void DashboardCharts::buildThroughput()
{
    QChart* chart = addChart(QStringLiteral("throughputChart"), tr("Throughput: orders completed per day"), m_models.days)->chart();
    auto* series = new QBarSeries;
    mapBars(series, proxyOf(m_models.days), KpiDayModel::CompletedColumn);
    attach(chart, series, { addDayAxis(chart), addValueAxis(chart, tr("Orders")) });
    onBarClicked(series, [this](int index) { dayDrill(KpiDrill::Kind::CompletedOn, index); });
}

void DashboardCharts::buildCycleDistribution()
{
    QChart* chart
        = addChart(QStringLiteral("cycleTimeDistributionChart"), tr("Order cycle time distribution"), m_models.histogram)->chart();
    auto* series = new QBarSeries;
    mapBars(series, proxyOf(m_models.histogram), CycleHistogramModel::OrdersColumn);
    m_bucketAxis = new QBarCategoryAxis;
    m_bucketAxis->setTitleText(tr("Cycle time (created to finished)"));
    chart->addAxis(m_bucketAxis, Qt::AlignBottom);
    attach(chart, series, { m_bucketAxis, addValueAxis(chart, tr("Orders completed")) });
    onBarClicked(series, [this](int index) {
        KpiDrill drill;
        drill.kind = KpiDrill::Kind::CycleBucket;
        drill.bucket = index;
        Q_EMIT drillRequested(drill);
    });
}

void DashboardCharts::buildCycleTrend()
{
    QChart* chart = addChart(QStringLiteral("cycleTimeTrendChart"), tr("Order cycle time trend"), m_models.days)->chart();
    chart->legend()->show();
    auto* proxy = proxyOf(m_models.days);
    QCategoryAxis* x = addDayAxis(chart);
    QValueAxis* y = addValueAxis(chart, tr("Cycle time (h)"));
    for (const auto& [column, name] : { std::pair { int(KpiDayModel::MedianCycleColumn), tr("Median") },
                                        std::pair { int(KpiDayModel::P90CycleColumn), tr("90th percentile") } }) {
        QLineSeries* series = mapLine(proxy, KpiDayModel::DayColumn, column, name);
        attach(chart, series, { x, y });
        onPointClicked(series, [this](int day) { dayDrill(KpiDrill::Kind::CompletedOn, day); });
    }
}

void DashboardCharts::buildTouchless()
{
    QChart* chart = addChart(QStringLiteral("touchlessChart"), tr("Touchless ratio per day"), m_models.days)->chart();
    QLineSeries* series = mapLine(proxyOf(m_models.days), KpiDayModel::DayColumn, KpiDayModel::TouchlessColumn, tr("Touchless"));
    QValueAxis* y = addValueAxis(chart, tr("Touchless (%)"));
    y->setRange(0, 100);
    y->setProperty(fixedRangeProperty, true);
    attach(chart, series, { addDayAxis(chart), y });
    onPointClicked(series, [this](int day) { dayDrill(KpiDrill::Kind::TouchlessOn, day); });
}

void DashboardCharts::buildFalloutRate()
{
    QChart* chart = addChart(QStringLiteral("falloutRateChart"), tr("Fallout rate per day"), m_models.days)->chart();
    chart->legend()->show();
    QLineSeries* series = mapLine(proxyOf(m_models.days), KpiDayModel::DayColumn, KpiDayModel::FalloutRateColumn, tr("Fallout rate"));
    m_target = new QLineSeries;
    m_target->setName(tr("Target %1").arg(kpitext::percent(KpiReport::falloutTarget)));
    QCategoryAxis* x = addDayAxis(chart);
    QValueAxis* y = addValueAxis(chart, tr("With fallout (%)"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setProperty(minimumMaxProperty, KpiReport::falloutTarget * 100.0 * 2);
    attach(chart, series, { x, y });
    attach(chart, m_target, { x, y });
    onPointClicked(series, [this](int day) { dayDrill(KpiDrill::Kind::FalloutOn, day); });
}

void DashboardCharts::buildFalloutByLane()
{
    // Horizontal bars (the 8 lanes with most cases): lane names read across, not squeezed under bars.
    QChart* chart = addChart(QStringLiteral("falloutByLaneChart"), tr("Fallout cases by lane (top 8)"), m_models.falloutByLane)->chart();
    auto* series = new QHorizontalBarSeries;
    mapBars(series, proxyOf(m_models.falloutByLane), KpiCountModel::CountColumn);
    m_laneAxis = new QBarCategoryAxis;
    chart->addAxis(m_laneAxis, Qt::AlignLeft);
    attach(chart, series, { m_laneAxis, addValueAxis(chart, tr("Fallout cases"), Qt::AlignBottom) });
    onBarClicked(series, [this](int index) {
        KpiDrill drill;
        drill.kind = KpiDrill::Kind::FalloutLane;
        drill.key = m_models.falloutByLane->keyAt(index);
        Q_EMIT drillRequested(drill);
    });
    showBarTips(series, m_models.falloutByLane, KpiCountModel::LabelColumn);
}

void DashboardCharts::buildFalloutBySignature()
{
    QChart* chart
        = addChart(QStringLiteral("falloutBySignatureChart"), tr("Fallout cases by error signature (top 8)"), m_models.falloutBySignature)
              ->chart();
    auto* series = new QHorizontalBarSeries;
    mapBars(series, proxyOf(m_models.falloutBySignature), KpiCountModel::CountColumn);
    m_signatureAxis = new QBarCategoryAxis;
    chart->addAxis(m_signatureAxis, Qt::AlignLeft);
    attach(chart, series, { m_signatureAxis, addValueAxis(chart, tr("Fallout cases"), Qt::AlignBottom) });
    onBarClicked(series, [this](int index) {
        KpiDrill drill;
        drill.kind = KpiDrill::Kind::FalloutSignature;
        drill.key = m_models.falloutBySignature->keyAt(index);
        Q_EMIT drillRequested(drill);
    });
    showBarTips(series, m_models.falloutBySignature, KpiCountModel::LabelColumn);
}

void DashboardCharts::buildQueueLoad()
{
    QChart* chart = addChart(QStringLiteral("queueLoadChart"), tr("Open work per queue now"), m_models.queues)->chart();
    chart->legend()->show();
    auto* proxy = proxyOf(m_models.queues);
    auto* bars = new QBarSeries;
    mapBars(bars, proxy, QueueLoadModel::OpenColumn);
    m_queueAxis = new QBarCategoryAxis;
    chart->addAxis(m_queueAxis, Qt::AlignBottom);
    attach(chart, bars, { m_queueAxis, addValueAxis(chart, tr("Open items")) });
    // Points only: queues are categories, not a sequence.
    auto* oldest = mapLine<QScatterSeries>(proxy, QueueLoadModel::QueueColumn, QueueLoadModel::OldestAgeColumn, tr("Oldest age (h)"));
    oldest->setMarkerSize(11);
    attach(chart, oldest, { m_queueAxis, addValueAxis(chart, tr("Age (h)"), Qt::AlignRight) });
    auto queueDrill = [this](int index) {
        KpiDrill drill;
        drill.kind = KpiDrill::Kind::Queue;
        drill.key = m_models.queues->queueAt(index);
        if (!drill.key.isEmpty())
            Q_EMIT drillRequested(drill);
    };
    onBarClicked(bars, queueDrill);
    onPointClicked(oldest, queueDrill);
    showBarTips(bars, m_models.queues, QueueLoadModel::QueueColumn);
}

void DashboardCharts::reportChanged(const KpiReport& report)
{
    m_days.clear();
    for (const KpiDay& day : report.days)
        m_days.push_back(day.day);
    const int n = int(m_days.size());
    const int step = std::max(1, (n + 7) / 8); // at most 8 labels
    for (QCategoryAxis* axis : m_dayAxes) {
        const QStringList labels = axis->categoriesLabels();
        for (const QString& label : labels)
            axis->remove(label);
        axis->setStartValue(-0.5);
        for (int i = 0; i < n; i += step)
            axis->append(kpitext::shortDay(m_days[std::size_t(i)]), i);
        axis->setRange(-0.5, std::max(0.5, n - 0.5));
    }
    m_target->replace(
        QList<QPointF> { { -0.5, KpiReport::falloutTarget * 100.0 }, { std::max(0.5, n - 0.5), KpiReport::falloutTarget * 100.0 } });
    m_bucketAxis->setCategories(categoryLabels(labelsOf(m_models.histogram, CycleHistogramModel::BucketColumn)));
    updateCategoryAxes();
    rebuildLaneSeries(report);
    fitAxes();
}

void DashboardCharts::fitAxes()
{
    for (QChart* chart : m_charts) {
        std::map<QValueAxis*, double> maxima;
        for (QAbstractSeries* series : chart->series()) {
            QValueAxis* valueAxis = nullptr;
            for (QAbstractAxis* axis : series->attachedAxes()) {
                if (axis->type() == QAbstractAxis::AxisTypeValue && !axis->property(fixedRangeProperty).toBool())
                    valueAxis = static_cast<QValueAxis*>(axis);
            }
            if (!valueAxis)
                continue;
            double& top = maxima[valueAxis];
            if (auto* xy = qobject_cast<QXYSeries*>(series)) {
                for (const QPointF& point : xy->points())
                    top = std::max(top, point.y());
            } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets()) {
                    for (int i = 0; i < set->count(); ++i)
                        top = std::max(top, set->at(i));
                }
            }
        }
        for (auto [axis, top] : maxima) {
            const double least = axis->property(minimumMaxProperty).isValid() ? axis->property(minimumMaxProperty).toDouble() : 4.0;
            const double step = niceStep(std::max(least, top * 1.05));
            axis->setTickType(QValueAxis::TicksDynamic);
            axis->setTickAnchor(0);
            axis->setTickInterval(step);
            axis->setLabelFormat(step < 1 || std::floor(step) != step ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
            axis->setRange(0, std::ceil(std::max(least, top * 1.05) / step) * step);
        }
    }
}

void DashboardCharts::applyPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    for (QChart* chart : m_charts) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette.color(QPalette::Base));
        chart->setBackgroundRoundness(0);
        chart->legend()->setLabelColor(palette.color(QPalette::Text));
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsColor(palette.color(QPalette::Text));
            axis->setTitleBrush(palette.color(QPalette::Text));
        }
    }
    colourLaneSeries(); // the theme brought its own colours
    QPen dashed(targetColor, 2, Qt::DashLine);
    m_target->setPen(dashed);
    m_target->setPointsVisible(false);
}

} // namespace fw
