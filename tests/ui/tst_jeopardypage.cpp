// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The supervisor's jeopardy page, offscreen, fed with a hand-made report: the table, the summary,
// filters by level and by heatmap cell, the scripted reassign and escalate dialogs, open order.
// Set FW_JEOPARDY_SCREENSHOT to a file name to save the page as the test shows it, and
// FW_JEOPARDY_DIALOG_SCREENSHOT for the Escalate dialog showing a refusal with the note kept.
#include "jeopardy/jeopardyactiondialog.h"
#include "jeopardy/jeopardyheatmap.h"
#include "jeopardy/jeopardypage.h"
#include "jeopardytestdata.h"
#include "jeopardy/jeopardyheatmapmodel.h"
#include "jeopardy/jeopardymodel.h"
#include "jeopardy/jeopardypresentation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace fw;

namespace {
// Runs `script` on the next modal dialog of type T once it is open (dialogs block in exec()).
template <typename T> void whenDialogOpens(std::function<void(T*)> script)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, script] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            script(dialog);
        }
    });
    timer->start();
}

const QStringList taskQueues { QStringLiteral("credit-desk"), QStringLiteral("field-ops"), QStringLiteral("field-ops-2"),
                               QStringLiteral("noc"), QStringLiteral("supervisors") };
} // namespace

class TestJeopardyPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void breachedStepShowsInTheTable();
    void summaryCountsLevelsAndLateOrders();
    void filterByLevel_data();
    void filterByLevel();
    void filterByHeatmapCell();
    void reassignEmitsTheChosenQueue();
    void reassignOnlyForManualTasks_data();
    void reassignOnlyForManualTasks();
    void escalateEmitsTheNote();
    void escalatedRowIsMarked();
    void escalatingAgainAddsTheNote();
    void refusalKeepsTheNote();
    void detailsShowTheCriticalPath();
    void reasonShowsInGerman();
    void criticalPathNamesRepeatedSteps();
    void doubleClickOpensTheOrder();
    void actionResultShowsInTheMessageBar();
    void selectionSurvivesARefresh();
    void heatmapHasAxisTitlesAndLegend();
    void heatmapTitlesFitOrSayThemselves_data();
    void heatmapTitlesFitOrSayThemselves();
    void screenshot();

private:
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("jeopardyTable")); }
    QPushButton* button(const QString& name) const { return m_page->findChild<QPushButton*>(name); }
    QStringList column(int column) const;

    std::unique_ptr<JeopardyPage> m_page;
};

void TestJeopardyPage::init()
{
    m_page = std::make_unique<JeopardyPage>();
    m_page->resize(1500, 820);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setQueues(taskQueues);
    m_page->setReport(test::sampleJeopardyReport(), test::jeopardyNow());
}

void TestJeopardyPage::cleanup()
{
    m_page.reset();
}

QStringList TestJeopardyPage::column(int column) const
{
    QStringList texts;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        texts << table()->model()->index(row, column).data().toString();
    return texts;
}

void TestJeopardyPage::breachedStepShowsInTheTable()
{
    QCOMPARE(m_page->objectName(), QStringLiteral("jeopardyPage"));
    QVERIFY(table());
    QVERIFY(m_page->findChild<JeopardyHeatmap*>(QStringLiteral("jeopardyHeatmap")));
    QCOMPARE(table()->model()->rowCount(), 7);
    // Sorted by breach: the install drop that breached 3h 05m ago comes first, the forecast last.
    QCOMPARE(table()->model()->index(0, JeopardyModel::StepColumn).data().toString(), QStringLiteral("Install fiber drop"));
    QCOMPARE(table()->model()->index(0, JeopardyModel::BreachColumn).data().toString(), QStringLiteral("3h 05m ago"));
    QCOMPARE(table()->model()->index(0, JeopardyModel::LevelColumn).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(table()->model()->index(6, JeopardyModel::CauseColumn).data().toString(), QStringLiteral("Forecast"));
    QVERIFY(!table()->isColumnHidden(JeopardyModel::BreachColumn));

    // Sorting by level puts the criticals together.
    table()->sortByColumn(JeopardyModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(column(JeopardyModel::LevelColumn).mid(0, 3), QStringList(3, QStringLiteral("Critical")));
    QCOMPARE(column(JeopardyModel::LevelColumn).mid(3), QStringList(4, QStringLiteral("Warning")));
}

void TestJeopardyPage::summaryCountsLevelsAndLateOrders()
{
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("jeopardySummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("3 critical \u00b7 4 warning \u00b7 3 order")), qPrintable(summary->text()));
    QVERIFY2(summary->text().endsWith(QStringLiteral("projected to miss their due date")), qPrintable(summary->text()));

    JeopardyReport calm;
    calm.evaluatedAt = test::jeopardyNow();
    m_page->setReport(calm, test::jeopardyNow());
    QCOMPARE(summary->text(), QStringLiteral("Nothing in jeopardy"));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!button(QStringLiteral("escalateButton"))->isEnabled());
}

void TestJeopardyPage::filterByLevel_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("level");
    QTest::addRow("all") << int(JeopardyPage::LevelFilter::All) << 7 << QString();
    QTest::addRow("critical") << int(JeopardyPage::LevelFilter::Critical) << 3 << QStringLiteral("Critical");
    QTest::addRow("warning") << int(JeopardyPage::LevelFilter::Warning) << 4 << QStringLiteral("Warning");
}

void TestJeopardyPage::filterByLevel()
{
    QFETCH(int, filter);
    QFETCH(int, rows);
    QFETCH(QString, level);
    auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("jeopardyLevelFilter"));
    QVERIFY(combo);
    combo->setCurrentIndex(filter); // as the user picks it
    QCOMPARE(table()->model()->rowCount(), rows);
    if (!level.isEmpty())
        QCOMPARE(column(JeopardyModel::LevelColumn), QStringList(rows, level));
    // Search narrows within the level: by account.
    m_page->findChild<QLineEdit*>(QStringLiteral("jeopardySearch"))->setText(QStringLiteral("acme"));
    for (const QString& order : column(JeopardyModel::OrderColumn))
        QVERIFY2(order == QStringLiteral("SO-10412") || order == QStringLiteral("SO-10455"), qPrintable(order));
    QCOMPARE(table()->model()->rowCount(), filter == int(JeopardyPage::LevelFilter::All) ? 2 : 1);
}

void TestJeopardyPage::filterByHeatmapCell()
{
    auto* heatmap = m_page->findChild<JeopardyHeatmap*>(QStringLiteral("jeopardyHeatmap"));
    const JeopardyHeatmapModel* cells = heatmap->model();
    const int row = cells->rowOfLane(QStringLiteral("field"));
    const int col = cells->columnOfQueue(QStringLiteral("field-ops"));
    QVERIFY(row >= 0 && col >= 0);
    QSignalSpy activated(heatmap, &JeopardyHeatmap::cellActivated);
    auto* clear = button(QStringLiteral("clearCellFilterButton"));
    QVERIFY(clear->isHidden());

    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(row, col).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("field"));
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("field-ops"));
    QCOMPARE(table()->model()->rowCount(), 2);
    QCOMPARE(column(JeopardyModel::LaneColumn), QStringList(2, QStringLiteral("field")));
    QCOMPARE(column(JeopardyModel::QueueColumn), QStringList(2, QStringLiteral("field-ops")));
    QVERIFY(clear->isVisible());

    // The same cell again shows everything.
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(row, col).center());
    QCOMPARE(table()->model()->rowCount(), 7);
    QVERIFY(clear->isHidden());

    // The "—" × "—" cell holds the whole-order findings; "Clear filter" resets.
    const int orders = cells->rowOfLane(QString());
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(orders, cells->columnOfQueue(QString())).center());
    QCOMPARE(column(JeopardyModel::StepColumn), QStringList(2, QStringLiteral("Whole order")));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(table()->model()->rowCount(), 7);
    QVERIFY(!heatmap->hasSelection());

    // An empty cell does not filter.
    QTest::mouseClick(heatmap, Qt::LeftButton, {},
                      heatmap->cellRect(cells->rowOfLane(QStringLiteral("billing")), cells->columnOfQueue(QStringLiteral("noc"))).center());
    QCOMPARE(table()->model()->rowCount(), 7);
    QCOMPARE(activated.count(), 2); // the two filtering clicks; the second click cleared
}

void TestJeopardyPage::reassignEmitsTheChosenQueue()
{
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10412"), QStringLiteral("so-10412/install-drop")));
    auto* reassign = button(QStringLiteral("reassignButton"));
    QVERIFY(reassign->isEnabled());
    QSignalSpy spy(m_page.get(), &JeopardyPage::reassignRequested);

    // Cancelled: nothing is requested.
    whenDialogOpens<JeopardyActionDialog>([](JeopardyActionDialog* dialog) { dialog->reject(); });
    QTest::mouseClick(reassign, Qt::LeftButton);
    QCOMPARE(spy.count(), 0);

    QStringList offered;
    QString preselected;
    whenDialogOpens<JeopardyActionDialog>([&](JeopardyActionDialog* dialog) {
        auto* queue = dialog->findChild<QComboBox*>(QStringLiteral("jeopardyQueueChoice"));
        for (int i = 0; i < queue->count(); ++i)
            offered << queue->itemText(i);
        preselected = queue->currentText();
        queue->setCurrentIndex(queue->findText(QStringLiteral("noc")));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("jeopardyActionButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(reassign, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("SO-10412"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("so-10412/install-drop"));
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("noc"));
    QVERIFY2(!offered.contains(QStringLiteral("field-ops")), qPrintable(offered.join(u','))); // not the current queue
    QCOMPARE(preselected, QStringLiteral("field-ops-2")); // the rule's own reassign queue
}

void TestJeopardyPage::reassignOnlyForManualTasks_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("enabled");
    QTest::addRow("manual task") << QStringLiteral("SO-10460") << QStringLiteral("so-10460/credit-check") << true;
    QTest::addRow("order finding") << QStringLiteral("SO-10388") << QString() << false;
    QTest::addRow("step without a queue") << QStringLiteral("SO-10471") << QStringLiteral("so-10471/port-activation") << false;
}

void TestJeopardyPage::reassignOnlyForManualTasks()
{
    QFETCH(QString, order);
    QFETCH(QString, step);
    QFETCH(bool, enabled);
    QVERIFY(m_page->selectFinding(order, step));
    QCOMPARE(button(QStringLiteral("reassignButton"))->isEnabled(), enabled);
    QVERIFY(button(QStringLiteral("escalateButton"))->isEnabled()); // anything can be escalated
    if (!enabled) { // a programmatic call is refused too
        QSignalSpy spy(m_page.get(), &JeopardyPage::reassignRequested);
        m_page->reassignCurrent();
        QCOMPARE(spy.count(), 0);
        QVERIFY(!QApplication::activeModalWidget());
    }
    m_page->setQueues({ QStringLiteral("credit-desk") }); // nowhere else to go
    QVERIFY(!button(QStringLiteral("reassignButton"))->isEnabled());
}

void TestJeopardyPage::escalateEmitsTheNote()
{
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10388"), QString()));
    QSignalSpy spy(m_page.get(), &JeopardyPage::escalateRequested);
    bool okBeforeNote = true;
    QString preselected;
    whenDialogOpens<JeopardyActionDialog>([&](JeopardyActionDialog* dialog) {
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("jeopardyActionButtons"));
        okBeforeNote = buttons->button(QDialogButtonBox::Ok)->isEnabled();
        preselected = dialog->findChild<QComboBox*>(QStringLiteral("jeopardyQueueChoice"))->currentText();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("jeopardyNote")), QStringLiteral("CPE stuck in customs"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("escalateButton")), Qt::LeftButton);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!okBeforeNote); // a note is required
    QCOMPARE(preselected, QStringLiteral("supervisors"));
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("SO-10388"));
    QCOMPARE(spy.at(0).at(1).toString(), QString());
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("supervisors"));
    QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("CPE stuck in customs"));
    // The dialog waits for the engine's answer, then closes.
    QVERIFY(m_page->escalationDialog() && m_page->escalationDialog()->isVisible());
    m_page->setEscalationResult(true, QStringLiteral("escalate SO-10388"));
    QTRY_VERIFY(!m_page->escalationDialog());
}

void TestJeopardyPage::escalatedRowIsMarked()
{
    const int escalated = JeopardyModel::EscalatedColumn;
    QVERIFY(!column(escalated).contains(QStringLiteral("supervisors")));
    m_page->setEscalations({ test::sampleEscalation() });
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10388"), QString()));
    const QModelIndex cell = table()->currentIndex().siblingAtColumn(escalated);
    QCOMPARE(cell.data().toString(), QStringLiteral("supervisors"));
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Escalated to supervisors by sue")) && tip.contains(QStringLiteral("(escalation 7)"))
                 && tip.contains(QStringLiteral("customer called twice")),
             qPrintable(tip));
    QCOMPARE(column(escalated).count(QStringLiteral("supervisors")), 1); // only the escalated finding
    QCOMPARE(table()->model()->headerData(escalated, Qt::Horizontal).toString(), QStringLiteral("Escalated"));
    QVERIFY(button(QStringLiteral("escalateButton"))->text().contains(QStringLiteral("Note")));
    QVERIFY(button(QStringLiteral("escalateButton"))->toolTip().contains(QStringLiteral("Already escalated to supervisors by sue")));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("jeopardyDetails"))->text().contains(QStringLiteral("customer called twice")));
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10490"), QStringLiteral("so-10490/ont-config")));
    QVERIFY(button(QStringLiteral("escalateButton"))->text().contains(QStringLiteral("Escalate")));
}

void TestJeopardyPage::escalatingAgainAddsTheNote()
{
    m_page->setEscalations({ test::sampleEscalation() });
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10388"), QString()));
    QSignalSpy spy(m_page.get(), &JeopardyPage::escalateRequested);
    QString title;
    QString okText;
    bool queueLocked = false;
    whenDialogOpens<JeopardyActionDialog>([&](JeopardyActionDialog* dialog) {
        title = dialog->windowTitle();
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("jeopardyActionButtons"));
        okText = buttons->button(QDialogButtonBox::Ok)->text();
        queueLocked = !dialog->findChild<QComboBox*>(QStringLiteral("jeopardyQueueChoice"))->isEnabled();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("jeopardyNote")), QStringLiteral("still no answer"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("escalateButton")), Qt::LeftButton);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(title, QStringLiteral("Add a note to escalation 7"));
    QCOMPARE(okText, QStringLiteral("Add Note"));
    QVERIFY(queueLocked);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("supervisors"));
    QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("still no answer"));
}

void TestJeopardyPage::refusalKeepsTheNote()
{
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10388"), QString()));
    QSignalSpy spy(m_page.get(), &JeopardyPage::escalateRequested);
    whenDialogOpens<JeopardyActionDialog>([&](JeopardyActionDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("jeopardyNote")), QStringLiteral("call the courier"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("jeopardyActionButtons"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("escalateButton")), Qt::LeftButton);
    QTRY_COMPARE(spy.count(), 1);
    JeopardyActionDialog* dialog = m_page->escalationDialog();
    QVERIFY(dialog && dialog->isSending());
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("jeopardyActionButtons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no second send while the first is on its way
    m_page->setEscalationResult(false, QStringLiteral("the user sue may not escalate"));
    QApplication::processEvents();
    QVERIFY(m_page->escalationDialog() == dialog && dialog->isVisible());
    QCOMPARE(dialog->note(), QStringLiteral("call the courier"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("jeopardyActionStatus"))->text().contains(QStringLiteral("may not escalate")));
    QVERIFY(ok->isEnabled()); // send again
    if (const QByteArray path = qgetenv("FW_JEOPARDY_DIALOG_SCREENSHOT"); !path.isEmpty())
        QVERIFY(dialog->grab().save(QString::fromLocal8Bit(path)));
    dialog->reject();
}

void TestJeopardyPage::detailsShowTheCriticalPath()
{
    auto* details = m_page->findChild<QLabel*>(QStringLiteral("jeopardyDetails"));
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10412"), QStringLiteral("so-10412/install-drop")));
    const QString text = details->text();
    QVERIFY2(text.contains(QStringLiteral("running 6h 10m, 154% of its 4h estimate")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("+2h 20m late")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Site survey \u2192 <b>Install fiber drop</b> \u2192 Activate port \u2192 so-10412/close")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reassign to field-ops-2 (at critical)")), qPrintable(text));

    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10455"), QStringLiteral("so-10455/site-survey")));
    QVERIFY2(details->text().contains(QStringLiteral("No rule acts on this finding")), qPrintable(details->text()));
    QVERIFY(!details->text().contains(QStringLiteral("Critical path")));
}

// The engine's reason (stored in English) shows in German with the German translation from the build.
void TestJeopardyPage::reasonShowsInGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QString cell = table()->model()->index(0, JeopardyModel::ReasonColumn).data().toString();
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10455"), QStringLiteral("so-10455/site-survey"))); // the details are made anew
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10412"), QStringLiteral("so-10412/install-drop")));
    const QString details = m_page->findChild<QLabel*>(QStringLiteral("jeopardyDetails"))->text();
    QCoreApplication::removeTranslator(&german);
    const QString reason = QStringLiteral("läuft seit 6 h 10 min, 154 % der geschätzten 4 h (kritisch bei 150 %)");
    QCOMPARE(cell, reason);
    QVERIFY2(details.contains(reason), qPrintable(details));
    QCOMPARE(table()->model()->index(0, JeopardyModel::ReasonColumn).data().toString(),
             QStringLiteral("running 6h 10m, 154% of its 4h estimate (critical at 150%)"));
}

void TestJeopardyPage::criticalPathNamesRepeatedSteps()
{
    OrderForecast forecast;
    forecast.criticalPathStepIds = { QStringLiteral("line:1.F_RTR/ship"), QStringLiteral("line:2.F_RTR/ship"),
                                     QStringLiteral("order/accept"), QStringLiteral("order/close") };
    forecast.criticalPathStepNames
        = { QStringLiteral("Ship router"), QStringLiteral("Ship router"), QStringLiteral("Accept order"), QString() };
    QCOMPARE(JeopardyPresentation::criticalPathLabels(forecast),
             QStringList({ QStringLiteral("Ship router (line:1.F_RTR)"), QStringLiteral("Ship router (line:2.F_RTR)"),
                           QStringLiteral("Accept order"), QStringLiteral("order/close") }));
}

void TestJeopardyPage::doubleClickOpensTheOrder()
{
    QSignalSpy spy(m_page.get(), &JeopardyPage::openOrderRequested);
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10490"), QStringLiteral("so-10490/ont-config")));
    const QRect cell = table()->visualRect(table()->currentIndex());
    QVERIFY(table()->viewport()->rect().contains(cell.center()));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center()); // a double click follows a press
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(spy.count() >= 1);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("SO-10490"));
    const int before = spy.count();
    QTest::mouseClick(button(QStringLiteral("jeopardyOpenOrderButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), before + 1);
}

void TestJeopardyPage::actionResultShowsInTheMessageBar()
{
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("jeopardyActionMessage"));
    QVERIFY(message->isHidden());
    m_page->setActionResult(false, QStringLiteral("task 12 is claimed by olga on ws-b"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("task 12 is claimed by olga on ws-b")));
    QVERIFY(!message->styleSheet().isEmpty()); // the error colour
    m_page->setActionResult(true, QStringLiteral("Reassigned to noc"));
    QCOMPARE(message->text(), QStringLiteral("Reassigned to noc"));
    QVERIFY(message->styleSheet().isEmpty());
}

void TestJeopardyPage::selectionSurvivesARefresh()
{
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10490"), QStringLiteral("so-10490/ont-config")));
    JeopardyReport report = test::sampleJeopardyReport();
    report.findings.erase(report.findings.begin()); // rows change: the model resets
    m_page->setReport(report, test::jeopardyNow().addSecs(300));
    QCOMPARE(table()->model()->rowCount(), 6);
    QCOMPARE(table()->currentIndex().data(JeopardyModel::StepIdRole).toString(), QStringLiteral("so-10490/ont-config"));
}

void TestJeopardyPage::heatmapHasAxisTitlesAndLegend()
{
    auto* heatmap = m_page->findChild<JeopardyHeatmap*>(QStringLiteral("jeopardyHeatmap"));
    QCOMPARE(JeopardyHeatmap::laneAxisTitle(), QStringLiteral("Lane \u2193"));
    QCOMPARE(JeopardyHeatmap::queueAxisTitle(), QStringLiteral("Task queue \u2192"));
    const QStringList legend = heatmap->legendEntries();
    QCOMPARE(legend.size(), 3);
    QCOMPARE(legend.at(0), QStringLiteral("Any critical"));
    QCOMPARE(legend.at(1), QStringLiteral("Warnings only"));
    QVERIFY2(legend.at(2).startsWith(QStringLiteral("Darker: more findings")), qPrintable(legend.at(2)));
    // The legend, the axis title and the queue names above the grid: it starts below three lines.
    const JeopardyHeatmapModel* cells = heatmap->model();
    const QRect first = heatmap->cellRect(0, 0);
    const QRect last = heatmap->cellRect(cells->rowCount() - 1, cells->columnCount() - 1);
    QVERIFY(first.top() >= 3 * heatmap->fontMetrics().height());
    QVERIFY(heatmap->sizeHint().height() >= last.bottom());
    // The legend's critical swatch (top left) is painted in the critical colour.
    const QImage map = heatmap->grab().toImage();
    const int swatchY = 6 + (std::max(14, heatmap->fontMetrics().height()) - 14) / 2 + 7;
    const QColor swatch = map.pixelColor(6 + 7, swatchY);
    QVERIFY2(qAbs(swatch.hue() - JeopardyPresentation::color(JeopardyLevel::Critical).hue()) < 12, qPrintable(swatch.name()));
}

void TestJeopardyPage::heatmapTitlesFitOrSayThemselves_data()
{
    QTest::addColumn<bool>("german");
    QTest::addRow("en") << false;
    QTest::addRow("de") << true;
}

// At its size hint the heatmap shows "Task queue →" in full, however few columns it has (the German
// "Aufgabenwarteschlange →" was cut to "Aufga" over one column); narrower, the cut title and the
// "—" queue say in a tooltip what they are.
void TestJeopardyPage::heatmapTitlesFitOrSayThemselves()
{
    QFETCH(bool, german);
    QTranslator translator;
    if (german) {
        QVERIFY(translator.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_de.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    const QString title = JeopardyHeatmap::queueAxisTitle();
    QCOMPARE(title.startsWith(QStringLiteral("Aufgabe")), german);
    JeopardyHeatmap heatmap;
    heatmap.setModel(m_page->findChild<JeopardyHeatmap*>(QStringLiteral("jeopardyHeatmap"))->model());
    heatmap.resize(heatmap.sizeHint());
    QFont bold = heatmap.font();
    bold.setBold(true);
    const int needed = QFontMetrics(bold).horizontalAdvance(title);
    QVERIFY2(heatmap.queueTitleRect().width() >= needed,
             qPrintable(QStringLiteral("%1 < %2").arg(heatmap.queueTitleRect().width()).arg(needed)));
    QVERIFY(heatmap.rect().contains(heatmap.queueTitleRect()));
    QVERIFY(heatmap.headerToolTip(heatmap.queueTitleRect().center()).isEmpty()); // in full: no tooltip needed
    const int none = heatmap.model()->columnOfQueue(QString());
    QVERIFY(none >= 0);
    QVERIFY2(heatmap.headerToolTip(heatmap.queueHeaderRect(none).center())
                 .contains(german ? QStringLiteral("Aufgabenwarteschlange") : QStringLiteral("task queue")),
             qPrintable(heatmap.headerToolTip(heatmap.queueHeaderRect(none).center())));
    heatmap.resize(heatmap.minimumSizeHint());
    if (heatmap.queueTitleRect().width() < needed)
        QCOMPARE(heatmap.headerToolTip(heatmap.queueTitleRect().center()), title);
    // On a narrow page the grid is never squeezed: its scroll area scrolls instead
    // of cutting the last column or row off.
    m_page->resize(760, 560);
    QApplication::processEvents();
    const auto* onPage = m_page->findChild<JeopardyHeatmap*>(QStringLiteral("jeopardyHeatmap"));
    const int rows = onPage->model()->rowCount();
    const int columns = onPage->model()->columnCount();
    QVERIFY2(onPage->rect().contains(onPage->cellRect(rows - 1, columns - 1)),
             qPrintable(QStringLiteral("%1x%2, last cell ends at %3,%4")
                            .arg(onPage->width())
                            .arg(onPage->height())
                            .arg(onPage->cellRect(rows - 1, columns - 1).right())
                            .arg(onPage->cellRect(rows - 1, columns - 1).bottom())));
    if (german)
        QCoreApplication::removeTranslator(&translator);
}

// A report with findings in 14 lanes and an escalated order, at the laptop size 1366x768.
static JeopardyReport manyLanesReport()
{
    JeopardyReport report = test::sampleJeopardyReport();
    const JeopardyFinding model = report.findings.front();
    for (int lane = 0; lane < 13; ++lane) {
        JeopardyFinding extra = model;
        extra.orderId = QStringLiteral("SO-2%1").arg(lane, 4, 10, QLatin1Char('0'));
        extra.stepId = extra.orderId.toLower() + QStringLiteral("/install-drop");
        extra.lane = QStringLiteral("region-%1").arg(lane + 1);
        extra.level = lane % 3 ? JeopardyLevel::Warning : JeopardyLevel::Critical;
        report.findings.push_back(extra);
    }
    return report;
}

void TestJeopardyPage::screenshot()
{
    m_page->resize(1366, 768);
    m_page->setReport(manyLanesReport(), test::jeopardyNow());
    EscalationSummary escalated = test::sampleEscalation();
    escalated.orderId = QStringLiteral("SO-10412");
    escalated.stepId = QStringLiteral("so-10412/install-drop");
    m_page->setEscalations({ escalated });
    QVERIFY(m_page->selectFinding(QStringLiteral("SO-10412"), QStringLiteral("so-10412/install-drop")));
    m_page->setActionResult(true, QStringLiteral("Reassign of SO-10460 \u00b7 Manual credit review to credit-desk-2 sent"));
    QApplication::processEvents();
    const QImage image = m_page->grab().toImage();
    QVERIFY(!image.isNull());
    // The heatmap's field × field-ops cell is painted in the critical tone.
    auto* heatmap = m_page->findChild<JeopardyHeatmap*>(QStringLiteral("jeopardyHeatmap"));
    const JeopardyHeatmapModel* cells = heatmap->model();
    const QRect cell = heatmap->cellRect(cells->rowOfLane(QStringLiteral("field")), cells->columnOfQueue(QStringLiteral("field-ops")));
    const QImage map = heatmap->grab().toImage();
    const QColor corner = map.pixelColor(cell.topLeft() + QPoint(4, 4));
    const QColor critical = JeopardyPresentation::color(JeopardyLevel::Critical);
    QVERIFY2(corner.red() > corner.green() + 60 && qAbs(corner.hue() - critical.hue()) < 12, qPrintable(corner.name()));
    if (const QByteArray path = qgetenv("FW_JEOPARDY_SCREENSHOT"); !path.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(path)));
}

QTEST_MAIN(TestJeopardyPage)
#include "tst_jeopardypage.moc"
