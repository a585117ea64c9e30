// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/orderruntime.h"
#include "unrunnableorders.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace fw {

// UnreadableOrder (unrunnableorders.h): an order whose stored data cannot be read (its document cut
// short, a number out of range in a line's fields, its catalog damaged): the engine sets it aside
// with this reason (orders.set_aside_reason) so the other orders run.

// The orders the engine runs, and those it cannot.
struct LoadedOrders {
    std::vector<OrderRuntime> orders;
    std::vector<UnreadableOrder> unreadable; // their stored data cannot be read: set them aside
    QStringList leftOut; // not loaded this time, nothing wrong with the order's data (its catalog has not come yet): why
};

// Catalogs read for runtimes, by "id@version": an engine keeps one, so reading an order back reads
// no catalog again.
using CatalogCache = QHash<QString, std::shared_ptr<const Catalog>>;

// Rebuilds the runtime of orders from the store: the engine's start-up and crash recovery. Stored
// JSON is parsed without exceptions, stored states and step references are checked: a damaged
// order is reported, never run with guessed values, and never stops the others.
// An instance reads order after order with the same prepared statements (one per table) and the
// given catalogs: keep one for a slice of orders (a run's due orders), no longer than the
// connection it reads (its statements are finalized when it goes).
class RuntimeLoader {
public:
    RuntimeLoader(const QSqlDatabase& database, CatalogCache& catalogs);
    ~RuntimeLoader();
    RuntimeLoader(const RuntimeLoader&) = delete;
    RuntimeLoader& operator=(const RuntimeLoader&) = delete;

    // One order; unreadable (when given) tells whether a failure is the order's data (set it aside)
    // rather than the store or an unknown id.
    Result<OrderRuntime> read(const QString& orderId, bool* unreadable = nullptr);

    // Every order this store executes (not a replica of another workstation's, not set aside) that
    // is not completed or cancelled. An error only when the store itself cannot be read.
    static Result<LoadedOrders> loadActive(const QSqlDatabase& database);
    // One order (a loader of its own; see read()).
    static Result<OrderRuntime> load(const QSqlDatabase& database, const QString& orderId, bool* unreadable = nullptr);
    // The same with the engine's catalogs (read once, kept in `catalogs`).
    static Result<OrderRuntime> load(const QSqlDatabase& database, const QString& orderId, CatalogCache& catalogs, bool* unreadable);
    // A stored catalog, read once into `catalogs`; missing (when given) tells that the store could
    // not give it (not there, or the read failed) rather than that it is damaged.
    static Result<std::shared_ptr<const Catalog>> catalog(const QSqlDatabase& database, const QString& id, const QString& version,
                                                          CatalogCache& catalogs, bool* missing = nullptr);

private:
    struct Statements; // prepared on the first read
    Result<OrderRuntime> readOne(const QString& orderId, bool& storeError);

    QSqlDatabase m_database;
    CatalogCache& m_catalogs;
    std::unique_ptr<Statements> m_statements;
};

} // namespace fw
