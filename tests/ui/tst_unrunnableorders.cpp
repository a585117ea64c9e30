// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Many orders the engine cannot run (their catalog is gone) are one line in the status bar, not one
// per order: "⚠ 40 orders cannot run", naming the first few in its tooltip; a click lists all of them
// with the reason (UnrunnableOrderModel, checked by QAbstractItemModelTester). The other orders run.

#include "common/clock.h"
#include "mainwindow/mainwindow.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "workspace/storesession.h"
#include "workspace/storeworkspace.h"
#include "workspace/unrunnableordermodel.h"
#include "workspace/unrunnableordersdialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fw;

class TestUnrunnableOrders : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::shared_ptr<const std::vector<UnreadableOrder>> orders(int count)
    {
        auto list = std::make_shared<std::vector<UnreadableOrder>>();
        for (int i = 1; i <= count; ++i)
            list->push_back({ QStringLiteral("O-%1").arg(i), QStringLiteral("catalog 'c' version '1' is not in the store") });
        return list;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit()); }

    void summaryNamesTheFirstFewAndCountsTheRest_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("summary");
        const QString reason = QStringLiteral("catalog 'c' version '1' is not in the store");
        QTest::addRow("none") << 0 << QString();
        QTest::addRow("one") << 1 << QStringLiteral("1 order cannot run: O-1 (%1)").arg(reason);
        QTest::addRow("three") << 3 << QStringLiteral("3 orders cannot run: O-1 (%1); O-2 (%1); O-3 (%1)").arg(reason);
        QTest::addRow("25,000") << 25000
                                << QStringLiteral("25,000 orders cannot run: O-1 (%1); O-2 (%1); O-3 (%1); and 24,997 more").arg(reason);
    }
    void summaryNamesTheFirstFewAndCountsTheRest()
    {
        QFETCH(int, count);
        QFETCH(QString, summary);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        UnrunnableOrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders(orders(count));
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.summary(), summary);
        if (count > 0)
            QCOMPARE(model.index(count - 1, UnrunnableOrderModel::OrderColumn).data().toString(), QStringLiteral("O-%1").arg(count));
    }

    void manyUnrunnableOrdersAreOneLineWithTheirList()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString path = m_dir.filePath(QStringLiteral("unrunnable.db"));
        const int missing = 40;
        {
            Database database(path);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("t")).ok());
            const QString file = m_dir.filePath(QStringLiteral("order.json"));
            for (int i = 0; i <= missing; ++i) {
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(
                    QStringLiteral(
                        "{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"%2\"}]}")
                        .arg(i == 0 ? QStringLiteral("RUNS-1") : QStringLiteral("KIT-%1").arg(i, 2, 10, QLatin1Char('0')),
                             i == 0 ? QStringLiteral("AUTO") : QStringLiteral("KIT"))
                        .toUtf8());
                out.close();
                QVERIFY(importer.importOrder(file, QStringLiteral("t")).ok());
            }
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM catalogs WHERE id = 'engine-test'")));
        }

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        StoreOpenOptions options;
        options.tickMs = 50;
        window.openStore(path, options);
        QVERIFY(ready.wait(10000));
        QVERIFY(ready.first().first().toBool()); // the engine runs: the other order is not held up
        auto* indicator = window.findChild<QToolButton*>(QStringLiteral("unrunnableIndicator"));
        QVERIFY(indicator);
        QTRY_VERIFY_WITH_TIMEOUT(indicator->isVisible(), 10000);
        QCOMPARE(indicator->text(), QStringLiteral("\u26a0 40 orders cannot run"));
        QVERIFY2(indicator->toolTip().startsWith(QStringLiteral("40 orders cannot run: KIT-01 (catalog 'engine-test' version '1' is not "
                                                                "in the store); KIT-02 (")),
                 qPrintable(indicator->toolTip()));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("and 37 more")));
        QVERIFY2(window.statusBar()->height() < 80, qPrintable(QString::number(window.statusBar()->height())));
        QVERIFY2(window.height() <= 800, qPrintable(QString::number(window.height()))); // one line, whatever the count

        indicator->click();
        auto* dialog = window.findChild<UnrunnableOrdersDialog*>();
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("unrunnableTable"));
        QVERIFY(table && table->model());
        QCOMPARE(table->model()->rowCount(), missing);
        QCOMPARE(table->model()->index(missing - 1, 0).data().toString(), QStringLiteral("KIT-40"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("unrunnableSummary"))->text(), QStringLiteral("40 orders cannot run."));
        // FW_UNRUNNABLE_SCREENSHOT=<dir>: the window with its status line, and the list, as the test shows them.
        if (const QString dir = qEnvironmentVariable("FW_UNRUNNABLE_SCREENSHOT"); !dir.isEmpty()) {
            QVERIFY(window.grab().save(dir + QStringLiteral("/unrunnable-window.png")));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/unrunnable-list.png")));
        }
        dialog->close();
    }
};

QTEST_MAIN(TestUnrunnableOrders)
#include "tst_unrunnableorders.moc"
