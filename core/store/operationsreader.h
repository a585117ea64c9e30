// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/enginesnapshot.h"

#include <QSqlDatabase>

#include <optional>

namespace fw {

// Reads what the operations views show from the store: the order counts and the orders changed
// since a journal position, the open tasks counted and the fallout cases (one snapshot), and one order
// in full (steps, attempts, journal, open tasks). Pages of orders come from OrderBrowser, pages of
// tasks from TaskBrowser.
// Read-only; safe on any connection of the store.
class OperationsReader {
public:
    explicit OperationsReader(QSqlDatabase database);

    // Orders changed after journal entry `sinceJournalSeq` (journal order ids, so no scan of the
    // orders); snapshot.journalSeq is the position to pass next time.
    // Each answers the first statement that failed, naming what it was reading.
    Result<EngineSnapshot> snapshot(qint64 sinceJournalSeq) const;
    Result<qint64> journalPosition() const; // the newest journal entry (0: none)
    Result<std::optional<OrderDetail>> orderDetail(const QString& orderId) const; // nullopt: no such order
    Status readFallout(EngineSnapshot& snapshot) const; // the open fallout cases only

private:
    Status readOrders(EngineSnapshot& snapshot, qint64 sinceJournalSeq) const;

    QSqlDatabase m_database;
};

QDateTime fromStoreTime(const QVariant& value); // the store's ISO text; invalid for NULL

} // namespace fw
