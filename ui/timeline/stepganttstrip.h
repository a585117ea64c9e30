// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ganttlayout.h"

#include <QDateTime>
#include <QWidget>

#include <utility>
#include <vector>

namespace fw {

struct OrderDetail;

// A Gantt-like strip of an order's step durations, one labelled band per swimlane (every lane of
// the order, bars or not): each step is a bar from its first start (running, waiting or retrying)
// to its completion (or now, while it is open), in the colour of its state; overlapping steps of a
// lane stack. Under the bands a time axis with ticks that adapt to the span and the width
// (GanttLayout). Hover shows the step and its duration; a click reports the step.
class StepGanttStrip final : public QWidget {
    Q_OBJECT

public:
    explicit StepGanttStrip(QWidget* parent = nullptr);

    void setOrder(const OrderDetail& detail, const QDateTime& now);
    const GanttLayout& layout() const { return m_layout; }
    int barCount() const { return int(m_layout.bars().size()); }
    int laneCount() const { return int(m_layout.lanes().size()); }
    QString stepAt(const QPoint& position) const;
    QRectF barRect(const QString& stepId) const; // in widget coordinates, null if none
    QRectF laneRect(int lane) const; // the lane's band, label column included
    QRectF axisRect() const; // the time axis under the bands
    // The axis ticks at the current width: x in widget coordinates and the label.
    std::vector<std::pair<double, QString>> axisLabels() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stepClicked(const QString& stepId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF rectOf(const GanttBar& bar) const;
    double xOf(const QDateTime& time) const;
    int labelWidth() const;
    double rowTop(int row) const;

    GanttLayout m_layout;
};

} // namespace fw
