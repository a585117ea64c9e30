// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordertablemodel.h"

#include "common/statepresentation.h"
#include "sync/syncpresentation.h"

#include <QBrush>
#include <QFont>
#include <QThread>

namespace fw {

namespace {
    bool isFinished(const QString& state)
    {
        return state == QLatin1String("completed") || state == QLatin1String("cancelled");
    }
} // namespace

OrderTableModel::OrderTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_shared(std::make_shared<OrderQueryWorker::Shared>())
{
}

OrderTableModel::~OrderTableModel()
{
    stopWorker();
}

void OrderTableModel::stopWorker()
{
    if (!m_thread)
        return;
    m_shared->generation = ~quint64(0); // everything still queued is stale now
    OrderQueryWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_shared = std::make_shared<OrderQueryWorker::Shared>();
}

void OrderTableModel::setStorePath(const QString& path)
{
    stopWorker();
    m_path = path;
    if (!path.isEmpty()) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("fw-orders-query"));
        m_worker = new OrderQueryWorker(path, m_shared);
        m_worker->setCountLimit(countLimit);
        m_worker->moveToThread(m_thread);
        connect(m_worker, &OrderQueryWorker::queryReady, this, &OrderTableModel::onQuery);
        connect(m_worker, &OrderQueryWorker::pageReady, this, &OrderTableModel::onPage);
        connect(m_worker, &OrderQueryWorker::pageSkipped, this, [this](quint64 generation, int page) {
            if (generation == m_generation)
                m_requested.remove(page);
        });
        connect(m_worker, &OrderQueryWorker::refreshReady, this, &OrderTableModel::onRefresh);
        connect(m_worker, &OrderQueryWorker::failed, this, [this](quint64 generation, const QString& error) {
            if (generation == m_generation)
                Q_EMIT queryFailed(error);
        });
        m_thread->start();
    }
    setQuery(m_query);
}

void OrderTableModel::setQuery(const OrderQuery& query)
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
    OrderQueryWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, generation, query] { worker->query(generation, query, pageSize); });
}

std::optional<OrderQuery::Sort> OrderTableModel::sortOf(int column)
{
    switch (column) {
    case IdColumn:
        return OrderQuery::Sort::Id;
    case AccountColumn:
        return OrderQuery::Sort::Account;
    case StateColumn:
        return OrderQuery::Sort::State;
    case RequestedColumn:
    case JeopardyColumn:
        return OrderQuery::Sort::Requested;
    case AgeColumn:
        return OrderQuery::Sort::Created;
    case UpdatedColumn:
        return OrderQuery::Sort::Updated;
    default:
        return std::nullopt; // progress, tasks, fallout: computed per page, not indexed
    }
}

int OrderTableModel::columnOf(OrderQuery::Sort sort)
{
    switch (sort) {
    case OrderQuery::Sort::Id:
        return IdColumn;
    case OrderQuery::Sort::Account:
        return AccountColumn;
    case OrderQuery::Sort::State:
        return StateColumn;
    case OrderQuery::Sort::Requested:
        return RequestedColumn;
    case OrderQuery::Sort::Updated:
        return UpdatedColumn;
    case OrderQuery::Sort::Created:
        break;
    }
    return AgeColumn;
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortOf(column);
    if (!key)
        return;
    OrderQuery query = m_query;
    query.sort = *key;
    // Age ascending is youngest first: created descending.
    query.descending = column == AgeColumn ? order == Qt::AscendingOrder : order == Qt::DescendingOrder;
    if (!(query == m_query))
        setQuery(query);
}

void OrderTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(m_count - 1, JeopardyColumn), { Qt::DisplayRole });
}

void OrderTableModel::refresh(const QDateTime& now)
{
    if (now.isValid())
        m_now = now;
    if (!m_worker || isLoading())
        return;
    QList<int> pages;
    for (int page : std::as_const(m_touched)) {
        if (m_pages.contains(page))
            pages << page;
    }
    std::sort(pages.begin(), pages.end());
    m_touched.clear();
    const quint64 generation = m_generation;
    const quint64 refreshId = ++m_refreshId;
    OrderQueryWorker* worker = m_worker;
    const OrderQuery query = m_query;
    QMetaObject::invokeMethod(worker, [=] { worker->refresh(generation, refreshId, query, pages, pageSize); });
}

void OrderTableModel::onQuery(quint64 generation, qint64 count, const std::vector<OrderSummary>& firstPage)
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
}

void OrderTableModel::requestPage(int page) const
{
    if (m_requested.contains(page) || !m_worker)
        return;
    m_requested.insert(page);
    const quint64 ticket = ++m_shared->ticket;
    const quint64 generation = m_generation;
    OrderQueryWorker* worker = m_worker;
    const OrderQuery query = m_query;
    QMetaObject::invokeMethod(worker, [=] { worker->page(generation, ticket, query, page, pageSize); });
}

void OrderTableModel::onPage(quint64 generation, int page, const std::vector<OrderSummary>& rows)
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

void OrderTableModel::onRefresh(quint64 generation, quint64 refreshId, qint64 count, const QList<int>& pages,
                                const std::vector<std::vector<OrderSummary>>& rows)
{
    if (generation != m_generation || refreshId != m_refreshId)
        return;
    // Which order each persistent index (the selection, the current row) stands on now.
    QHash<int, QString> idAtRow;
    for (const QModelIndex& index : persistentIndexList()) {
        if (const OrderSummary* order = orderAt(index.row()))
            idAtRow.insert(index.row(), order->id);
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
    QHash<QString, int> rowOfId;
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
        }
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
    Q_EMIT countChanged(m_count);
    Q_EMIT refreshed();
}

void OrderTableModel::evict() const
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

const OrderSummary* OrderTableModel::orderAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto page = m_pages.find(row / pageSize);
    if (page == m_pages.end() || std::size_t(row % pageSize) >= page->rows.size())
        return nullptr;
    return &page->rows[std::size_t(row % pageSize)];
}

int OrderTableModel::rowOf(const QString& orderId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (std::size_t r = 0; r < it->rows.size(); ++r) {
            if (it->rows[r].id == orderId)
                return it.key() * pageSize + int(r);
        }
    }
    return -1;
}

bool OrderTableModel::overdue(const OrderSummary& order) const
{
    if (order.requestedDate.isEmpty() || isFinished(order.state))
        return false;
    const QDate due = QDate::fromString(order.requestedDate.left(10), Qt::ISODate);
    const QDate today = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).date();
    return due.isValid() && due < today;
}

int OrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int page = index.row() / pageSize;
    m_touched.insert(page);
    const OrderSummary* found = orderAt(index.row());
    if (!found) {
        if (!isLoading())
            requestPage(page);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == IdColumn)
            return tr("Loading\u2026");
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::gray);
        return {};
    }
    m_pages[page].lastUse = ++m_use;
    const OrderSummary& order = *found;
    const double progress = order.steps ? double(order.completedSteps) / order.steps : 0.0;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    switch (role) {
    case OrderIdRole:
        return order.id;
    case StateRole:
        return order.state;
    case ProgressRole:
        return progress;
    case OverdueRole:
        return overdue(order);
    case LoadedRole:
        return true;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !order.setAsideReason.isEmpty())
            return tr("Set aside: the engine cannot read this order's stored data and does not run it (the other "
                      "orders run). Reason: %1")
                .arg(order.setAsideReason);
        if (index.column() == StateColumn && order.onHold)
            return tr("On hold: a fallout case stopped new work until an operator resumes the order.");
        if (index.column() == JeopardyColumn && !order.jeopardy.isEmpty())
            return tr("In jeopardy: see the Jeopardy view (Ctrl+5) for why, the forecast and the due date.");
        if (index.column() == JeopardyColumn && overdue(order))
            return tr("The requested date %1 has passed and the order is not finished.").arg(order.requestedDate);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && !order.setAsideReason.isEmpty())
            return QBrush(StatePresentation::stateColor(QStringLiteral("fallout")));
        if (index.column() == StateColumn)
            return QBrush(StatePresentation::stateColor(order.state).darker(115));
        if (index.column() == FalloutColumn && order.openFallout > 0)
            return QBrush(StatePresentation::stateColor(QStringLiteral("fallout")));
        if (index.column() == JeopardyColumn && order.jeopardy == QLatin1String("warning"))
            return QBrush(StatePresentation::stateColor(QStringLiteral("retrying")));
        if ((index.column() == JeopardyColumn && order.jeopardy == QLatin1String("critical"))
            || ((index.column() == JeopardyColumn || index.column() == RequestedColumn) && overdue(order)))
            return QBrush(StatePresentation::stateColor(QStringLiteral("fallout")));
        return {};
    case Qt::FontRole:
        if (index.column() == IdColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TasksColumn || index.column() == FalloutColumn || index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case ProgressColumn:
            return progress;
        case TasksColumn:
            return order.openTasks;
        case FalloutColumn:
            return order.openFallout;
        case AgeColumn:
            return order.createdAt;
        case UpdatedColumn:
            return order.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return order.id;
        case AccountColumn:
            return order.account;
        case StateColumn:
            if (!order.setAsideReason.isEmpty())
                return tr("set aside");
            return order.onHold && order.state != QLatin1String("fallout")
                ? tr("%1 (on hold)").arg(StatePresentation::orderStateLabel(order.state))
                : StatePresentation::orderStateLabel(order.state);
        case ProgressColumn:
            return tr("%1 / %2 steps").arg(order.completedSteps).arg(order.steps);
        case TasksColumn:
            return order.openTasks ? QVariant(order.openTasks) : QVariant();
        case FalloutColumn:
            return order.openFallout ? QVariant(order.openFallout) : QVariant();
        case RequestedColumn:
            return order.requestedDate;
        case AgeColumn:
            return StatePresentation::ageText(order.createdAt, now);
        case UpdatedColumn:
            return StatePresentation::timeText(order.updatedAt);
        case JeopardyColumn: // the SLA monitor's level (docs/sla.md); a replica's owner keeps it: overdue at least
            if (order.jeopardy == QLatin1String("critical"))
                return tr("Critical");
            if (order.jeopardy == QLatin1String("warning"))
                return tr("Warning");
            return overdue(order) ? tr("Overdue") : QString();
        case RunsOnColumn:
            return SyncPresentation::runsOnText(order.runsOn);
        }
        return {};
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == RunsOnColumn)
        return tr("The workstation whose engine runs the order (with a remote store)");
    if (role == Qt::ToolTipRole && !sortOf(section))
        return tr("Computed for the rows in view; not sortable");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Order");
    case AccountColumn:
        return tr("Account");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case TasksColumn:
        return tr("Tasks");
    case FalloutColumn:
        return tr("Fallout");
    case RequestedColumn:
        return tr("Due");
    case AgeColumn:
        return tr("Age");
    case UpdatedColumn:
        return tr("Last change");
    case JeopardyColumn:
        return tr("Jeopardy");
    case RunsOnColumn:
        return tr("Runs on");
    }
    return {};
}

} // namespace fw
