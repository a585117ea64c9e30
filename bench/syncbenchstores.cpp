// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sync benchmark's workstations: local stores, their journal, agents and rounds (bench_sync.cpp).
#include "syncbenchstores.h"

#include "store/sqlitequery.h"
#include "store/storeimporter.h"
#include "store/transactionguard.h"
#include "sync/pgconnection.h"
#include "store/syncledger.h"
#include "syncbenchreport.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QSqlQuery>

namespace fw::bench {

QString orderDocument(const QString& id)
{
    return QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\","
                          "\"product\":\"AUTO\"}]}")
        .arg(id);
}

PullCursor newest(PgConnection& connection)
{
    auto result = need<PgResult>(
        connection.query(QStringLiteral("SELECT COALESCE((SELECT tx FROM fw.events ORDER BY tx DESC, seq DESC LIMIT 1), '0'), "
                                        "COALESCE((SELECT seq FROM fw.events ORDER BY tx DESC, seq DESC LIMIT 1), 0), "
                                        "COALESCE((SELECT tx FROM fw.order_snapshots ORDER BY tx DESC, version DESC LIMIT 1), '0'), "
                                        "COALESCE((SELECT version FROM fw.order_snapshots ORDER BY tx DESC, version DESC LIMIT 1), 0)")));
    return { result.number(0, 0), result.number(0, 1), result.number(0, 2), result.number(0, 3) };
}

std::unique_ptr<PgConnection> connectTo(const QString& conninfo)
{
    auto connection = std::make_unique<PgConnection>(conninfo);
    need(connection->open());
    return connection;
}

std::unique_ptr<LocalStore> makeStore(const Clock& clock, const QString& prefix, int orders)
{
    auto store = std::make_unique<LocalStore>();
    store->database = std::make_unique<Database>(store->directory.filePath(QStringLiteral("store.db")));
    need(store->database->openStore());
    StoreImporter importer(*store->database, clock);
    const ImportResult catalog
        = importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("bench"));
    if (!catalog.ok())
        die(catalog.problems.front().toString());
    for (int i = 0; i < orders; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(i);
        const auto document = nlohmann::json::parse(orderDocument(id).toStdString());
        const ImportResult result = importer.importOrderDocument(document, id, QStringLiteral("bench"), QStringLiteral("auto-flow"));
        if (!result.ok())
            die(result.problems.front().toString());
        store->orderIds << id;
    }
    return store;
}

QStringList stepIdsOf(Database& database, const QString& orderId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM steps WHERE order_id = ? ORDER BY seq"));
    query.addBindValue(orderId);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    if (ids.isEmpty())
        die(QStringLiteral("order %1 has no steps").arg(orderId));
    return ids;
}

void writeJournal(LocalStore& store, const EventFactory& factory, qint64 events)
{
    QSqlDatabase db = store.database->connection();
    TransactionGuard transaction(db);
    SqliteQuery insert(SqliteQuery::handleOf(db),
                       "INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, origin) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'local')");
    for (qint64 i = 0; i < events; ++i) {
        const SyncEvent e = factory.make(store.orderIds[int(i % store.orderIds.size())], i + 1, 0);
        const SqlValue values[]
            = { SqlValue::of(e.at),    SqlValue::of(e.orderId),     SqlValue::of(e.stepId),     SqlValue::of(e.kind),
                SqlValue::of(e.actor), SqlValue::of(e.beforeState), SqlValue::of(e.afterState), SqlValue::of(e.payload) };
        if (!insert.run(values, 8))
            die(insert.error());
    }
    if (!transaction.commit())
        die(QStringLiteral("cannot commit the journal rows"));
}

qint64 countOf(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        die(QStringLiteral("local store: cannot run ") + sql);
    return query.value(0).toLongLong();
}

std::unique_ptr<SyncAgent> makeAgent(Database& database, const Clock& clock, const QString& conninfo, const QString& workstation, int batch,
                                     PgConnection& admin)
{
    SyncLedger ledger(database.connection());
    const PullCursor now = newest(admin);
    need(ledger.setValue(QStringLiteral("pulled_events_tx"), QString::number(now.eventsTx)));
    need(ledger.setValue(QStringLiteral("pulled_events"), QString::number(now.eventsSeq)));
    need(ledger.setValue(QStringLiteral("pulled_snapshots_tx"), QString::number(now.snapshotsTx)));
    need(ledger.setValue(QStringLiteral("pulled_snapshots"), QString::number(now.snapshotsVersion)));
    SyncSettings settings;
    settings.conninfo = conninfo;
    settings.workstation = workstation;
    settings.user = QStringLiteral("bench");
    settings.leaseTtlSeconds = 3600;
    settings.capacity = 0; // never take inbound orders: the lease phase measures that on its own
    settings.batch = batch;
    auto agent = std::make_unique<SyncAgent>(database, clock, settings);
    need(agent->open());
    if (!agent->status().online)
        die(agent->status().lastError);
    return agent;
}

SyncStatus roundOk(SyncAgent& agent)
{
    const SyncStatus status = agent.round(nullptr);
    if (!status.online || !status.lastError.isEmpty())
        die(QStringLiteral("sync round of %1: %2").arg(status.workstation, status.lastError));
    return status;
}

double pushAll(SyncAgent& agent, int* rounds)
{
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    while (roundOk(agent).queuedEvents > 0)
        ++n;
    if (rounds)
        *rounds = n + 1;
    return secondsOf(timer);
}

} // namespace fw::bench
