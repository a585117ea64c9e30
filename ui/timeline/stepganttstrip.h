#pragma once

#include <QDateTime>
#include <QWidget>

#include <vector>

namespace fw {

struct OrderDetail;

// A Gantt-like strip of an order's step durations, one band per lane: each step is a bar from its
// first start (running, waiting or retrying) to its completion (or now, while it is open), in the
// colour of its state; overlapping steps of a lane stack. Hover shows the step and its duration; a
// click reports the step.
class StepGanttStrip final : public QWidget {
    Q_OBJECT

public:
    explicit StepGanttStrip(QWidget* parent = nullptr);

    void setOrder(const OrderDetail& detail, const QDateTime& now);
    int barCount() const { return int(m_bars.size()); }
    QString stepAt(const QPoint& position) const;
    QRectF barRect(const QString& stepId) const; // in widget coordinates, null if none
    QSize sizeHint() const override;

Q_SIGNALS:
    void stepClicked(const QString& stepId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Bar {
        QString stepId;
        QString name;
        QString state;
        int lane = 0;
        int row = 0; // within the lane, for overlaps
        QDateTime start;
        QDateTime end;
        bool open = false;
    };
    struct LaneBand {
        QString name;
        int rows = 1;
        int firstRow = 0;
    };
    QRectF rectOf(const Bar& bar) const;
    int labelWidth() const;

    std::vector<Bar> m_bars;
    std::vector<LaneBand> m_lanes;
    QDateTime m_from;
    QDateTime m_to;
    int m_totalRows = 0;
};

} // namespace fw
