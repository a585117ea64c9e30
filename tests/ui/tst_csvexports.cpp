// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every table's Export CSV... writes what the user sees (the visible columns in their order under
// their headers, the filtered rows) and a spreadsheet cannot run a cell of it as a formula: orders
// named "=SO-1", an item "@1", an import by "=importer" and an escalation reason "+SUM(1)" come out
// with a leading quote. The tasks, fallout, escalations, timeline and order summary tables of a
// workbench on a real store (the telecom sample run against fw-stubs beforehand), and the jeopardy
// table on its own; the byte-order mark option for Excel. FW_CSV_SCREENSHOT names a file for a
// picture of the order summary with its Export CSV... buttons.

#include "common/csvexportbutton.h"
#include "common/rowfiltermodel.h"
#include "jeopardy/jeopardymodel.h"
#include "jeopardy/jeopardypage.h"
#include "jeopardytestdata.h"
#include "mainwindow/mainwindow.h"
#include "orders/orderpage.h"
#include "orders/ordersummarypanel.h"
#include "stubserver.h"
#include "workspace/storesession.h"
#include "workspace/storeworkspace.h"

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "io/jsonfile.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
// Two copies of the telecom sample, "=SO-1" and "=SO-2", their first item renamed "@1", imported by
// "=importer"; the first reservation refused (fallout for one), the other order's router delivered
// (a technician's task open); an escalation with a formula for a reason.
bool makeFormulaStore(const QString& path)
{
    StubServer stubs(3);
    const quint16 port = stubs.listenLocal(0);
    StubBehaviour outOfStock;
    outOfStock.errorCode = QStringLiteral("OUT_OF_STOCK");
    outOfStock.errorCount = 1;
    stubs.configure(QStringLiteral("inventory"), outOfStock);
    Database database(path);
    if (!port || !database.openStore())
        return false;
    SystemClock clock;
    StoreImporter importer(database, clock);
    const QString by = QStringLiteral("=importer");
    if (!importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), by).ok())
        return false;
    Problems problems;
    const auto sample = readJsonFile(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"), problems);
    if (!sample)
        return false;
    for (const char* id : { "=SO-1", "=SO-2" }) {
        nlohmann::json order = *sample;
        order["id"] = id;
        for (auto& item : order["items"]) {
            if (item["id"] == "1")
                item["id"] = "@1";
            if (item.contains("parentItem") && item["parentItem"] == "1")
                item["parentItem"] = "@1";
        }
        if (!importer.importOrderDocument(order, QStringLiteral("order.json"), by).ok())
            return false;
    }
    HttpCalloutTransport transport;
    Executor executor(database, clock);
    executor.setCalloutTransport(&transport);
    for (const char* system : { "inventory", "carrier", "provisioning", "billing" })
        executor.setEndpointBaseUrl(QLatin1String(system), QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(QLatin1String(system)));
    if (!executor.load() || !executor.runUntilSettled(30000))
        return false;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM orders WHERE state <> 'fallout'")) || !query.next())
        return false;
    const QString running = query.value(0).toString();
    query.finish();
    if (!executor.tasks().signal(running, QStringLiteral("router-delivered"), QStringLiteral("carrier"))
        || !executor.runUntilSettled(30000))
        return false;
    return query.exec(
        QStringLiteral("INSERT INTO escalations (order_id, step_id, queue, level, reason, raised_by, state, created_at) "
                       "VALUES ('=SO-1', '', 'field-dispatch', 'critical', '+SUM(1)', 'olga', 'open', '2026-12-07T08:00:00.000Z')"));
}

QStringList readLines(const QString& path, QByteArray* raw = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (raw)
        *raw = bytes;
    return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// The header texts of the visible columns in their on-screen order, as a CSV line (no field here needs quoting).
QString visibleHeader(const QTableView* table)
{
    QStringList texts;
    const QHeaderView* header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!table->isColumnHidden(logical))
            texts << table->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return texts.join(QLatin1Char(','));
}
} // namespace

class TestCsvExports : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // Exports the table through its button and returns the file's lines (empty on failure).
    QStringList exportTable(QWidget* root, const QString& tableName, CsvWriter::Options options = {}, QByteArray* raw = nullptr)
    {
        auto* button = root->findChild<CsvExportButton*>(tableName + QStringLiteral("Export"));
        if (!button)
            return { QStringLiteral("no button for ") + tableName };
        if (button->accessibleName().isEmpty() || button->focusPolicy() == Qt::NoFocus)
            return { QStringLiteral("button not reachable for ") + tableName };
        const QString path = m_dir.filePath(tableName + QStringLiteral(".csv"));
        QSignalSpy finished(button, &CsvExportButton::exportFinished);
        button->exportTo(path, options);
        if (!finished.wait(10000) || !finished.first().at(1).toString().isEmpty())
            return { QStringLiteral("export failed for ") + tableName };
        return readLines(path, raw);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("formulas.db"));
        QVERIFY(makeFormulaStore(path));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        m_window->openStore(path, StoreOpenOptions {});
        QVERIFY(ready.wait(10000));
    }
    void cleanupTestCase() { m_window.reset(); }

    void eachTableExportsWhatItShowsWithFormulasNeutralised_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("neutralised"); // a cell as the CSV must hold it
        QTest::addRow("tasks") << QStringLiteral("tasksTable") << QStringLiteral(",'=SO-");
        QTest::addRow("fallout") << QStringLiteral("falloutTable") << QStringLiteral(",'=SO-");
        QTest::addRow("escalations") << QStringLiteral("escalationsTable") << QStringLiteral(",'=SO-1,");
        QTest::addRow("escalation reason") << QStringLiteral("escalationsTable") << QStringLiteral("'+SUM(1)");
        QTest::addRow("timeline") << QStringLiteral("timelineTable") << QStringLiteral(",'=importer,");
        QTest::addRow("order summary") << QStringLiteral("summaryItemTable") << QStringLiteral("'@1,");
        QTest::addRow("order summary delivery groups") << QStringLiteral("summarySplitTable") << QStringLiteral("\"'@1, ");
    }
    void eachTableExportsWhatItShowsWithFormulasNeutralised()
    {
        QFETCH(QString, table);
        QFETCH(QString, neutralised);
        StoreWorkspace* workspace = m_window->workspace();
        QVERIFY(workspace);
        QWidget* root = m_window.get();
        if (table == QLatin1String("timelineTable") || table.startsWith(QLatin1String("summary"))) {
            OrderPage* page = m_window->openOrderPage(QStringLiteral("=SO-1"));
            QVERIFY(page);
            page->showSummary();
            root = page;
        }
        auto* view = root->findChild<QTableView*>(table);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
        const int rows = view->model()->rowCount();
        const QStringList lines = exportTable(root, table);
        QVERIFY2(lines.size() == rows + 1, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.first(), visibleHeader(view));
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(neutralised), qPrintable(lines.join(QLatin1Char('\n'))));
        const QString screenshot = qEnvironmentVariable("FW_CSV_SCREENSHOT"); // the order summary with its three Export CSV... buttons
        if (!screenshot.isEmpty() && table == QLatin1String("summaryItemTable"))
            QVERIFY(m_window->grab().save(screenshot));
        for (const QString& line : lines) {
            QVERIFY2(!line.startsWith(QLatin1Char('=')) && !line.contains(QStringLiteral(",=")) && !line.contains(QStringLiteral(",@"))
                         && !line.contains(QStringLiteral(",+S")),
                     qPrintable(line));
        }
    }

    // The jeopardy table as the user arranged it: a column moved, one hidden, a search applied; and
    // the byte-order mark when asked for.
    void visibleColumnsOrderFilterAndByteOrderMark()
    {
        JeopardyReport report = test::sampleJeopardyReport();
        report.findings[0].orderId = QStringLiteral("=SO-9");
        JeopardyPage page;
        page.resize(1366, 768);
        page.setReport(report, test::jeopardyNow());
        page.show();
        auto* table = page.findChild<QTableView*>(QStringLiteral("jeopardyTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 1);
        QHeaderView* header = table->horizontalHeader();
        header->moveSection(header->visualIndex(JeopardyModel::OrderColumn), 0);
        table->setColumnHidden(JeopardyModel::CauseColumn, true);
        const QStringList all = exportTable(&page, QStringLiteral("jeopardyTable"));
        QCOMPARE(all.size(), table->model()->rowCount() + 1);
        QCOMPARE(all.first(), visibleHeader(table));
        QVERIFY(all.first().startsWith(table->model()->headerData(JeopardyModel::OrderColumn, Qt::Horizontal).toString()));
        QVERIFY(!all.first().contains(table->model()->headerData(JeopardyModel::CauseColumn, Qt::Horizontal).toString()));
        QVERIFY2(all.join(QLatin1Char('\n')).contains(QStringLiteral("\n'=SO-9,")), qPrintable(all.join(QLatin1Char('\n'))));

        auto* filter = qobject_cast<RowFilterModel*>(table->model());
        QVERIFY(filter);
        filter->setSearchText(QStringLiteral("SO-10412"));
        QTRY_COMPARE(table->model()->rowCount(), 0); // renamed =SO-9 above
        filter->setSearchText(QStringLiteral("SO-10471"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QByteArray raw;
        CsvWriter::Options bom;
        bom.byteOrderMark = true;
        const QStringList filtered = exportTable(&page, QStringLiteral("jeopardyTable"), bom, &raw);
        QCOMPARE(filtered.size(), 3);
        QVERIFY(raw.startsWith("\xEF\xBB\xBF"));
        QVERIFY(filtered[1].startsWith(QStringLiteral("SO-10471,")));
        QByteArray plain;
        exportTable(&page, QStringLiteral("jeopardyTable"), {}, &plain);
        QVERIFY(plain.startsWith(visibleHeader(table).toUtf8()));
    }
};

QTEST_MAIN(TestCsvExports)
#include "tst_csvexports.moc"
