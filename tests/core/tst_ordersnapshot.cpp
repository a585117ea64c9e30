// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderSnapshots::capture writes the snapshot's JSON straight from SQLite's values. What it
// writes must be the text the snapshot always was (the object nlohmann::json built from QSqlQuery
// values, dumped: keys sorted, no spaces), whatever the rows hold: quotes, control characters,
// non-ASCII text, reals, blobs and NULLs; and applying it elsewhere gives back the same rows.
#include "orderstorefixture.h"
#include "store/database.h"
#include "store/ordersnapshot.h"

#include <nlohmann/json.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace fw;

namespace {

// The snapshot as capture built it before it wrote the text itself.
QString referenceSnapshot(const QSqlDatabase& db, const QString& orderId)
{
    nlohmann::json snapshot = nlohmann::json::object();
    for (const char* table : { "orders", "fulfillment_lines", "steps", "tasks", "fallout_cases", "attempts", "signals" }) {
        const QString name = QString::fromLatin1(table);
        QStringList columns;
        const QSqlRecord record = db.record(name);
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            const bool localId
                = column == QStringLiteral("id") && (name == QStringLiteral("tasks") || name == QStringLiteral("fallout_cases"));
            if (!localId && !(name == QStringLiteral("orders") && column == QStringLiteral("replica_of")))
                columns << column;
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                          .arg(columns.join(QStringLiteral(", ")), name,
                               name == QStringLiteral("orders") ? QStringLiteral("id") : QStringLiteral("order_id")));
        query.addBindValue(orderId);
        if (!query.exec())
            return QStringLiteral("cannot read ") + name;
        nlohmann::json rows = nlohmann::json::array();
        while (query.next()) {
            nlohmann::json row = nlohmann::json::object();
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant value = query.value(i);
                nlohmann::json& field = row[columns[i].toStdString()];
                if (value.isNull())
                    field = nullptr;
                else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                    field = value.toLongLong();
                else if (value.typeId() == QMetaType::Double)
                    field = value.toDouble();
                else
                    field = value.toString().toStdString();
            }
            rows.push_back(std::move(row));
        }
        snapshot[table] = std::move(rows);
    }
    return QString::fromStdString(snapshot.dump());
}

bool run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning() << sql << query.lastError().text();
    return query.isActive();
}

} // namespace

class TestOrderSnapshot : public QObject {
    Q_OBJECT

    Database m_store { QStringLiteral(":memory:") };
    Database m_replica { QStringLiteral(":memory:") };

    QSqlDatabase db() const { return m_store.connection(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.openStore());
        QVERIFY(m_replica.openStore());
        QVERIFY(test::fillFixtureStore(db(), 4));
        // SO-1001: every character JSON escapes; SO-1002: text beyond ASCII; SO-1003: a real, a blob and NULLs.
        QVERIFY(run(db(),
                    QStringLiteral("UPDATE orders SET account_name = 'q\"b\\s/' || char(9) || char(10) || char(13) || char(8) "
                                   "|| char(12) || char(1) || char(31) || char(127) || 'end' WHERE id = 'SO-1001'")));
        QVERIFY(run(db(), QStringLiteral("UPDATE orders SET account_name = 'Überfall – ✓ 🚚' WHERE id = 'SO-1002'")));
        QVERIFY(run(db(), QStringLiteral("UPDATE steps SET estimated_seconds = 2.5 WHERE order_id = 'SO-1003' AND seq = 0")));
        QVERIFY(run(db(),
                    QStringLiteral("INSERT INTO tasks (order_id, step_id, queue, state, claimed_by, data, comment, created_at, "
                                   "updated_at) VALUES ('SO-1003', 's2', 'billing', 'open', NULL, X'7B7D', NULL, 't', 't')")));
        QVERIFY(run(db(), QStringLiteral("INSERT INTO signals (order_id, name, received_at) VALUES ('SO-1003', 'ready', 't')")));
    }

    void captureWritesTheTextSnapshotsAlwaysHad_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::newRow("plain order") << QStringLiteral("SO-1000");
        QTest::newRow("quotes and control characters") << QStringLiteral("SO-1001");
        QTest::newRow("beyond ASCII") << QStringLiteral("SO-1002");
        QTest::newRow("a real, a blob and NULLs") << QStringLiteral("SO-1003");
    }

    void captureWritesTheTextSnapshotsAlwaysHad()
    {
        QFETCH(QString, orderId);
        OrderSnapshots snapshots(db());
        const auto captured = snapshots.capture(orderId);
        QVERIFY(captured);
        QCOMPARE(captured->json, referenceSnapshot(db(), orderId));
        QSqlQuery state(db());
        QVERIFY(state.exec(QStringLiteral("SELECT state FROM orders WHERE id = '%1'").arg(orderId)) && state.next());
        QCOMPARE(captured->state, state.value(0).toString());
    }

    void captureOfManyOrdersAnswersEachInTurn()
    {
        OrderSnapshots snapshots(db());
        const auto read
            = snapshots.capture(QStringList { QStringLiteral("SO-1003"), QStringLiteral("SO-9999"), QStringLiteral("SO-1001") });
        QVERIFY2(read.ok(), qPrintable(read.message()));
        const auto& captured = *read;
        QCOMPARE(captured.size(), std::size_t(3));
        QVERIFY(captured[0] && captured[2]);
        QVERIFY(!captured[1]); // no such order
        QCOMPARE(captured[0]->json, referenceSnapshot(db(), QStringLiteral("SO-1003")));
        QCOMPARE(captured[2]->json, referenceSnapshot(db(), QStringLiteral("SO-1001")));
        QVERIFY(!snapshots.capture(QStringLiteral("SO-9999")));
    }

    void appliedSnapshotCapturesTheSame_data() { captureWritesTheTextSnapshotsAlwaysHad_data(); }

    void appliedSnapshotCapturesTheSame()
    {
        QFETCH(QString, orderId);
        OrderSnapshots here(db());
        OrderSnapshots there(m_replica.connection());
        const auto captured = here.capture(orderId);
        QVERIFY(captured);
        const Status applied = there.apply(captured->json, QStringLiteral("ws-a"));
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        const auto again = there.capture(orderId);
        QVERIFY(again);
        QCOMPARE(again->json, captured->json);
    }

    void aDamagedSnapshotIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut short") << QStringLiteral("{\"orders\": [") << QStringLiteral("malformed JSON");
        QTest::newRow("number out of range") << QStringLiteral("{\"orders\": [{\"id\": \"SO-X\", \"total\": 1e400}]}")
                                             << QStringLiteral("out of range");
        QTest::newRow("not an object") << QStringLiteral("[1, 2]") << QStringLiteral("not an object with exactly one order row");
        QTest::newRow("two orders") << QStringLiteral("{\"orders\": [{\"id\": \"A\"}, {\"id\": \"B\"}]}")
                                    << QStringLiteral("not an object with exactly one order row");
    }

    void aDamagedSnapshotIsRefusedWithTheReason()
    {
        QFETCH(QString, json);
        QFETCH(QString, reason);
        OrderSnapshots there(m_replica.connection());
        const Status applied = there.apply(json, QStringLiteral("ws-a"));
        QVERIFY(!applied.ok());
        QVERIFY2(applied.message().contains(reason), qPrintable(applied.message()));
        QVERIFY(applied.message().startsWith(QStringLiteral("apply")));
    }
};

QTEST_GUILESS_MAIN(TestOrderSnapshot)
#include "tst_ordersnapshot.moc"
