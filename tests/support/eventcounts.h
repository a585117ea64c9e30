// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Per-order event counts on both sides of sync, for tests that check nothing was lost or pushed
// twice: a store's journal rows by origin (read only, so its follower may keep running), a
// workstation's rows in fw.events, and pairs (workstation, local_seq) that occur more than once.

#include "sync/pgconnection.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace fw::test {

using EventCounts = QMap<QString, qint64>; // order -> events

// Opens the store read only (its follower may run: WAL) and hands the connection to `read`.
inline void readStore(const QString& path, const std::function<void(QSqlDatabase&)>& read)
{
    const QString name = QStringLiteral("read-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            read(db);
    }
    QSqlDatabase::removeDatabase(name);
}

// Per order: the store's journal rows of this origin ('local', or the workstation they were pulled from).
inline EventCounts localEventsPerOrder(const QString& path, const QString& origin)
{
    EventCounts counts;
    readStore(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT order_id, COUNT(*) FROM journal WHERE origin = ? AND order_id IS NOT NULL GROUP BY order_id"));
        query.addBindValue(origin);
        for (query.exec(); query.next();)
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    });
    return counts;
}

// The last local seq the store has noted as pushed (sync_state pushed_through); -1 when unreadable.
inline qint64 localPushedThrough(const QString& path)
{
    qint64 through = -1;
    readStore(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT COALESCE((SELECT value FROM sync_state WHERE key = 'pushed_through'), '0')")) && query.next())
            through = query.value(0).toLongLong();
    });
    return through;
}

// Per order: the events of `workstation` in fw.events; -1 for an order with an event twice.
inline EventCounts remoteEventsPerOrder(PgConnection& connection, const QString& workstation)
{
    EventCounts counts;
    auto result = connection.query(QStringLiteral("SELECT order_id, COUNT(*), COUNT(DISTINCT local_seq) FROM fw.events "
                                                  "WHERE workstation = $1 GROUP BY order_id"),
                                   { workstation });
    if (const PgResult* rows = result ? &result.value() : nullptr) {
        for (int r = 0; r < rows->rows(); ++r)
            counts.insert(rows->value(r, 0), rows->number(r, 1) == rows->number(r, 2) ? rows->number(r, 1) : -1);
    }
    return counts;
}

// How many (workstation, local_seq) pairs fw.events holds more than once; -1 when unreadable.
inline qint64 duplicateEvents(PgConnection& connection)
{
    auto result = connection.query(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM fw.events GROUP BY workstation, local_seq HAVING COUNT(*) > 1) d"));
    const PgResult* rows = result ? &result.value() : nullptr;
    return rows && rows->rows() ? rows->number(0, 0) : -1;
}

} // namespace fw::test
