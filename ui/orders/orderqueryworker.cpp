#include "orderqueryworker.h"

#include "store/database.h"

namespace fw {

OrderQueryWorker::OrderQueryWorker(QString storePath, std::shared_ptr<Shared> shared)
    : m_path(std::move(storePath))
    , m_shared(std::move(shared))
{
}

OrderQueryWorker::~OrderQueryWorker() = default;

OrderBrowser OrderQueryWorker::browser()
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_path); // opened on this (the worker's) thread
    return OrderBrowser(m_database->connection());
}

void OrderQueryWorker::close()
{
    m_database.reset();
}

void OrderQueryWorker::query(quint64 generation, const OrderQuery& query, int pageSize)
{
    if (stale(generation))
        return;
    const OrderBrowser reader = browser();
    if (const auto n = reader.count(query, m_countLimit))
        Q_EMIT queryReady(generation, *n, reader.page(query, 0, pageSize));
    else
        Q_EMIT failed(generation, reader.lastError());
}

void OrderQueryWorker::page(quint64 generation, quint64 ticket, const OrderQuery& query, int page, int pageSize)
{
    if (stale(generation))
        return;
    if (ticket + servedTickets <= m_shared->ticket.load()) { // scrolled past it meanwhile
        Q_EMIT pageSkipped(generation, page);
        return;
    }
    Q_EMIT pageReady(generation, page, browser().page(query, qint64(page) * pageSize, pageSize));
}

void OrderQueryWorker::refresh(quint64 generation, quint64 refreshId, const OrderQuery& query, const QList<int>& pages, int pageSize)
{
    if (stale(generation))
        return;
    const OrderBrowser reader = browser();
    const auto n = reader.count(query, m_countLimit);
    if (!n) {
        Q_EMIT failed(generation, reader.lastError());
        return;
    }
    std::vector<std::vector<OrderSummary>> rows;
    for (int page : pages)
        rows.push_back(reader.page(query, qint64(page) * pageSize, pageSize));
    Q_EMIT refreshReady(generation, refreshId, *n, pages, rows);
}

} // namespace fw
