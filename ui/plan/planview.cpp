// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planview.h"

#include "common/steppresentation.h"
#include "lanebanditem.h"
#include "plangraphstyle.h"
#include "plankeyboard.h"
#include "planoverview.h"
#include "planscene.h"
#include "planscenelookup.h"
#include "planviewaccessible.h"
#include "stepgroupitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
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
    constexpr qreal fitFloor = PlanView::minimumFitZoom;
    constexpr qreal fitMargin = 24; // scene units around what a filter or search zooms to
    // Fit groups a plan of at least this many steps only: a smaller one shows every step (panned
    // when it must be), the groups would hide more than they save.
    constexpr std::size_t groupFrom = 60;

    qreal zoomToFit(const QSizeF& port, const QRectF& rect)
    {
        return rect.isEmpty() ? 1.0 : std::min(port.width() / rect.width(), port.height() / rect.height());
    }
} // namespace

PlanView::PlanView(PlanScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_overview(new PlanOverview(this))
    , m_keyboard(new PlanKeyboard(this, this))
{
    setObjectName(QStringLiteral("planView"));
    installPlanViewAccessible();
    setAccessibleName(tr("Plan graph"));
    setAccessibleDescription(tr("The order's steps by lane. Arrow keys and Tab move between the steps, Enter opens one."));
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
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_overview, &PlanOverview::follow);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_overview, &PlanOverview::follow);
    connect(this, &PlanView::zoomChanged, m_overview, &PlanOverview::follow);
    connect(this, &PlanView::stepSelected, m_keyboard, &PlanKeyboard::setCurrentStep);
    connect(m_keyboard, &PlanKeyboard::activated, this, [this](const PlanCard& card) {
        if (card.group >= 0) { // its steps, the focus on the first
            setGroupCollapsed(card.group, false);
            m_keyboard->setCurrent({ m_scene->groups().groups()[static_cast<std::size_t>(card.group)].members.front(), -1 });
            return;
        }
        const QString id = m_scene->graph().nodes[static_cast<std::size_t>(card.step)].id;
        if (m_scene->selectedStep() != id)
            selectStep(id);
        Q_EMIT stepActivated(id);
    });
}

qreal PlanView::zoom() const
{
    return transform().m11();
}

void PlanView::scaleBy(qreal factor)
{
    m_fitted = false;
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
    if (m_scene->sceneRect().isEmpty() || m_fitting)
        return;
    m_fitting = true;
    collapseToFit();
    fitRect(m_scene->sceneRect());
    m_fitted = true;
    m_fitting = false;
}

void PlanView::fitReadable()
{
    fitAll();
}

// Fit's grouping: all groups expanded when the plan fits at fitFloor so; else all collapsed, with
// as many cards per lane and column as gives the largest zoom (the grid in the view's shape; on a
// tie the least wrapping). Trial layouts of the collapsed plan are small: one node per group.
void PlanView::collapseToFit()
{
    const PlanGroupModel& groups = m_scene->groups();
    const QSizeF port = viewport()->size();
    if (groups.groups().empty() || port.isEmpty() || m_scene->graph().nodes.size() < groupFrom)
        return;
    PlanGroupModel model = groups;
    const PlanGraphLayout layout(m_scene->metrics());
    const std::vector<bool> lanes = m_scene->layoutResult().collapsed;
    int tallest = 1;
    const auto zoomFor = [&](int rows) {
        PlanGraphLayoutResult result = model.layout(m_scene->graph(), layout, rows);
        layout.stackLanes(result, lanes);
        for (int laneRows : result.laneRows)
            tallest = std::max(tallest, laneRows);
        return zoomToFit(port, result.bounds);
    };
    const std::size_t count = groups.groups().size();
    model.setAllCollapsed(false);
    if (zoomFor(0) >= fitFloor) {
        m_scene->regroup(std::vector<bool>(count, false), 0);
        return;
    }
    model.setAllCollapsed(true);
    tallest = 1;
    int bestRows = 0;
    qreal best = zoomFor(0);
    for (int rows = tallest - 1; rows >= 1; --rows) {
        const qreal z = std::min(zoomFor(rows), 1.0);
        if (z > best + 0.005) {
            best = z;
            bestRows = rows;
        }
    }
    m_scene->regroup(std::vector<bool>(count, true), bestRows);
}

void PlanView::fitRect(const QRectF& rect)
{
    if (rect.isEmpty())
        return;
    m_fitted = false;
    const QSizeF port = viewport()->size();
    const QRectF framed = rect == m_scene->sceneRect() ? rect : rect.adjusted(-fitMargin, -fitMargin, fitMargin, fitMargin);
    const qreal z = std::clamp(zoomToFit(port, framed) * 0.995, fitFloor, 1.0);
    setTransform(QTransform::fromScale(z, z));
    // What does not fit shows from its top-left (its first steps).
    const QSizeF visible(port.width() / z, port.height() / z);
    const qreal x = framed.width() <= visible.width() ? framed.center().x() : framed.left() + visible.width() / 2;
    const qreal y = framed.height() <= visible.height() ? framed.center().y() : framed.top() + visible.height() / 2;
    centerOn(x, y);
    Q_EMIT zoomChanged(zoom());
}

bool PlanView::centerOnStep(const QString& stepId)
{
    const int index = m_scene->graph().nodeIndex(stepId);
    if (index < 0)
        return false;
    revealStep(*m_scene, stepId);
    const QRectF rect = stepRect(*m_scene, index);
    if (rect.isNull())
        return false;
    if (zoom() < readableZoom)
        setZoom(1.0);
    centerOn(rect.center());
    m_fitted = false;
    return true;
}

void PlanView::selectStep(const QString& stepId)
{
    if (StepGroupItem* group = m_scene->groupItem(m_currentGroup))
        group->setCurrent(false);
    m_currentGroup = -1;
    m_scene->setSelectedStep(stepId);
    Q_EMIT stepSelected(m_scene->selectedStep());
}

void PlanView::setGroupCollapsed(int group, bool collapsed)
{
    if (!fw::setGroupCollapsed(*m_scene, group, collapsed))
        return;
    m_fitted = false;
    if (group < 0 || static_cast<std::size_t>(group) >= m_scene->groups().groups().size())
        return;
    const std::vector<int>& members = m_scene->groups().groups()[static_cast<std::size_t>(group)].members;
    const QRectF all = shownRect(*m_scene, members);
    const QSizeF visible = mapToScene(viewport()->rect()).boundingRect().size();
    // Its steps in view: all of them when they fit, else the first ones.
    if (all.width() <= visible.width() && all.height() <= visible.height())
        centerOn(all.center());
    else
        centerOn(stepRect(*m_scene, members.front()).center());
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
    else if (m_pressed)
        m_fitted = false; // panned
    m_pressed = false;
}

void PlanView::clicked(const QPoint& viewportPos)
{
    const QPointF scenePos = mapToScene(viewportPos);
    if (LaneBandItem* band = laneHeaderAt(*m_scene, scenePos)) {
        m_scene->setLaneCollapsed(band->lane(), !band->isCollapsed());
        return;
    }
    if (const int group = groupAt(*m_scene, scenePos); group >= 0) {
        selectStep(QString());
        m_currentGroup = group;
        m_scene->groupItem(group)->setCurrent(true);
        m_keyboard->setCurrent({ -1, group }); // Enter expands it
        return;
    }
    const int index = stepAt(*m_scene, scenePos);
    selectStep(index >= 0 ? m_scene->graph().nodes[static_cast<std::size_t>(index)].id : QString());
}

void PlanView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (const int group = groupAt(*m_scene, scenePos); group >= 0) {
        setGroupCollapsed(group, false);
        return;
    }
    const int index = stepAt(*m_scene, scenePos);
    if (index < 0) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QString id = m_scene->graph().nodes[static_cast<std::size_t>(index)].id;
    if (m_scene->selectedStep() != id)
        selectStep(id);
    Q_EMIT stepActivated(id);
}

void PlanView::contextMenuEvent(QContextMenuEvent* event)
{
    const PlanGroupModel& groups = m_scene->groups();
    if (groups.groups().empty()) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->pos());
    const int group = groupAt(*m_scene, scenePos);
    const int stepGroup = groups.groupOf(stepAt(*m_scene, scenePos));
    QMenu menu(this);
    if (group >= 0)
        menu.addAction(tr("Show the steps of %1\tEnter").arg(groups.groups()[static_cast<std::size_t>(group)].label), this,
                       [this, group] { setGroupCollapsed(group, false); });
    if (stepGroup >= 0)
        menu.addAction(tr("Collapse %1\tBackspace").arg(groups.groups()[static_cast<std::size_t>(stepGroup)].label), this,
                       [this, stepGroup] { setGroupCollapsed(stepGroup, true); });
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("Expand all groups"), this, [this] { setGroupCollapsed(-1, false); })->setEnabled(groups.collapsedCount() > 0);
    menu.addAction(tr("Collapse all groups"), this, [this] { setGroupCollapsed(-1, true); })
        ->setEnabled(groups.collapsedCount() < static_cast<int>(groups.groups().size()));
    menu.exec(event->globalPos());
}

void PlanView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll(); // still the whole plan, in the new shape
    m_overview->follow();
}

bool PlanView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = planToolTip(*m_scene, mapToScene(help->pos()));
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
    m_keyboard->paintFocus(painter); // the keyboard's focus ring, in scene coordinates
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
        const bool groups = static_cast<int>(lane) == layout.groupBand;
        if (!band.intersects(view) || (lane >= m_scene->graph().lanes.size() && !groups))
            continue;
        const QString name = groups ? m_scene->groups().bandTitle() : m_scene->graph().lanes[lane].name;
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
                          groups ? style.mutedTextPen.color() : StepPresentation::laneColor(static_cast<int>(lane)));
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
