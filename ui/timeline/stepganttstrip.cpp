// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepganttstrip.h"

#include "common/statepresentation.h"
#include "engine/enginesnapshot.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace fw {

namespace {
    constexpr int rowGap = 3;
    constexpr int stripMargin = 6;
    constexpr int ganttTickLength = 4;

    QString durationText(qint64 seconds)
    {
        if (seconds < 60)
            return StepGanttStrip::tr("%1 s").arg(seconds);
        if (seconds < 3600)
            return StepGanttStrip::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
        if (seconds < 86400)
            return StepGanttStrip::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
        return StepGanttStrip::tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    }
} // namespace

StepGanttStrip::StepGanttStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepGanttStrip"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StepGanttStrip::setOrder(const OrderDetail& detail, const QDateTime& now)
{
    m_layout.setOrder(detail, now);
    updateGeometry();
    update();
}

// A row fits one line of the lane label.
static int ganttRowHeight(const QFontMetrics& metrics)
{
    return std::max(12, metrics.height() - 1);
}

static int ganttAxisHeight(const QFontMetrics& metrics)
{
    return metrics.height() + ganttTickLength + 4;
}

QSize StepGanttStrip::sizeHint() const
{
    const int rows = std::max(1, m_layout.totalRows());
    return { 600, stripMargin * 2 + ganttAxisHeight(fontMetrics()) + rows * (ganttRowHeight(fontMetrics()) + rowGap) };
}

QSize StepGanttStrip::minimumSizeHint() const
{
    return { 300, sizeHint().height() };
}

int StepGanttStrip::labelWidth() const
{
    int width = 60;
    for (const GanttLane& lane : m_layout.lanes())
        width = std::max(width, fontMetrics().horizontalAdvance(lane.name) + 12);
    return std::min(width, 180);
}

double StepGanttStrip::rowTop(int row) const
{
    return stripMargin + row * (ganttRowHeight(fontMetrics()) + rowGap);
}

double StepGanttStrip::xOf(const QDateTime& time) const
{
    const double left = stripMargin + labelWidth();
    const double width = std::max(10.0, double(this->width()) - left - stripMargin);
    const double span = double(std::max<qint64>(1, m_layout.from().msecsTo(m_layout.to())));
    return left + width * double(m_layout.from().msecsTo(time)) / span;
}

QRectF StepGanttStrip::rectOf(const GanttBar& bar) const
{
    const double x0 = xOf(bar.start);
    const double x1 = xOf(bar.end);
    const int row = m_layout.lanes()[std::size_t(bar.lane)].firstRow + bar.row;
    return { x0, rowTop(row), std::max(3.0, x1 - x0), double(ganttRowHeight(fontMetrics())) };
}

QRectF StepGanttStrip::barRect(const QString& stepId) const
{
    for (const GanttBar& bar : m_layout.bars()) {
        if (bar.stepId == stepId)
            return rectOf(bar);
    }
    return {};
}

QRectF StepGanttStrip::laneRect(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    const GanttLane& l = m_layout.lanes()[std::size_t(lane)];
    const int pitch = ganttRowHeight(fontMetrics()) + rowGap;
    return { 0, rowTop(l.firstRow) - rowGap / 2.0, double(width()), double(l.rows * pitch) };
}

QRectF StepGanttStrip::axisRect() const
{
    const double top = rowTop(std::max(1, m_layout.totalRows())) + 1;
    const double left = stripMargin + labelWidth();
    return { left, top, std::max(10.0, double(width()) - left - stripMargin), double(ganttAxisHeight(fontMetrics())) };
}

std::vector<std::pair<double, QString>> StepGanttStrip::axisLabels() const
{
    std::vector<std::pair<double, QString>> labels;
    const QRectF axis = axisRect();
    // The widest label a tick can get (a date and a time) plus a gap.
    const QString widest = QLocale().toString(QDate(2026, 9, 28), QStringLiteral("d MMM")) + QStringLiteral(" 00:00:00");
    const double spacing = fontMetrics().horizontalAdvance(widest) + 16;
    for (const GanttTick& tick : m_layout.ticks(axis.width(), spacing))
        labels.emplace_back(xOf(tick.at), tick.label);
    return labels;
}

QString StepGanttStrip::stepAt(const QPoint& position) const
{
    for (const GanttBar& bar : m_layout.bars()) {
        if (rectOf(bar).adjusted(-2, -1, 2, 1).contains(position))
            return bar.stepId;
    }
    return {};
}

void StepGanttStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int labels = labelWidth();
    const int rowHeight = ganttRowHeight(fontMetrics());
    for (int i = 0; i < laneCount(); ++i) {
        const GanttLane& lane = m_layout.lanes()[std::size_t(i)];
        const QRectF band = laneRect(i);
        if (i % 2 == 1)
            painter.fillRect(band, pal.color(QPalette::AlternateBase));
        if (i > 0) { // a hairline between lanes: a lane's stacked rows stay together
            QColor line = pal.color(QPalette::Mid);
            line.setAlpha(90);
            painter.setPen(line);
            painter.drawLine(band.topLeft(), band.topRight());
        }
        painter.setPen(lane.bars ? pal.color(QPalette::WindowText) : pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(stripMargin, band.top(), labels - 6, rowHeight + rowGap), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(lane.name, Qt::ElideRight, labels - 6));
    }
    const QRectF axis = axisRect();
    if (m_layout.bars().empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(axis.left(), stripMargin, axis.width(), axis.top() - stripMargin), Qt::AlignCenter,
                         tr("No step has started yet."));
        return;
    }
    // Ticks: a faint line through the bands, a mark and a label on the axis.
    const auto ticks = axisLabels();
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(axis.left(), axis.top()), QPointF(axis.right(), axis.top()));
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(70);
    for (const auto& [x, label] : ticks) {
        painter.setPen(grid);
        painter.drawLine(QPointF(x, stripMargin), QPointF(x, axis.top()));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(x, axis.top()), QPointF(x, axis.top() + ganttTickLength));
    }
    for (const GanttBar& bar : m_layout.bars()) {
        const QColor color = StatePresentation::stateColor(bar.state);
        const QRectF r = rectOf(bar);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.open ? color.lighter(135) : color);
        painter.drawRoundedRect(r, 2, 2);
        if (bar.open) { // still running: a dashed end
            painter.setPen(QPen(color.darker(120), 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r, 2, 2);
        }
    }
    painter.setPen(pal.color(QPalette::WindowText));
    const QRectF text(axis.left(), axis.top() + ganttTickLength, axis.width(), axis.height() - ganttTickLength);
    if (ticks.size() < 2) { // a span shorter than a tick step: its ends and its length
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, StatePresentation::timeText(m_layout.from()));
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignVCenter, durationText(m_layout.from().secsTo(m_layout.to())));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, StatePresentation::timeText(m_layout.to()));
        return;
    }
    for (const auto& [x, label] : ticks) {
        const double w = fontMetrics().horizontalAdvance(label) + 4;
        const double left = std::clamp(x - w / 2, 0.0, double(width()) - w); // the last one stays on the strip
        painter.drawText(QRectF(left, text.top(), w, text.height()), Qt::AlignCenter, label);
    }
}

void StepGanttStrip::mousePressEvent(QMouseEvent* event)
{
    const QString step = stepAt(event->position().toPoint());
    if (!step.isEmpty())
        Q_EMIT stepClicked(step);
    QWidget::mousePressEvent(event);
}

bool StepGanttStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString step = stepAt(help->pos());
        for (const GanttBar& bar : m_layout.bars()) {
            if (bar.stepId == step) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1\n%2, %3%4")
                                       .arg(bar.name, StatePresentation::stepStateLabel(bar.state), durationText(bar.start.secsTo(bar.end)),
                                            bar.open ? tr(" so far") : QString()),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fw
