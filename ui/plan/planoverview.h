// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QGraphicsView;

namespace fw {

// The minimap of a plan view: a small picture of the whole scene in the view's bottom-right corner
// with the visible part outlined; click or drag in it to move the view there. Shown only while
// part of the plan is out of view. The picture is rendered again a moment after the scene
// changes (once per burst of changes), never per frame.
class PlanOverview : public QWidget {
    Q_OBJECT

public:
    explicit PlanOverview(QGraphicsView* view);

    // After the view scrolled, zoomed or resized: shows or hides it, places it, moves the outline.
    void follow();
    // A card it must not cover (the keyboard's focus, scene coordinates): in the bottom corner it
    // would, it goes to the top corner. Empty: none.
    void keepClearOf(const QRectF& sceneRect);
    // The part of the scene the view shows, and where the overview draws it (widget coordinates).
    QRectF visibleSceneRect() const;
    QRectF outlineRect() const;
    // Scene coordinates of a point in the overview.
    QPointF toScene(const QPointF& pos) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void render();
    QRectF pictureRect() const;

    QGraphicsView* m_view;
    QPixmap m_picture;
    QRectF m_source; // the scene rect the picture shows
    QRectF m_keepClear;
    QTimer m_renderTimer;
};

} // namespace fw
