// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench as one of several workstations on a remote store (docs/sync.md), against a throwaway
// PostgreSQL and a second workstation in this process (ws-b, driven by the test): the window shows
// ws-b's orders and tasks as running on ws-b; a claim from the window goes through ws-b's engine; a
// claim bob made first on ws-b is refused with who and when; stopping PostgreSQL turns the status
// bar's indicator offline and a restart brings it back; a claim queued while offline that ws-b can
// no longer apply becomes a conflict, shown in the conflicts dialog and acknowledged there. The
// remote store settings dialog tests the connection, writes the password to the password file only
// and reconnects the open store.

#include "modelrows.h"
#include "sync/remotesettingsdialog.h"
#include "sync/syncconflictsdialog.h"
#include "identity/oslogin.h"
#include "mainwindow/mainwindow.h"
#include "workspace/storeindicators.h"
#include "workspace/storeworkspace.h"
#include "workspace/supervisorpages.h"
#include "fallout/falloutcasemodel.h"
#include "orders/ordertablemodel.h"
#include "workspace/storesession.h"
#include "sync/syncconflictmodel.h"
#include "tasks/tasklistmodel.h"
#include "orders/orderpage.h"
#include "orders/orderspage.h"
#include "stubserver.h"
#include "store/database.h"
#include "testteam.h"
#include "sync/pgconnection.h"
#include "syncworkstation.h"
#include "tasks/taskinboxpage.h"
#include "throwawaykeyring.h"
#include "throwawaypostgres.h"
#include "sync/syncindicator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fw;
using fw::test::rowWhere;

namespace {
const QString laptopSample = QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle");

// Waits for `condition`, letting ws-b do a round (its engine, then a sync round) between checks.
bool waitPumping(SyncWorkstation& other, const std::function<bool()>& condition, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        other.round();
        if (condition())
            return true;
        QTest::qWait(100);
    }
    return condition();
}

QString text(QWidget* parent, const QString& labelName)
{
    auto* label = parent->findChild<QLabel*>(labelName);
    return label && label->isVisibleTo(parent) ? label->text() : QString();
}
} // namespace

class TestSyncWindow : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    StubServer m_stubs { 7 };
    quint16 m_stubPort = 0;
    std::unique_ptr<PgConnection> m_admin;
    QTemporaryDir m_dir;

    SyncSettings settingsFor(const QString& workstation, const QString& user, int capacity) const
    {
        SyncSettings settings;
        settings.conninfo = m_server.conninfo();
        settings.workstation = workstation;
        settings.user = user;
        settings.capacity = capacity;
        return settings;
    }

    // The window's workstation: it runs nothing itself (capacity 0), so ws-b owns every order.
    StoreOpenOptions windowOptions() const
    {
        StoreOpenOptions options;
        options.tickMs = 100;
        options.sync = settingsFor(QStringLiteral("ws-a"), QString(), 0);
        return options;
    }

    // ws-b takes the orders and runs them to their hand-over task, which waits for a person.
    std::unique_ptr<SyncWorkstation> otherWorkstationWith(const QStringList& orders)
    {
        auto other = std::make_unique<SyncWorkstation>(settingsFor(QStringLiteral("ws-b"), QStringLiteral("bob"), 10), m_stubPort);
        if (const Status started = other->start(); !started) {
            qWarning("ws-b: %s", qPrintable(started.message()));
            return nullptr;
        }
        const bool ready = waitPumping(*other, [&] {
            return std::all_of(orders.begin(), orders.end(),
                               [&](const QString& id) { return other->taskId(id, QStringLiteral("admin-handover")) > 0; });
        });
        if (!ready) {
            QSqlQuery query(other->database().connection());
            query.exec(QStringLiteral("SELECT order_id, step_key, state, COALESCE(last_error, '') FROM steps ORDER BY order_id, seq"));
            while (query.next()) {
                const QString row = query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ')
                    + query.value(2).toString() + QLatin1Char(' ') + query.value(3).toString();
                qWarning("ws-b: %s", qPrintable(row));
            }
            qWarning("ws-b: %s", qPrintable(other->agent().status().lastError));
        }
        return ready ? std::move(other) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in ~/.qttest, never the user's
        QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_syncwindow"));
        QSettings().clear();
        qputenv("FW_USER", "alice");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toLocal8Bit());
        ThrowawayKeyring::disableForThisProcess(); // no desktop keyring: the password goes to PGPASSFILE (tst_keyringpassword has one)
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_stubPort = m_stubs.listenLocal(0);
        QVERIFY(m_stubPort);
        m_admin = std::make_unique<PgConnection>(m_server.conninfo());
        QCOMPARE(m_admin->open().message(), QString());
    }

    void windowWorksWithAnotherWorkstationsOrders()
    {
        const auto published = publishSample(*m_admin, laptopSample, QStringLiteral("SYNC"), 2);
        if (!published)
            QFAIL(qPrintable(published.message()));
        const QString mine = QStringLiteral("SYNC-1"); // alice claims its task
        const QString bobs = QStringLiteral("SYNC-2"); // bob claims its task first
        auto other = otherWorkstationWith({ mine, bobs });
        QVERIFY(other);

        {
            Database store(m_dir.filePath(QStringLiteral("ws-a.db"))); // alice works here (and bob on ws-b)
            QVERIFY(store.openStore());
            QVERIFY(test::addTeam(store.connection(), { QStringLiteral("alice"), QStringLiteral("bob") }));
        }
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(m_dir.filePath(QStringLiteral("ws-a.db")), windowOptions());
        QVERIFY(ready.wait(20000));
        StoreSession* session = window.workspace()->session();
        QAbstractItemModelTester ordersTester(session->orders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tasksTester(session->tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester falloutTester(session->fallout(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conflictsTester(session->conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SyncIndicator* indicator = window.storeIndicators()->syncIndicator();
        QTRY_VERIFY_WITH_TIMEOUT(indicator->isVisible() && indicator->text().startsWith(QStringLiteral("Online")), 20000);

        // ws-b's orders and tasks are here, running on ws-b.
        TaskListModel* tasks = session->tasks();
        QTRY_COMPARE_WITH_TIMEOUT(tasks->rowCount(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(tasks, TaskListModel::OrderIdRole, mine) >= 0, 5000); // reading rows fetches their page
        const int myRow = rowWhere(tasks, TaskListModel::OrderIdRole, mine);
        QCOMPARE(tasks->index(myRow, TaskListModel::RunsOnColumn).data().toString(), QStringLiteral("ws-b"));
        const auto replicaTask = session->readTask(tasks->taskAt(myRow)->id); // what the form dialog opens with
        QVERIFY2(replicaTask && *replicaTask && !(*replicaTask)->spec.form.empty(), "a replica's task shows the catalog's form");
        QTableView* ordersTable = window.workspace()->ordersPage()->findChild<QTableView*>(QStringLiteral("ordersTable"));
        QVERIFY(!ordersTable->isColumnHidden(OrderTableModel::RunsOnColumn));
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(session->orders(), OrderTableModel::OrderIdRole, mine) >= 0, 10000);
        const int orderRow = rowWhere(session->orders(), OrderTableModel::OrderIdRole, mine);
        QCOMPARE(session->orders()->index(orderRow, OrderTableModel::RunsOnColumn).data().toString(), QStringLiteral("ws-b"));

        // Alice claims SYNC-1's task: PostgreSQL grants it, ws-b's engine applies it.
        window.showSection(MainWindow::Section::Tasks);
        TaskInboxPage* inbox = window.workspace()->taskInboxPage();
        QVERIFY(!inbox->table()->isColumnHidden(TaskListModel::RunsOnColumn));
        const auto select = [&](const QString& orderId) {
            const int row = rowWhere(inbox->table()->model(), TaskListModel::OrderIdRole, orderId);
            inbox->table()->selectionModel()->clearSelection();
            inbox->table()->setCurrentIndex(inbox->table()->model()->index(row, 0));
            return row >= 0;
        };
        QVERIFY(select(mine));
        const qint64 myTask = tasks->taskAt(myRow)->id;
        inbox->findChild<QPushButton*>(QStringLiteral("claimButton"))->click();
        QTRY_VERIFY(text(inbox, QStringLiteral("taskActionMessage")).contains(QStringLiteral("sent to ws-b")));
        QVERIFY(waitPumping(*other, [&] {
            const int row = tasks->rowOfTask(myTask);
            return row >= 0 && tasks->index(row, TaskListModel::StateColumn).data().toString() == QStringLiteral("Claimed by alice");
        }));
        QTRY_VERIFY(text(inbox, QStringLiteral("taskActionMessage")).contains(QStringLiteral("applied by ws-b")));

        // Bob claimed SYNC-2's task on ws-b first (not yet pushed): PostgreSQL refuses alice, naming bob.
        const qint64 bobsTaskOnB = other->taskId(bobs, QStringLiteral("admin-handover"));
        QVERIFY(other->act(QStringLiteral("task.claim"), { { QStringLiteral("task"), bobsTaskOnB } }).status
                == CommandResult::Status::Done);
        QVERIFY(select(bobs));
        inbox->findChild<QPushButton*>(QStringLiteral("claimButton"))->click();
        QTRY_VERIFY2(text(inbox, QStringLiteral("taskActionMessage")).contains(QStringLiteral("claimed by bob at "))
                         && text(inbox, QStringLiteral("taskActionMessage")).contains(QStringLiteral("(on ws-b)")),
                     qPrintable(text(inbox, QStringLiteral("taskActionMessage"))));

        // PostgreSQL goes away: offline within a few ticks, and alice's claim waits in the queue.
        QCOMPARE(m_server.stopImmediately().message(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(QStringLiteral("Offline since")), 5000);
        QVERIFY(indicator->tone() == SyncPresentation::Tone::Offline);
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Workstation: ws-a")));
        QVERIFY(select(bobs));
        inbox->findChild<QPushButton*>(QStringLiteral("claimButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(QStringLiteral("1 command")),
                                 5000); // "1 command queued" (plural forms: the .qm)

        // It comes back: online again; the remote store refuses alice's claim (bob holds the task): a conflict.
        QCOMPARE(m_server.restart().message(), QString());
        QCOMPARE(m_admin->open().message(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(QStringLiteral("Online")), 60000);
        QVERIFY(waitPumping(
            *other, [&] { return indicator->conflictsText().startsWith(QStringLiteral("1 conflict")); }, 30000));
        QTRY_VERIFY(text(inbox, QStringLiteral("taskActionMessage")).contains(QStringLiteral("claimed by bob at ")));
        QVERIFY(waitPumping(*other, [&] {
            const int row = rowWhere(tasks, TaskListModel::OrderIdRole, bobs);
            return row >= 0 && tasks->index(row, TaskListModel::StateColumn).data().toString() == QStringLiteral("Claimed by bob");
        }));

        // The conflicts dialog: the sentence names who and what; Open Order; Acknowledge.
        QTest::mouseClick(indicator, Qt::LeftButton);
        auto* dialog = window.findChild<SyncConflictsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->table()->model()->rowCount(), 1);
        const QModelIndex conflict = dialog->table()->model()->index(0, SyncConflictModel::DetailColumn);
        QCOMPARE(conflict.siblingAtColumn(SyncConflictModel::OrderColumn).data().toString(), bobs);
        QCOMPARE(conflict.siblingAtColumn(SyncConflictModel::KindColumn).data().toString(), QStringLiteral("Action not applied"));
        QVERIFY2(conflict.data().toString().contains(QStringLiteral("alice")) && conflict.data().toString().contains(QStringLiteral("bob")),
                 qPrintable(conflict.data().toString()));
        dialog->findChild<QPushButton*>(QStringLiteral("conflictOpenOrderButton"))->click();
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        auto* page = qobject_cast<OrderPage*>(pages->currentWidget());
        QVERIFY(page && page->orderId() == bobs);
        dialog->findChild<QPushButton*>(QStringLiteral("acknowledgeConflictButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->model()->rowCount(), 0, 5000);
        QTRY_COMPARE(indicator->conflictsText(), QString());
    }

    void remoteSettingsTestConnectionSavePasswordAndReconnect()
    {
        MainWindow window;
        window.show();
        StoreOpenOptions local;
        local.tickMs = 100;
        local.user = osLoginName(); // the new store's first user, an admin: remote settings are an admin's (not alice's)
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(m_dir.filePath(QStringLiteral("settings.db")), local);
        QVERIFY(ready.wait(20000));
        // The Orders row was current before the store opened: its page shows now, not "No store is open".
        QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(), window.workspace()->ordersPage());
        QVERIFY(!window.storeIndicators()->syncIndicator()->isVisible()); // no remote store: no indicator, no "Runs on" column
        QVERIFY(window.workspace()
                    ->ordersPage()
                    ->findChild<QTableView*>(QStringLiteral("ordersTable"))
                    ->isColumnHidden(OrderTableModel::RunsOnColumn));

        RemoteSettingsDialog* dialog = window.showRemoteSettings();
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("remotePasswordNote"))
                        ->text()
                        .contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("pgpass")))));
        dialog->findChild<QCheckBox*>(QStringLiteral("remoteEnabled"))->setChecked(true);
        dialog->findChild<QLineEdit*>(QStringLiteral("remoteHost"))->setText(m_server.host());
        dialog->findChild<QSpinBox*>(QStringLiteral("remotePort"))->setValue(m_server.port());
        dialog->findChild<QLineEdit*>(QStringLiteral("remoteDatabase"))->setText(ThrowawayPostgres::defaultDatabase());
        dialog->findChild<QLineEdit*>(QStringLiteral("remoteUser"))->setText(ThrowawayPostgres::adminUser());
        auto* tls = dialog->findChild<QComboBox*>(QStringLiteral("remoteTlsMode"));
        tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
        dialog->findChild<QLineEdit*>(QStringLiteral("remotePassword"))->setText(QStringLiteral("s3cret:word"));
        dialog->findChild<QLineEdit*>(QStringLiteral("remoteWorkstation"))->setText(QStringLiteral("ws-settings"));
        dialog->findChild<QSpinBox*>(QStringLiteral("remoteLeaseTtl"))->setValue(45);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("remoteConninfo"))->text().contains(QStringLiteral("s3cret")));

        QSignalSpy tested(dialog, &RemoteSettingsDialog::connectionTested);
        dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->click();
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY2(text(dialog, QStringLiteral("connectionTestResult")).startsWith(QStringLiteral("Connected to PostgreSQL 15")),
                 qPrintable(text(dialog, QStringLiteral("connectionTestResult"))));
        QVERIFY2(text(dialog, QStringLiteral("connectionTestResult"))
                     .endsWith(QStringLiteral("The link is not encrypted, but stays on this machine.")), // loopback
                 qPrintable(text(dialog, QStringLiteral("connectionTestResult"))));

        dialog->findChild<QPushButton*>(QStringLiteral("applyRemoteButton"))->click();
        // Saved without the password, which went to the password file, private to its owner (the
        // keyring answered first that there is none: the dialog closes then).
        QTRY_VERIFY(QFile::exists(m_dir.filePath(QStringLiteral("pgpass"))));
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("remoteStore/host")).toString(), m_server.host());
        QCOMPARE(settings.value(QStringLiteral("remoteStore/leaseTtlSeconds")).toInt(), 45);
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret")), qPrintable(key));
        QFile pgpass(m_dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(pgpass.readAll()),
                 QStringLiteral("%1:%2:fw:fw_admin:s3cret\\:word\n").arg(m_server.host()).arg(m_server.port()));
        QCOMPARE(pgpass.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // The open store came back with the remote store: the indicator says so.
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->session() && window.workspace()->session()->hasRemote(), 5000);
        QCOMPARE(window.workspace()->session()->remote().workstation, QStringLiteral("ws-settings"));
        QCOMPARE(window.workspace()->session()->remote().leaseTtlSeconds, 45);
        QTRY_VERIFY_WITH_TIMEOUT(window.storeIndicators()->syncIndicator()->isVisible()
                                     && window.storeIndicators()->syncIndicator()->text().startsWith(QStringLiteral("Online")),
                                 20000);
        QVERIFY(window.storeIndicators()->syncIndicator()->toolTip().contains(QStringLiteral("ws-settings")));
        QVERIFY(!window.workspace()
                     ->ordersPage()
                     ->findChild<QTableView*>(QStringLiteral("ordersTable"))
                     ->isColumnHidden(OrderTableModel::RunsOnColumn));
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
