// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tasklistmodel.h"

#include "common/statepresentation.h"
#include "sync/syncpresentation.h"

#include <QBrush>
#include <QLocale>
#include <QThread>

namespace fw {

TaskListModel::TaskListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_shared(std::make_shared<TaskQueryWorker::Shared>())
{
}

TaskListModel::~TaskListModel()
{
    stopWorker();
}

void TaskListModel::stopWorker()
{
    if (!m_thread)
        return;
    m_shared->generation = ~quint64(0); // everything still queued is stale now
    TaskQueryWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_shared = std::make_shared<TaskQueryWorker::Shared>();
}

void TaskListModel::setStorePath(const QString& path)
{
    stopWorker();
    if (!path.isEmpty()) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("fw-tasks-query"));
        m_worker = new TaskQueryWorker(path, m_shared);
        m_worker->setCountLimit(countLimit);
        m_worker->moveToThread(m_thread);
        connect(m_worker, &TaskQueryWorker::queryReady, this, &TaskListModel::onQuery);
        connect(m_worker, &TaskQueryWorker::pageReady, this, &TaskListModel::onPage);
        connect(m_worker, &TaskQueryWorker::pageSkipped, this, [this](quint64 generation, int page) {
            if (generation == m_generation)
                m_requested.remove(page);
        });
        connect(m_worker, &TaskQueryWorker::refreshReady, this, &TaskListModel::onRefresh);
        connect(m_worker, &TaskQueryWorker::failed, this, [this](quint64 generation, const QString& error) {
            if (generation == m_generation)
                Q_EMIT queryFailed(error);
        });
        m_thread->start();
    }
    setQuery(m_query);
}

void TaskListModel::setQuery(const TaskQuery& query)
{
    m_query = query;
    m_generation += 1;
    m_shared->generation = m_generation;
    m_requested.clear();
    if (!m_worker) {
        beginResetModel();
        m_count = 0;
        m_pages.clear();
        m_countGeneration = m_generation;
        endResetModel();
        Q_EMIT countChanged(0);
        return;
    }
    const quint64 generation = m_generation;
    TaskQueryWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, generation, query] { worker->query(generation, query, pageSize); });
}

void TaskListModel::sort(int column, Qt::SortOrder order)
{
    TaskQuery query = m_query;
    if (column == SlaColumn || column == PriorityColumn || column == DueColumn) {
        query.order = TaskQuery::Order::Urgency; // the most urgent first, either way round
        query.descending = false;
        if (!(query == m_query))
            setQuery(query);
        return;
    }
    if (column != IdColumn && column != AgeColumn)
        return;
    query.order = TaskQuery::Order::Id;
    // Waiting ascending is the youngest first: the highest ids.
    query.descending = column == AgeColumn ? order == Qt::AscendingOrder : order == Qt::DescendingOrder;
    if (!(query == m_query))
        setQuery(query);
}

void TaskListModel::setNow(const QDateTime& now)
{
    const bool moved = m_at != now;
    m_at = now;
    if (moved && m_count > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(m_count - 1, AgeColumn), { Qt::DisplayRole });
}

void TaskListModel::refresh(const QDateTime& now)
{
    if (now.isValid())
        m_at = now;
    if (!m_worker || isLoading())
        return; // the query's answer, still to come, is read after the change
    QList<int> pages;
    for (int page : std::as_const(m_touched)) {
        if (m_pages.contains(page))
            pages << page;
    }
    std::sort(pages.begin(), pages.end());
    m_touched.clear();
    const quint64 generation = m_generation;
    const quint64 refreshId = ++m_refreshId;
    TaskQueryWorker* worker = m_worker;
    const TaskQuery query = m_query;
    QMetaObject::invokeMethod(worker, [=] { worker->refresh(generation, refreshId, query, pages, pageSize); });
}

void TaskListModel::onQuery(quint64 generation, qint64 count, const std::vector<TaskSummary>& firstPage)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_pages.clear();
    m_touched.clear();
    m_requested.clear();
    m_count = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    m_countGeneration = generation;
    if (!firstPage.empty())
        m_pages.insert(0, { firstPage, ++m_use });
    endResetModel();
    Q_EMIT countChanged(m_count);
    Q_EMIT refreshed();
}

void TaskListModel::requestPage(int page) const
{
    if (m_requested.contains(page) || !m_worker)
        return;
    m_requested.insert(page);
    const quint64 ticket = ++m_shared->ticket;
    const quint64 generation = m_generation;
    TaskQueryWorker* worker = m_worker;
    const TaskQuery query = m_query;
    QMetaObject::invokeMethod(worker, [=] { worker->page(generation, ticket, query, page, pageSize); });
}

void TaskListModel::onPage(quint64 generation, int page, const std::vector<TaskSummary>& rows)
{
    if (generation != m_generation || m_countGeneration != generation)
        return;
    m_requested.remove(page);
    m_pages.insert(page, { rows, ++m_use });
    evict();
    const int first = page * pageSize;
    const int last = std::min(m_count, first + pageSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

void TaskListModel::onRefresh(quint64 generation, quint64 refreshId, qint64 count, const QList<int>& pages,
                              const std::vector<std::vector<TaskSummary>>& rows)
{
    if (generation != m_generation || refreshId != m_refreshId)
        return;
    // Which task each persistent index (the selection, the current row) stands on now.
    QHash<int, qint64> idAtRow;
    for (const QModelIndex& index : persistentIndexList()) {
        if (const TaskSummary* task = taskAt(index.row()))
            idAtRow.insert(index.row(), task->id);
    }
    const int fresh = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (fresh < m_count) {
        beginRemoveRows({}, fresh, m_count - 1);
        m_count = fresh;
        endRemoveRows();
    } else if (fresh > m_count) {
        beginInsertRows({}, m_count, fresh - 1);
        m_count = fresh;
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged();
    m_pages.clear();
    m_requested.clear();
    QHash<qint64, int> rowOfId;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const auto& pageRows = rows[std::size_t(i)];
        for (std::size_t r = 0; r < pageRows.size(); ++r)
            rowOfId.insert(pageRows[r].id, pages[i] * pageSize + int(r));
        m_pages.insert(pages[i], { pageRows, ++m_use });
    }
    QModelIndexList from;
    QModelIndexList to;
    for (const QModelIndex& index : persistentIndexList()) {
        const auto id = idAtRow.constFind(index.row());
        if (id == idAtRow.cend())
            continue;
        const int row = rowOfId.value(*id, -1);
        if (row >= 0 && row != index.row() && row < m_count) {
            from << index;
            to << this->index(row, index.column());
        } else if (row < 0 && pages.contains(index.row() / pageSize)) { // done, or filtered out: not selected any more
            from << index;
            to << QModelIndex();
        }
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
    if (m_count > 0) // claims and ages changed in place
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    Q_EMIT countChanged(m_count);
    Q_EMIT refreshed();
}

void TaskListModel::evict() const
{
    while (m_pages.size() > cachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

const TaskSummary* TaskListModel::taskAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto page = m_pages.find(row / pageSize);
    if (page == m_pages.end() || std::size_t(row % pageSize) >= page->rows.size())
        return nullptr;
    return &page->rows[std::size_t(row % pageSize)];
}

int TaskListModel::rowOfTask(qint64 taskId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (std::size_t r = 0; r < it->rows.size(); ++r) {
            if (it->rows[r].id == taskId)
                return it.key() * pageSize + int(r);
        }
    }
    return -1;
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int page = index.row() / pageSize;
    m_touched.insert(page);
    const TaskSummary* found = taskAt(index.row());
    if (!found) {
        if (!isLoading())
            requestPage(page);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == StepColumn)
            return tr("Loading\u2026");
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::gray);
        return {};
    }
    m_pages[page].lastUse = ++m_use;
    const TaskSummary& task = *found;
    switch (role) {
    case TaskIdRole:
        return task.id;
    case OrderIdRole:
        return task.orderId;
    case StepIdRole:
        return task.stepId;
    case QueueRole:
        return task.queue;
    case ClaimedByRole:
        return task.claimedBy;
    case LoadedRole:
        return true;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !task.claimedBy.isEmpty() && task.claimedAt.isValid())
            return tr("Claimed by %1 since %2 (%3 ago)")
                .arg(task.claimedBy, QLocale().toString(task.claimedAt.toLocalTime(), QLocale::ShortFormat),
                     StatePresentation::ageText(task.claimedAt, m_at));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SlaColumn && !task.jeopardy.isEmpty())
            return QBrush(task.jeopardy == QLatin1String("critical") ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00));
        if (index.column() == DueColumn && task.due.isValid() && task.due < (m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc()))
            return QBrush(QColor(0xc6, 0x28, 0x28)); // overdue
        if (index.column() == StateColumn)
            return QBrush(StatePresentation::stateColor(task.claimedBy.isEmpty() ? QStringLiteral("ready") : QStringLiteral("waiting")));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == IdColumn)
            return task.id;
        if (index.column() == AgeColumn)
            return task.createdAt;
        return display(task, index.column());
    case Qt::DisplayRole:
        return display(task, index.column());
    default:
        return {};
    }
}

QVariant TaskListModel::display(const TaskSummary& task, int column) const
{
    return cellText(task, column, m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
}

QString TaskListModel::cellText(const TaskSummary& task, int column, const QDateTime& now)
{
    switch (column) {
    case IdColumn:
        return QString::number(task.id);
    case StepColumn:
        return task.stepName;
    case OrderColumn:
        return task.orderId;
    case AccountColumn:
        return task.account;
    case QueueColumn:
        return task.queue;
    case StateColumn:
        return task.claimedBy.isEmpty() ? tr("Unassigned") : tr("Claimed by %1").arg(task.claimedBy);
    case AgeColumn:
        return StatePresentation::ageText(task.createdAt, now);
    case RunsOnColumn:
        return SyncPresentation::runsOnText(task.runsOn);
    case SlaColumn:
        return task.jeopardy == QLatin1String("critical") ? tr("Critical")
            : task.jeopardy == QLatin1String("warning")   ? tr("Warning")
                                                          : tr("On track");
    case PriorityColumn:
        return task.priority >= 2 ? tr("Urgent") : task.priority == 1 ? tr("High") : tr("Normal");
    case DueColumn:
        return task.due.isValid() ? QLocale().toString(task.due.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == SlaColumn || section == PriorityColumn || section == DueColumn))
        return tr("Sorts by urgency: orders at risk first (SLA critical, warning, then priority and due), then the others oldest first. "
                  "Due: when the step's estimated time runs out, counted from when the task opened.");
    if (role == Qt::ToolTipRole && section != IdColumn && section != AgeColumn)
        return tr("Not sortable: tasks sort by urgency or by how long they wait");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Task");
    case StepColumn:
        return tr("Step");
    case OrderColumn:
        return tr("Order");
    case AccountColumn:
        return tr("Account");
    case QueueColumn:
        return tr("Queue");
    case StateColumn:
        return tr("Assignment");
    case AgeColumn:
        return tr("Waiting");
    case RunsOnColumn:
        return tr("Runs on");
    case SlaColumn:
        return tr("SLA");
    case PriorityColumn:
        return tr("Priority");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

} // namespace fw
