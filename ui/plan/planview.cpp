#include "planview.h"

#include "lanebanditem.h"
#include "planscenelookup.h"
#include "change/changepresentation.h"
#include "common/stepstatepresentation.h"
#include "common/steppresentation.h"
#include "plangraphstyle.h"
#include "planscene.h"
#include "stepnodeitem.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace fw {

namespace {
    constexpr qreal minZoom = 0.01;
    constexpr qreal maxZoom = 4.0;
    constexpr qreal zoomStep = 1.25;
    constexpr qreal readableZoom = 0.8; // centerOnStep zooms in to at least this
    constexpr qreal openingZoom = 0.6; // fitReadable opens no smaller than this: names still legible
} // namespace

PlanView::PlanView(PlanScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("planView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAlignment(Qt::AlignLeft | Qt::AlignTop); // a plan smaller than the view starts top left
    // Items restore what they change themselves; no antialiasing margins on exposed rects.
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    // Live updates touch scattered cards: repaint just their rectangles.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setCacheMode(QGraphicsView::CacheNone);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::ArrowCursor);
    scene->setPalette(palette());
}

qreal PlanView::zoom() const
{
    return transform().m11();
}

void PlanView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minZoom, maxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void PlanView::setZoom(qreal value)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(value / zoom());
    setTransformationAnchor(anchor);
}

void PlanView::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void PlanView::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

void PlanView::fitAll()
{
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform()); // small plans: 100 %, not blown up
    if (zoom() < minZoom)
        setTransform(QTransform::fromScale(minZoom, minZoom));
    centerOn(bounds.center());
    Q_EMIT zoomChanged(zoom());
}

void PlanView::fitReadable()
{
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty())
        return;
    fitAll();
    if (zoom() >= openingZoom)
        return;
    // Too small to read: open at a zoom where the cards show their text, at the plan's start.
    setTransform(QTransform::fromScale(openingZoom, openingZoom));
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    centerOn(bounds.left() + visible.width() / 2, bounds.top() + visible.height() / 2);
    Q_EMIT zoomChanged(zoom());
}

bool PlanView::centerOnStep(const QString& stepId)
{
    const QRectF rect = stepRect(*m_scene, stepId);
    if (rect.isNull())
        return false;
    if (zoom() < readableZoom)
        setZoom(1.0);
    centerOn(rect.center());
    return true;
}

void PlanView::selectStep(const QString& stepId)
{
    m_scene->setSelectedStep(stepId);
    Q_EMIT stepSelected(m_scene->selectedStep());
}

void PlanView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ShiftModifier) { // shift + wheel pans sideways
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        scaleBy(std::pow(1.15, steps)); // anchored under the mouse
    event->accept();
}

void PlanView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_scene->selectedStep().isEmpty())
            Q_EMIT stepActivated(m_scene->selectedStep());
        return;
    case Qt::Key_Escape:
        selectStep(QString());
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void PlanView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton;
    QGraphicsView::mousePressEvent(event);
}

void PlanView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    viewport()->setCursor(Qt::ArrowCursor);
    const QPoint pos = event->position().toPoint();
    if (m_pressed && event->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        clicked(pos);
    m_pressed = false;
}

void PlanView::clicked(const QPoint& viewportPos)
{
    const QPointF scenePos = mapToScene(viewportPos);
    if (LaneBandItem* band = laneHeaderAt(*m_scene, scenePos)) {
        m_scene->setLaneCollapsed(band->lane(), !band->isCollapsed());
        return;
    }
    const int index = stepAt(*m_scene, scenePos);
    selectStep(index >= 0 ? m_scene->graph().nodes[static_cast<std::size_t>(index)].id : QString());
}

void PlanView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int index = stepAt(*m_scene, mapToScene(event->position().toPoint()));
    if (index < 0) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QString id = m_scene->graph().nodes[static_cast<std::size_t>(index)].id;
    if (m_scene->selectedStep() != id)
        selectStep(id);
    Q_EMIT stepActivated(id);
}

QString PlanView::toolTipAt(const QPoint& viewportPos) const
{
    const QPointF scenePos = mapToScene(viewportPos);
    const int index = stepAt(*m_scene, scenePos);
    if (index < 0) {
        const LaneBandItem* band = laneHeaderAt(*m_scene, scenePos);
        return band ? (band->isCollapsed() ? tr("Expand lane %1") : tr("Collapse lane %1")).arg(band->name()) : QString();
    }
    const PlanGraphNode& node = m_scene->graph().nodes[static_cast<std::size_t>(index)];
    const StepNodeItem* item = m_scene->nodeItem(index);
    QString tip = QStringLiteral("<b>%1</b><br>%2<br>").arg(node.name.toHtmlEscaped(), node.id.toHtmlEscaped());
    tip += tr("%1 · %2 scope · %3")
               .arg(StepPresentation::typeLabel(node.type), StepPresentation::scopeLabel(node.scope),
                    StepStatePresentation::label(item->state()));
    if (item->attempts() > 1)
        tip += QStringLiteral("<br>") + tr("Attempt %1").arg(item->attempts());
    if (node.pointOfNoReturn)
        tip += QStringLiteral("<br>") + tr("Point of no return: after it the order can no longer be cancelled.");
    if (node.change != NodeChange::None) {
        tip += QStringLiteral("<br><b>%1</b>").arg(tr("Change: %1").arg(ChangePresentation::label(node.change)).toHtmlEscaped());
        if (!node.changeNote.isEmpty())
            tip += QStringLiteral(" — ") + node.changeNote.toHtmlEscaped();
    }
    return tip;
}

bool PlanView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void PlanView::drawForeground(QPainter* painter, const QRectF& rect)
{
    Q_UNUSED(rect)
    // Pin the lane names at the left edge when the headers are scrolled away or too small to read.
    const PlanGraphLayoutResult& layout = m_scene->layoutResult();
    if (layout.laneRects.empty())
        return;
    const qreal headerRight = layout.laneRects.front().left() + m_scene->metrics().laneHeaderWidth;
    const bool headersVisible = mapFromScene(QPointF(headerRight, 0)).x() > 60 && zoom() >= 0.3;
    if (headersVisible)
        return;
    const PlanGraphStyle& style = m_scene->style();
    painter->save();
    painter->resetTransform();
    painter->setFont(style.laneFont);
    const QRect view = viewport()->rect();
    for (std::size_t lane = 0; lane < layout.laneRects.size(); ++lane) {
        const QRect band = mapFromScene(layout.laneRects[lane]).boundingRect();
        if (!band.intersects(view) || lane >= m_scene->graph().lanes.size())
            continue;
        const QString name = m_scene->graph().lanes[lane].name;
        const int width = static_cast<int>(style.laneMetrics.horizontalAdvance(name)) + 22;
        const int top = std::max(band.top(), view.top()) + 4;
        if (top + 20 > band.bottom() + 8)
            continue; // band too thin at this zoom
        const QRect pill(8, top, width, 22);
        painter->setPen(style.laneBorderPen);
        painter->setBrush(style.laneHeaderFill);
        painter->setOpacity(0.94);
        painter->drawRoundedRect(pill, 5, 5);
        painter->setOpacity(1.0);
        painter->fillRect(QRect(pill.left() + 1, pill.top() + 4, 4, pill.height() - 8),
                          StepPresentation::laneColor(static_cast<int>(lane)));
        painter->setPen(style.textPen);
        painter->drawText(pill.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, name);
    }
    painter->restore();
}

void PlanView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_scene->setPalette(palette());
    QGraphicsView::changeEvent(event);
}

} // namespace fw
