// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// make_store_fixtures OUTPUT_DIR [--all]: writes OUTPUT_DIR/vNN.sql for every local schema version N
// since 1 that has none yet (--all: every one), a store as version N left it, with the rows a store
// of that time held (tests/data/stores, read by tst_storeupgrade). Run through
// scripts/make-store-fixtures.sh. Existing fixtures are history: they stay as they are, so a later
// change to the documents or the engine cannot rewrite what an old store looked like.
//
// The rows come from one store filled through the engine today (the engine test catalog and its
// orders, run in simulated time): KIT-1 waits in the workshop queue, KIT-2's task is claimed by
// olivia, KIT-3 is assembled and waits for its billing start, KIT-4 is completed, KIT-5 was cancelled
// by a change order and BROKEN-1 fell out (on hold); the callout test catalog's SHIP-1 is completed
// through two answered callouts and SHIP-2's reservation went unanswered (outcome unknown: retrying
// with its idempotency key); KIT-1 is escalated to the workshop and raised in priority; the demo team
// are its users. Each version's store is made by migrating an empty file up to N only
// (migrateSchemaTo) and copying in the columns that version had, leaving out the orders and journal
// entries a later version's feature made (KIT-5 before change orders, v13; KIT-1's priority and
// escalation before v12; the users before v17). Version 1 had no
// engine yet, so its store holds the orders as imported, before any step ran.
//
// The dump is plain SQL, one statement per line: the tables, their rows (SQLite's quote()), then
// indexes and triggers, so loading it fires no trigger. The FTS5 search table is dumped as its rows
// (its shadow tables are SQLite's business).

#include "handlerfixture.h"
#include "storefixtures.h"

#include "engine/handlers/changecommands.h"
#include "engine/handlers/slacommands.h"
#include "engine/handlers/taskcommands.h"
#include "demo/demostore.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlRecord>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace fw {

namespace {

    [[noreturn]] void die(const QString& why)
    {
        std::fprintf(stderr, "make_store_fixtures: %s\n", qPrintable(why));
        std::exit(1);
    }

    void need(const Status& done, const char* what)
    {
        if (!done)
            die(QLatin1String(what) + QStringLiteral(": ") + done.message());
    }

    void exec(QSqlQuery& query, const QString& sql)
    {
        if (!query.exec(sql))
            die(sql + QStringLiteral(": ") + query.lastError().text());
    }

    QStringList strings(QSqlQuery& query, const QString& sql)
    {
        exec(query, sql);
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    // Runs the engine until no callout is out.
    void settle(test::HandlerFixture& f)
    {
        if (const Status settled = test::settle(*f.loop); !settled)
            die(settled.message());
    }

    // The source stores: (imported, run) copies of a store filled through today's code.
    void fillSource(const QString& imported, const QString& run)
    {
        test::HandlerFixture f;
        if (!f.open(QStringLiteral("source.db")))
            die(QStringLiteral("cannot make the source store"));
        for (const QString& id : { QStringLiteral("KIT-1"), QStringLiteral("KIT-2"), QStringLiteral("KIT-3"), QStringLiteral("KIT-4"),
                                   QStringLiteral("KIT-5") })
            if (!f.importOrder("order.json", id))
                die(QStringLiteral("cannot import ") + id);
        if (!f.importOrder("order-broken.json", QStringLiteral("BROKEN-1")))
            die(QStringLiteral("cannot import BROKEN-1"));
        QSqlQuery query(f.database->connection());
        // The store's first user is the OS login of whoever runs this, at the wall clock: a fixed one
        // keeps the fixtures the same on every machine.
        exec(query,
             QStringLiteral("UPDATE users SET id = 'ops', display_name = 'Ops', updated_at = '%1' WHERE updated_by = 'store'")
                 .arg(toStoreTime(f.clock.now())));
        StoreImporter importer(*f.database, f.clock);
        if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/callout-catalog.json"), QStringLiteral("t")).ok())
            die(QStringLiteral("cannot import the callout catalog"));
        for (const char* id : { "SHIP-1", "SHIP-2" }) {
            const nlohmann::json order { { "formatVersion", 1 },
                                         { "id", id },
                                         { "account", { { "id", "A2" }, { "name", "Depot customer" } } },
                                         { "items", { { { "id", "1" }, { "product", "ITEM" }, { "quantity", 2 } } } } };
            const ImportResult result = importer.importOrderDocument(order, QLatin1String(id), QStringLiteral("t"));
            if (!result.ok())
                die(result.problems.front().toString());
        }
        exec(query, QStringLiteral("VACUUM INTO '%1'").arg(imported));

        need(addDemoUsers(*f.database, f.clock.now()), "add the demo team");
        std::unique_ptr<TaskCommands> tasks;
        std::unique_ptr<ChangeCommands> changes;
        std::unique_ptr<SlaCommands> sla;
        test::AnsweringTransport transport;
        transport.answer = [](const CalloutRequest& request) {
            if (request.idempotencyKey.startsWith(QStringLiteral("SHIP-2/")))
                return CalloutResponse { 0, {}, CallFailure::Transport::Timeout, QStringLiteral("no answer within 5 s"), true };
            return CalloutResponse { 200, QByteArrayLiteral("{\"reservationId\":\"R-1\"}") };
        };
        if (!f.restart([&] {
                tasks = std::make_unique<TaskCommands>(*f.loop);
                f.loop->addParticipant(tasks.get());
                changes = std::make_unique<ChangeCommands>(*f.loop);
                f.loop->addParticipant(changes.get());
                sla = std::make_unique<SlaCommands>(*f.loop);
                f.loop->callouts().setTransport(&transport);
            }))
            die(QStringLiteral("cannot load the engine"));
        settle(f);
        if (f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'SHIP-1'")) != QStringLiteral("completed")
            || f.scalar(QStringLiteral("SELECT certainty FROM attempts WHERE order_id = 'SHIP-2'")) != QStringLiteral("unknown"))
            die(QStringLiteral("the callouts did not go as planned"));
        const nlohmann::json cancel { { "formatVersion", 1 },
                                      { "id", "CHG-1" },
                                      { "order", "KIT-5" },
                                      { "requestedBy", "customer" },
                                      { "reason", "no longer needed" },
                                      { "actions", nlohmann::json::array({ { { "action", "cancelOrder" } } }) } };
        need(changes->submit(cancel, QStringLiteral("CHG-1.json"), QStringLiteral("sam")), "cancel KIT-5");
        settle(f);
        if (f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-5'")) != QStringLiteral("cancelled"))
            die(QStringLiteral("KIT-5 was not cancelled"));
        const QVariantMap form { { QStringLiteral("serial"), QStringLiteral("SN-4") }, { QStringLiteral("tested"), true } };
        need(tasks->claim(f.taskOf(QStringLiteral("KIT-4")), QStringLiteral("olivia")), "claim KIT-4's task");
        need(tasks->complete(f.taskOf(QStringLiteral("KIT-4")), QStringLiteral("olivia"), form, QStringLiteral("built")), "complete KIT-4");
        need(tasks->signal(QStringLiteral("KIT-4"), QStringLiteral("picked-up"), QStringLiteral("carrier")), "signal KIT-4");
        f.clock.advance(31LL * 24 * 3600 * 1000);
        settle(f);
        if (f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-4'")) != QStringLiteral("completed"))
            die(QStringLiteral("KIT-4 did not complete"));
        need(tasks->claim(f.taskOf(QStringLiteral("KIT-3")), QStringLiteral("theo")), "claim KIT-3's task");
        QVariantMap form3 = form;
        form3.insert(QStringLiteral("serial"), QStringLiteral("SN-3"));
        need(tasks->complete(f.taskOf(QStringLiteral("KIT-3")), QStringLiteral("theo"), form3), "complete KIT-3");
        need(tasks->signal(QStringLiteral("KIT-3"), QStringLiteral("picked-up"), QStringLiteral("carrier")), "signal KIT-3");
        need(tasks->claim(f.taskOf(QStringLiteral("KIT-2")), QStringLiteral("olivia")), "claim KIT-2's task");
        need(sla->setPriority(QStringLiteral("KIT-1"), 1, QStringLiteral("customer waiting"), QStringLiteral("sam")), "raise KIT-1");
        need(sla->escalate(QStringLiteral("KIT-1"), {}, QStringLiteral("workshop"), QStringLiteral("customer called twice"),
                           QStringLiteral("sam")),
             "escalate KIT-1");
        settle(f);
        exec(query, QStringLiteral("INSERT INTO store_settings (name, value) VALUES ('claims.idleHours', '8')"));
        tasks.reset();
        changes.reset();
        sla.reset();
        f.loop.reset();
        exec(query, QStringLiteral("VACUUM INTO '%1'").arg(run));
    }

    // An empty store at `version` holding what `source` has in the columns that version had.
    void makeStore(const QString& path, int version, const QString& source)
    {
        QFile::remove(path);
        const QString name = QStringLiteral("fixture-%1").arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                die(path + QStringLiteral(": ") + db.lastError().text());
            if (Status migrated = migrateSchemaTo(db, version); !migrated)
                die(migrated.message());
            QSqlQuery query(db);
            exec(query, QStringLiteral("ATTACH DATABASE '%1' AS source").arg(source));
            exec(query, QStringLiteral("BEGIN"));
            const QStringList tables = strings(
                query,
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE "
                               "'CREATE VIRTUAL%' AND name NOT LIKE 'order_search_%' AND name NOT IN ('schema_version', "
                               "'order_counts') ORDER BY rowid"));
            for (const QString& table : tables) {
                const QStringList sourceColumns
                    = strings(query, QStringLiteral("SELECT name FROM pragma_table_info('%1', 'source')").arg(table));
                QStringList columns;
                for (const QString& column : strings(query, QStringLiteral("SELECT name FROM pragma_table_info('%1', 'main')").arg(table)))
                    if (sourceColumns.contains(column))
                        columns << column;
                if (columns.isEmpty())
                    continue;
                const QString list = columns.join(QStringLiteral(", "));
                exec(query, QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) SELECT %2 FROM source.%1").arg(table, list));
            }
            // Orders a later version's feature made were not in a store of this version.
            QStringList later;
            if (version < 13)
                later << QStringLiteral("'KIT-5'"); // cancelled by a change order
            if (!later.isEmpty()) {
                const QString ids = later.join(QStringLiteral(", "));
                for (const QString& table : tables)
                    if (strings(query, QStringLiteral("SELECT name FROM pragma_table_info('%1', 'main')").arg(table))
                            .contains(QStringLiteral("order_id")))
                        exec(query, QStringLiteral("DELETE FROM main.%1 WHERE order_id IN (%2)").arg(table, ids));
                exec(query, QStringLiteral("DELETE FROM main.orders WHERE id IN (%1)").arg(ids));
            }
            // Nor were the journal entries of what came later.
            const std::pair<const char*, int> kinds[] = {
                { "order.held", 3 }, { "order.priority", 12 }, { "escalation.opened", 12 }, { "change.applied", 13 }, { "user.added", 17 }
            };
            for (const auto& [kind, since] : kinds)
                if (version < since)
                    exec(query, QStringLiteral("DELETE FROM main.journal WHERE kind = '%1'").arg(QLatin1String(kind)));
            // Migrations stamp the wall clock: a fixed time keeps the dumps stable.
            exec(query, QStringLiteral("UPDATE schema_version SET applied_at = '2026-11-24T08:00:00.000Z'"));
            exec(query, QStringLiteral("COMMIT"));
            exec(query, QStringLiteral("DETACH DATABASE source"));
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString dump(const QString& path, int version)
    {
        const QString name = QStringLiteral("dump-%1").arg(version);
        QString out = QStringLiteral("-- A Fulfillment Workbench store at local schema version %1, as that version left it.\n"
                                     "-- Made by scripts/make-store-fixtures.sh (tests/core/makestorefixtures.cpp); read by "
                                     "tst_storeupgrade.\nBEGIN;\n")
                          .arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                die(path + QStringLiteral(": ") + db.lastError().text());
            QSqlQuery query(db);
            QStringList tables;
            QStringList later;
            exec(query,
                 QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                "AND name NOT LIKE 'order_search_%' ORDER BY rowid"));
            while (query.next()) {
                const QString sql = query.value(2).toString() + QStringLiteral(";\n");
                if (query.value(0).toString() == QStringLiteral("table")) {
                    out += sql;
                    if (!sql.contains(QLatin1String("fts5vocab"))) // a view of the index: no rows of its own
                        tables << query.value(1).toString();
                } else {
                    later << sql;
                }
            }
            for (const QString& table : tables) {
                const bool search = table == QStringLiteral("order_search");
                QStringList columns = search ? QStringList { QStringLiteral("rowid"), QStringLiteral("terms") }
                                             : strings(query, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
                QStringList quoted;
                for (const QString& column : columns)
                    quoted << QStringLiteral("quote(%1)").arg(column);
                exec(query, QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), table));
                while (query.next()) {
                    QStringList values;
                    for (int i = 0; i < columns.size(); ++i)
                        values << query.value(i).toString();
                    out += QStringLiteral("INSERT INTO %1 (%2) VALUES (%3);\n")
                               .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
                }
            }
            if (db.tables().contains(QStringLiteral("sqlite_sequence"))) {
                exec(query, QStringLiteral("SELECT quote(name), seq FROM sqlite_sequence ORDER BY name"));
                while (query.next())
                    out += QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (%1, %2);\n")
                               .arg(query.value(0).toString(), query.value(1).toString());
            }
            out += later.join(QString());
        }
        QSqlDatabase::removeDatabase(name);
        return out + QStringLiteral("COMMIT;\n");
    }

} // namespace

} // namespace fw

int main(int argc, char** argv)
{
    using namespace fw;
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool all = arguments.size() == 3 && arguments[2] == QStringLiteral("--all");
    if (arguments.size() != 2 && !all)
        die(QStringLiteral("usage: make_store_fixtures OUTPUT_DIR [--all]"));
    const QDir output(arguments[1]);
    QTemporaryDir work;
    const QString imported = work.filePath(QStringLiteral("imported.db"));
    const QString run = work.filePath(QStringLiteral("run.db"));
    fillSource(imported, run);
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        const QString fixture = output.filePath(QStringLiteral("v%1.sql").arg(version, 2, 10, QLatin1Char('0')));
        if (!all && QFile::exists(fixture))
            continue;
        const QString path = work.filePath(QStringLiteral("v%1.db").arg(version));
        makeStore(path, version, version == 1 ? imported : run);
        QSaveFile file(fixture);
        if (!file.open(QIODevice::WriteOnly) || file.write(dump(path, version).toUtf8()) < 0 || !file.commit())
            die(file.fileName() + QStringLiteral(": ") + file.errorString());
    }
    return 0;
}
