#include "stepganttstrip.h"

#include "engine/enginesnapshot.h"
#include "common/statepresentation.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace fw {

namespace {
    constexpr int rowHeight = 12;
    constexpr int rowGap = 3;
    constexpr int axisHeight = 18;
    constexpr int stripMargin = 6;

    bool isStart(const QString& state)
    {
        return state == QLatin1String("running") || state == QLatin1String("waiting") || state == QLatin1String("retrying");
    }

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
    m_bars.clear();
    m_lanes.clear();
    QHash<QString, int> laneIndex;
    for (const auto& [id, name] : detail.lanes) {
        laneIndex.insert(id, int(m_lanes.size()));
        m_lanes.push_back({ name, 1, 0 });
    }
    QHash<QString, QDateTime> started;
    QHash<QString, QDateTime> lastEvent;
    for (const JournalEvent& e : detail.events) {
        if (e.stepId.isEmpty() || e.kind != QLatin1String("step.state"))
            continue;
        if (isStart(e.afterState) && !started.contains(e.stepId))
            started.insert(e.stepId, e.at);
        lastEvent.insert(e.stepId, e.at);
    }
    for (const StepStatus& step : detail.steps) {
        const auto start = started.constFind(step.id);
        if (start == started.cend())
            continue; // never started: nothing to draw
        Bar bar;
        bar.stepId = step.id;
        bar.name = step.name;
        bar.state = step.state;
        bar.lane = laneIndex.value(step.lane, -1);
        if (bar.lane < 0) {
            bar.lane = int(m_lanes.size());
            laneIndex.insert(step.lane, bar.lane);
            m_lanes.push_back({ step.lane, 1, 0 });
        }
        bar.start = *start;
        const bool finished = step.state == QLatin1String("completed") || step.state == QLatin1String("skipped")
            || step.state == QLatin1String("cancelled");
        bar.end = step.completedAt.isValid() ? step.completedAt : finished ? lastEvent.value(step.id) : now;
        bar.open = !finished;
        if (bar.end < bar.start)
            bar.end = bar.start;
        m_bars.push_back(std::move(bar));
    }
    // Stack overlapping bars of a lane: first fit by start time.
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const Bar& a, const Bar& b) { return a.start < b.start; });
    std::vector<std::vector<QDateTime>> rowEnds(m_lanes.size());
    for (Bar& bar : m_bars) {
        auto& ends = rowEnds[std::size_t(bar.lane)];
        std::size_t row = 0;
        while (row < ends.size() && ends[row] > bar.start)
            ++row;
        if (row == ends.size())
            ends.push_back(bar.end);
        else
            ends[row] = bar.end;
        bar.row = int(row);
    }
    m_totalRows = 0;
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        m_lanes[lane].firstRow = m_totalRows;
        m_lanes[lane].rows = std::max<int>(1, int(rowEnds[lane].size()));
        m_totalRows += m_lanes[lane].rows;
    }
    m_from = QDateTime();
    m_to = QDateTime();
    for (const Bar& bar : m_bars) {
        if (!m_from.isValid() || bar.start < m_from)
            m_from = bar.start;
        if (!m_to.isValid() || bar.end > m_to)
            m_to = bar.end;
    }
    updateGeometry();
    update();
}

QSize StepGanttStrip::sizeHint() const
{
    const int rows = std::max(1, m_totalRows);
    return { 600, std::min(260, stripMargin * 2 + axisHeight + rows * (rowHeight + rowGap)) };
}

int StepGanttStrip::labelWidth() const
{
    int width = 60;
    for (const LaneBand& lane : m_lanes)
        width = std::max(width, fontMetrics().horizontalAdvance(lane.name) + 12);
    return std::min(width, 160);
}

QRectF StepGanttStrip::rectOf(const Bar& bar) const
{
    const double left = stripMargin + labelWidth();
    const double width = std::max(10.0, double(this->width()) - left - stripMargin);
    const double span = std::max<qint64>(1, m_from.msecsTo(m_to));
    const double x0 = left + width * double(m_from.msecsTo(bar.start)) / span;
    const double x1 = left + width * double(m_from.msecsTo(bar.end)) / span;
    const int row = m_lanes[std::size_t(bar.lane)].firstRow + bar.row;
    const double y = stripMargin + row * (rowHeight + rowGap);
    return { x0, y, std::max(3.0, x1 - x0), double(rowHeight) };
}

QRectF StepGanttStrip::barRect(const QString& stepId) const
{
    for (const Bar& bar : m_bars) {
        if (bar.stepId == stepId)
            return rectOf(bar);
    }
    return {};
}

QString StepGanttStrip::stepAt(const QPoint& position) const
{
    for (const Bar& bar : m_bars) {
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
    if (m_bars.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No step has started yet."));
        return;
    }
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const LaneBand& lane = m_lanes[i];
        const QRectF band(0, stripMargin + lane.firstRow * (rowHeight + rowGap) - rowGap / 2.0, width(), lane.rows * (rowHeight + rowGap));
        if (i % 2 == 1)
            painter.fillRect(band, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRectF(stripMargin, band.top(), labels - 6, rowHeight + rowGap), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(lane.name, Qt::ElideRight, labels - 6));
    }
    for (const Bar& bar : m_bars) {
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
    // Time axis: start and end, and the span in between.
    const int axisY = stripMargin + m_totalRows * (rowHeight + rowGap) + 2;
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(stripMargin + labels, axisY, width() - stripMargin, axisY);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QRect axis(stripMargin + labels, axisY + 2, width() - labels - 2 * stripMargin, axisHeight - 4);
    painter.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, StatePresentation::timeText(m_from));
    painter.drawText(axis, Qt::AlignHCenter | Qt::AlignVCenter, durationText(m_from.secsTo(m_to)));
    painter.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, StatePresentation::timeText(m_to));
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
        for (const Bar& bar : m_bars) {
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
