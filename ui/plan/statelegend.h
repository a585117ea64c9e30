// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <vector>

namespace fw {

// The plan graph's legend: glyph and name for each of the nine step states, the point-of-no-return
// sign, and a "Critical path" entry while the graph shows an order's critical path. The entries
// wrap onto more rows when the graph is narrow (height for width), so none is ever cut.
class StateLegend : public QWidget {
    Q_OBJECT

public:
    explicit StateLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setCriticalPathShown(bool shown);
    bool isCriticalPathShown() const { return m_criticalPath; }
    static QString criticalPathLabel();
    static QString pointOfNoReturnLabel();

    // One entry and where it goes at the widget's width: for painting, tooltips and tests.
    struct Entry {
        enum class Kind { State, PointOfNoReturn, CriticalPath } kind;
        int state = 0; // StepState, for Kind::State
        QString label;
        QRect rect; // sample and label
    };
    std::vector<Entry> entries(int width) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString toolTipOf(const Entry& entry) const;
    bool m_criticalPath = false;
};

} // namespace fw
