// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpimetatypes.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <vector>

class QAbstractBarSeries;
class QAbstractItemModel;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QPalette;
class QValueAxis;
class QWidget;
class QXYSeries;

namespace fw {

class ChartPanel;
class ChartValueProxy;
class CycleHistogramModel;
class KpiCountModel;
class KpiDayModel;
class LaneAdherenceModel;
class QueueLoadModel;

// The dashboard's models, each shared by a chart (through a ChartValueProxy and a Qt Charts model
// mapper) and the table its panel can switch to.
struct KpiModels {
    KpiDayModel* days = nullptr;
    CycleHistogramModel* histogram = nullptr;
    LaneAdherenceModel* laneAdherence = nullptr;
    KpiCountModel* falloutByLane = nullptr;
    KpiCountModel* falloutBySignature = nullptr;
    QueueLoadModel* queues = nullptr;
};

// Builds the dashboard's charts over the models and turns clicks on bars and points into
// drill-downs. Legible at any size of report: at most maxLaneLines lines in the lane chart (the
// worst lanes and "other lanes"), category labels elided but unique (the whole text as tooltip),
// legends on the side, distinct series colours. Charts have no animation and follow the palette (light or dark chart theme).
class DashboardCharts final : public QObject {
    Q_OBJECT

public:
    DashboardCharts(const KpiModels& models, QWidget* panelParent);
    static constexpr int maxLaneLines = 7;
    static constexpr int categoryLabelChars = 22;

    // In display order, two a row.
    const std::vector<ChartPanel*>& panels() const { return m_panels; }
    // After the models took a new report: axes, categories and the per-lane series.
    void reportChanged(const KpiReport& report);
    void applyPalette(const QPalette& palette);

Q_SIGNALS:
    void drillRequested(const fw::KpiDrill& drill);

private:
    QChartView* addChart(const QString& objectName, const QString& title, QAbstractItemModel* tableModel);
    ChartValueProxy* proxyOf(QAbstractItemModel* model);
    QCategoryAxis* addDayAxis(QChart* chart);
    QValueAxis* addValueAxis(QChart* chart, const QString& title, Qt::Alignment alignment = Qt::AlignLeft);
    void onBarClicked(QAbstractBarSeries* series, std::function<void(int)> handler);
    void onPointClicked(QXYSeries* series, std::function<void(int)> handler);
    void dayDrill(KpiDrill::Kind kind, int dayIndex, const QString& key = {});
    void buildThroughput();
    void buildCycleDistribution();
    void buildCycleTrend();
    void buildTouchless();
    void buildFalloutRate();
    void buildFalloutByLane();
    void buildFalloutBySignature();
    void buildLaneAdherence();
    void buildQueueLoad();
    // dashboardlegibility.cpp
    void updateCategoryAxes();
    void rebuildLaneSeries(const KpiReport& report);
    void colourLaneSeries();
    void showLegendTips(QChart* chart);
    void showBarTips(QAbstractBarSeries* series, QAbstractItemModel* model, int column);
    void fitAxes();

    KpiModels m_models;
    QWidget* m_panelParent;
    std::vector<ChartPanel*> m_panels;
    std::vector<QChart*> m_charts;
    std::vector<QCategoryAxis*> m_dayAxes;
    std::vector<QDate> m_days;

    QChart* m_laneChart = nullptr;
    QValueAxis* m_laneY = nullptr;
    QCategoryAxis* m_laneX = nullptr;
    ChartValueProxy* m_laneProxy = nullptr;
    QLineSeries* m_target = nullptr;
    QBarCategoryAxis* m_bucketAxis = nullptr;
    QBarCategoryAxis* m_laneAxis = nullptr;
    QBarCategoryAxis* m_signatureAxis = nullptr;
    QBarCategoryAxis* m_queueAxis = nullptr;
};

} // namespace fw
