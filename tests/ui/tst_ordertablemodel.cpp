// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderTableModel on a 450-order store (tests/core/orderstorefixture.h): the count and the first
// page arrive together, later pages when asked for, queries run in the store, and a refresh after
// new orders keeps the selected order selected although its row moved.

#include "../core/orderstorefixture.h"
#include "orders/ordertablemodel.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestOrderTableModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    static constexpr int orders = 450;

    static bool awaitCount(OrderTableModel&, QSignalSpy& spy) { return spy.count() > 0 || spy.wait(5000); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("orders.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        QVERIFY(test::fillFixtureStore(database.connection(), orders));
        QSqlQuery query(database.connection()); // what the SLA monitor records (docs/sla.md)
        QVERIFY(query.exec(QStringLiteral("UPDATE orders SET jeopardy = 'warning' WHERE id = 'SO-1446'")));
    }

    void pagesArriveAsTheViewAsks()
    {
        OrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &OrderTableModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitCount(model, counted));
        QCOMPARE(model.rowCount(), orders);
        QCOMPARE(model.columnCount(), int(OrderTableModel::ColumnCount));
        // The first page came with the count: no "loading" rows at the top.
        QCOMPARE(model.index(0, OrderTableModel::IdColumn).data().toString(), QStringLiteral("SO-1449"));
        QCOMPARE(model.index(0, 0).data(OrderTableModel::OrderIdRole).toString(), QStringLiteral("SO-1449"));
        QCOMPARE(model.index(1, 0).data(OrderTableModel::StateRole).toString(), QStringLiteral("completed"));
        QCOMPARE(model.index(1, 0).data(OrderTableModel::ProgressRole).toDouble(), 2.0 / 3.0);
        QCOMPARE(model.index(0, OrderTableModel::JeopardyColumn).data().toString(), QStringLiteral("")); // cancelled: not overdue
        QCOMPARE(model.index(2, OrderTableModel::JeopardyColumn).data().toString(), QStringLiteral("Overdue")); // due 2024-02-01
        QVERIFY(model.index(2, 0).data(OrderTableModel::OverdueRole).toBool());
        QCOMPARE(model.index(3, OrderTableModel::IdColumn).data().toString(), QStringLiteral("SO-1446"));
        QCOMPARE(model.index(3, OrderTableModel::JeopardyColumn).data().toString(), QStringLiteral("Warning")); // the monitor's level wins
        // Row 420 is on page 2: fetched when asked for.
        QVERIFY(!model.index(420, 0).data(OrderTableModel::LoadedRole).toBool());
        QCOMPARE(model.index(420, 0).data(OrderTableModel::OrderIdRole), QVariant());
        QSignalSpy loaded(&model, &OrderTableModel::pageLoaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.takeFirst().at(0).toInt(), 2);
        QCOMPARE(model.index(420, 0).data(OrderTableModel::OrderIdRole).toString(), QStringLiteral("SO-1029"));
        QCOMPARE(model.index(449, 0).data(OrderTableModel::OrderIdRole).toString(), QStringLiteral("SO-1000"));
    }

    void searchFilterAndSortRunInTheStore()
    {
        OrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &OrderTableModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitCount(model, counted));
        counted.clear();
        OrderQuery query;
        query.search = QStringLiteral("acme");
        model.setQuery(query);
        QVERIFY(model.isLoading());
        query.state = QStringLiteral("fallout"); // typed on before the first answer: only the newest applies
        model.setQuery(query);
        QVERIFY(awaitCount(model, counted));
        QTest::qWait(100); // a stale answer, had it been sent, would arrive meanwhile
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.rowCount(), 30); // i%3==0 and i%5==2 among 450
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(OrderTableModel::StateRole).toString(), QStringLiteral("fallout"));
        counted.clear();
        model.sort(OrderTableModel::IdColumn, Qt::AscendingOrder);
        QVERIFY(awaitCount(model, counted));
        QCOMPARE(model.index(0, 0).data(OrderTableModel::OrderIdRole).toString(), QStringLiteral("SO-1012"));
        counted.clear();
        model.sort(OrderTableModel::ProgressColumn, Qt::AscendingOrder); // not sortable in the store: ignored
        QVERIFY(!model.isLoading());
        QCOMPARE(model.query().sort, OrderQuery::Sort::Id);
    }

    void refreshKeepsTheSelectedOrder()
    {
        OrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&model);
        QSignalSpy counted(&model, &OrderTableModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitCount(model, counted));
        selection.setCurrentIndex(model.index(5, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString selected = model.index(5, 0).data(OrderTableModel::OrderIdRole).toString();
        QCOMPARE(selected, QStringLiteral("SO-1444"));
        for (int row = 0; row < 10; ++row)
            model.index(row, 0).data(); // what a view shows
        {
            Database database(m_path); // two new orders, newer than all: they take rows 0 and 1
            QVERIFY(test::addFixtureOrder(database.connection(), 900, test::fixtureCreated(5000)));
            QVERIFY(test::addFixtureOrder(database.connection(), 901, test::fixtureCreated(5001)));
        }
        QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(model.rowCount(), orders + 2);
        QCOMPARE(model.index(0, 0).data(OrderTableModel::OrderIdRole).toString(), QStringLiteral("SO-1901"));
        QCOMPARE(selection.currentIndex().row(), 7);
        QCOMPARE(selection.currentIndex().data(OrderTableModel::OrderIdRole).toString(), selected);
        QVERIFY(selection.isRowSelected(7, {}));
        QVERIFY(!selection.isRowSelected(5, {}));
    }

    // An order the engine set aside (its stored data cannot be read) says so, and why (docs/store.md).
    void aSetAsideOrderShowsItsReason()
    {
        {
            Database database(m_path);
            QVERIFY(database.openStore());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE orders SET set_aside_reason = 'store:order/SO-1446: the stored order document "
                                              "is not valid JSON' WHERE id = 'SO-1446'")));
        }
        OrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &OrderTableModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitCount(model, counted));
        int row = 0;
        while (row < 20 && model.index(row, 0).data(OrderTableModel::OrderIdRole).toString() != QStringLiteral("SO-1446"))
            ++row;
        QVERIFY(row < 20);
        const QModelIndex state = model.index(row, OrderTableModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("set aside"));
        QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Reason: store:order/SO-1446: the stored order document")),
                 qPrintable(state.data(Qt::ToolTipRole).toString()));
        QVERIFY(model.index(row + 1, OrderTableModel::StateColumn).data(Qt::ToolTipRole).toString().isEmpty()
                || !model.index(row + 1, OrderTableModel::StateColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(QStringLiteral("Set aside")));
    }

    // A search for a short word no order holds shows none; an order with it arriving shows up on
    // the next refresh (the worker looks the words up again after the store changed).
    void aRefreshFindsNewOrdersOfTheSearch()
    {
        OrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &OrderTableModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitCount(model, counted));
        counted.clear();
        OrderQuery query;
        query.search = QStringLiteral("qz");
        model.setQuery(query);
        QVERIFY(awaitCount(model, counted));
        QCOMPARE(model.rowCount(), 0);
        {
            Database database(m_path);
            QVERIFY(test::addFixtureOrder(database.connection(), 902, test::fixtureCreated(6000)));
            QSqlQuery rename(database.connection());
            QVERIFY(rename.exec(QStringLiteral("INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, "
                                               "source_items, rules, quantity, attributes) VALUES ('SO-1902', 'L7', 'qz-box', 'order', "
                                               "'SO-1902', 'A', '[]', '[]', 1, '{}')")));
        }
        QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        if (!model.index(0, 0).data(OrderTableModel::LoadedRole).toBool()) { // no row was in view: asked for now
            QSignalSpy loaded(&model, &OrderTableModel::pageLoaded);
            QVERIFY(loaded.wait(5000));
        }
        QCOMPARE(model.index(0, 0).data(OrderTableModel::OrderIdRole).toString(), QStringLiteral("SO-1902"));
    }
};

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
