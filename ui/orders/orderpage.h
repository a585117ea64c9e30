#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fw {

class PlanGraphWidget;
class RowFilterModel;
class StepGanttStrip;
class StepInspector;
class StepStatusModel;
class StoreSession;
class TimelineModel;

// One order, opened from a list: its state and progress, its live swimlane plan graph with the step
// inspector, its steps as a table, and its timeline (every journal event, filterable). Refreshes itself whenever the engine changes the order.
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
    void selectStep(const QString& stepId); // on the plan graph, with the inspector
    PlanGraphWidget* graph() const { return m_graph; }
    StepInspector* inspector() const { return m_inspector; }
    StepGanttStrip* gantt() const { return m_gantt; }

Q_SIGNALS:
    void detailUpdated();

private:
    void onSnapshot();
    void showCriticalPath();
    void onDetail(const OrderDetail& detail);
    void sendSignal();

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
    QTabWidget* m_tabs = nullptr;
    QTableView* m_stepTable = nullptr;
    QTableView* m_timelineTable = nullptr;
    QLineEdit* m_timelineSearch = nullptr;
    QCheckBox* m_failuresOnly = nullptr;
    QComboBox* m_laneFilter = nullptr;
    QComboBox* m_actorFilter = nullptr;
    StepGanttStrip* m_gantt = nullptr;
    PlanGraphWidget* m_graph = nullptr;
    StepInspector* m_inspector = nullptr;
    QStringList m_graphSteps; // the step ids the graph was laid out for
    const void* m_criticalPathOf = nullptr; // the jeopardy report the shown critical path comes from
};

} // namespace fw
