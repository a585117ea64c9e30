// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "plangraph/plangraph.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fw {

struct Catalog;
struct OrchestrationPlan;
class PlanScene;
class PlanView;
class StateLegend;

// The live swimlane plan graph with its toolbar (find, filter, fit, zoom, export) and the state
// legend. Set a plan, push statuses as the engine reports them, listen to stepSelected.
class PlanGraphWidget : public QWidget {
    Q_OBJECT

public:
    explicit PlanGraphWidget(QWidget* parent = nullptr);

    // Shows a plan (all steps pending) and fits it into the view. `catalog` names the lanes.
    void setPlan(const OrchestrationPlan& plan, const Catalog* catalog);
    void setGraph(PlanGraph graph);
    void clear();

    // Live state; repaints the changed cards only, never re-lays out.
    void setStepStatus(const QString& stepId, StepState state, int attempts = 1);
    void applyStatuses(const std::vector<NodeStatus>& statuses);

    // Selects a step (empty: none; emits stepSelected) and centres it, expanding its group: the
    // timeline, the inspector and the fallout links all come through here.
    void selectStep(const QString& stepId);
    QString selectedStep() const;
    // Dims the steps that do not match and zooms to those that do (PlanFilter::All: Fit).
    void setFilter(PlanFilter filter);
    void setLaneCollapsed(const QString& laneId, bool collapsed);
    // Outlines an order's critical path (step ids, first to last) and adds it to the legend;
    // empty: the normal look. A new plan or graph starts without one.
    void setCriticalPath(const QStringList& stepIds);
    QStringList criticalPath() const;
    StateLegend* legend() const { return m_legend; }
    // Selects and centres the next step whose name or id contains `text` (a new text first zooms
    // to all its matches); false when none does.
    bool findNext(const QString& text);
    // PNG or SVG by suffix; the error names the file and the reason.
    Status exportTo(const QString& path);

    PlanView* view() const { return m_view; }
    PlanScene* scene() const { return m_scene; }

Q_SIGNALS:
    void stepSelected(const QString& stepId); // empty: nothing selected
    void stepActivated(const QString& stepId); // double click or Enter

private:
    void buildToolBar(QWidget* bar);
    void applyFilter();
    void exportInteractively();
    void updateMatchLabel(int current, int total);

    PlanScene* m_scene;
    PlanView* m_view;
    StateLegend* m_legend;
    QLineEdit* m_search;
    QLabel* m_matches;
    QComboBox* m_filter;
    QString m_lastSearch;
    int m_matchIndex = -1;
};

} // namespace fw
