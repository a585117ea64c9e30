// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "taskqueryworker.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

class QThread;

namespace fw {

// The open and claimed manual tasks of a store, however many, as a table that fetches lazily (as
// OrderTableModel does): rowCount() is the query's count and rows arrive in pages of pageSize as
// the view asks for them (at most cachedPages kept, the least recently used dropped). Filters,
// search and sort run in the store (TaskBrowser) on a worker thread with its own connection.
// refresh() (when the engine reports changes) re-reads the count and the pages in view and moves
// persistent indexes (the selection) to where their tasks are now. Rows carry no form.
class TaskListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SlaColumn, // the order's SLA level: critical, warning, on track
        PriorityColumn, // the order's priority
        DueColumn, // when the step's estimated duration runs out
        StepColumn,
        OrderColumn,
        AccountColumn,
        QueueColumn,
        StateColumn,
        AgeColumn,
        RunsOnColumn,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // qint64
        OrderIdRole, // QString
        StepIdRole, // QString
        QueueRole, // QString
        ClaimedByRole, // QString, empty when open
        SortRole,
        LoadedRole, // bool: false while the row's page is being fetched
    };
    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 24;
    static constexpr int countLimit = 10000; // a search counts up to this many matches

    explicit TaskListModel(QObject* parent = nullptr);
    ~TaskListModel() override;

    // Starts the worker on this store; an empty path stops it (no rows).
    void setStorePath(const QString& path);
    void setQuery(const TaskQuery& query);
    const TaskQuery& query() const { return m_query; }
    // Re-reads the count and the pages in view; `now` ages the rows.
    void refresh(const QDateTime& now = {});
    void setNow(const QDateTime& now);

    bool isLoading() const { return m_countGeneration != m_generation; }
    const TaskSummary* taskAt(int row) const; // nullptr until its page is fetched
    // A cell's text (thread-safe: the CSV export calls it on a pool thread); `now` ages the row.
    static QString cellText(const TaskSummary& task, int column, const QDateTime& now);
    int rowOfTask(qint64 taskId) const; // among fetched rows, -1 if not fetched

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // By id (= age), or by urgency (the SLA, priority and due columns: TaskQuery::Order::Urgency).
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void refreshed(); // after setQuery's answer and after every refresh
    void queryFailed(const QString& error);

private:
    struct Page {
        std::vector<TaskSummary> rows;
        quint64 lastUse = 0;
    };
    void requestPage(int page) const;
    void onQuery(quint64 generation, qint64 count, const std::vector<TaskSummary>& firstPage);
    void onPage(quint64 generation, int page, const std::vector<TaskSummary>& rows);
    void onRefresh(quint64 generation, quint64 refreshId, qint64 count, const QList<int>& pages,
                   const std::vector<std::vector<TaskSummary>>& rows);
    void evict() const;
    void stopWorker();
    QVariant display(const TaskSummary& task, int column) const;

    QThread* m_thread = nullptr;
    TaskQueryWorker* m_worker = nullptr;
    std::shared_ptr<TaskQueryWorker::Shared> m_shared;
    TaskQuery m_query;
    quint64 m_generation = 0; // of m_query
    quint64 m_countGeneration = 0; // the generation m_count belongs to
    quint64 m_refreshId = 0;
    int m_count = 0;
    QDateTime m_at;
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_requested;
    mutable QSet<int> m_touched; // pages read since the last refresh: what is in view
    mutable quint64 m_use = 0;
};

} // namespace fw
