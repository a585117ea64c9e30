// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QSqlQuery;

namespace fw {

// An order's state as the rows of the local store (the order, its lines, steps, tasks, fallout
// cases, callout attempts and signals) in one JSON text: what a workstation pushes with its
// events and what another applies as a replica, or as its own on takeover. Task and fallout case
// row ids are local to each store and left out; they are addressed by order and step instead.
class OrderSnapshots {
public:
    explicit OrderSnapshots(QSqlDatabase database);
    ~OrderSnapshots();

    struct Captured {
        QString json;
        QString state; // the order's state (pending, running, completed, cancelled ...)
    };
    // nullopt when the store has no such order (or it cannot be read: that is logged).
    std::optional<Captured> capture(const QString& orderId);
    // The same for many orders at once (one entry per id, in order; nullopt for one the store does
    // not have), with each statement prepared once: what a push does for every order whose latest
    // event it sends. A failed read is the Error, naming the order and table.
    Result<std::vector<std::optional<Captured>>> capture(const QStringList& orderIds);
    // Replaces the order's rows with the snapshot's, in the caller's transaction. replicaOf: the
    // owning workstation's id, or empty when this store now executes the order.
    // A snapshot that is not one (bad JSON, no single order row) is refused with the reason, never thrown.
    Status apply(const QString& json, const QString& replicaOf);

private:
    Result<QSqlQuery*> prepared(const QString& sql); // kept by its text for the next apply

    // How capture reads and writes one table: its SELECT and, per column in JSON key order, the key text.
    struct CaptureTable {
        std::string name;
        std::string select;
        std::vector<std::string> keys; // `"column":`, sorted by column name as the JSON object keeps them
        int stateColumn = -1; // orders: where the state is
    };

    QSqlDatabase m_database;
    QHash<QString, QStringList> m_columns; // table -> the columns a snapshot carries
    std::vector<CaptureTable> m_capture; // sorted by table name, as the snapshot's JSON object keeps them
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // by SQL text
};

} // namespace fw
