// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/taskbrowser.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace fw {

class Database;

// Runs TaskBrowser queries for TaskListModel on the thread it lives on (a QThread of the model's),
// over that thread's own connection to the store. Requests carry the model's query generation; one
// older than the newest (`latest`, shared with the model) is dropped unanswered, so typing a
// search fast never queues stale ones. Page requests carry a ticket: only the few newest are
// served, so a fast scroll fetches what is on screen now (skipped pages are reported).
class TaskQueryWorker final : public QObject {
    Q_OBJECT

public:
    struct Shared {
        std::atomic<quint64> generation { 0 };
        std::atomic<quint64> ticket { 0 };
    };
    static constexpr quint64 servedTickets = 4;

    TaskQueryWorker(QString storePath, std::shared_ptr<Shared> shared);
    ~TaskQueryWorker() override;

    // Queued from the model's thread (QMetaObject::invokeMethod).
    // The count and the first page, answered together so a new filter never shows empty rows.
    void query(quint64 generation, const fw::TaskQuery& query, int pageSize);
    void page(quint64 generation, quint64 ticket, const fw::TaskQuery& query, int page, int pageSize);
    // A count and these pages read together (after the engine reported changes).
    void refresh(quint64 generation, quint64 refreshId, const fw::TaskQuery& query, const QList<int>& pages, int pageSize);
    void close(); // drops the connection; call on the worker's thread before it ends
    void setCountLimit(qint64 limit) { m_countLimit = limit; } // before the thread starts

Q_SIGNALS:
    void queryReady(quint64 generation, qint64 count, const std::vector<fw::TaskSummary>& firstPage);
    void pageReady(quint64 generation, int page, const std::vector<fw::TaskSummary>& rows);
    void pageSkipped(quint64 generation, int page);
    void refreshReady(quint64 generation, quint64 refreshId, qint64 count, const QList<int>& pages,
                      const std::vector<std::vector<fw::TaskSummary>>& rows);
    void failed(quint64 generation, const QString& error);

private:
    bool stale(quint64 generation) const { return generation < m_shared->generation.load(); }
    const TaskBrowser& browser();
    qint64 limitOf(const TaskQuery& query) const { return query.search.trimmed().isEmpty() ? 0 : m_countLimit; }

    QString m_path;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_database;
    std::optional<TaskBrowser> m_browser;
    qint64 m_countLimit = 0;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::TaskQuery)
