// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/sqlitequery.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace fw {

struct Catalog;
struct OrchestrationPlan;
struct Order;

// Writes imported orders: each order's row, fulfillment lines, pending steps and its
// "order.imported" journal entry, on the caller's open transaction. add() queues an order's rows;
// flush() writes all queued rows table by table (orders first: the lines' search trigger and the
// foreign keys need them) in multi-row INSERTs of up to rowsPerInsert rows, prepared once per row
// count and reused. One statement per row would cost more than the row itself, and the search
// index (FTS5) flushes its pending terms at every statement of a transaction that touched it.
// Keep a writer no longer than the transaction it was made in (SqliteQuery's rule).
class OrderWriter {
public:
    static constexpr int rowsPerInsert = 32;

    explicit OrderWriter(const QSqlDatabase& database);
    ~OrderWriter();
    OrderWriter(const OrderWriter&) = delete;
    OrderWriter& operator=(const OrderWriter&) = delete;

    void add(const Order& order, const Catalog& catalog, const OrchestrationPlan& plan, const QString& document, const QDateTime& now,
             const QString& actor);
    // Writes everything queued, or the store's error (then the caller rolls the transaction back:
    // some of the queued rows may be written inside it). Nothing is queued afterwards either way.
    Status flush();

private:
    struct Table;
    Status flush(Table& table);

    sqlite3* m_handle;
    std::vector<std::unique_ptr<Table>> m_tables; // in the order they are written
};

} // namespace fw
