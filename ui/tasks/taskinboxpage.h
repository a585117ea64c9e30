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

// My tasks and the queues: open and claimed manual tasks, filtered by queue and by "mine" /
// "unassigned"; claim one or many at once, release, complete through the generated form.
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

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);

private:
    QList<qint64> selectedTasks() const;
    void refreshQueues();
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
};

} // namespace fw
