// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plangraph/plangraph.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QSplitter;

namespace fw {

class PlanGraphWidget;

// A change order's before/after on the swimlane plan graph: the order's plan as it stands and the
// plan as the change leaves it, each with its change badges (kept, amended, added, discarded,
// compensation, refused) and state colours. Shows After, Before, or both side by side; a legend
// names the badges.
class PlanDiffWidget final : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Before, After, SideBySide };

    explicit PlanDiffWidget(QWidget* parent = nullptr);

    void setGraphs(PlanGraph before, const std::vector<NodeStatus>& beforeStatuses, PlanGraph after,
                   const std::vector<NodeStatus>& afterStatuses);
    void clear();
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    PlanGraphWidget* before() const { return m_before; }
    PlanGraphWidget* after() const { return m_after; }
    // The badge legend as rich text (glyph in its colour, name), for this widget and the dialog.
    static QString legendHtml();

private:
    Mode m_mode = Mode::After;
    QButtonGroup* m_buttons;
    QSplitter* m_splitter;
    PlanGraphWidget* m_before;
    PlanGraphWidget* m_after;
    QLabel* m_beforeTitle;
    QLabel* m_afterTitle;
};

} // namespace fw
