// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestdata.h"

#include "mainwindow/appsettings.h"
#include "mainwindow/mainwindow.h"
#include "preview/planpreviewpage.h"
#include "preview/planstepmodel.h"
#include "preview/problemmodel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fw;

namespace {

// Waits for the window's next loadFinished and returns its `ok`.
bool awaitLoad(QSignalSpy& spy)
{
    if (!spy.wait(30'000) && spy.isEmpty())
        return false;
    return spy.takeFirst().at(0).toBool();
}

QStringList childTexts(const QAbstractItemModel* model, const QModelIndex& parent, int column = 0)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, column, parent).data().toString();
    return texts;
}

QString allProblems(const QAbstractItemModel* model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, 0).data(ProblemModel::ProblemTextRole).toString();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsStepsGroupedByLane();
    void brokenCatalogShowsProblems();
    void orderWithoutCatalogIsExplained();
    void reloadPicksUpFixedFile();
    void rememberedInRecentFiles();
    void bundledSamplesOpen_data();
    void bundledSamplesOpen();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in ~/.qttest, never the user's
    QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showsStepsGroupedByLane()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFiles(test::miniCatalog(), test::miniOrder());
    QVERIFY(window.planPreviewPage()->isLoading());
    QVERIFY(awaitLoad(finished));

    auto* tree = window.findChild<QTreeView*>(QStringLiteral("planStepTree"));
    QVERIFY(tree);
    QVERIFY(tree->isVisible()); // not the placeholder
    const QAbstractItemModel* model = tree->model();
    QStringList lanes;
    for (int row = 0; row < model->rowCount(); ++row)
        lanes << model->index(row, 0).data(PlanStepModel::LaneIdRole).toString();
    QCOMPARE(lanes, QStringList({ QStringLiteral("logistics"), QStringLiteral("field"), QStringLiteral("billing") }));

    const QModelIndex field = model->index(1, 0);
    QVERIFY(field.data().toString().startsWith(QStringLiteral("Field Service")));
    QVERIFY(tree->isExpanded(field));
    QVERIFY(tree->isFirstColumnSpanned(1, QModelIndex()));
    const QStringList fieldSteps = childTexts(model, field);
    QCOMPARE(fieldSteps.count(QStringLiteral("Schedule technician")), 2);
    QCOMPARE(fieldSteps.size(), 6);
    QVERIFY(!childTexts(model, model->index(0, 0)).contains(QStringLiteral("Schedule technician")));
    QCOMPARE(childTexts(model, field, PlanStepModel::TypeColumn).first(), QStringLiteral("Manual task"));

    QVERIFY2(window.windowTitle().contains(QStringLiteral("SO-UI-1")), qPrintable(window.windowTitle()));
    auto* summary = window.findChild<QLabel*>(QStringLiteral("orderSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("Beispiel GmbH")));
    auto* lines = window.findChild<QTableView*>(QStringLiteral("fulfillmentLineTable"));
    QCOMPARE(lines->model()->rowCount(), 4);
    QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("problemsDock"))->isVisible());
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("SO-UI-1")), qPrintable(status->text()));
}

void TestMainWindow::brokenCatalogShowsProblems()
{
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFiles(test::miniCatalog(), test::miniOrder());
    QVERIFY(awaitLoad(finished));

    window.openFiles(test::brokenCatalog(), test::miniOrder());
    QVERIFY(!awaitLoad(finished));

    auto* problemsView = window.findChild<QTreeView*>(QStringLiteral("problemsView"));
    QVERIFY(problemsView);
    QVERIFY(problemsView->isVisible());
    QCOMPARE(allProblems(problemsView->model()),
             test::brokenCatalog() + QStringLiteral(":/planDefinitions/2/steps/0/lane: unknown lane 'finance'"));
    QCOMPARE(problemsView->model()->index(0, ProblemModel::FileColumn).data().toString(), QStringLiteral("broken-catalog.json"));

    // The previous plan is gone and the central view says why, rather than showing an empty tree.
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("planStepTree"));
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(!tree->isVisible());
    auto* placeholder = window.findChild<QLabel*>(QStringLiteral("placeholderLabel"));
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().contains(QStringLiteral("broken-catalog.json")), qPrintable(placeholder->text()));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("SO-UI-1")));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("problemsSummary"))->text().contains(QLatin1Char('1')));
}

void TestMainWindow::orderWithoutCatalogIsExplained()
{
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openOrder(test::miniOrder());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    const QString problems = allProblems(window.planPreviewPage()->problemModel());
    QVERIFY2(problems.startsWith(test::miniOrder() + QStringLiteral(":: no catalog is open")), qPrintable(problems));
}

void TestMainWindow::reloadPicksUpFixedFile()
{
    QTemporaryDir dir;
    const QString catalog = dir.filePath(QStringLiteral("catalog.json"));
    QVERIFY(QFile::copy(test::brokenCatalog(), catalog));
    QVERIFY(QFile::setPermissions(catalog, QFile::ReadOwner | QFile::WriteOwner));

    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFiles(catalog, test::miniOrder());
    QVERIFY(!awaitLoad(finished));
    QCOMPARE(window.planPreviewPage()->problemModel()->rowCount(), 1);

    // The user fixes the file and chooses File > Reload.
    QVERIFY(QFile::remove(catalog));
    QVERIFY(QFile::copy(test::miniCatalog(), catalog));
    auto* reload = window.findChild<QAction*>(QStringLiteral("reloadAction"));
    QVERIFY(reload && reload->isEnabled());
    reload->trigger();
    QVERIFY(awaitLoad(finished));
    QCOMPARE(window.planPreviewPage()->problemModel()->rowCount(), 0);
    QCOMPARE(window.planPreviewPage()->stepModel()->stepCount(), 9);
    QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("problemsDock"))->isVisible());
}

void TestMainWindow::rememberedInRecentFiles()
{
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFiles(test::miniCatalog(), test::miniOrder());
        QVERIFY(awaitLoad(finished));
    }
    QCOMPARE(AppSettings::recentFiles(QStringLiteral("catalogs")).value(0), QFileInfo(test::miniCatalog()).absoluteFilePath());
    QCOMPARE(AppSettings::recentFiles(QStringLiteral("orders")).value(0), QFileInfo(test::miniOrder()).absoluteFilePath());

    // A new window offers them in File > Recent Orders, and choosing one plans it again.
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.planPreviewPage()->openCatalog(test::miniCatalog());
    QVERIFY(awaitLoad(finished));
    QCOMPARE(window.planPreviewPage()->stepModel()->rowCount(), 0);
    auto* recentOrders = window.findChild<QMenu*>(QStringLiteral("recentOrdersMenu"));
    QVERIFY(recentOrders);
    const auto actions = recentOrders->actions();
    QVERIFY(!actions.isEmpty());
    QVERIFY2(actions.first()->text().contains(QStringLiteral("order.json")), qPrintable(actions.first()->text()));
    actions.first()->trigger();
    QVERIFY(awaitLoad(finished));
    QCOMPARE(window.planPreviewPage()->stepModel()->stepCount(), 9);
}

void TestMainWindow::bundledSamplesOpen_data()
{
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<QString>("order");
    const QDir samples(QStringLiteral(FW_SAMPLES_DIR));
    const auto scenarios = samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& scenario : scenarios) {
        const QDir dir(samples.filePath(scenario));
        const auto orders = dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name);
        for (const QString& order : orders)
            QTest::addRow("%s/%s", qPrintable(scenario), qPrintable(order))
                << dir.filePath(QStringLiteral("catalog.json")) << dir.filePath(order);
    }
    if (scenarios.isEmpty())
        QTest::addRow("no samples") << QString() << QString();
}

void TestMainWindow::bundledSamplesOpen()
{
    QFETCH(QString, catalog);
    QFETCH(QString, order);
    if (catalog.isEmpty())
        QSKIP("resources/samples holds no scenario yet");
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFiles(catalog, order);
    const bool ok = awaitLoad(finished);
    QVERIFY2(ok, qPrintable(allProblems(window.planPreviewPage()->problemModel())));
    QVERIFY(window.planPreviewPage()->stepModel()->rowCount() > 0);
    QVERIFY(window.findChild<QTreeView*>(QStringLiteral("planStepTree"))->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
