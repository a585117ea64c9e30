#pragma once

#include <QWidget>

namespace fw {

// The step-state colour legend: glyph and name for each of the nine states, in one row, and a
// "Critical path" entry while the graph shows an order's critical path.
class StateLegend : public QWidget {
    Q_OBJECT

public:
    explicit StateLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setCriticalPathShown(bool shown);
    bool isCriticalPathShown() const { return m_criticalPath; }
    static QString criticalPathLabel();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int statesWidth() const; // where the critical-path entry starts
    bool m_criticalPath = false;
};

} // namespace fw
