// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl on a store of every local schema version since 1 (tests/data/stores): the first command
// brings it up to date, and orders, status, tasks and timeline show what the old store held, with
// exit code 0 (the store layer's side is tst_storeupgrade).

#include "fwctlprocess.h"
#include "storefixtures.h"

#include "store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {

// One line per row of `sql` on the fixture as loaded (before fwctl upgrades it).
QStringList rowsOf(const QString& path, const QString& sql)
{
    QStringList rows;
    const QString name = QStringLiteral("fixture-read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql)) {
            while (query.next())
                rows << query.value(0).toString();
        } else {
            rows << QStringLiteral("cannot read: ") + sql;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

nlohmann::json jsonOf(const test::FwctlRun& run)
{
    return nlohmann::json::parse(run.out.toStdString(), nullptr, false);
}

} // namespace

class TestFwctlUpgrade : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fwctlShowsAnUpgradedStore_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= latestSchemaVersion(); ++version)
            QTest::addRow("v%02d", version) << version;
    }

    void fwctlShowsAnUpgradedStore()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(test::loadStoreFixture(version, store));
        const QStringList orders = rowsOf(store, QStringLiteral("SELECT id || ' ' || state FROM orders ORDER BY id"));
        const QStringList tasks
            = version >= 2 ? rowsOf(store, QStringLiteral("SELECT id || ' ' || state FROM tasks ORDER BY id")) : QStringList();
        const QStringList timeline = rowsOf(store, QStringLiteral("SELECT kind FROM journal WHERE order_id = 'KIT-1' ORDER BY seq"));
        QVERIFY(!orders.isEmpty() && !timeline.isEmpty());

        const test::FwctlRun listed = test::runFwctlOn(store, { QStringLiteral("orders"), QStringLiteral("--json") });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const nlohmann::json rows = jsonOf(listed);
        QVERIFY(rows.is_array());
        QStringList shown;
        for (const nlohmann::json& row : rows) {
            shown << QString::fromStdString(row.value("id", "")) + QLatin1Char(' ') + QString::fromStdString(row.value("state", ""));
            QCOMPARE(row.value("setAsideReason", "?"), std::string());
        }
        QCOMPARE(shown, orders);
        QCOMPARE(rowsOf(store, QStringLiteral("SELECT MAX(version) FROM schema_version")),
                 QStringList { QString::number(latestSchemaVersion()) });

        const test::FwctlRun status = test::runFwctlOn(store, { QStringLiteral("status"), QStringLiteral("KIT-1") });
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QString kit1 = orders.filter(QStringLiteral("KIT-1 ")).value(0).section(QLatin1Char(' '), 1);
        QVERIFY2(status.out.startsWith(QStringLiteral("Order KIT-1: ") + kit1), qPrintable(status.out));

        const test::FwctlRun listedTasks
            = test::runFwctlOn(store, { QStringLiteral("tasks"), QStringLiteral("--all"), QStringLiteral("--json") });
        QVERIFY2(listedTasks.exitCode == 0, qPrintable(listedTasks.err));
        QStringList shownTasks;
        for (const nlohmann::json& row : jsonOf(listedTasks))
            shownTasks << QString::number(row.value("id", 0)) + QLatin1Char(' ') + QString::fromStdString(row.value("state", ""));
        QCOMPARE(shownTasks, tasks);

        const test::FwctlRun journal
            = test::runFwctlOn(store, { QStringLiteral("timeline"), QStringLiteral("KIT-1"), QStringLiteral("--json") });
        QVERIFY2(journal.exitCode == 0, qPrintable(journal.err));
        QStringList kinds;
        for (const nlohmann::json& row : jsonOf(journal))
            kinds << QString::fromStdString(row.value("kind", ""));
        QCOMPARE(kinds, timeline);
    }
};

QTEST_GUILESS_MAIN(TestFwctlUpgrade)
#include "tst_fwctlupgrade.moc"
