#include "statelegend.h"

#include "stepglyphs.h"
#include "common/stepstatepresentation.h"
#include "plangraphstyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPolygonF>
#include <QToolTip>

namespace fw {

namespace {
    constexpr int chipGap = 14;
    constexpr int glyphSize = 12;
    constexpr int pathSample = 22; // the critical-path entry's line sample
} // namespace

StateLegend::StateLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planGraphLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString StateLegend::criticalPathLabel()
{
    return tr("Critical path");
}

void StateLegend::setCriticalPathShown(bool shown)
{
    if (shown == m_criticalPath)
        return;
    m_criticalPath = shown;
    updateGeometry();
    update();
}

int StateLegend::statesWidth() const
{
    int width = 8;
    for (StepState state : StepStatePresentation::allStates)
        width += glyphSize + 5 + fontMetrics().horizontalAdvance(StepStatePresentation::label(state)) + chipGap;
    return width;
}

QSize StateLegend::sizeHint() const
{
    int width = statesWidth();
    if (m_criticalPath)
        width += pathSample + 5 + fontMetrics().horizontalAdvance(criticalPathLabel()) + chipGap;
    return { width, fontMetrics().height() + 10 };
}

QSize StateLegend::minimumSizeHint() const
{
    return { 100, fontMetrics().height() + 10 };
}

void StateLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = StepStatePresentation::isDark(palette());
    const int middle = height() / 2;
    int x = 8;
    for (StepState state : StepStatePresentation::allStates) {
        const QColor color = StepStatePresentation::color(state, dark);
        const QString label = StepStatePresentation::label(state);
        const QRectF chip(x - 3, middle - glyphSize / 2 - 3, glyphSize + 6, glyphSize + 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(StepStatePresentation::fillColor(state == StepState::Pending ? StepState::Cancelled : state, palette()));
        painter.drawRoundedRect(chip, 4, 4);
        StepGlyphs::paintState(&painter, QRectF(x, middle - glyphSize / 2, glyphSize, glyphSize), state, color);
        x += glyphSize + 5;
        painter.setPen(palette().color(QPalette::WindowText));
        const int width = fontMetrics().horizontalAdvance(label);
        painter.drawText(QRect(x, 0, width + 2, height()), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += width + chipGap;
    }
    if (m_criticalPath) {
        const QColor color = PlanGraphStyle::criticalPathColor(dark);
        painter.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(x, middle), QPointF(x + pathSample - 6, middle));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QPointF tip(x + pathSample, middle);
        painter.drawPolygon(QPolygonF({ tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4) }));
        x += pathSample + 5;
        painter.setPen(palette().color(QPalette::WindowText));
        const QString label = criticalPathLabel();
        painter.drawText(QRect(x, 0, fontMetrics().horizontalAdvance(label) + 2, height()), Qt::AlignVCenter | Qt::AlignLeft, label);
    }
}

bool StateLegend::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int x = 8;
        for (StepState state : StepStatePresentation::allStates) {
            const int width = glyphSize + 5 + fontMetrics().horizontalAdvance(StepStatePresentation::label(state));
            if (help->pos().x() >= x - 4 && help->pos().x() < x + width + 4) {
                QToolTip::showText(help->globalPos(), StepStatePresentation::description(state), this);
                return true;
            }
            x += width + chipGap;
        }
        if (m_criticalPath && help->pos().x() >= x - 4) {
            QToolTip::showText(help->globalPos(),
                               tr("The steps that decide when the order completes: a delay on any of them delays the order."), this);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fw
