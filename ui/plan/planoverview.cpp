// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planoverview.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

namespace fw {

namespace {
    constexpr int maxWidth = 220;
    constexpr int maxHeight = 150;
    constexpr int cornerMargin = 10;
    constexpr int frame = 3;
} // namespace

PlanOverview::PlanOverview(QGraphicsView* view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("planOverview"));
    setToolTip(tr("Overview of the whole plan: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    hide();
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(150);
    connect(&m_renderTimer, &QTimer::timeout, this, [this] {
        render();
        update();
    });
    if (QGraphicsScene* scene = view->scene()) {
        connect(scene, &QGraphicsScene::changed, this, [this] {
            if (isVisible())
                m_renderTimer.start();
        });
        connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
            m_picture = QPixmap();
            follow();
        });
    }
}

QRectF PlanOverview::visibleSceneRect() const
{
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void PlanOverview::keepClearOf(const QRectF& sceneRect)
{
    m_keepClear = sceneRect;
    follow();
}

void PlanOverview::follow()
{
    const QRectF scene = m_view->sceneRect();
    const QRectF visible = visibleSceneRect();
    const bool needed = !scene.isEmpty() && !visible.adjusted(-2, -2, 2, 2).contains(scene);
    if (!needed) {
        hide();
        return;
    }
    // At most a fifth of a small view each way: it must not hide what it gives an overview of.
    const QRect port = m_view->viewport()->geometry();
    const qreal width = std::min<qreal>(maxWidth, port.width() / 5.0);
    const qreal height = std::min<qreal>(maxHeight, port.height() / 4.0);
    const qreal scale = std::min(width / scene.width(), height / scene.height());
    const QSize size(static_cast<int>(scene.width() * scale) + 2 * frame, static_cast<int>(scene.height() * scale) + 2 * frame);
    // Off the scroll bars, in the corner the lane names (pinned at the left) do not use.
    QRect place(port.right() - cornerMargin - size.width(), port.bottom() - cornerMargin - size.height(), size.width(), size.height());
    if (!m_keepClear.isEmpty() && place.intersects(m_view->mapFromScene(m_keepClear).boundingRect().translated(port.topLeft())))
        place.moveTop(port.top() + cornerMargin);
    setGeometry(place);
    if (!isVisible()) {
        show();
        raise();
    }
    if (m_picture.isNull() || m_source != scene)
        render();
    update();
}

QRectF PlanOverview::pictureRect() const
{
    return QRectF(rect()).adjusted(frame, frame, -frame, -frame);
}

void PlanOverview::render()
{
    QGraphicsScene* scene = m_view->scene();
    if (!scene || width() <= 2 * frame)
        return;
    m_source = m_view->sceneRect();
    const qreal ratio = devicePixelRatioF();
    const QRectF target = pictureRect();
    QPixmap picture((target.size() * ratio).toSize());
    picture.setDevicePixelRatio(ratio);
    picture.fill(scene->backgroundBrush().color());
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing, false); // a few pixels per card: boxes, quickly
    scene->render(&painter, QRectF(QPointF(0, 0), target.size()), m_source, Qt::IgnoreAspectRatio);
    painter.end();
    m_picture = picture;
}

QRectF PlanOverview::outlineRect() const
{
    const QRectF target = pictureRect();
    if (m_source.isEmpty())
        return {};
    const QRectF visible = visibleSceneRect().intersected(m_source);
    const qreal sx = target.width() / m_source.width();
    const qreal sy = target.height() / m_source.height();
    return QRectF(target.left() + (visible.left() - m_source.left()) * sx, target.top() + (visible.top() - m_source.top()) * sy,
                  visible.width() * sx, visible.height() * sy);
}

QPointF PlanOverview::toScene(const QPointF& pos) const
{
    const QRectF target = pictureRect();
    if (target.isEmpty() || m_source.isEmpty())
        return {};
    return QPointF(m_source.left() + (pos.x() - target.left()) * m_source.width() / target.width(),
                   m_source.top() + (pos.y() - target.top()) * m_source.height() / target.height());
}

void PlanOverview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (!m_picture.isNull())
        painter.drawPixmap(pictureRect().topLeft(), m_picture);
    const QRectF outline = outlineRect();
    if (!outline.isEmpty()) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        painter.drawRect(outline);
    }
}

void PlanOverview::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
    event->accept();
}

void PlanOverview::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
    event->accept();
}

} // namespace fw
