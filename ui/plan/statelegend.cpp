#include "statelegend.h"

#include "models/stepglyphs.h"
#include "models/stepstatepresentation.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace fw {

namespace {
constexpr int chipGap = 14;
constexpr int glyphSize = 12;
} // namespace

StateLegend::StateLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planGraphLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize StateLegend::sizeHint() const
{
    int width = 8;
    for (StepState state : StepStatePresentation::allStates)
        width += glyphSize + 5 + fontMetrics().horizontalAdvance(StepStatePresentation::label(state)) + chipGap;
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
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fw
