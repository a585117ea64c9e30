// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Upgrades and assets' sync (docs/sync.md, "Assets"): assets a store recorded before local schema 27
// are queued by the upgrade and pushed; a remote store of the previous version (schema 4, its roles'
// rights as that build gave them) is upgraded and workstation roles sync assets there.

#include "assetsyncfixture.h"
#include "store/assetrows.h"
#include "store/assetwriter.h"
#include "store/migrations.h"

#include <QSqlQuery>

using namespace fw;
using namespace fw::assetsynctest;

class TestAssetSyncUpgrade : public QObject, public AssetSyncCluster {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        setUp();
    }

    void assetsOfAStoreFromBeforeSyncingAssetsArePushed()
    {
        const auto v24 = [](const QString& path) {
            const QString name = QStringLiteral("v24-store");
            bool ok = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                // Written as schema 24 had them (today's AssetWriter writes later columns).
                ok = db.open() && migrateSchemaTo(db, 24).ok();
                QSqlQuery insert(db);
                ok = ok
                    && insert.exec(
                        QStringLiteral(
                            "INSERT INTO assets (id, account_id, product, attributes, quantity, status, source_order, source_item, "
                            "created_at, updated_at) VALUES ('OLD-1/1', '%1', 'LAPTOP', "
                            "'{\"note\":\"a \\\"quoted\\\" C:\\\\path, {braces}, Grüße\"}', 1, 'active', 'OLD-1', '1', "
                            "'2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z')")
                            .arg(account))
                    && insert.exec(
                        QStringLiteral("INSERT INTO asset_events (asset_id, seq, at, kind, order_id, actor, after) VALUES ('OLD-1/1', 1, "
                                       "'2026-11-20T09:00:00.000Z', 'created', 'OLD-1', 'engine', '{\"quantity\":1}')"));
            }
            QSqlDatabase::removeDatabase(name);
            return ok;
        };
        auto a = workstation(QStringLiteral("ws-o"), 0, ThrowawayPostgres::defaultDatabase(), v24);
        auto b = workstation(QStringLiteral("ws-p"), 0);
        QVERIFY(a && b);
        QCOMPARE(scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox WHERE asset_id = 'OLD-1/1'")), 1);
        QVERIFY(a->round().online);
        QVERIFY(b->round().online);
        QCOMPARE(column(b->db(), QStringLiteral("SELECT product || '/' || revision FROM assets WHERE id = 'OLD-1/1'")),
                 QStringList { QStringLiteral("LAPTOP/1") });
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM asset_events WHERE asset_id = 'OLD-1/1'")), 1);
        const QString attributes = QStringLiteral("SELECT attributes FROM assets WHERE id = 'OLD-1/1'");
        QVERIFY2(column(b->db(), attributes).value(0).contains(QStringLiteral("C:\\\\path, {braces}, Grüße")),
                 qPrintable(column(b->db(), attributes).value(0)));
        QCOMPARE(column(b->db(), attributes), column(a->db(), attributes));
    }

    // A remote store made by the previous build (schema 4, its roles' rights as that build's
    // `sync-admin roles` gave them) is upgraded by the next workstation of this build to connect as its
    // owner; workstation roles then sync assets there.
    void aRemoteStoreOfThePreviousVersionIsUpgraded()
    {
        const QString database = QStringLiteral("fw_v4");
        QCOMPARE(m_server.runSql(QStringLiteral("CREATE DATABASE %1").arg(database)).message(), QString());
        PgConnection owner(m_server.conninfo(database));
        QCOMPARE(owner.open().message(), QString());
        QCOMPARE(RemoteSchema::migrateTo(owner, 4).message(), QString());
        QString oldGrants;
        for (QString statement : RemoteSchema::roleGrants()) {
            statement.replace(QStringLiteral(", fw.assets "), QStringLiteral(" ")).replace(QStringLiteral(" fw.asset_events,"), QString());
            oldGrants += statement + (statement.startsWith(QStringLiteral("--")) ? QString() : QStringLiteral(";")) + QLatin1Char('\n');
        }
        QVERIFY(!oldGrants.contains(QStringLiteral("asset")));
        QCOMPARE(m_server.runSql(oldGrants, database).message(), QString());
        QCOMPARE(owner.execute(QStringLiteral("INSERT INTO fw.workstations (id, user_name, host) VALUES ('ws-old', 'o', 'h')")).message(),
                 QString());
        auto version = owner.query(QStringLiteral("SELECT MAX(version) FROM fw.schema_version"));
        QVERIFY(version.ok());
        QCOMPARE(version.value().number(0, 0), 4);

        QCOMPARE(RemoteSchema::migrate(owner).message(), QString()); // what the owner's workstation does on connect
        version = owner.query(
            QStringLiteral("SELECT MAX(version), (SELECT COUNT(*) FROM fw.workstations WHERE id = 'ws-old') FROM fw.schema_version"));
        QVERIFY(version.ok());
        QCOMPARE(version.value().number(0, 0), RemoteSchema::latestVersion());
        QCOMPARE(version.value().number(0, 1), 1);

        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-i"), 4, database);
        auto b = workstation(QStringLiteral("ws-j"), 0, database);
        QVERIFY(a && b);
        PgConnection publisher(conninfoAs(QStringLiteral("feed"), database));
        QCOMPARE(publisher.open().message(), QString());
        const auto catalog = nlohmann::json::parse(readAll(samples + QStringLiteral("catalog.json")).toStdString());
        auto document = nlohmann::json::parse(readAll(samples + QStringLiteral("order.json")).toStdString());
        document["id"] = "UPGRADED-1";
        RemoteStore there(publisher, QStringLiteral("publisher"));
        QCOMPARE(there
                     .publishCatalog(QString::fromStdString(catalog["id"]), QString::fromStdString(catalog["version"]),
                                     QString::fromStdString(catalog["name"]), QString::fromStdString(catalog.dump()))
                     .message(),
                 QString());
        QCOMPARE(there.publishOrder(QStringLiteral("UPGRADED-1"), QString::fromStdString(document.dump())).message(), QString());
        for (int i = 0; i < 40 && scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM assets")) == 0; ++i)
            a->work();
        QVERIFY(a->round().online);
        QVERIFY(b->round().online);
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM assets WHERE id LIKE 'UPGRADED-1/%'")), 9);
        QCOMPARE(a->agent->status().lastError, QString());
    }
};

QTEST_GUILESS_MAIN(TestAssetSyncUpgrade)
#include "tst_assetsyncupgrade.moc"
