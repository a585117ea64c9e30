// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/orderbrowser.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace fw {

class Database;

// Runs OrderBrowser queries for OrderTableModel on the thread it lives on (a QThread of the
// model's), over that thread's own connection to the store. Requests carry the model's query
// generation; a request whose generation is older than the newest one (`latest`, shared with the
// model) is dropped unanswered, so typing fast never queues stale searches. Page requests also
// carry a ticket: only the few newest tickets are served, so a fast scroll through a million rows
// fetches what is on screen now, not every page it passed (skipped ones are reported).
class OrderQueryWorker final : public QObject {
    Q_OBJECT

public:
    struct Shared {
        std::atomic<quint64> generation { 0 };
        std::atomic<quint64> ticket { 0 };
    };
    static constexpr quint64 servedTickets = 4;

    OrderQueryWorker(QString storePath, std::shared_ptr<Shared> shared);
    ~OrderQueryWorker() override;

    // Queued from the model's thread (QMetaObject::invokeMethod).
    // The count and the first page, answered together so a new search never shows empty rows.
    void query(quint64 generation, const fw::OrderQuery& query, int pageSize);
    void page(quint64 generation, quint64 ticket, const fw::OrderQuery& query, int page, int pageSize);
    // A count and these pages read together (one engine tick's refresh).
    void refresh(quint64 generation, quint64 refreshId, const fw::OrderQuery& query, const QList<int>& pages, int pageSize);
    void close(); // drops the connection; call on the worker's thread before it ends
    void setCountLimit(qint64 limit) { m_countLimit = limit; } // before the thread starts

Q_SIGNALS:
    void queryReady(quint64 generation, qint64 count, const std::vector<fw::OrderSummary>& firstPage);
    void pageReady(quint64 generation, int page, const std::vector<fw::OrderSummary>& rows);
    void pageSkipped(quint64 generation, int page);
    void refreshReady(quint64 generation, quint64 refreshId, qint64 count, const QList<int>& pages,
                      const std::vector<std::vector<fw::OrderSummary>>& rows);
    void failed(quint64 generation, const QString& error);

private:
    bool stale(quint64 generation) const { return generation < m_shared->generation.load(); }
    const OrderBrowser& browser(quint64 generation);

    QString m_path;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_database;
    std::optional<OrderBrowser> m_browser; // of m_browserGeneration's query
    quint64 m_browserGeneration = 0;
    qint64 m_countLimit = 0;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::OrderQuery)
