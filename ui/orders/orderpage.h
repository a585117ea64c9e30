// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/enginesnapshot.h"
#include "order/orderreplay.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fw {

class ChangeOrderDialog;
class OrderDocuments;
class OrderReplayBar;
class OrderSummaryPanel;
class PlanGraphWidget;
class ReplayWorkPanel;
class RowFilterModel;
class StepGanttStrip;
class StepInspector;
class StepStatusModel;
class StoreSession;
class TimelineModel;

// One order, opened from a list: its state and progress, its live swimlane plan graph with the step
// inspector, its steps as a table, its timeline (every journal event, filterable) and its summary
// (items ordered vs now, split paths, change orders). Refreshes itself whenever the engine changes
// the order. "Change Order..." opens the ChangeOrderDialog for it.
class OrderPage final : public QWidget {
    Q_OBJECT

public:
    OrderPage(StoreSession* session, QString orderId, QWidget* parent = nullptr);

    QString orderId() const { return m_orderId; }
    StepStatusModel* stepModel() const { return m_steps; }
    TimelineModel* timelineModel() const { return m_timeline; }
    const OrderDetail& detail() const { return m_detail; }
    void refresh();
    void showTimeline();
    void showSummary();
    int currentTab() const; // Plan, Steps, Timeline, Summary: 0..3 (a new page after a language change keeps it)
    void setCurrentTab(int index);
    // Opens (or brings forward) the change order dialog for this order; with a file, loaded and previewed.
    ChangeOrderDialog* openChangeDialog(const QString& changeFile = {});
    ChangeOrderDialog* changeDialog() const;
    OrderSummaryPanel* summaryPanel() const { return m_summary; }
    void selectStep(const QString& stepId); // on the plan graph, with the inspector
    PlanGraphWidget* graph() const { return m_graph; }
    StepInspector* inspector() const { return m_inspector; }
    StepGanttStrip* gantt() const { return m_gantt; }
    OrderDocuments* documents() const { return m_documents; } // Export Evidence, Print
    // Replay (docs/architecture.md, "Replay"): the plan graph and the open work as they stood right
    // after journal entry `seq`; actions that change the order are off until live() returns.
    void replayAt(qint64 seq);
    // The moment just before the first step went into `state` (e.g. "skipped": what the operator saw
    // when they skipped it); false when no step ever did.
    bool replayBefore(const QString& state);
    void live();
    bool isReplaying() const;

Q_SIGNALS:
    void detailUpdated();
    void openAccountRequested(const QString& orderId); // the Account page of the order's account

private:
    void onSnapshot();
    void showCriticalPath();
    void onDetail(const OrderDetail& detail);
    void sendSignal();
    void updatePermissions(); // resume, signal and change by the signed-in user's roles (none while replaying)
    void showReplay(qint64 seq);

    StoreSession* m_session;
    QString m_orderId;
    OrderDetail m_detail;
    StepStatusModel* m_steps;
    TimelineModel* m_timeline;
    RowFilterModel* m_stepFilter;
    RowFilterModel* m_timelineFilter;
    QLabel* m_header = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_signal = nullptr;
    OrderSummaryPanel* m_summary = nullptr;
    OrderDocuments* m_documents = nullptr;
    QPointer<ChangeOrderDialog> m_changeDialog;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_stepTable = nullptr;
    QTableView* m_timelineTable = nullptr;
    QLineEdit* m_timelineSearch = nullptr;
    QCheckBox* m_failuresOnly = nullptr;
    QComboBox* m_laneFilter = nullptr;
    QComboBox* m_actorFilter = nullptr;
    StepGanttStrip* m_gantt = nullptr;
    QScrollArea* m_ganttArea = nullptr;
    PlanGraphWidget* m_graph = nullptr;
    StepInspector* m_inspector = nullptr;
    QStackedWidget* m_side = nullptr; // the inspector, or the replay's open work
    OrderReplayBar* m_replayBar = nullptr;
    ReplayWorkPanel* m_replayWork = nullptr;
    OrderReplay m_replay;
    QStringList m_graphSteps; // the steps (id and change mark) the graph was laid out for
    const void* m_criticalPathOf = nullptr; // the jeopardy report the shown critical path comes from
};

} // namespace fw
