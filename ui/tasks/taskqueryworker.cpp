// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taskqueryworker.h"

#include "store/database.h"

namespace fw {

TaskQueryWorker::TaskQueryWorker(QString storePath, std::shared_ptr<Shared> shared)
    : m_path(std::move(storePath))
    , m_shared(std::move(shared))
{
}

TaskQueryWorker::~TaskQueryWorker() = default;

const TaskBrowser& TaskQueryWorker::browser()
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_path); // opened on this (the worker's) thread
    if (!m_browser)
        m_browser.emplace(m_database->connection());
    return *m_browser;
}

void TaskQueryWorker::close()
{
    m_browser.reset();
    m_database.reset();
}

void TaskQueryWorker::query(quint64 generation, const TaskQuery& query, int pageSize)
{
    if (stale(generation))
        return;
    const TaskBrowser& reader = browser();
    const Result<qint64> n = reader.count(query, limitOf(query));
    if (!n) {
        Q_EMIT failed(generation, n.message());
        return;
    }
    const Result<std::vector<TaskSummary>> rows = reader.page(query, 0, pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.message());
        return;
    }
    Q_EMIT queryReady(generation, *n, *rows);
}

void TaskQueryWorker::page(quint64 generation, quint64 ticket, const TaskQuery& query, int page, int pageSize)
{
    if (stale(generation))
        return;
    if (ticket + servedTickets <= m_shared->ticket.load()) { // scrolled past it meanwhile
        Q_EMIT pageSkipped(generation, page);
        return;
    }
    const Result<std::vector<TaskSummary>> rows = browser().page(query, qint64(page) * pageSize, pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.message());
        return;
    }
    Q_EMIT pageReady(generation, page, *rows);
}

void TaskQueryWorker::refresh(quint64 generation, quint64 refreshId, const TaskQuery& query, const QList<int>& pages, int pageSize)
{
    if (stale(generation))
        return;
    m_browser.reset(); // the tasks changed: no keyset from before
    const TaskBrowser& reader = browser();
    const Result<qint64> n = reader.count(query, limitOf(query));
    if (!n) {
        Q_EMIT failed(generation, n.message());
        return;
    }
    std::vector<std::vector<TaskSummary>> rows;
    for (int page : pages) {
        Result<std::vector<TaskSummary>> read = reader.page(query, qint64(page) * pageSize, pageSize);
        if (!read) {
            Q_EMIT failed(generation, read.message());
            return;
        }
        rows.push_back(std::move(*read));
    }
    Q_EMIT refreshReady(generation, refreshId, *n, pages, rows);
}

} // namespace fw
