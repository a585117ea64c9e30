// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A store of every local schema version since 1 (tests/data/stores), migrated to the newest: what a
// user would notice after installing a new build. Every order, step, task, fallout case, user and
// journal entry is still there and reads the same; the store listings (fwctl's orders, steps, tasks,
// fallout) show them; the engine loads every unfinished order, sets none aside, and runs them on.

#include "handlerfixture.h"
#include "storefixtures.h"

#include "engine/handlers/taskcommands.h"
#include "store/migrations.h"
#include "store/orderbrowser.h"
#include "store/storelistings.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

// What a user sees of each kind of record: one line per row, in a stable order. What a version did
// not have is left out.
struct UserRecord {
    const char* name;
    const char* table; // the table (or the table of the same migration) it needs
    const char* sql;
};
const std::vector<UserRecord> userRecords {
    { "catalogs", "catalogs", "SELECT id || '@' || version || ' ' || name || ' ' || length(document) FROM catalogs ORDER BY id, version" },
    { "orders", "orders",
      "SELECT id || ' ' || state || ' ' || account_name || ' ' || catalog_id || ' ' || COALESCE(requested_date, '') || ' ' || "
      "length(document) FROM orders ORDER BY id" },
    { "order priorities", "escalations", "SELECT id || ' ' || priority FROM orders WHERE priority <> 0 ORDER BY id" }, // both v12
    { "fulfillment_lines", "fulfillment_lines",
      "SELECT order_id || '/' || id || ' ' || product || ' ' || quantity FROM fulfillment_lines ORDER BY order_id, id" },
    { "steps", "steps",
      "SELECT order_id || '/' || id || ' ' || name || ' ' || lane || ' ' || state || ' ' || attempts FROM steps "
      "ORDER BY order_id, seq" },
    { "tasks", "tasks",
      "SELECT id || ' ' || order_id || '/' || step_id || ' ' || queue || ' ' || state || ' ' || COALESCE(claimed_by, '-') || ' ' || "
      "COALESCE(data, '-') FROM tasks ORDER BY id" },
    { "fallout_cases", "fallout_cases",
      "SELECT id || ' ' || order_id || '/' || step_id || ' ' || queue || ' ' || state || ' ' || classification || ' ' || "
      "error FROM fallout_cases ORDER BY id" },
    { "attempts", "attempts",
      "SELECT order_id || '/' || step_id || ' ' || series || '.' || attempt || ' ' || idempotency_key || ' ' || "
      "COALESCE(http_status, 0) || ' ' || COALESCE(outcome, '-') || ' ' || COALESCE(response, '-') FROM attempts "
      "ORDER BY order_id, step_id, series, attempt" },
    { "change_orders", "change_orders",
      "SELECT order_id || '/' || id || ' r' || revision || ' ' || state || ' ' || requested_by || ' ' || reason || ' ' || "
      "submitted_by || ' ' || COALESCE(applied_at, '-') || ' ' || outcome FROM change_orders ORDER BY order_id, id" },
    { "escalations", "escalations",
      "SELECT id || ' ' || order_id || '/' || step_id || ' ' || queue || ' ' || level || ' ' || state || ' ' || "
      "COALESCE(note, '-') || ' ' || raised_by FROM escalations ORDER BY id" },
    { "signals", "signals", "SELECT order_id || ' ' || name || ' ' || received_at FROM signals ORDER BY order_id, name" },
    { "journal", "journal",
      "SELECT seq || ' ' || at || ' ' || COALESCE(order_id, '-') || ' ' || COALESCE(step_id, '-') || ' ' || kind || ' ' || "
      "actor || ' ' || COALESCE(before_state, '') || '>' || COALESCE(after_state, '') || ' ' || COALESCE(payload, '') "
      "FROM journal ORDER BY seq" },
    { "users", "users", "SELECT id || ' ' || display_name || ' ' || roles || ' ' || queues || ' ' || active FROM users ORDER BY id" },
    { "store_settings", "store_settings", "SELECT name || '=' || value FROM store_settings ORDER BY name" },
};

QStringList lines(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(sql))
        return { QStringLiteral("error: ") + query.lastError().text() };
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

std::map<QString, QStringList> userView(const QSqlDatabase& db)
{
    std::map<QString, QStringList> view;
    const QStringList tables = db.tables();
    for (const UserRecord& record : userRecords)
        if (tables.contains(QLatin1String(record.table)))
            view[QLatin1String(record.name)] = lines(db, QLatin1String(record.sql));
    return view;
}

} // namespace

class TestStoreUpgrade : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;
    std::map<QString, QStringList> m_before; // the fixture as loaded, before the upgrade
    int m_version = 0;

    QString scalar(const QString& sql) const { return m_f->scalar(sql); }

    QTemporaryDir m_upgraded; // vN.db: each fixture upgraded once; every test works on a copy
    std::map<int, std::map<QString, QStringList>> m_beforeOf; // version -> what its fixture held

    // The fixture of the test row, upgraded to the newest schema: a copy in m_f's directory.
    void upgrade()
    {
        QFETCH(int, version);
        m_version = version;
        m_f = std::make_unique<test::HandlerFixture>();
        const QString upgraded = m_upgraded.filePath(QStringLiteral("v%1.db").arg(version));
        if (!m_beforeOf.count(version)) {
            QFile::remove(upgraded);
            QVERIFY(test::loadStoreFixture(version, upgraded));
            std::map<QString, QStringList> before;
            const QString name = QStringLiteral("before-upgrade");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(upgraded);
                QVERIFY(db.open());
                QCOMPARE(currentSchemaVersion(db), version);
                before = userView(db);
            }
            QSqlDatabase::removeDatabase(name);
            QVERIFY(before.count(QStringLiteral("orders")) && !before[QStringLiteral("orders")].isEmpty());
            Database database(upgraded); // closed (and its log checkpointed) at the end of the scope
            const auto opened = database.openStore();
            QVERIFY2(opened, qPrintable(opened.message()));
            QCOMPARE(database.schemaVersion(), latestSchemaVersion());
            m_beforeOf[version] = std::move(before);
        }
        m_before = m_beforeOf[version];
        const QString path = m_f->dir.filePath(QStringLiteral("store.db"));
        QVERIFY(QFile::copy(upgraded, path));
        m_f->database = std::make_unique<Database>(path);
        const auto opened = m_f->database->openStore();
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(m_f->database->schemaVersion(), latestSchemaVersion());
        // The engine runs on after the newest stored time (KIT-3's billing start is a month on).
        m_f->clock.set(fromStoreTimeText(scalar(QStringLiteral("SELECT MAX(at) FROM journal"))).addDays(40));
    }

    std::unique_ptr<TaskCommands> m_tasks;
    test::AnsweringTransport m_transport;
    void startEngine()
    {
        m_tasks.reset();
        QVERIFY(m_f->restart([this] {
            m_tasks = std::make_unique<TaskCommands>(*m_f->loop);
            m_f->loop->addParticipant(m_tasks.get());
            m_f->loop->callouts().setTransport(&m_transport);
        }));
    }
    void settle()
    {
        const Status settled = test::settle(*m_f->loop);
        QVERIFY2(settled, qPrintable(settled.message()));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_tasks.reset();
        m_f.reset();
        m_transport.keys.clear();
    }

    // A new migration needs its fixture: scripts/make-store-fixtures.sh writes it.
    void everyVersionHasAFixture()
    {
        for (int version = 1; version <= latestSchemaVersion(); ++version)
            QVERIFY2(QFile::exists(test::storeFixturePath(version)), qPrintable(test::storeFixturePath(version)));
    }

    void recordsSurvive_data() { versions(); }
    void recordsSurvive()
    {
        upgrade();
        if (QTest::currentTestFailed())
            return;
        const auto after = userView(m_f->database->connection());
        for (const auto& [table, rows] : m_before) {
            QVERIFY2(after.count(table), qPrintable(table));
            QCOMPARE(after.at(table), rows);
        }
        // Claims held before v18 count from the upgrade; later ones keep their own time.
        const QStringList claims = lines(m_f->database->connection(),
                                         QStringLiteral("SELECT id || ' ' || COALESCE(claimed_at, 'none') || ' ' || "
                                                        "COALESCE(claim_touched_at, 'none') FROM tasks WHERE state = 'claimed'"));
        QCOMPARE(claims.size(), m_version >= 2 ? 1 : 0);
        for (const QString& claim : claims)
            QVERIFY2(!claim.contains(QStringLiteral("none")), qPrintable(claim));
    }

    void listingsShowTheStore_data() { versions(); }
    void listingsShowTheStore()
    {
        upgrade();
        if (QTest::currentTestFailed())
            return;
        const StoreListings listings(m_f->database->connection());
        const auto orders = listings.orders();
        QVERIFY(orders);
        const Listing& list = *orders;
        QCOMPARE(int(list.rows.size()), int(m_before[QStringLiteral("orders")].size()));
        for (const QVariantList& row : list.rows) {
            const QString id = row[0].toString();
            QCOMPARE(row[2].toString(), scalar(QStringLiteral("SELECT state FROM orders WHERE id = '%1'").arg(id))); // none set aside
            const auto steps = listings.steps(id);
            QVERIFY(steps);
            QCOMPARE(QString::number(steps->rows.size()),
                     scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = '%1'").arg(id)));
            const auto standing = listings.orderStanding(id);
            QVERIFY2(standing, qPrintable(standing.message()));
            QVERIFY(*standing && !(*standing)->setAsideReason);
        }
        const auto tasks = listings.tasks({}, true);
        QVERIFY(tasks);
        QCOMPARE(int(tasks->rows.size()), int(m_before[QStringLiteral("tasks")].size()));
        const auto fallout = listings.openFallout({});
        QVERIFY(fallout);
        QCOMPARE(int(fallout->rows.size()), m_version >= 2 ? 1 : 0);
    }

    // The Orders search finds every order after the upgrade: by its id, and by the last character
    // of its search text, which only the two spaces every text ends in since v20 put in a trigram.
    void ordersSearchFindsEveryOrder_data() { versions(); }
    void ordersSearchFindsEveryOrder()
    {
        upgrade();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM order_search WHERE substr(terms, -2) <> '  '")), QStringLiteral("0"));
        // The v8-v12 fixtures hold the search rows of the store they were cut from, which had KIT-5
        // (made by v13's change orders): after KIT-4 their rowids are one off (a defect of the
        // fixtures, not of the stores the triggers keep).
        if (m_version < 13)
            return;
        QSqlQuery orders(m_f->database->connection());
        QVERIFY(orders.exec(QStringLiteral("SELECT o.id, rtrim(s.terms, ' ') FROM orders o JOIN order_search s ON s.rowid = o.rowid")));
        int checked = 0;
        while (orders.next()) {
            const QString id = orders.value(0).toString();
            for (const QString& text : { id, orders.value(1).toString().right(1) }) {
                OrderQuery query;
                query.search = text;
                QStringList found;
                QVERIFY(OrderBrowser(m_f->database->connection()).forEach(query, [&](const OrderSummary& row) {
                    found << row.id;
                    return true;
                }));
                QVERIFY2(found.contains(id), qPrintable(id + QStringLiteral(" by '") + text + QLatin1Char('\'')));
            }
            ++checked;
        }
        QCOMPARE(QString::number(checked), scalar(QStringLiteral("SELECT COUNT(*) FROM orders")));
    }

    // The engine takes up every unfinished order and moves them on: the first run of a v1 store
    // (no engine yet) starts them; a later store's open task is worked and its order goes on.
    void engineRunsTheOrdersOn_data() { versions(); }
    void engineRunsTheOrdersOn()
    {
        upgrade();
        if (QTest::currentTestFailed())
            return;
        const qint64 lastEntry = scalar(QStringLiteral("SELECT MAX(seq) FROM journal")).toLongLong();
        startEngine();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_f->loop->orders().setAside().empty());
        for (const QString& id :
             lines(m_f->database->connection(), QStringLiteral("SELECT id FROM orders WHERE state NOT IN ('completed', 'cancelled')")))
            QVERIFY2(m_f->loop->orders().holds(id), qPrintable(id)); // held: read when due or when an action concerns it
        settle();
        const QString assemble = QStringLiteral("SELECT state FROM steps WHERE order_id = 'KIT-1' AND step_key = 'assemble'");
        if (m_version == 1) {
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE state = 'open' AND queue = 'workshop'")), QStringLiteral("4"));
            QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'BROKEN-1'")), QStringLiteral("fallout"));
            QCOMPARE(m_transport.keys.size(), 4); // both SHIP orders: reserve and ship
        } else {
            // SHIP-1's callouts were answered before the upgrade: not sent again. SHIP-2's unanswered
            // reservation is retried under its key, so the system can tell it from a new one.
            QCOMPARE(m_transport.keys.first(), QStringLiteral("SHIP-2/line:1.F_ITEM/reserve/1"));
            QVERIFY(!m_transport.keys.join(QLatin1Char(' ')).contains(QStringLiteral("SHIP-1")));
            QCOMPARE(scalar(assemble), QStringLiteral("waiting"));
            const qint64 task = m_f->taskOf(QStringLiteral("KIT-1"));
            QVERIFY(m_tasks->claim(task, QStringLiteral("olivia")));
            const QVariantMap form { { QStringLiteral("serial"), QStringLiteral("SN-1") }, { QStringLiteral("tested"), true } };
            const auto completed = m_tasks->complete(task, QStringLiteral("olivia"), form);
            QVERIFY2(completed, qPrintable(completed.message()));
            settle();
            QCOMPARE(scalar(assemble), QStringLiteral("completed"));
            if (m_version >= 13) // cancelled by its change order before the upgrade: stays so, not loaded
                QVERIFY(!m_f->loop->orders().find(QStringLiteral("KIT-5")));
            // KIT-3 waited for its billing start, which has passed.
            QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-3'")), QStringLiteral("completed"));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'SHIP-2'")), QStringLiteral("completed"));
        QVERIFY(scalar(QStringLiteral("SELECT MIN(seq) FROM journal WHERE seq > %1").arg(lastEntry)).toLongLong() > lastEntry);
    }

private:
    static void versions()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= latestSchemaVersion(); ++version)
            QTest::addRow("v%02d", version) << version;
    }
};

QTEST_GUILESS_MAIN(TestStoreUpgrade)
#include "tst_storeupgrade.moc"
