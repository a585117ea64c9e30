// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QPainter;

namespace fw {

class JeopardyHeatmapModel;

// The lane × queue matrix of a JeopardyHeatmapModel: each cell tinted by its number of findings
// (red when any is critical, amber when all are warnings), the count written in it, lane names
// down the left, queues across the top (both axes titled), a tooltip per cell, and a colour legend
// above the grid (in view however many lanes scroll). Clicking a cell selects it and emits
// cellActivated; clicking it again clears the selection (selectionCleared).
class JeopardyHeatmap final : public QWidget {
    Q_OBJECT

public:
    explicit JeopardyHeatmap(QWidget* parent = nullptr);

    void setModel(JeopardyHeatmapModel* model);
    JeopardyHeatmapModel* model() const { return m_model; }

    // Selects the cell of this lane and queue (keys, empty for "—"); emits nothing.
    void setSelectedCell(const QString& lane, const QString& queue);
    void clearSelection();
    bool hasSelection() const { return m_hasSelection; }
    QString selectedLane() const { return m_selectedLane; }
    QString selectedQueue() const { return m_selectedQueue; }

    QRect cellRect(int row, int column) const; // widget coordinates
    QRect queueHeaderRect(int column) const; // a queue's name above its column
    QRect queueTitleRect() const; // "Task queue →", over the columns and the room right of them
    // The full text of a header or title at `pos` that is cut short (with what "—" means); empty:
    // none there, or shown in full.
    QString headerToolTip(const QPoint& pos) const;
    // The (row, column) under `pos`; {-1, -1} when none.
    std::pair<int, int> cellAt(const QPoint& pos) const;

    static QString laneAxisTitle();
    static QString queueAxisTitle();
    // The colour legend's entries as painted under the grid (critical, warning, intensity).
    QStringList legendEntries() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(const QString& lane, const QString& queue);
    void selectionCleared();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    int laneHeaderWidth() const;
    int queueHeaderHeight() const;
    int cellWidth() const;
    int cellHeight() const;
    int titleHeight() const;
    int legendHeight() const;
    void paintTitles(QPainter& painter, int columns);
    void paintLegend(QPainter& painter);

    JeopardyHeatmapModel* m_model = nullptr; // the page owns it
    QString m_selectedLane;
    QString m_selectedQueue;
    bool m_hasSelection = false;
};

} // namespace fw
