// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statelegend.h"

#include "stepglyphs.h"
#include "common/stepstatepresentation.h"
#include "plangraphstyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPolygonF>
#include <QToolTip>

#include <limits>

namespace fw {

namespace {
    constexpr int margin = 8;
    constexpr int chipGap = 14;
    constexpr int glyphSize = 12;
    constexpr int sampleGap = 5; // between a sample and its label
    constexpr int pathSample = 22; // the critical-path entry's line sample
} // namespace

StateLegend::StateLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planGraphLegend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QString StateLegend::criticalPathLabel()
{
    return tr("Critical path");
}

QString StateLegend::pointOfNoReturnLabel()
{
    return tr("Point of no return");
}

void StateLegend::setCriticalPathShown(bool shown)
{
    if (shown == m_criticalPath)
        return;
    m_criticalPath = shown;
    updateGeometry();
    update();
}

std::vector<StateLegend::Entry> StateLegend::entries(int width) const
{
    std::vector<Entry> all;
    for (StepState state : StepStatePresentation::allStates)
        all.push_back({ Entry::Kind::State, int(state), StepStatePresentation::label(state), {} });
    all.push_back({ Entry::Kind::PointOfNoReturn, 0, pointOfNoReturnLabel(), {} });
    if (m_criticalPath)
        all.push_back({ Entry::Kind::CriticalPath, 0, criticalPathLabel(), {} });
    const int rowHeight = fontMetrics().height() + 10;
    int x = margin;
    int y = 0;
    for (Entry& entry : all) {
        const int sample = entry.kind == Entry::Kind::CriticalPath ? pathSample : glyphSize;
        const int entryWidth = sample + sampleGap + fontMetrics().horizontalAdvance(entry.label) + 2;
        if (x > margin && x + entryWidth > width - margin) { // the next row
            x = margin;
            y += rowHeight;
        }
        entry.rect = QRect(x, y, entryWidth, rowHeight);
        x += entryWidth + chipGap;
    }
    return all;
}

int StateLegend::heightForWidth(int width) const
{
    const std::vector<Entry> laid = entries(width);
    return laid.empty() ? 0 : laid.back().rect.bottom() + 1;
}

QSize StateLegend::sizeHint() const
{
    const std::vector<Entry> oneRow = entries(std::numeric_limits<int>::max() / 2);
    return { oneRow.back().rect.right() + margin, fontMetrics().height() + 10 };
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
    for (const Entry& entry : entries(width())) {
        const int middle = entry.rect.center().y();
        const int x = entry.rect.left();
        int labelLeft = x + glyphSize + sampleGap;
        switch (entry.kind) {
        case Entry::Kind::State: {
            const auto state = StepState(entry.state);
            const QRectF chip(x - 3, middle - glyphSize / 2 - 3, glyphSize + 6, glyphSize + 6);
            painter.setPen(Qt::NoPen);
            painter.setBrush(StepStatePresentation::fillColor(state == StepState::Pending ? StepState::Cancelled : state, palette()));
            painter.drawRoundedRect(chip, 4, 4);
            StepGlyphs::paintState(&painter, QRectF(x, middle - glyphSize / 2, glyphSize, glyphSize), state,
                                   StepStatePresentation::color(state, dark));
            break;
        }
        case Entry::Kind::PointOfNoReturn:
            StepGlyphs::paintPointOfNoReturn(&painter, QRectF(x, middle - glyphSize / 2, glyphSize, glyphSize),
                                             PlanGraphStyle::pointOfNoReturnColor(dark), PlanGraphStyle::pointOfNoReturnPen());
            break;
        case Entry::Kind::CriticalPath: {
            const QColor color = PlanGraphStyle::criticalPathColor(dark);
            painter.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, middle), QPointF(x + pathSample - 6, middle));
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            const QPointF tip(x + pathSample, middle);
            painter.drawPolygon(QPolygonF({ tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4) }));
            labelLeft = x + pathSample + sampleGap;
            break;
        }
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(labelLeft, entry.rect.top(), entry.rect.right() - labelLeft + 1, entry.rect.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, entry.label);
    }
}

QString StateLegend::toolTipOf(const Entry& entry) const
{
    switch (entry.kind) {
    case Entry::Kind::State:
        return StepStatePresentation::description(StepState(entry.state));
    case Entry::Kind::PointOfNoReturn:
        return tr("A step marked so is the order's point of no return: once it has completed, a change or cancellation no "
                  "longer undoes the order, it compensates what was done.");
    case Entry::Kind::CriticalPath:
        return tr("The steps that decide when the order completes: a delay on any of them delays the order.");
    }
    return {};
}

bool StateLegend::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const Entry& entry : entries(width())) {
            if (entry.rect.adjusted(-4, 0, 4, 0).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), toolTipOf(entry), this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fw
