// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ImportCommands on a real store: a catalog or an order is validated and written in one
// transaction (a bad file changes nothing), and a new order is handed to the run loop, which runs
// it at once; without a run loop the order waits for an engine to adopt it.

#include "engine/handlers/importcommands.h"
#include "handlerfixture.h"
#include "io/orderinputs.h"

#include <QSqlQuery>
#include <QTest>

using namespace fw;

class TestImportCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;

    static QString firstProblem(const ImportResult& result) { return result.ok() ? QString() : result.problems.front().toString(); }
    QString count(const char* table) const { return m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))); }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::HandlerFixture>();
        QVERIFY(m_f->open(QStringLiteral("import.db")));
        QVERIFY(m_f->restart());
    }
    void cleanup() { m_f.reset(); }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::addRow("unknown kind") << "plan"
                                      << "order.json"
                                      << "order.json:: expected 'catalog' or 'order', got 'plan'";
        QTest::addRow("missing order file") << "order"
                                            << "no-such.json"
                                            << "no-such.json:";
        QTest::addRow("a catalog as an order") << "order" << FW_TEST_DATA_DIR "/engine/auto-catalog.json"
                                               << FW_TEST_DATA_DIR "/engine/auto-catalog.json:";
        QTest::addRow("missing catalog file") << "catalog"
                                              << "no-such.json"
                                              << "no-such.json:";
    }
    void badFilesChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const QString before = count("journal");
        const ImportResult result = ImportCommands(*m_f->database, m_f->clock, m_f->loop.get()).importFile(kind, file, QStringLiteral("t"));
        QVERIFY(!result.ok());
        QVERIFY2(firstProblem(result).startsWith(problem), qPrintable(firstProblem(result)));
        QVERIFY(!result.storeFailed);
        QCOMPARE(count("orders"), QStringLiteral("0"));
        QCOMPARE(count("catalogs"), QStringLiteral("1"));
        QCOMPARE(count("journal"), before);
        QVERIFY(m_f->loop->orders().ids().empty());
    }

    void catalogIsStored()
    {
        const ImportResult result = ImportCommands(*m_f->database, m_f->clock, m_f->loop.get())
                                        .importFile(QStringLiteral("catalog"), QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"),
                                                    QStringLiteral("ana"));
        QVERIFY2(result.ok(), qPrintable(firstProblem(result)));
        QCOMPARE(count("catalogs"), QStringLiteral("2"));
        QCOMPARE(
            m_f->scalar(QStringLiteral("SELECT actor FROM journal WHERE kind = 'catalog.imported' AND payload LIKE '%%1%'").arg(result.id)),
            QStringLiteral("ana"));
    }

    void newOrderRunsAtOnce()
    {
        ImportCommands imports(*m_f->database, m_f->clock, m_f->loop.get());
        const ImportResult result
            = imports.importOrder(m_f->orderFile("order.json", QStringLiteral("KIT-7"), "KIT-1"), QStringLiteral("ana"));
        QVERIFY2(result.ok(), qPrintable(firstProblem(result)));
        QCOMPARE(result.id, QStringLiteral("KIT-7"));
        QVERIFY2(result.summary.startsWith(QStringLiteral("order KIT-7 imported: 1 fulfillment lines")), qPrintable(result.summary));
        QVERIFY(result.notRun.isEmpty());
        QVERIFY(m_f->loop->orders().find(QStringLiteral("KIT-7"))); // handed over
        QVERIFY(m_f->run() > 0);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT state || ' ' || queue FROM tasks WHERE order_id = 'KIT-7'")),
                 QStringLiteral("open workshop"));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT actor FROM journal WHERE order_id = 'KIT-7' AND kind = 'order.imported'")),
                 QStringLiteral("ana"));
    }

    // fwctl import: no run loop in the process; the engine that runs the store adopts the order.
    void withoutARunLoopTheEngineAdoptsIt()
    {
        const ImportResult result = ImportCommands(*m_f->database, m_f->clock)
                                        .importFile(QStringLiteral("order"), m_f->orderFile("order.json", QStringLiteral("KIT-8"), "KIT-1"),
                                                    QStringLiteral("ana"));
        QVERIFY2(result.ok(), qPrintable(firstProblem(result)));
        QVERIFY(!m_f->loop->orders().find(QStringLiteral("KIT-8")));
        QCOMPARE(count("orders"), QStringLiteral("1"));
        QStringList errors;
        QCOMPARE(m_f->loop->adoptNewOrders(errors), 1);
        QVERIFY(m_f->loop->orders().find(QStringLiteral("KIT-8")));
    }

    // Many orders: each committed group is handed to the run loop; a rejected order is not.
    void manyOrdersAreHandedOverGroupByGroup()
    {
        QStringList files;
        for (const char* id : { "KIT-11", "KIT-12", "KIT-13" })
            files << m_f->orderFile("order.json", QLatin1String(id), "KIT-1");
        files << m_f->orderFile("order.json", QStringLiteral("KIT-11"), "KIT-1"); // the same id again
        OrderInputs inputs(files);
        std::vector<std::size_t> groups;
        BulkImportControl control;
        control.committed = [&](const std::vector<QString>& ids) { groups.push_back(ids.size()); };
        const BulkImportReport report
            = ImportCommands(*m_f->database, m_f->clock, m_f->loop.get()).importOrders(inputs, QStringLiteral("ana"), {}, control, 2);
        QCOMPARE(report.imported.size(), std::size_t(3));
        QCOMPARE(report.rejected.size(), std::size_t(1));
        QCOMPARE(groups, (std::vector<std::size_t> { 2, 1 }));
        QVERIFY(report.notes.isEmpty());
        for (const char* id : { "KIT-11", "KIT-12", "KIT-13" })
            QVERIFY2(m_f->loop->orders().find(QLatin1String(id)), id);
        QVERIFY(m_f->run() > 0);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE state = 'open'")), QStringLiteral("3"));
    }

    // A committed group is taken up with one read-back loader and one flush: an order of it that
    // cannot be read is set aside with its reason (stored, journalled once), the others run.
    void anUnreadableOrderOfAGroupIsSetAsideTheOthersRun()
    {
        // The store damages KIT-22's steps as they are written (a state no build knows).
        QSqlQuery damage(m_f->database->connection());
        QVERIFY(damage.exec(QStringLiteral("CREATE TRIGGER damage_kit22 AFTER INSERT ON steps WHEN NEW.order_id = 'KIT-22' "
                                           "BEGIN UPDATE steps SET state = 'exploded' WHERE rowid = NEW.rowid; END")));
        QStringList files;
        for (const char* id : { "KIT-21", "KIT-22", "KIT-23" })
            files << m_f->orderFile("order.json", QLatin1String(id), "KIT-1");
        OrderInputs inputs(files);
        const BulkImportReport report
            = ImportCommands(*m_f->database, m_f->clock, m_f->loop.get()).importOrders(inputs, QStringLiteral("ana"), {}, {}, 10);
        QCOMPARE(report.imported.size(), std::size_t(3));
        QCOMPARE(report.notes.size(), 1);
        QVERIFY2(report.notes.front().startsWith(QStringLiteral("order KIT-22 is stored, but the engine could not take it up: order "
                                                                "KIT-22 set aside, not run: store:order/KIT-22: step ")),
                 qPrintable(report.notes.front()));
        QVERIFY(!m_f->loop->orders().find(QStringLiteral("KIT-22")));
        QVERIFY(m_f->scalar(QStringLiteral("SELECT set_aside_reason FROM orders WHERE id = 'KIT-22'"))
                    .startsWith(QStringLiteral("store:order/KIT-22: step ")));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.set-aside'")), QStringLiteral("1"));
        QVERIFY(m_f->run() > 0);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT group_concat(order_id) FROM tasks WHERE state = 'open' ORDER BY order_id")),
                 QStringLiteral("KIT-21,KIT-23"));
    }
};

QTEST_GUILESS_MAIN(TestImportCommands)
#include "tst_importcommands.moc"
