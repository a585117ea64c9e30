#pragma once

#include "engine/enginesnapshot.h"
#include "common/snapshottablemodel.h"

namespace fw {

// Open and claimed manual tasks, refreshed in place from engine snapshots.
class TaskListModel final : public SnapshotTableModel<TaskSummary> {
    Q_OBJECT

public:
    enum Column { IdColumn, StepColumn, OrderColumn, AccountColumn, QueueColumn, StateColumn, AgeColumn, RunsOnColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // qint64
        OrderIdRole, // QString
        StepIdRole, // QString
        QueueRole, // QString
        ClaimedByRole, // QString, empty when open
        SortRole,
    };

    explicit TaskListModel(QObject* parent = nullptr);

    void setSnapshot(const EngineSnapshot& snapshot);
    // The row of a task, -1 if it is not open.
    int rowOfTask(qint64 taskId) const { return rowOf(QString::number(taskId)); }
    QStringList queues() const; // every queue that has a task, sorted

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const TaskSummary& task) const override { return QString::number(task.id); }

private:
    QDateTime m_at;
};

} // namespace fw
