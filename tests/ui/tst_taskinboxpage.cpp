// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The task inbox on a store of 60 orders with 45 open or claimed tasks (tests/core/taskstorefixture.h),
// read by the page itself (no engine runs): its filters are the store's query, the details show the
// current task, and the selection stays on its task when the rows are read again.
// Set FW_TASKS_SCREENSHOT to a file name to save the page (1366x768) as the test shows it.

#include "../core/taskstorefixture.h"
#include "../core/testteam.h"
#include "store/database.h"
#include "tasks/taskinboxpage.h"
#include "tasks/tasklistmodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestTaskInboxPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<TaskInboxPage> m_page;

    bool exec(const QString& sql) const
    {
        Database database(m_path);
        QSqlQuery query(database.connection());
        return query.exec(sql);
    }
    int rows() const { return m_page->table()->model()->rowCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("inbox.db"));
        {
            Database database(m_path);
            QVERIFY(database.openStore());
            QVERIFY(test::fillTaskFixtureStore(database.connection(), 60));
            QVERIFY(test::addTeam(database.connection(), { QStringLiteral("ana"), QStringLiteral("bob") }));
        }
        m_session = std::make_unique<StoreSession>(m_path, QStringLiteral("ana"));
        m_session->identity()->storeOpened(); // as the engine's storeOpened does
        m_session->tasks()->setStorePath(m_path);
        m_page = std::make_unique<TaskInboxPage>(m_session.get());
        m_page->resize(1366, 768);
        m_page->show();
        QTRY_COMPARE(rows(), 45);
    }

    void filtersAreTheStoresQuery()
    {
        m_page->setAssignment(TaskInboxPage::Assignment::Mine);
        QTRY_COMPARE(rows(), 15); // i % 4 == 1
        for (int row = 0; row < rows(); ++row)
            QCOMPARE(m_page->table()->model()->index(row, 0).data(TaskListModel::ClaimedByRole).toString(), QStringLiteral("ana"));
        m_page->setAssignment(TaskInboxPage::Assignment::Unassigned);
        QTRY_COMPARE(rows(), 15); // i % 4 == 0
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("taskSearch"));
        search->setText(QStringLiteral("cobalt SO-100")); // orders 1002, 1005, 1008; unassigned: 1008
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(m_page->table()->model()->index(0, TaskListModel::OrderColumn).data().toString(), QStringLiteral("SO-1008"));
        search->clear();
        m_page->setAssignment(TaskInboxPage::Assignment::All);
        QTRY_COMPARE(rows(), 45);
    }

    void detailsAndSelectionFollowTheTask()
    {
        QTableView* table = m_page->table();
        QTRY_VERIFY(table->currentIndex().isValid()); // the first row is current: keyboard-ready
        const QModelIndex tenth = table->model()->index(9, 0);
        const qint64 task = tenth.data(TaskListModel::TaskIdRole).toLongLong();
        QCOMPARE(task, qint64(13)); // order 12
        table->setCurrentIndex(tenth);
        table->selectionModel()->select(tenth, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* details = m_page->findChild<QLabel*>(QStringLiteral("taskDetails"));
        QVERIFY2(details->text().contains(QStringLiteral("order SO-1012")), qPrintable(details->text()));
        QVERIFY(details->text().contains(QStringLiteral("queue floor")));

        // Two earlier tasks are done elsewhere: the rows are read again and the selection moves with its task.
        QVERIFY(exec(QStringLiteral("UPDATE tasks SET state = 'completed' WHERE id IN (1, 2)")));
        QSignalSpy refreshed(m_session->tasks(), &TaskListModel::refreshed);
        m_session->tasks()->refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(rows(), 43);
        QCOMPARE(table->currentIndex().row(), 7);
        QCOMPARE(table->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), task);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().front().data(TaskListModel::TaskIdRole).toLongLong(), task);
        QVERIFY(details->text().contains(QStringLiteral("order SO-1012")));

        QVERIFY(exec(QStringLiteral("UPDATE tasks SET state = 'open' WHERE id = 1")));
        QVERIFY(exec(QStringLiteral("UPDATE tasks SET state = 'claimed' WHERE id = 2")));
    }

    // The inbox opens sorted by urgency: tasks of orders at risk first (critical, then by priority),
    // with their SLA level, priority and due date in columns of their own.
    void urgentTasksComeFirst()
    {
        QAbstractItemModel* model = m_page->table()->model();
        QCOMPARE(m_session->tasks()->query().order, TaskQuery::Order::Urgency);
        QCOMPARE(model->headerData(TaskListModel::SlaColumn, Qt::Horizontal).toString(), QStringLiteral("SLA"));
        QCOMPARE(model->headerData(TaskListModel::PriorityColumn, Qt::Horizontal).toString(), QStringLiteral("Priority"));
        QCOMPARE(model->headerData(TaskListModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));
        QVERIFY(exec(QStringLiteral("UPDATE orders SET priority = 2 WHERE id = 'SO-1009'")));
        QVERIFY(exec(QStringLiteral("UPDATE orders SET jeopardy = 'critical' WHERE id = 'SO-1020'")));
        QSignalSpy refreshed(m_session->tasks(), &TaskListModel::refreshed);
        m_session->tasks()->refresh();
        QVERIFY(refreshed.wait(5000));
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, TaskListModel::OrderColumn), QStringLiteral("SO-1020"));
        QCOMPARE(cell(0, TaskListModel::SlaColumn), QStringLiteral("Critical"));
        QCOMPARE(cell(1, TaskListModel::OrderColumn), QStringLiteral("SO-1009"));
        QCOMPARE(cell(1, TaskListModel::PriorityColumn), QStringLiteral("Urgent"));
        QCOMPARE(cell(2, TaskListModel::SlaColumn), QStringLiteral("On track"));
        QCOMPARE(cell(2, TaskListModel::PriorityColumn), QStringLiteral("Normal"));
        QVERIFY(!cell(2, TaskListModel::DueColumn).isEmpty());
        if (const QString path = qEnvironmentVariable("FW_TASKS_SCREENSHOT"); !path.isEmpty())
            QVERIFY(m_page->grab().save(path));

        m_page->table()->sortByColumn(TaskListModel::IdColumn, Qt::AscendingOrder); // by id: the oldest first again
        QTRY_COMPARE(cell(0, TaskListModel::OrderColumn), QStringLiteral("SO-1000"));
        QVERIFY(exec(QStringLiteral("UPDATE orders SET priority = 0, jeopardy = ''")));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestTaskInboxPage)
#include "tst_taskinboxpage.moc"
