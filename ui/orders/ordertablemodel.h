// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "orderqueryworker.h"
#include "store/orderbrowser.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>

class QThread;

namespace fw {

// The orders of a store, however many, as a table that fetches lazily: rowCount() is the query's
// count and rows arrive in pages of pageSize as the view asks for them (a sparse cache of at most
// cachedPages pages, the farthest from the last request dropped first). Search, filters and sort
// run in the store (OrderBrowser) on a worker thread with its own connection; only the newest
// query's answers are applied. refresh() (each engine tick) re-reads the count and the pages in
// view and moves persistent indexes (the selection) to where their order ids are now.
class OrderTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        AccountColumn,
        StateColumn,
        ProgressColumn,
        TasksColumn,
        FalloutColumn,
        RequestedColumn,
        AgeColumn,
        UpdatedColumn,
        JeopardyColumn,
        RunsOnColumn,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole + 1, // QString
        StateRole, // QString: the store's state ("in-progress")
        ProgressRole, // double 0..1
        SortRole, // what the column sorts by (kept for views that sort by role)
        OverdueRole, // bool: the requested date is past and the order is not finished
        LoadedRole, // bool: false while the row's page is being fetched
    };
    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 24;
    // Searches and lane filters count up to this many matches (then: "10,000+"); see OrderBrowser::count.
    static constexpr int countLimit = 10000;

    explicit OrderTableModel(QObject* parent = nullptr);
    ~OrderTableModel() override;

    // Starts the worker on this store; an empty path stops it (no rows).
    void setStorePath(const QString& path);
    const QString& storePath() const { return m_path; }
    void setQuery(const OrderQuery& query);
    const OrderQuery& query() const { return m_query; }
    // The sort of a column, if it has one (columns computed per page do not sort).
    static std::optional<OrderQuery::Sort> sortOf(int column);
    static int columnOf(OrderQuery::Sort sort);
    // Re-reads the count and the pages in view (call when the engine reports changes); `now` ages rows.
    void refresh(const QDateTime& now = {});
    void setNow(const QDateTime& now); // what "age" and "overdue" are measured against

    bool isLoading() const { return m_countGeneration != m_generation; }
    // The query matches more rows than counted (rowCount() == countLimit); refine the search to see the rest.
    bool isCountCapped() const { return m_count >= countLimit && (!m_query.search.trimmed().isEmpty() || !m_query.lane.isEmpty()); }
    const OrderSummary* orderAt(int row) const; // nullptr until its page is fetched
    int rowOf(const QString& orderId) const; // among fetched rows, -1 if not fetched

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void countChanged(qint64 count); // the query's count is known (after setQuery and on refresh)
    void pageLoaded(int page);
    void refreshed();
    void queryFailed(const QString& error);

private:
    struct Page {
        std::vector<OrderSummary> rows;
        quint64 lastUse = 0;
    };
    void requestPage(int page) const;
    void onQuery(quint64 generation, qint64 count, const std::vector<OrderSummary>& firstPage);
    void onPage(quint64 generation, int page, const std::vector<OrderSummary>& rows);
    void onRefresh(quint64 generation, quint64 refreshId, qint64 count, const QList<int>& pages,
                   const std::vector<std::vector<OrderSummary>>& rows);
    void evict() const;
    void stopWorker();
    bool overdue(const OrderSummary& order) const;

    QString m_path;
    QThread* m_thread = nullptr;
    OrderQueryWorker* m_worker = nullptr;
    std::shared_ptr<OrderQueryWorker::Shared> m_shared;
    OrderQuery m_query;
    quint64 m_generation = 0; // of m_query
    quint64 m_countGeneration = 0; // the generation m_count belongs to
    quint64 m_refreshId = 0;
    int m_count = 0;
    QDateTime m_now;
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_requested;
    mutable QSet<int> m_touched; // pages read since the last refresh: what is in view
    mutable quint64 m_use = 0;
};

} // namespace fw
