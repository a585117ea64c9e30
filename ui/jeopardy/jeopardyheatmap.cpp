// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardyheatmap.h"

#include "jeopardyheatmapmodel.h"
#include "jeopardypresentation.h"
#include "common/stepstatepresentation.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace fw {

namespace {
    constexpr int margin = 6;
    constexpr int gap = 3;
    constexpr int maxLabelWidth = 160;
    constexpr int swatch = 14;

    int heatmapTitleWidth(QFont font) // "Task queue →", painted bold
    {
        font.setBold(true);
        return QFontMetrics(font).horizontalAdvance(JeopardyHeatmap::queueAxisTitle());
    }
} // namespace

JeopardyHeatmap::JeopardyHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jeopardyHeatmap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Jeopardy by lane and queue"));
}

void JeopardyHeatmap::setModel(JeopardyHeatmapModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        const auto changed = [this] {
            updateGeometry();
            update();
        };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
    }
    updateGeometry();
    update();
}

void JeopardyHeatmap::setSelectedCell(const QString& lane, const QString& queue)
{
    m_selectedLane = lane;
    m_selectedQueue = queue;
    m_hasSelection = true;
    update();
}

void JeopardyHeatmap::clearSelection()
{
    m_selectedLane.clear();
    m_selectedQueue.clear();
    m_hasSelection = false;
    update();
}

int JeopardyHeatmap::laneHeaderWidth() const
{
    int width = 40;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(width, fontMetrics().horizontalAdvance(m_model->headerData(row, Qt::Vertical).toString()));
    }
    return std::min(width, maxLabelWidth) + 2 * margin;
}

QString JeopardyHeatmap::laneAxisTitle()
{
    return tr("Lane \u2193");
}

QString JeopardyHeatmap::queueAxisTitle()
{
    return tr("Task queue \u2192");
}

QStringList JeopardyHeatmap::legendEntries() const
{
    return { tr("Any critical"), tr("Warnings only"),
             tr("Darker: more findings (max %1)").arg(m_model ? std::max(1, m_model->maxCount()) : 1) };
}

int JeopardyHeatmap::titleHeight() const
{
    return fontMetrics().height() + margin;
}

int JeopardyHeatmap::legendHeight() const
{
    return std::max(swatch, fontMetrics().height()) + 2 * margin;
}

int JeopardyHeatmap::queueHeaderHeight() const
{
    return fontMetrics().height() + 2 * margin;
}

QRect JeopardyHeatmap::queueTitleRect() const
{
    const int left = margin + laneHeaderWidth();
    return QRect(left, margin + legendHeight(), std::max(cellWidth(), width() - left - margin), titleHeight());
}

QRect JeopardyHeatmap::queueHeaderRect(int column) const
{
    const QRect cell = cellRect(0, column);
    return QRect(cell.left(), margin + legendHeight() + titleHeight(), cell.width(), queueHeaderHeight());
}

QString JeopardyHeatmap::headerToolTip(const QPoint& pos) const
{
    if (queueTitleRect().contains(pos) && heatmapTitleWidth(font()) > queueTitleRect().width())
        return queueAxisTitle();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!queueHeaderRect(column).contains(pos))
            continue;
        const QString full = m_model->headerData(column, Qt::Horizontal).toString();
        const QString more = m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        if (!more.isEmpty())
            return full + QLatin1Char('\n') + more;
        return fontMetrics().horizontalAdvance(full) > queueHeaderRect(column).width() - 4 ? full : QString();
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QRect cell = cellRect(row, 0);
        if (!QRect(margin, cell.top(), laneHeaderWidth() - margin, cell.height()).contains(pos))
            continue;
        const QString full = m_model->headerData(row, Qt::Vertical).toString();
        const QString more = m_model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString();
        if (!more.isEmpty())
            return full + QLatin1Char('\n') + more;
        return fontMetrics().horizontalAdvance(full) > laneHeaderWidth() - margin ? full : QString();
    }
    return {};
}

int JeopardyHeatmap::cellWidth() const
{
    int width = fontMetrics().horizontalAdvance(QStringLiteral("000")) + 2 * margin;
    if (m_model) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            width = std::max(width, fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 2 * margin);
    }
    return std::min(width, maxLabelWidth);
}

int JeopardyHeatmap::cellHeight() const
{
    return fontMetrics().height() + 14;
}

QRect JeopardyHeatmap::cellRect(int row, int column) const
{
    return QRect(margin + laneHeaderWidth() + column * (cellWidth() + gap),
                 margin + legendHeight() + titleHeight() + queueHeaderHeight() + row * (cellHeight() + gap), cellWidth(), cellHeight());
}

std::pair<int, int> JeopardyHeatmap::cellAt(const QPoint& pos) const
{
    if (!m_model)
        return { -1, -1 };
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_model->columnCount(); ++column)
            if (cellRect(row, column).contains(pos))
                return { row, column };
    return { -1, -1 };
}

QSize JeopardyHeatmap::sizeHint() const
{
    const int rows = m_model ? std::max(1, m_model->rowCount()) : 1;
    const int columns = m_model ? std::max(1, m_model->columnCount()) : 1;
    const int grid = std::max(columns * (cellWidth() + gap), heatmapTitleWidth(font()) + margin);
    int legend = 0;
    for (const QString& entry : legendEntries())
        legend += swatch + margin + fontMetrics().horizontalAdvance(entry) + 3 * margin;
    return { std::max(2 * margin + laneHeaderWidth() + grid, legend + 2 * margin),
             2 * margin + legendHeight() + titleHeight() + queueHeaderHeight() + rows * (cellHeight() + gap) };
}

QSize JeopardyHeatmap::minimumSizeHint() const
{
    // The whole grid: squeezed by its scroll area it would cut columns and rows off (a German
    // queue name read "Aufga") instead of scrolling. Only the legend may be cut.
    const int rows = m_model ? std::max(1, m_model->rowCount()) : 1;
    const int columns = m_model ? std::max(1, m_model->columnCount()) : 1;
    return { 2 * margin + laneHeaderWidth() + columns * (cellWidth() + gap),
             2 * margin + legendHeight() + titleHeight() + queueHeaderHeight() + rows * (cellHeight() + gap) };
}

void JeopardyHeatmap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = StepStatePresentation::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::WindowText);
    const int rows = m_model ? m_model->rowCount() : 0;
    const int columns = m_model ? m_model->columnCount() : 0;
    if (rows == 0 || columns == 0) {
        painter.setPen(StepStatePresentation::blend(text, pal.color(QPalette::Window), 0.4));
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap, tr("Nothing in jeopardy"));
        return;
    }
    const int laneWidth = laneHeaderWidth();
    QFont bold = font();
    bold.setBold(true);

    paintTitles(painter, columns);
    painter.setPen(text);
    for (int column = 0; column < columns; ++column) {
        const QRect header = queueHeaderRect(column);
        const QString label
            = fontMetrics().elidedText(m_model->headerData(column, Qt::Horizontal).toString(), Qt::ElideRight, header.width() - 4);
        painter.drawText(header, Qt::AlignHCenter | Qt::AlignBottom, label);
    }
    for (int row = 0; row < rows; ++row) {
        const QRect cell = cellRect(row, 0);
        const QRect header(margin, cell.top(), laneWidth - margin, cell.height());
        const QString label = fontMetrics().elidedText(m_model->headerData(row, Qt::Vertical).toString(), Qt::ElideRight, header.width());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    const int maxCount = std::max(1, m_model->maxCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QRectF cell = cellRect(row, column);
            const int count = m_model->count(row, column);
            const JeopardyLevel level = m_model->level(row, column);
            QColor fill = StepStatePresentation::blend(base, text, 0.04);
            QColor ink = StepStatePresentation::blend(text, base, 0.55);
            if (count > 0) {
                const qreal intensity = 0.28 + 0.72 * qreal(count) / maxCount;
                fill = StepStatePresentation::blend(base, JeopardyPresentation::color(level, dark), intensity);
                ink = intensity > 0.55 ? QColor(Qt::white) : text;
            }
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(cell, 4, 4);
            const bool selected = m_hasSelection && m_model->laneAt(row) == m_selectedLane && m_model->queueAt(column) == m_selectedQueue;
            if (selected) {
                painter.setPen(QPen(pal.color(QPalette::Highlight), 3));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(cell.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
            }
            painter.setPen(ink);
            painter.setFont(count > 0 ? bold : font());
            painter.drawText(cell, Qt::AlignCenter, count > 0 ? QString::number(count) : QStringLiteral("\u00b7"));
        }
    }
    paintLegend(painter);
}

void JeopardyHeatmap::paintTitles(QPainter& painter, int columns)
{
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    Q_UNUSED(columns)
    // Across the widget, not just the columns: one narrow column would cut it ("Aufga").
    const QRect queues = queueTitleRect();
    painter.drawText(queues, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(queueAxisTitle(), Qt::ElideRight, queues.width()));
    const QRect lanes(margin, margin + legendHeight() + titleHeight(), laneHeaderWidth() - margin, queueHeaderHeight());
    painter.drawText(lanes, Qt::AlignLeft | Qt::AlignBottom, laneAxisTitle());
    painter.setFont(font());
}

void JeopardyHeatmap::paintLegend(QPainter& painter)
{
    const QPalette pal = palette();
    const bool dark = StepStatePresentation::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QStringList entries = legendEntries();
    const QColor swatches[]
        = { JeopardyPresentation::color(JeopardyLevel::Critical, dark), JeopardyPresentation::color(JeopardyLevel::Warning, dark),
            StepStatePresentation::blend(base, JeopardyPresentation::color(JeopardyLevel::Warning, dark), 0.28) };
    painter.setFont(font());
    const int top = margin; // above the grid: in view however many lanes scroll
    int x = margin;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QRect box(x, top + (legendHeight() - 2 * margin - swatch) / 2, swatch, swatch);
        painter.setPen(Qt::NoPen);
        if (i == 2) { // light to dark: a two-tone swatch
            painter.setBrush(swatches[2]);
            painter.drawRect(box.adjusted(0, 0, -swatch / 2, 0));
            painter.setBrush(swatches[1]);
            painter.drawRect(box.adjusted(swatch / 2, 0, 0, 0));
        } else {
            painter.setBrush(swatches[i]);
            painter.drawRoundedRect(box, 3, 3);
        }
        painter.setPen(pal.color(QPalette::WindowText));
        const int width = fontMetrics().horizontalAdvance(entries[i]);
        painter.drawText(QRect(box.right() + margin, top, width + 2, legendHeight() - 2 * margin), Qt::AlignLeft | Qt::AlignVCenter,
                         entries[i]);
        x = box.right() + margin + width + 3 * margin;
    }
}

void JeopardyHeatmap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_model)
        return QWidget::mousePressEvent(event);
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row < 0)
        return;
    const QString lane = m_model->laneAt(row);
    const QString queue = m_model->queueAt(column);
    if (m_hasSelection && lane == m_selectedLane && queue == m_selectedQueue) {
        clearSelection();
        Q_EMIT selectionCleared();
        return;
    }
    if (m_model->count(row, column) == 0)
        return; // an empty cell would show an empty table
    setSelectedCell(lane, queue);
    Q_EMIT cellActivated(lane, queue);
}

bool JeopardyHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [row, column] = cellAt(help->pos());
        const QString header = row >= 0 ? QString() : headerToolTip(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_model->index(row, column).data(Qt::ToolTipRole).toString(), this,
                               cellRect(row, column));
        else if (!header.isEmpty()) // a header cut short, or one that needs explaining ("—")
            QToolTip::showText(help->globalPos(), header, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fw
