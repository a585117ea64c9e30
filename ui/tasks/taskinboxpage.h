// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fw {

class StoreSession;

// My tasks and the queues: open and claimed manual tasks, filtered by queue, by "mine" /
// "unassigned" and by search words; claim one or many at once, release, complete through the
// generated form. The filters are the session's TaskListModel's query (the store pages them, however
// many tasks wait); the current task's instructions and form are read for it alone. The queue
// filter starts at the signed-in user's queues ("My queues"; a supervisor: all queues), and the
// actions the user may not take are disabled with the reason (SessionUser).
class TaskInboxPage final : public QWidget {
    Q_OBJECT

public:
    enum class Assignment { All, Mine, Unassigned };

    explicit TaskInboxPage(StoreSession* session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    void setAssignment(Assignment assignment);
    void claimSelected();
    void releaseSelected();
    void completeCurrent(); // opens the form for the current task
    void focusSearch();
    QComboBox* queueFilter() const { return m_queue; }

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);

private:
    std::vector<TaskSummary> selectedTasks() const; // the selected rows' tasks, else the current one
    const TaskSummary* currentTask() const;
    void applyFilters(); // the widgets' filters as the model's query
    void showCounts(); // the snapshot's: the queues that have tasks, how many the user holds
    void onUserChanged(); // the queue filter back to the user's queues, every action re-checked
    bool mayClaim(const TaskSummary& task) const;
    bool mayRelease(const TaskSummary& task) const;
    void updateActions();
    void showDetails();

    StoreSession* m_session;
    std::optional<TaskSummary> m_shown; // the current task with its form, as the details show it
    QComboBox* m_queue = nullptr;
    QComboBox* m_assignment = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_claim = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_openOrder = nullptr;
    int m_fixedQueueItems = 1; // "All queues", and "My queues" when the user has queues
};

} // namespace fw
