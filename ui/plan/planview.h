#pragma once

#include <QGraphicsView>

namespace fw {

class PlanScene;

// Shows a PlanScene: wheel zoom around the cursor, +, - and 0 (fit) keys, drag to pan, click to
// select a step (its chain lights up), double click or Enter to activate it, click a lane header to
// collapse or expand the lane. Lane names stay pinned at the left edge while panning.
class PlanView : public QGraphicsView {
    Q_OBJECT

public:
    explicit PlanView(PlanScene* scene, QWidget* parent = nullptr);

    PlanScene* planScene() const { return m_scene; }
    qreal zoom() const; // 1.0: 100 %
    void setZoom(qreal zoom); // around the view's centre
    void zoomIn();
    void zoomOut();
    void fitAll(); // the whole plan, at most 100 %
    // Like fitAll, but never below a zoom where step names are legible; a bigger plan then opens
    // at its top-left (its first steps), to be panned.
    void fitReadable();
    // Scrolls the step into the middle, zooming in to a readable size first when needed.
    bool centerOnStep(const QString& stepId);
    // Selects a step as a click would (empty: none) and emits stepSelected.
    void selectStep(const QString& stepId);

Q_SIGNALS:
    void stepSelected(const QString& stepId); // empty: the selection was cleared
    void stepActivated(const QString& stepId);
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;

private:
    void scaleBy(qreal factor);
    void clicked(const QPoint& viewportPos);
    QString toolTipAt(const QPoint& viewportPos) const;

    PlanScene* m_scene;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace fw
