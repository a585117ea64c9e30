#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fw {

class RowFilterModel;
class StoreSession;
struct TaskSummary;

// My tasks and the queues: open and claimed manual tasks, filtered by queue and by "mine" /
// "unassigned"; claim one or many at once, release, complete through the generated form. The queue
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
    QList<qint64> selectedTasks() const;
    void refreshQueues();
    void onUserChanged(); // the queue filter back to the user's queues, every action re-checked
    bool mayClaim(const TaskSummary& task) const;
    bool mayRelease(const TaskSummary& task) const;
    void updateActions();
    void showDetails();

    StoreSession* m_session;
    RowFilterModel* m_filter;
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
