// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGraphicsView>

namespace fw {

class PlanKeyboard;
class PlanOverview;
class PlanScene;

// Shows a PlanScene: wheel zoom around the cursor, drag to pan, click to select a step (its chain
// lights up), double click to activate it, click a lane header to collapse or expand the lane. The
// keys (+, - and 0 zoom; arrows and Tab move a focus between the cards, Enter opens the focused one)
// are PlanKeyboard's; screen readers see the cards through PlanViewAccessible. Lane names stay pinned at the left edge while panning. A
// collapsed group of steps (one site's chain) expands on double click, Enter or its context menu; Backspace collapses the selected step's
// group again. While part of the plan is out of view a minimap (PlanOverview) shows where the view is.
class PlanView : public QGraphicsView {
    Q_OBJECT

public:
    explicit PlanView(PlanScene* scene, QWidget* parent = nullptr);

    PlanScene* planScene() const { return m_scene; }
    PlanOverview* overview() const { return m_overview; }
    PlanKeyboard* keyboard() const { return m_keyboard; }
    qreal zoom() const; // 1.0: 100 %
    void setZoom(qreal zoom); // around the view's centre
    void zoomIn();
    void zoomOut();
    // The whole plan, at most 100 % and never below minimumFitZoom: a plan too big for that
    // first has its groups collapsed (and laid out as a grid in the view's shape); what still
    // does not fit opens at its top-left, to be panned.
    void fitAll();
    void fitReadable(); // fitAll, for a new plan
    // Zooms so that the scene rect shows whole (at most 100 %, at least minimumFitZoom); a rect
    // too big for that is shown from its top-left. The filter and the search zoom to their matches.
    void fitRect(const QRectF& rect);
    // Fit's floor: step names and group cards are still legible.
    static constexpr qreal minimumFitZoom = 0.5;
    // Scrolls the step into the middle, expanding its group and zooming in to a readable size
    // first when needed.
    bool centerOnStep(const QString& stepId);
    // Selects a step as a click would (empty: none) and emits stepSelected.
    void selectStep(const QString& stepId);
    // Collapses or expands a group of steps (-1: all) and keeps it in view.
    void setGroupCollapsed(int group, bool collapsed);

Q_SIGNALS:
    void stepSelected(const QString& stepId); // empty: the selection was cleared
    void stepActivated(const QString& stepId);
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;

private:
    void scaleBy(qreal factor);
    void clicked(const QPoint& viewportPos);
    void collapseToFit();

    PlanScene* m_scene;
    PlanOverview* m_overview;
    PlanKeyboard* m_keyboard;
    QPoint m_pressPos;
    int m_currentGroup = -1; // the group card last clicked: Enter expands it
    bool m_pressed = false;
    bool m_fitted = false; // showing the whole plan by Fit: a resize fits again
    bool m_fitting = false;
};

} // namespace fw
