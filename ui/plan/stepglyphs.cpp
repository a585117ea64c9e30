// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepglyphs.h"

#include <QPainter>

#include <array>
#include <cmath>

namespace fw {

namespace {

    StepGlyphs::Glyph makeState(StepState state)
    {
        StepGlyphs::Glyph g;
        const QRectF circle(0.1, 0.1, 0.8, 0.8);
        switch (state) {
        case StepState::Pending:
            g.stroke.addEllipse(circle);
            break;
        case StepState::Ready:
            g.stroke.addEllipse(circle);
            g.fill.addEllipse(QPointF(0.5, 0.5), 0.18, 0.18);
            break;
        case StepState::Running:
            g.fill.moveTo(0.22, 0.1);
            g.fill.lineTo(0.9, 0.5);
            g.fill.lineTo(0.22, 0.9);
            g.fill.closeSubpath();
            break;
        case StepState::Waiting: // a clock
            g.stroke.addEllipse(circle);
            g.stroke.moveTo(0.5, 0.24);
            g.stroke.lineTo(0.5, 0.5);
            g.stroke.lineTo(0.7, 0.62);
            break;
        case StepState::Completed: // a check mark
            g.stroke.moveTo(0.12, 0.52);
            g.stroke.lineTo(0.4, 0.8);
            g.stroke.lineTo(0.9, 0.22);
            break;
        case StepState::FailedRetrying: { // a circular arrow
            g.stroke.arcMoveTo(QRectF(0.14, 0.14, 0.72, 0.72), 70);
            g.stroke.arcTo(QRectF(0.14, 0.14, 0.72, 0.72), 70, 290);
            const QPointF tip = g.stroke.currentPosition();
            g.fill.moveTo(tip + QPointF(0.2, -0.02));
            g.fill.lineTo(tip + QPointF(-0.1, 0.16));
            g.fill.lineTo(tip + QPointF(-0.08, -0.18));
            g.fill.closeSubpath();
            break;
        }
        case StepState::Fallout: // a cross
            g.stroke.moveTo(0.18, 0.18);
            g.stroke.lineTo(0.82, 0.82);
            g.stroke.moveTo(0.82, 0.18);
            g.stroke.lineTo(0.18, 0.82);
            break;
        case StepState::Skipped: // a double chevron
            g.stroke.moveTo(0.14, 0.2);
            g.stroke.lineTo(0.44, 0.5);
            g.stroke.lineTo(0.14, 0.8);
            g.stroke.moveTo(0.52, 0.2);
            g.stroke.lineTo(0.82, 0.5);
            g.stroke.lineTo(0.52, 0.8);
            break;
        case StepState::Cancelled: // a circle with a slash
            g.stroke.addEllipse(circle);
            g.stroke.moveTo(0.22, 0.78);
            g.stroke.lineTo(0.78, 0.22);
            break;
        }
        return g;
    }

    StepGlyphs::Glyph makeType(StepType type)
    {
        StepGlyphs::Glyph g;
        switch (type) {
        case StepType::AutoTask: { // a lightning bolt
            const std::array<QPointF, 6> bolt { QPointF(0.58, 0.04), QPointF(0.18, 0.56), QPointF(0.46, 0.56),
                                                QPointF(0.38, 0.96), QPointF(0.82, 0.4),  QPointF(0.53, 0.4) };
            g.fill.addPolygon(QPolygonF(QList<QPointF>(bolt.begin(), bolt.end())));
            g.fill.closeSubpath();
            break;
        }
        case StepType::Callout: // request and response arrows
            g.stroke.moveTo(0.1, 0.32);
            g.stroke.lineTo(0.74, 0.32);
            g.fill.moveTo(0.92, 0.32);
            g.fill.lineTo(0.66, 0.14);
            g.fill.lineTo(0.66, 0.5);
            g.fill.closeSubpath();
            g.stroke.moveTo(0.9, 0.7);
            g.stroke.lineTo(0.26, 0.7);
            g.fill.moveTo(0.08, 0.7);
            g.fill.lineTo(0.34, 0.52);
            g.fill.lineTo(0.34, 0.88);
            g.fill.closeSubpath();
            break;
        case StepType::ManualTask: // a person
            g.fill.addEllipse(QPointF(0.5, 0.28), 0.19, 0.19);
            g.fill.moveTo(0.12, 0.94);
            g.fill.cubicTo(0.12, 0.5, 0.88, 0.5, 0.88, 0.94);
            g.fill.closeSubpath();
            break;
        case StepType::Milestone: // a diamond
            g.fill.moveTo(0.5, 0.06);
            g.fill.lineTo(0.94, 0.5);
            g.fill.lineTo(0.5, 0.94);
            g.fill.lineTo(0.06, 0.5);
            g.fill.closeSubpath();
            break;
        case StepType::Pause: // two bars
            g.fill.addRect(QRectF(0.2, 0.14, 0.2, 0.72));
            g.fill.addRect(QRectF(0.6, 0.14, 0.2, 0.72));
            break;
        }
        return g;
    }

    template <typename Enum, std::size_t N, typename Make> const StepGlyphs::Glyph& cached(Enum value, Make make)
    {
        static const auto glyphs = [&] {
            std::array<StepGlyphs::Glyph, N> all;
            for (std::size_t i = 0; i < N; ++i)
                all[i] = make(static_cast<Enum>(i));
            return all;
        }();
        return glyphs[static_cast<std::size_t>(value) % N];
    }

} // namespace

const StepGlyphs::Glyph& StepGlyphs::state(StepState state)
{
    return cached<StepState, 9>(state, makeState);
}

const StepGlyphs::Glyph& StepGlyphs::type(StepType type)
{
    return cached<StepType, 5>(type, makeType);
}

void StepGlyphs::paint(QPainter* painter, const QRectF& rect, const Glyph& glyph, const QPen& unitPen)
{
    const QTransform saved = painter->worldTransform();
    painter->translate(rect.topLeft());
    painter->scale(rect.width(), rect.height());
    if (!glyph.stroke.isEmpty())
        painter->strokePath(glyph.stroke, unitPen);
    if (!glyph.fill.isEmpty())
        painter->fillPath(glyph.fill, unitPen.brush());
    painter->setWorldTransform(saved);
}

QPen StepGlyphs::unitPen(const QColor& color)
{
    return QPen(color, 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void StepGlyphs::paintState(QPainter* painter, const QRectF& rect, StepState state, const QColor& color)
{
    paint(painter, rect, StepGlyphs::state(state), unitPen(color));
}

void StepGlyphs::paintType(QPainter* painter, const QRectF& rect, StepType type, const QColor& color)
{
    paint(painter, rect, StepGlyphs::type(type), unitPen(color));
}

void StepGlyphs::paintPointOfNoReturn(QPainter* painter, const QRectF& rect, const QBrush& disc, const QPen& bar)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(disc);
    painter->drawEllipse(rect);
    painter->setPen(bar);
    const qreal inset = rect.width() * 0.23;
    painter->drawLine(QPointF(rect.left() + inset, rect.center().y()), QPointF(rect.right() - inset, rect.center().y()));
}

} // namespace fw
