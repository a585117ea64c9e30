// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/jeopardy.h"
#include "store/escalationsreader.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;

namespace fw {

class JeopardyActionDialog;
class JeopardyHeatmap;
class JeopardyHeatmapModel;
class JeopardyModel;
class RowFilterModel;

// The supervisor's SLA jeopardy view: a summary line, the findings of the last report (filtered by
// level, cause, text and a heatmap cell; sortable), the lane × queue heatmap, the selected
// finding's details (reason, forecast against due, the order's critical path, the rule's actions)
// and one-click actions: reassign a manual task to another queue, escalate with a note, open the
// order. The page sends requests; the integrator runs them and answers with setActionResult.
class JeopardyPage final : public QWidget {
    Q_OBJECT

public:
    enum class LevelFilter { All, Critical, Warning };

    explicit JeopardyPage(QWidget* parent = nullptr);

    void setReport(const fw::JeopardyReport& report, const QDateTime& now);
    void setQueues(const QStringList& taskQueues); // choices for reassign/escalate
    void setActionResult(bool ok, const QString& message); // shown in a message bar after an action
    // The answer to escalateRequested: the open Escalate dialog closes, or shows the refusal and
    // keeps its note; then the message bar as setActionResult.
    void setEscalationResult(bool ok, const QString& message);
    // The unresolved escalations (engine snapshots): escalated findings are marked; escalating one
    // again adds a note to its open escalation.
    void setEscalations(const std::vector<EscalationSummary>& escalations);
    JeopardyActionDialog* escalationDialog() const; // open, else null
    // Why the user may not reassign or escalate (empty: they may; SessionUser::refusal): the buttons
    // are disabled with that reason.
    void setRefusals(const QString& reassignRefusal, const QString& escalateRefusal);
    JeopardyModel* model() const { return m_model; }

    QTableView* table() const { return m_table; }
    JeopardyHeatmap* heatmap() const { return m_heatmap; }
    void setLevelFilter(LevelFilter level);
    void setCauseFilter(std::optional<JeopardyCause> cause); // nullopt: all causes
    // Shows only the findings of one heatmap cell (lane and queue keys, empty for "—").
    void setCellFilter(const QString& lane, const QString& queue);
    void clearCellFilter();
    // Makes the finding of this order and step (empty: the order's own) current; false when not shown.
    bool selectFinding(const QString& orderId, const QString& stepId);
    void reassignCurrent();
    void escalateCurrent();
    void openCurrentOrder();
    void focusSearch();

Q_SIGNALS:
    void reassignRequested(const QString& orderId, const QString& stepId, const QString& queue);
    void escalateRequested(const QString& orderId, const QString& stepId, const QString& queue, const QString& note);
    void openOrderRequested(const QString& orderId);
    void refreshRequested();

private:
    QString m_reassignRefusal;
    QString m_escalateRefusal;
    void buildFilters(QLayout* row);
    const JeopardyFinding* currentFinding() const;
    void updateSummary();
    void updateActions();
    void showDetails();

    JeopardyModel* m_model;
    JeopardyHeatmapModel* m_heatmapModel;
    RowFilterModel* m_filter;
    QStringList m_queues;
    QLabel* m_summary = nullptr;
    QLabel* m_evaluated = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_cause = nullptr;
    QLabel* m_cellLabel = nullptr;
    QPushButton* m_clearCell = nullptr;
    QTableView* m_table = nullptr;
    JeopardyHeatmap* m_heatmap = nullptr;
    QScrollArea* m_heatmapScroll = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_messageFade = nullptr;
    QPushButton* m_reassign = nullptr;
    QPushButton* m_escalate = nullptr;
    QPushButton* m_openOrder = nullptr;
    QPointer<JeopardyActionDialog> m_escalationDialog;
};

} // namespace fw
