// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The supervisor in the workbench on a store with a past, the engine on a simulated clock: a manual
// step one hour into a two-hour estimate is not in jeopardy; four simulated hours later it shows as
// critical in the Jeopardy view (its rule escalated it and moved its task), the supervisor
// reassigns it and resolves the escalation, and the dashboard's charts carry the same figures as
// KpiCalculator (what `fwctl kpi` prints) over the same range.

#include "common/clock.h"
#include "dashboard/dashboardpage.h"
#include "engine/executor.h"
#include "jeopardy/escalationspanel.h"
#include "jeopardy/jeopardyactiondialog.h"
#include "jeopardy/jeopardymodel.h"
#include "jeopardy/jeopardypage.h"
#include "kpi/kpicalculator.h"
#include "store/kpiledger.h"
#include "mainwindow/mainwindow.h"
#include "workspace/storeindicators.h"
#include "workspace/storeworkspace.h"
#include "workspace/supervisorpages.h"
#include "jeopardy/escalationmodel.h"
#include "workspace/storesession.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
const QString assemble = QStringLiteral("line:1.F_KIT/assemble");

// The row of a table model showing `text` in some column, -1 if none.
int rowShowing(const QAbstractItemModel* model, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
    }
    return -1;
}

bool rowMentions(const QAbstractItemModel* model, int row, const QString& text)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->index(row, column).data().toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

double barTotal(QChartView* view)
{
    double total = 0;
    for (QAbstractSeries* series : view->chart()->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    total += set->at(i);
            }
        }
    }
    return total;
}

QString scalar(const QString& path, const QString& sql)
{
    Database database(path);
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}
} // namespace

class TestSupervisorWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now; // where the workbench's simulated clock starts

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("supervisor.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        // The past, on a simulated clock: three orders done yesterday, one started an hour ago.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_now = now;
        ManualClock clock(now.addDays(-1));
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/sla/catalog.json"), QStringLiteral("t")).ok());
        nlohmann::json order { { "formatVersion", 1 },
                               { "account", { { "id", "A1" }, { "name", "Workshop customer" } } },
                               { "items", { { { "id", "1" }, { "product", "KIT" } } } } };
        for (int i = 1; i <= 3; ++i) {
            order["id"] = QStringLiteral("KIT-DONE-%1").arg(i).toStdString();
            QVERIFY(importer.importOrderDocument(order, QStringLiteral("test"), QStringLiteral("t"), QStringLiteral("sla-test")).ok());
        }
        {
            Executor executor(database, clock);
            QVERIFY(executor.load());
            QVERIFY(executor.runUntilIdle().ok());
            for (int round = 0; round < 2; ++round) { // assemble, then pack
                clock.advance(3600 * 1000);
                QSqlQuery tasks(database.connection());
                QVERIFY(tasks.exec(QStringLiteral("SELECT id FROM tasks WHERE state = 'open' ORDER BY id")));
                std::vector<qint64> ids;
                while (tasks.next())
                    ids.push_back(tasks.value(0).toLongLong());
                tasks.finish();
                for (qint64 id : ids) {
                    QVERIFY(executor.tasks().claim(id, QStringLiteral("ana")));
                    QVERIFY(executor.tasks().complete(id, QStringLiteral("ana"), {}));
                }
                QVERIFY(executor.runUntilIdle().ok());
            }
            clock.set(now.addSecs(-3600));
            order["id"] = "KIT-STUCK";
            QVERIFY(importer.importOrderDocument(order, QStringLiteral("test"), QStringLiteral("t"), QStringLiteral("sla-test")).ok());
            QStringList problems;
            executor.adoptNewOrders(problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QVERIFY(executor.runUntilIdle().ok());
        }
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'completed'")), QStringLiteral("3"));
    }

    void supervisorSeesActsAndReadsTheKpis()
    {
        MainWindow window;
        window.resize(1500, 900);
        window.show();
        StoreOpenOptions options;
        options.tickMs = 50;
        auto clock = std::make_shared<ManualClock>(m_now);
        options.clock = clock;
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(m_path, options);
        QVERIFY(ready.wait(10000));
        QVERIFY(ready.takeFirst().at(0).toBool());
        window.showSection(MainWindow::Section::Jeopardy);

        // An hour into its two hours: on time, its task where the catalog put it.
        auto* table = window.workspace()->supervisorPages()->jeopardyPage()->findChild<QTableView*>(QStringLiteral("jeopardyTable"));
        QVERIFY(table);
        QSignalSpy snapshots(window.workspace()->session(), &StoreSession::snapshotApplied);
        QVERIFY(snapshots.wait(5000));
        QVERIFY(snapshots.wait(5000)); // the jeopardy monitor has run on the simulated clock
        QCOMPARE(rowShowing(table->model(), QStringLiteral("KIT-STUCK")), -1);
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT queue FROM tasks WHERE order_id = 'KIT-STUCK' AND step_id = '%1'").arg(assemble)),
                 QStringLiteral("workshop"));

        // Four hours later on the engine's clock, five into two: critical, its rule escalated it
        // and moved its task to the senior queue.
        clock->advance(qint64(4) * 3600 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(rowShowing(table->model(), QStringLiteral("KIT-STUCK")) >= 0, 10000);
        const int row = rowShowing(table->model(), QStringLiteral("KIT-STUCK"));
        QVERIFY(rowMentions(table->model(), row, QStringLiteral("critical")));
        QVERIFY(rowMentions(table->model(), row, QStringLiteral("Assemble kit")));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(m_path, QStringLiteral("SELECT queue FROM tasks WHERE order_id = 'KIT-STUCK' AND step_id = '%1'").arg(assemble)),
            QStringLiteral("senior-workshop"), 5000);

        // One action: back to the workshop queue.
        Q_EMIT window.workspace()->supervisorPages()->jeopardyPage()->reassignRequested(QStringLiteral("KIT-STUCK"), assemble,
                                                                                        QStringLiteral("workshop"));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(m_path, QStringLiteral("SELECT queue FROM tasks WHERE order_id = 'KIT-STUCK' AND step_id = '%1'").arg(assemble)),
            QStringLiteral("workshop"), 5000);

        // The rule's escalation marks the row; Escalate on it (now "Add Note") adds the supervisor's
        // note to that escalation through the engine, and the dialog closes when the engine agreed.
        JeopardyPage* page = window.workspace()->supervisorPages()->jeopardyPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->selectFinding(QStringLiteral("KIT-STUCK"), assemble), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().siblingAtColumn(JeopardyModel::EscalatedColumn).data().toString(),
                                  QStringLiteral("supervisors"), 5000);
        auto* escalate = page->findChild<QPushButton*>(QStringLiteral("escalateButton"));
        QVERIFY(escalate->isEnabled());
        escalate->click();
        JeopardyActionDialog* dialog = page->escalationDialog();
        QVERIFY(dialog);
        dialog->setNote(QStringLiteral("customer waiting on site"));
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("jeopardyActionButtons"))->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->escalationDialog(), 5000);
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT COUNT(*) FROM escalations")), QStringLiteral("1"));
        QVERIFY2(scalar(m_path, QStringLiteral("SELECT note FROM escalations")).endsWith(QStringLiteral(": customer waiting on site")),
                 qPrintable(scalar(m_path, QStringLiteral("SELECT note FROM escalations"))));
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'escalation.noted'")), QStringLiteral("1"));

        // The escalation the rule opened: taken and resolved from the Escalations tab.
        EscalationsPanel* escalations = window.workspace()->supervisorPages()->escalationsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(escalations->model()->rowCount(), 1, 5000);
        escalations->setResolutionPrompt([](QWidget*, qint64) { return QStringLiteral("called the workshop lead"); });
        auto* take = escalations->findChild<QPushButton*>(QStringLiteral("takeEscalationButton"));
        QTRY_VERIFY(take->isEnabled());
        take->click();
        QTRY_COMPARE_WITH_TIMEOUT(escalations->model()->index(0, 0).data(EscalationModel::StateRole).toString(), QStringLiteral("claimed"),
                                  5000);
        escalations->findChild<QPushButton*>(QStringLiteral("resolveEscalationButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(escalations->model()->rowCount(), 0, 5000);
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT resolution FROM escalations")), QStringLiteral("called the workshop lead"));

        // The dashboard: the same figures as KpiCalculator over its range.
        window.showSection(MainWindow::Section::Dashboard);
        DashboardPage* dashboard = window.workspace()->supervisorPages()->dashboardPage();
        auto* throughput = dashboard->findChild<QChartView*>(QStringLiteral("throughputChart"));
        QVERIFY(throughput);
        QTRY_COMPARE_WITH_TIMEOUT(barTotal(throughput), 3.0, 10000);
        Database database(m_path);
        const auto computed = KpiCalculator::compute(database.connection(), dashboard->range(), QDateTime::currentDateTimeUtc());
        QVERIFY(computed.ok());
        const KpiReport& report = *computed;
        QCOMPARE(report.ordersCompleted, 3);
        QCOMPARE(barTotal(throughput), double(report.ordersCompleted));
        auto* histogram = dashboard->findChild<QChartView*>(QStringLiteral("cycleTimeDistributionChart"));
        QVERIFY(histogram);
        QCOMPARE(barTotal(histogram), double(report.ordersCompleted));
    }
};

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisorwindow.moc"
