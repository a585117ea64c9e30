// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// BulkImporter on a real store: many orders validated one by one and written in grouped
// transactions. A bad order is rejected with its input (file or stdin:LINE) and reason while the
// others go in; a group that cannot be written is rolled back and imported order by order, so no
// good order is lost and nothing is half written; a cancel stops after the current group.

#include "common/clock.h"
#include "io/orderinputs.h"
#include "store/bulkimporter.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
QByteArray orderLine(const QString& id, const QString& product = QStringLiteral("AUTO"))
{
    return QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"%2\"}]}\n")
        .arg(id, product)
        .toUtf8();
}

QByteArray orders(int from, int to)
{
    QByteArray text;
    for (int i = from; i <= to; ++i)
        text += orderLine(QStringLiteral("B-%1").arg(i));
    return text;
}

QStringList rejectionLines(const BulkImportReport& report)
{
    QStringList lines;
    for (const ImportRejection& rejection : report.rejected)
        lines << problemsText(rejection.problems);
    return lines;
}
} // namespace

class TestBulkImporter : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("error: ") + sql;
    }
    // Rows of `order` in every table an import writes: "orders,lines,steps,journal".
    QString rowsOf(const QString& order) const
    {
        QStringList counts;
        for (const char* table : { "orders WHERE id", "fulfillment_lines WHERE order_id", "steps WHERE order_id",
                                   "journal WHERE kind = 'order.imported' AND order_id" })
            counts << scalar(QStringLiteral("SELECT COUNT(*) FROM %1 = '%2'").arg(QLatin1String(table), order));
        return counts.join(QLatin1Char(','));
    }
    BulkImportReport importText(QByteArray text, int groupSize, const BulkImportControl& control = {})
    {
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        OrderInputs inputs({ OrderInputs::stdinPath }, &buffer);
        return BulkImporter(*m_database, m_clock, QStringLiteral("ana"), {}, groupSize).run(inputs, control);
    }

    static inline const QString whole = QStringLiteral("1,1,13,1"); // an imported order of the 13-step plan
    static inline const QString none = QStringLiteral("0,0,0,0");

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("bulk.db")));
        QVERIFY(m_database->openStore());
        QVERIFY(StoreImporter(*m_database, m_clock)
                    .importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("t"))
                    .ok());
    }
    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    void goodOrdersGoInBadOnesAreRejectedWithTheirLine_data()
    {
        QTest::addColumn<int>("groupSize");
        QTest::addColumn<QString>("duplicate");
        const QString stored = QStringLiteral("stdin:6:/id: order 'B-1' is already in the store");
        QTest::addRow("one group") << 100 << QStringLiteral("stdin:6:/id: order 'B-1' comes twice in this import: stdin:1 has it already");
        QTest::addRow("groups of 2") << 2 << stored;
        QTest::addRow("one order per group") << 1 << stored;
    }
    void goodOrdersGoInBadOnesAreRejectedWithTheirLine()
    {
        QFETCH(int, groupSize);
        QFETCH(QString, duplicate);
        const QByteArray text = orderLine(QStringLiteral("B-1")) + orderLine(QStringLiteral("B-2"), QStringLiteral("NOPE")) + "\n"
            + "{\"id\": \n" + orderLine(QStringLiteral("B-3")) + orderLine(QStringLiteral("B-1")) + orderLine(QStringLiteral("B-4"));
        const BulkImportReport report = importText(text, groupSize);
        QCOMPARE(report.imported, (std::vector<QString> { QStringLiteral("B-1"), QStringLiteral("B-3"), QStringLiteral("B-4") }));
        const QStringList rejected = rejectionLines(report);
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected[0],
                 QStringLiteral("stdin:2:: no catalog in the store knows all products of this order; import its catalog first"));
        QVERIFY2(rejected[1].startsWith(QStringLiteral("stdin:4:: malformed JSON")), qPrintable(rejected[1]));
        QCOMPARE(rejected[2], duplicate);
        QVERIFY(!report.storeFailed());
        QVERIFY(report.notes.isEmpty());
        QCOMPARE(report.read, 6);
        QCOMPARE(report.summary(), QStringLiteral("imported 3 orders, rejected 3"));
        for (const char* id : { "B-1", "B-3", "B-4" })
            QCOMPARE(rowsOf(QLatin1String(id)), whole);
        QCOMPARE(rowsOf(QStringLiteral("B-2")), none);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
        QCOMPARE(scalar(QStringLiteral("SELECT DISTINCT actor FROM journal WHERE kind = 'order.imported'")), QStringLiteral("ana"));
    }

    void filesAndDirectoriesAreNamedInRejections()
    {
        QTemporaryDir inputs;
        QVERIFY(QDir(inputs.path()).mkdir(QStringLiteral("batch")));
        const auto write = [&](const QString& name, const QByteArray& text) {
            QFile file(inputs.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("batch/a.json"), orderLine(QStringLiteral("F-1")));
        write(QStringLiteral("batch/b.json"), orderLine(QStringLiteral("F-2"), QStringLiteral("NOPE")));
        write(QStringLiteral("batch/notes.txt"), "not an order");
        write(QStringLiteral("single.json"), orderLine(QStringLiteral("F-3")));
        QVERIFY(QDir(inputs.path()).mkdir(QStringLiteral("empty")));
        OrderInputs orderInputs({ inputs.filePath(QStringLiteral("batch")), inputs.filePath(QStringLiteral("single.json")),
                                  inputs.filePath(QStringLiteral("missing.json")), inputs.filePath(QStringLiteral("empty")) });
        QCOMPARE(orderInputs.knownCount(), 5);
        const BulkImportReport report = BulkImporter(*m_database, m_clock, QStringLiteral("ana")).run(orderInputs);
        QCOMPARE(report.imported, (std::vector<QString> { QStringLiteral("F-1"), QStringLiteral("F-3") }));
        const QStringList rejected = rejectionLines(report);
        QCOMPARE(rejected.size(), 3);
        QVERIFY2(rejected[0].startsWith(inputs.filePath(QStringLiteral("batch/b.json")) + QStringLiteral(":: no catalog in the store")),
                 qPrintable(rejected[0]));
        QVERIFY2(rejected[1].startsWith(inputs.filePath(QStringLiteral("missing.json")) + QStringLiteral(":: cannot read file")),
                 qPrintable(rejected[1]));
        QCOMPARE(rejected[2], inputs.filePath(QStringLiteral("empty")) + QStringLiteral(":: the directory holds no *.json files"));
    }

    // A statement that fails inside a group (here a trigger of this test's store refuses B-5's steps):
    // the group is rolled back and its orders are imported one transaction each.
    void aFailedGroupWriteLosesNoGoodOrderAndLeavesNothingHalfWritten()
    {
        QSqlQuery inject(m_database->connection());
        QVERIFY(inject.exec(QStringLiteral("CREATE TRIGGER inject_failure BEFORE INSERT ON steps WHEN NEW.order_id = 'B-5' "
                                           "AND NEW.seq = 3 BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const BulkImportReport report = importText(orders(1, 10), 4);
        QCOMPARE(report.imported.size(), std::size_t(9));
        QCOMPARE(report.rejected.size(), std::size_t(1));
        QCOMPARE(report.rejected[0].label, QStringLiteral("stdin:5"));
        QVERIFY(report.rejected[0].storeFailed);
        QVERIFY(report.storeFailed());
        QCOMPARE(problemsText(report.rejected[0].problems), QStringLiteral("stdin:5:: store write failed: injected failure"));
        QCOMPARE(report.notes.size(), 1);
        QVERIFY2(report.notes[0].startsWith(QStringLiteral("the group of inputs 5-8 could not be written together (injected failure); "
                                                           "it was rolled back")),
                 qPrintable(report.notes[0]));
        QCOMPARE(rowsOf(QStringLiteral("B-5")), none);
        for (int i : { 1, 2, 3, 4, 6, 7, 8, 9, 10 })
            QCOMPARE(rowsOf(QStringLiteral("B-%1").arg(i)), whole);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps")), QStringLiteral("117"));
    }

    // A full disk (a page limit, as SQLITE_FULL): whatever fits goes in whole, the rest are rejected
    // as store failures, and no order is half written.
    void aFullDiskMidBatchKeepsWholeOrdersOnly()
    {
        QSqlQuery pages(m_database->connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int used = pages.value(0).toInt();
        QVERIFY(pages.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(used + 40)));
        const BulkImportReport report = importText(orders(1, 200), 50);
        QVERIFY(!report.imported.empty());
        QVERIFY(!report.rejected.empty());
        QCOMPARE(report.imported.size() + report.rejected.size(), std::size_t(200));
        QVERIFY(report.storeFailed());
        QVERIFY(!report.notes.isEmpty());
        QVERIFY2(problemsText(report.rejected.back().problems).contains(QStringLiteral("store write failed: database or disk is full")),
                 qPrintable(problemsText(report.rejected.back().problems)));
        for (const QString& id : report.imported)
            QCOMPARE(rowsOf(id), whole);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QString::number(report.imported.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps")), QString::number(report.imported.size() * 13));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.imported'")),
                 QString::number(report.imported.size()));
    }

    void cancelStopsAfterTheCurrentGroup()
    {
        bool cancel = false;
        int progressCalls = 0;
        BulkImportControl control;
        control.cancelRequested = [&] { return cancel; };
        control.progress = [&](const BulkImportReport& so) {
            ++progressCalls;
            QCOMPARE(so.imported.size(), std::size_t(3));
            cancel = true;
        };
        const BulkImportReport report = importText(orders(1, 10), 3, control);
        QCOMPARE(progressCalls, 1);
        QVERIFY(report.cancelled);
        QCOMPARE(report.read, 3);
        QCOMPARE(report.imported.size(), std::size_t(3));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
        QCOMPARE(report.summary(),
                 QStringLiteral("imported 3 orders, rejected 0; cancelled after 3 inputs: the orders imported stay in the store, the "
                                "rest were not read"));
    }

    // A later order of the same account in the same group sees the account line the earlier one
    // creates (not yet written): it supplements it, as when the two are imported one by one.
    void anAccountLineOfAnEarlierOrderInTheGroupIsSeen()
    {
        QVERIFY(StoreImporter(*m_database, m_clock)
                    .importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/account-lines/catalog.json"), QStringLiteral("t"))
                    .ok());
        OrderInputs inputs({ QStringLiteral(FW_TEST_DATA_DIR "/engine/account-lines/first-order.json"),
                             QStringLiteral(FW_TEST_DATA_DIR "/engine/account-lines/second-order.json") });
        const BulkImportReport report = BulkImporter(*m_database, m_clock, QStringLiteral("ana")).run(inputs);
        QCOMPARE(report.imported.size(), std::size_t(2));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(order_id || ':' || owner_order, ' ') FROM (SELECT order_id, owner_order "
                                       "FROM fulfillment_lines WHERE id = 'account.ACC-7.F_TENANT' ORDER BY order_id)")),
                 QStringLiteral("SO-ACC-1:SO-ACC-1 SO-ACC-2:SO-ACC-1"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(plan_definition, ' ') FROM steps WHERE order_id = 'SO-ACC-2'")),
                 QStringLiteral("PD_ADD_SEATS"));
    }

    // The single-file import goes the same way and answers as before.
    void oneOrderImportsAsBefore()
    {
        const ImportResult result
            = BulkImporter(*m_database, m_clock, QStringLiteral("ana"))
                  .importOne(nlohmann::json::parse(orderLine(QStringLiteral("S-1")).toStdString()), QStringLiteral("s.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.summary, QStringLiteral("order S-1 imported: 1 fulfillment lines, 13 steps in 4 lanes (catalog auto-flow 1)"));
        QCOMPARE(rowsOf(QStringLiteral("S-1")), whole);
    }
};

QTEST_GUILESS_MAIN(TestBulkImporter)
#include "tst_bulkimporter.moc"
