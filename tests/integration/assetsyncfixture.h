// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the assets' sync tests share (tst_assetsync, tst_assetsyncupgrade): workstations with their
// own store, engine and SyncAgent (as in tst_sync) on a throwaway PostgreSQL, each logged in as a
// role of its own in fw_workstation (row-level security in force), the laptop-bundle sample's orders
// published by a role in fw_publisher, and what an asset-based order's completion does to an asset.

#include "common/clock.h"
#include "demo/scriptedoperator.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "identity/userdirectory.h"
#include "store/database.h"
#include "store/transactionguard.h"
#include "stubserver.h"
#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"
#include "throwawaypostgres.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace fw::assetsynctest {
inline const QString samples = QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle/");
inline const QString account = QStringLiteral("ACC-UK-5120");

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline qint64 scalar(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

inline QStringList column(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    QStringList values;
    if (query.exec(sql)) {
        while (query.next())
            values << query.value(0).toString();
    }
    return values;
}

// What an asset-based change order does to an asset at its completion (the engine's update path):
// the new quantity, revision + 1, updated_at, and a "changed" entry appended to its history.
inline bool changeAsset(QSqlDatabase database, const QString& assetId, int quantity, const QString& orderId, const QDateTime& at)
{
    TransactionGuard transaction(database);
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO asset_events (asset_id, seq, at, kind, order_id, change_orders, actor, before, after) "
                                 "SELECT id, (SELECT MAX(seq) + 1 FROM asset_events WHERE asset_id = a.id), ?, 'changed', ?, '[]', "
                                 "'engine', json_object('quantity', quantity), json_object('quantity', ?) FROM assets a WHERE id = ?"));
    query.addBindValue(toStoreTime(at));
    query.addBindValue(orderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(orderId)); // none: a renewal
    query.addBindValue(quantity);
    query.addBindValue(assetId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return false;
    query.prepare(QStringLiteral("UPDATE assets SET quantity = ?, revision = revision + 1, updated_at = ? WHERE id = ?"));
    query.addBindValue(quantity);
    query.addBindValue(toStoreTime(at));
    query.addBindValue(assetId);
    return query.exec() && query.numRowsAffected() == 1 && transaction.commit();
}

// One workstation: its store, engine and sync agent (as in tst_sync).
struct Workstation {
    QString id;
    QTemporaryDir dir;
    ManualClock clock { QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC) };
    std::unique_ptr<Database> database;
    HttpCalloutTransport transport;
    std::unique_ptr<Executor> executor;
    std::unique_ptr<SyncAgent> agent;
    SyncSettings settings;
    quint16 stubPort = 0;

    QString path() const { return dir.filePath(QStringLiteral("store.db")); }
    QSqlDatabase db() const { return database->connection(); }

    bool start()
    {
        if (!database) {
            database = std::make_unique<Database>(path());
            if (!database->openStore())
                return false;
            for (const QString& person : { QStringLiteral("olga"), QStringLiteral("otto") }) {
                if (!UserDirectory(database->connection())
                         .add({ person, person, RoleSet::all(), {}, true, {}, {} }, QStringLiteral("test"), clock.now()))
                    return false;
            }
        }
        agent = std::make_unique<SyncAgent>(*database, clock, settings);
        if (!agent->open())
            return false;
        executor = std::make_unique<Executor>(*database, clock);
        executor->setCalloutTransport(&transport);
        for (const char* endpoint : { "warehouse/inventory", "carrier/carrier", "av-vendor/licensing", "mdm/provisioning" }) {
            const QStringList parts = QString::fromLatin1(endpoint).split(QLatin1Char('/'));
            executor->setEndpointBaseUrl(parts[0], QStringLiteral("http://127.0.0.1:%1/%2").arg(stubPort).arg(parts[1]));
        }
        return executor->load().ok();
    }

    // The same store with a sync agent on another conninfo (an unreachable one: offline).
    bool reconnect(const QString& conninfo)
    {
        settings.conninfo = conninfo;
        agent = std::make_unique<SyncAgent>(*database, clock, settings);
        return agent->open().ok();
    }

    SyncStatus round() { return agent->round(executor.get()); }

    // The engine's work and the people's, then a sync round.
    SyncStatus work(int passes = 4)
    {
        QStringList errors;
        executor->adoptNewOrders(errors);
        for (int pass = 0; pass < passes; ++pass) {
            (void)executor->runUntilSettled(20000);
            bool acted = false;
            for (const QString& orderId : executor->orderIds()) {
                const auto turn = ScriptedOperator(id + QStringLiteral("-operator")).actOn(*executor, *database, orderId, agent.get());
                acted = acted || !turn.actions.isEmpty();
                if (turn.actions.isEmpty() && turn.waitsForTime) {
                    clock.advance(qint64(30) * 86400 * 1000);
                    acted = true;
                }
            }
            if (!acted)
                break;
        }
        (void)executor->runUntilSettled(20000);
        return round();
    }
};

// The server, the stand-in systems and the publisher; a test class derives from it (after QObject)
// and calls setUp() from its initTestCase once FW_START_POSTGRES_OR_SKIP(m_server) started the server.
class AssetSyncCluster {
protected:
    ThrowawayPostgres m_server;
    StubServer m_stubs { 5 };
    quint16 m_stubPort = 0;
    std::unique_ptr<PgConnection> m_admin;
    std::unique_ptr<PgConnection> m_publisher;
    int m_published = 0;

    QString conninfoAs(const QString& role, const QString& database = ThrowawayPostgres::defaultDatabase()) const
    {
        QString conninfo = m_server.conninfo(database);
        return conninfo.replace(QStringLiteral("user=") + ThrowawayPostgres::adminUser(), QStringLiteral("user=") + role);
    }

    // before: prepares the store file (at its path) before the workstation opens it.
    std::unique_ptr<Workstation> workstation(const QString& id, int capacity,
                                             const QString& database = ThrowawayPostgres::defaultDatabase(),
                                             const std::function<bool(const QString&)>& before = {})
    {
        QString role = QStringLiteral("login_") + id;
        role.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!m_server
                 .runSql(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN IN ROLE fw_workstation; "
                                        "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                             .arg(role))
                 .ok())
            return nullptr;
        auto ws = std::make_unique<Workstation>();
        ws->id = id;
        ws->stubPort = m_stubPort;
        ws->settings = { conninfoAs(role, database), id, id + QStringLiteral("-user"), 60, capacity, 20000 };
        if (before && !before(ws->path()))
            return nullptr;
        return ws->start() ? std::move(ws) : nullptr;
    }

    QString publishOrder(const QString& prefix)
    {
        RemoteStore store(*m_publisher, QStringLiteral("publisher"));
        auto document = nlohmann::json::parse(readAll(samples + QStringLiteral("order.json")).toStdString());
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(++m_published);
        document["id"] = id.toStdString();
        return store.publishOrder(id, QString::fromStdString(document.dump())).ok() ? id : QString();
    }

    qint64 remoteCount(const QString& sql)
    {
        auto result = m_admin->query(sql);
        return result.ok() ? result.value().number(0, 0) : -1;
    }

    bool completed(const QString& orderId)
    {
        return remoteCount(
                   QStringLiteral("SELECT COUNT(*) FROM fw.order_snapshots WHERE state = 'completed' AND order_id = '%1'").arg(orderId))
            == 1;
    }

    // An order published and run to completion on `ws`: its assets are in ws's store.
    QString completedOn(Workstation& ws, const QString& prefix)
    {
        const QString orderId = publishOrder(prefix);
        for (int round = 0; round < 40 && !completed(orderId); ++round)
            ws.work();
        return completed(orderId) ? orderId : QString();
    }

    static QString assetsOf(const QString& orderId) { return QStringLiteral("id LIKE '%1/%'").arg(orderId); }
    static QString historyOf(const QString& orderId) { return QStringLiteral("asset_id LIKE '%1/%'").arg(orderId); }

    void setUp()
    {
        m_stubPort = m_stubs.listenLocal(0);
        QVERIFY(m_stubPort);
        m_admin = std::make_unique<PgConnection>(m_server.conninfo());
        QCOMPARE(m_admin->open().message(), QString());
        QCOMPARE(RemoteSchema::migrate(*m_admin).message(), QString());
        QString grants;
        for (const QString& statement : RemoteSchema::roleGrants())
            grants += statement + (statement.startsWith(QStringLiteral("--")) ? QString() : QStringLiteral(";")) + QLatin1Char('\n');
        QCOMPARE(m_server.runSql(grants + QStringLiteral("CREATE ROLE feed LOGIN IN ROLE fw_publisher;")).message(), QString());
        m_publisher = std::make_unique<PgConnection>(conninfoAs(QStringLiteral("feed")));
        QCOMPARE(m_publisher->open().message(), QString());
        const auto catalog = nlohmann::json::parse(readAll(samples + QStringLiteral("catalog.json")).toStdString());
        RemoteStore store(*m_publisher, QStringLiteral("publisher"));
        QCOMPARE(store
                     .publishCatalog(QString::fromStdString(catalog["id"]), QString::fromStdString(catalog["version"]),
                                     QString::fromStdString(catalog["name"]), QString::fromStdString(catalog.dump()))
                     .message(),
                 QString());
    }
};

} // namespace fw::assetsynctest
