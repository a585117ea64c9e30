#include "orderqueryworker.h"

#include "store/database.h"

namespace fw {

OrderQueryWorker::OrderQueryWorker(QString storePath, std::shared_ptr<Shared> shared)
    : m_path(std::move(storePath))
    , m_shared(std::move(shared))
{
}

OrderQueryWorker::~OrderQueryWorker() = default;

const OrderBrowser& OrderQueryWorker::browser(quint64 generation)
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_path); // opened on this (the worker's) thread
    // One browser per query generation: the count's answer (every match, when there are fewer than
    // the count limit) serves that query's pages too; each refresh counts again.
    if (!m_browser || m_browserGeneration != generation) {
        m_browser.emplace(m_database->connection());
        m_browserGeneration = generation;
    }
    return *m_browser;
}

void OrderQueryWorker::close()
{
    m_browser.reset();
    m_database.reset();
}

void OrderQueryWorker::query(quint64 generation, const OrderQuery& query, int pageSize)
{
    if (stale(generation))
        return;
    const OrderBrowser& reader = browser(generation);
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
    Q_EMIT pageReady(generation, page, browser(generation).page(query, qint64(page) * pageSize, pageSize));
}

void OrderQueryWorker::refresh(quint64 generation, quint64 refreshId, const OrderQuery& query, const QList<int>& pages, int pageSize)
{
    if (stale(generation))
        return;
    m_browser.reset(); // the store changed: the search is looked up and counted afresh
    const OrderBrowser& reader = browser(generation);
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
