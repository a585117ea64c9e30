// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AccountListModel and AccountOrderModel: the Accounts list (name, id, counts; sorting by number)
// and an account's orders (state label and colour, the id for opening it).

#include "accounts/accountlistmodel.h"
#include "accounts/accountordermodel.h"
#include "common/statepresentation.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace fw;

class TestAccountListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void accounts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("sortKey");
        QTest::addRow("name") << int(AccountListModel::NameColumn) << "Lumière Retail SAS"
                              << QVariant(QStringLiteral("Lumière Retail SAS"));
        QTest::addRow("id") << int(AccountListModel::IdColumn) << "ACC-FR-3310" << QVariant(QStringLiteral("ACC-FR-3310"));
        QTest::addRow("orders") << int(AccountListModel::OrdersColumn) << "1,041" << QVariant(1041);
        QTest::addRow("assets") << int(AccountListModel::AssetsColumn) << "55" << QVariant(55);
    }
    void accounts()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QVariant, sortKey);
        AccountListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({ { QStringLiteral("ACC-A"), QStringLiteral("Alpha"), 1, 0 },
                            { QStringLiteral("ACC-FR-3310"), QStringLiteral("Lumière Retail SAS"), 1041, 55 } });
        QCOMPARE(model.rowOf(QStringLiteral("ACC-FR-3310")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        const QModelIndex index = model.index(1, column);
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(AccountListModel::SortRole), sortKey);
        QCOMPARE(index.data(AccountListModel::AccountIdRole).toString(), QStringLiteral("ACC-FR-3310"));
    }

    void orders()
    {
        AccountOrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AccountOrder done { QStringLiteral("SO-1"), QStringLiteral("completed"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), {},
                            QDate(2026, 12, 3),     QStringLiteral("cat") };
        AccountOrder running = done;
        running.id = QStringLiteral("SO-2");
        running.state = QStringLiteral("in-progress");
        running.requestedDate = QDate();
        model.setOrders({ running, done });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AccountOrderModel::StateColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(1, AccountOrderModel::StateColumn).data().toString(), QStringLiteral("Completed"));
        QCOMPARE(model.index(1, AccountOrderModel::StateColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 StatePresentation::stateColor(QStringLiteral("completed")).darker(115));
        QCOMPARE(model.index(1, AccountOrderModel::RequestedColumn).data().toString(), QStringLiteral("2026-12-03"));
        QCOMPARE(model.index(0, AccountOrderModel::RequestedColumn).data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(model.index(1, 0).data(AccountOrderModel::OrderIdRole).toString(), QStringLiteral("SO-1"));
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
