// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "kpimetatypes.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace fw {

class CycleHistogramModel;
class DashboardCharts;
class DrillDownDialog;
class KpiCountModel;
class KpiDayModel;
class KpiTiles;
class LaneAdherenceModel;
class QueueLoadModel;
class RangePicker;

// The supervisor's KPI dashboard: headline tiles, charts (each with a table of the same model) and
// drill-downs over a KpiReport someone else computes. The page asks (rangeChanged, refreshRequested,
// drillDownRequested) and is told (setReport, setBusy, setError, setDrillResult); it never computes.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    void setReport(const fw::KpiReport& report); // fills models; charts and tiles update
    void setBusy(bool busy); // a "computing…" indication, keeps old figures visible
    void setError(const QString& message); // shown in a message bar; an empty message hides it
    fw::KpiRange range() const;
    void setRange(const fw::KpiRange& range); // without emitting rangeChanged
    void setDrillResult(const fw::KpiDrill& drill, const std::vector<fw::DrillOrder>& orders);
    // .png (the whole content at 2x) or .pdf (A4 landscape pages); the error names the file and reason.
    Status exportTo(const QString& path) const;

    const fw::KpiReport& report() const { return m_report; }
    RangePicker* rangePicker() const { return m_range; }
    DrillDownDialog* drillDownDialog() const { return m_drill; }
    QWidget* content() const { return m_content; }

Q_SIGNALS:
    void rangeChanged(const fw::KpiRange& range);
    void drillDownRequested(const fw::KpiRange& range, const fw::KpiDrill& drill);
    void openOrderRequested(const QString& orderId);
    void refreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseExportFile();
    QString exportTitle() const;

    KpiReport m_report;
    KpiDayModel* m_days = nullptr;
    CycleHistogramModel* m_histogram = nullptr;
    LaneAdherenceModel* m_laneAdherence = nullptr;
    KpiCountModel* m_falloutByLane = nullptr;
    KpiCountModel* m_falloutBySignature = nullptr;
    QueueLoadModel* m_queues = nullptr;

    RangePicker* m_range = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_busy = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_computedAt = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    KpiTiles* m_tiles = nullptr;
    DashboardCharts* m_charts = nullptr;
    DrillDownDialog* m_drill = nullptr;
};

} // namespace fw
