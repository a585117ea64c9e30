// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
    const Result<qint64> n = reader.count(query, m_countLimit);
    if (!n) {
        Q_EMIT failed(generation, n.message());
        return;
    }
    const Result<std::vector<OrderSummary>> rows = reader.page(query, 0, pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.message());
        return;
    }
    Q_EMIT queryReady(generation, *n, *rows);
}

void OrderQueryWorker::page(quint64 generation, quint64 ticket, const OrderQuery& query, int page, int pageSize)
{
    if (stale(generation))
        return;
    if (ticket + servedTickets <= m_shared->ticket.load()) { // scrolled past it meanwhile
        Q_EMIT pageSkipped(generation, page);
        return;
    }
    const Result<std::vector<OrderSummary>> rows = browser(generation).page(query, qint64(page) * pageSize, pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.message());
        return;
    }
    Q_EMIT pageReady(generation, page, *rows);
}

void OrderQueryWorker::refresh(quint64 generation, quint64 refreshId, const OrderQuery& query, const QList<int>& pages, int pageSize)
{
    if (stale(generation))
        return;
    m_browser.reset(); // the store changed: the search is looked up and counted afresh
    const OrderBrowser& reader = browser(generation);
    const Result<qint64> n = reader.count(query, m_countLimit);
    if (!n) {
        Q_EMIT failed(generation, n.message());
        return;
    }
    std::vector<std::vector<OrderSummary>> rows;
    for (int page : pages) {
        Result<std::vector<OrderSummary>> read = reader.page(query, qint64(page) * pageSize, pageSize);
        if (!read) {
            Q_EMIT failed(generation, read.message());
            return;
        }
        rows.push_back(std::move(*read));
    }
    Q_EMIT refreshReady(generation, refreshId, *n, pages, rows);
}

} // namespace fw
