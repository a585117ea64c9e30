// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench under roles (docs/roles.md): the status bar names the signed-in user; for each role
// a control it may use is enabled and one it may not is disabled with a tooltip naming the role it
// needs; switching user (File > Switch User) re-evaluates every control at once and is remembered
// per store; the task inbox starts at the user's queues; an unknown or deactivated user is refused.

#include "modelrows.h"
#include "common/clock.h"
#include "users/switchuserdialog.h"
#include "users/usersdialog.h"
#include "engine/engineservice.h"
#include "fallout/falloutqueuepage.h"
#include "identity/oslogin.h"
#include "identity/userdirectory.h"
#include "io/jsonfile.h"
#include "mainwindow/appsettings.h"
#include "mainwindow/mainwindow.h"
#include "workspace/storeindicators.h"
#include "workspace/storeworkspace.h"
#include "workspace/supervisorpages.h"
#include "fallout/falloutcasemodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "tasks/tasklistmodel.h"
#include "orders/orderpage.h"
#include "store/database.h"
#include "demo/demoparticipant.h"
#include "demo/demostore.h"
#include "store/storeimporter.h"
#include "stubserver.h"
#include "tasks/taskinboxpage.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

using namespace fw;
using fw::test::rowWhere;

namespace {
const QString heldOrder = QStringLiteral("SO-10001"); // in fallout: the carrier rejects its shipment
const QString taskOrder = QStringLiteral("SO-20001"); // shipped and delivered: a field-dispatch task waits

} // namespace

class TestUserRolesWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    StubServer m_stubs { 5 };
    std::unique_ptr<MainWindow> m_window;
    QString m_storePath;

    QString admin() const { return osLoginName(); } // the store's first user: every role

    // The control `name` in `where` (window, order, fallout, tasks), a button or an action.
    QObject* control(const QString& where, const QString& name) const
    {
        QObject* parent = m_window.get();
        if (where == QLatin1String("order"))
            parent = m_window->openOrderPage(heldOrder);
        else if (where == QLatin1String("fallout"))
            parent = m_window->workspace()->falloutQueuePage();
        else if (where == QLatin1String("tasks"))
            parent = m_window->workspace()->taskInboxPage();
        if (auto* widget = parent->findChild<QWidget*>(name))
            return widget;
        return parent->findChild<QAction*>(name);
    }
    static bool isEnabled(const QObject* control)
    {
        if (auto* action = qobject_cast<const QAction*>(control))
            return action->isEnabled();
        return static_cast<const QWidget*>(control)->isEnabled();
    }
    static QString toolTip(const QObject* control)
    {
        if (auto* action = qobject_cast<const QAction*>(control))
            return action->toolTip();
        return static_cast<const QWidget*>(control)->toolTip();
    }
    // Selects the field-dispatch task in the inbox (whatever queue filter the user starts with).
    void selectDispatchTask()
    {
        TaskInboxPage* inbox = m_window->workspace()->taskInboxPage();
        inbox->queueFilter()->setCurrentIndex(0); // all queues: the store answers the inbox's new query
        QTableView* table = inbox->table();
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(table->model(), TaskListModel::QueueRole, QStringLiteral("field-dispatch")) >= 0, 5000);
        const int row = rowWhere(table->model(), TaskListModel::QueueRole, QStringLiteral("field-dispatch"));
        table->setCurrentIndex(table->model()->index(row, 0));
        table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit()); // the remembered users stay here
        const quint16 port = m_stubs.listenLocal(0);
        QVERIFY(port);
        m_storePath = m_dir.filePath(QStringLiteral("roles.db"));
        {
            Database database(m_storePath);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
            QVERIFY(importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"), QStringLiteral("t")).ok());
            UserDirectory users(database.connection());
            const auto add = [&](const QString& id, const QString& name, RoleSet roles, const QStringList& queues, bool active = true) {
                return users.add({ id, name, roles, queues, active, {}, {} }, QStringLiteral("test"), clock.now()).ok();
            };
            QVERIFY(
                add(QStringLiteral("olivia"), QStringLiteral("Olivia Ortiz"), { Role::Operator }, { QStringLiteral("field-dispatch") }));
            QVERIFY(add(QStringLiteral("theo"), QStringLiteral("Theo Brandt"), { Role::Operator }, { QStringLiteral("fitters") }));
            QVERIFY(add(QStringLiteral("rosa"), QStringLiteral("Rosa Lindqvist"), { Role::Resolver }, {}));
            QVERIFY(add(QStringLiteral("sam"), QStringLiteral("Sam Okafor"), { Role::Supervisor }, {}));
            QVERIFY(add(QStringLiteral("ada"), QStringLiteral("Ada Kowalski"), { Role::Admin }, {}));
            QVERIFY(add(QStringLiteral("gone"), QStringLiteral("Gone Away"), { Role::Operator }, {}, false));
        }
        StubBehaviour rejecting;
        rejecting.badRequestRate = 1.0; // the first order's shipment is rejected: fallout
        m_stubs.configure(QStringLiteral("carrier"), rejecting);

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        StoreOpenOptions options;
        options.tickMs = 50;
        options.user = admin();
        for (const QString& system :
             { QStringLiteral("inventory"), QStringLiteral("carrier"), QStringLiteral("provisioning"), QStringLiteral("billing") })
            options.endpointBaseUrls.insert(system, QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(system));
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        m_window->openStore(m_storePath, options);
        QVERIFY(ready.wait(10000));
        StoreSession* session = m_window->workspace()->session();
        QTRY_COMPARE_WITH_TIMEOUT(session->fallout()->rowCount(), 1, 10000);
        m_stubs.configure(QStringLiteral("carrier"), StubBehaviour {});

        // A second order ships, is delivered, and its technician's scheduling task arrives.
        Problems problems;
        auto order = readJsonFile(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"), problems);
        QVERIFY(order);
        (*order)["id"] = taskOrder.toStdString();
        const QString orderFile = m_dir.filePath(QStringLiteral("second-order.json"));
        QFile file(orderFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(order->dump()));
        file.close();
        session->service()->importFile(QStringLiteral("order"), orderFile, admin());
        OrderPage* page = m_window->openOrderPage(taskOrder);
        const auto waiting = [page] {
            for (const StepStatus& step : page->detail().steps) {
                if (step.name == QStringLiteral("Wait for router delivery"))
                    return step.state == QStringLiteral("waiting");
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting(), 15000);
        session->service()->signal(taskOrder, QStringLiteral("router-delivered"), admin());
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(session->tasks(), TaskListModel::QueueRole, QStringLiteral("field-dispatch")) >= 0, 10000);
        m_window->openOrderPage(heldOrder);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->openOrderPage(heldOrder)->detail().order.onHold, 10000);
        m_window->showSection(MainWindow::Section::Fallout);
        QTRY_VERIFY(m_window->workspace()->falloutQueuePage()->table()->currentIndex().isValid());
    }

    void cleanupTestCase()
    {
        m_window.reset(); // stops the engine before the stubs go
    }

    void statusBarNamesTheUser()
    {
        QToolButton* indicator = m_window->storeIndicators()->userButton();
        QVERIFY(indicator->isVisible());
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("olivia")).ok());
        QCOMPARE(indicator->text(), QStringLiteral("Olivia Ortiz \u00b7 operator"));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Queues: field-dispatch")));
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("sam")).ok());
        QCOMPARE(indicator->text(), QStringLiteral("Sam Okafor \u00b7 supervisor"));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Queues: all queues")));
    }

    // For each role: a control it may use (enabled) and one it may not (disabled, the tooltip names the role).
    void controlsFollowTheRoles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("control");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("toolTip"); // what the tooltip contains

        QTest::addRow("operator claims a task of their queue") << "olivia"
                                                               << "tasks"
                                                               << "claimButton" << true << "Claim the selected tasks";
        QTest::addRow("operator sends a signal") << "olivia"
                                                 << "order"
                                                 << "orderSignalButton" << true << "Tell a pause";
        QTest::addRow("operator may not retry fallout") << "olivia"
                                                        << "fallout"
                                                        << "retryButton" << false << "Needs the resolver role: Olivia Ortiz holds operator";
        QTest::addRow("operator may not change an order") << "olivia"
                                                          << "order"
                                                          << "orderChangeButton" << false << "Needs the supervisor role";
        QTest::addRow("operator of another queue may not claim")
            << "theo"
            << "tasks"
            << "claimButton" << false << "Queue field-dispatch is not one of Theo Brandt's queues (fitters)";
        QTest::addRow("resolver retries fallout") << "rosa"
                                                  << "fallout"
                                                  << "retryButton" << true << "Run the failed step again";
        QTest::addRow("resolver resumes an order") << "rosa"
                                                   << "order"
                                                   << "orderResumeButton" << true << "Lift the hold";
        QTest::addRow("resolver may not claim a task") << "rosa"
                                                       << "tasks"
                                                       << "claimButton" << false << "Needs the operator or supervisor role";
        QTest::addRow("resolver may not bulk retry") << "rosa"
                                                     << "fallout"
                                                     << "bulkRetryButton" << false << "Needs the supervisor role";
        QTest::addRow("supervisor retries in bulk") << "sam"
                                                    << "fallout"
                                                    << "bulkRetryButton" << true << "Dry run first";
        QTest::addRow("supervisor changes an order") << "sam"
                                                     << "order"
                                                     << "orderChangeButton" << true << "Amend or cancel";
        QTest::addRow("supervisor claims in any queue") << "sam"
                                                        << "tasks"
                                                        << "claimButton" << true << "Claim the selected tasks";
        QTest::addRow("supervisor imports an order") << "sam"
                                                     << "window"
                                                     << "importOrderAction" << true << "Import Order";
        QTest::addRow("supervisor may not import a catalog") << "sam"
                                                             << "window"
                                                             << "importCatalogAction" << false << "Needs the admin role";
        QTest::addRow("supervisor may not skip fallout") << "sam"
                                                         << "fallout"
                                                         << "skipButton" << false << "Needs the resolver role";
        QTest::addRow("admin imports a catalog") << "ada"
                                                 << "window"
                                                 << "importCatalogAction" << true << "Import Catalog";
        QTest::addRow("admin sets the remote store") << "ada"
                                                     << "window"
                                                     << "remoteStoreAction" << true << "Remote Store";
        QTest::addRow("admin may not send a signal")
            << "ada"
            << "order"
            << "orderSignalButton" << false << "Needs the operator, resolver or supervisor role: Ada Kowalski holds admin";
        QTest::addRow("admin may not import an order") << "ada"
                                                       << "window"
                                                       << "importOrderAction" << false << "Needs the supervisor role";
        QTest::addRow("admin manages users") << "ada"
                                             << "window"
                                             << "usersAction" << true << "Users";
        QTest::addRow("supervisor may not manage users") << "sam"
                                                         << "window"
                                                         << "usersAction" << false << "Needs the admin role: Sam Okafor holds supervisor";
        QTest::addRow("operator may not set the remote store") << "olivia"
                                                               << "window"
                                                               << "remoteStoreAction" << false << "Needs the admin role";
    }

    void controlsFollowTheRoles()
    {
        QFETCH(QString, user);
        QFETCH(QString, where);
        QFETCH(QString, control);
        QFETCH(bool, enabled);
        QFETCH(QString, toolTip);
        QVERIFY(m_window->workspace()->switchUser(user).ok());
        if (where == QLatin1String("tasks"))
            selectDispatchTask();
        const QObject* found = this->control(where, control);
        QVERIFY2(found, qPrintable(control));
        QCOMPARE(isEnabled(found), enabled);
        QVERIFY2(TestUserRolesWindow::toolTip(found).contains(toolTip), qPrintable(TestUserRolesWindow::toolTip(found)));
    }

    // No waiting for the engine: the controls change in the same event as the switch.
    void switchingUserUpdatesControlsAtOnce()
    {
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("olivia")).ok());
        auto* change = qobject_cast<QPushButton*>(control(QStringLiteral("order"), QStringLiteral("orderChangeButton")));
        auto* retry = qobject_cast<QPushButton*>(control(QStringLiteral("fallout"), QStringLiteral("retryButton")));
        QVERIFY(!change->isEnabled());
        QVERIFY(!retry->isEnabled());
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("sam")).ok());
        QVERIFY(change->isEnabled());
        QVERIFY(change->toolTip().startsWith(QStringLiteral("Amend or cancel"))); // its own tooltip back
        QVERIFY(!retry->isEnabled());
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("rosa")).ok());
        QVERIFY(!change->isEnabled());
        QVERIFY(retry->isEnabled());
    }

    void inboxStartsAtTheUsersQueues()
    {
        TaskInboxPage* inbox = m_window->workspace()->taskInboxPage();
        QComboBox* queues = inbox->queueFilter();
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("theo")).ok());
        QCOMPARE(queues->currentText(), QStringLiteral("My queues"));
        QCOMPARE(queues->currentData().toStringList(), QStringList { QStringLiteral("fitters") });
        QCOMPARE(queues->toolTip(), QStringLiteral("My queues: fitters"));
        QTRY_COMPARE(inbox->table()->model()->rowCount(), 0); // no fitters' task (the store answers the query)
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("olivia")).ok());
        QCOMPARE(queues->currentText(), QStringLiteral("My queues"));
        QCOMPARE(queues->currentData().toStringList(), QStringList { QStringLiteral("field-dispatch") });
        QTRY_VERIFY(inbox->table()->model()->rowCount() >= 1);
        for (int row = 0; row < inbox->table()->model()->rowCount(); ++row)
            QCOMPARE(inbox->table()->model()->index(row, 0).data(TaskListModel::QueueRole).toString(), QStringLiteral("field-dispatch"));
        queues->setCurrentIndex(0); // the filter stays changeable
        QCOMPARE(queues->currentText(), QStringLiteral("All queues"));
        QTRY_COMPARE(qint64(inbox->table()->model()->rowCount()), m_window->workspace()->session()->lastSnapshot().taskCounts.total());
        QVERIFY(m_window->workspace()->session()->lastSnapshot().taskCounts.byQueue.value(QStringLiteral("field-dispatch")) >= 1);
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("sam")).ok()); // a supervisor: every queue
        QCOMPARE(queues->currentText(), QStringLiteral("All queues"));
        QCOMPARE(queues->findText(QStringLiteral("My queues"), Qt::MatchStartsWith), -1);
    }

    void switchUserDialogRefusesUnknownAndDeactivatedUsers()
    {
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("olivia")).ok());
        SwitchUserDialog* dialog = m_window->workspace()->showSwitchUser();
        QVERIFY(dialog);
        QStringList listed;
        for (int row = 0; row < dialog->userList()->topLevelItemCount(); ++row)
            listed << dialog->userList()->topLevelItem(row)->text(1);
        QVERIFY2(listed.contains(QStringLiteral("sam")) && listed.contains(QStringLiteral("olivia")),
                 qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY(!listed.contains(QStringLiteral("gone"))); // deactivated: not offered
        QCOMPARE(dialog->userList()->currentItem()->text(1), QStringLiteral("olivia"));

        dialog->choose(QStringLiteral("ghost"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(QStringLiteral("'ghost' is not a user of this store")), qPrintable(dialog->problem()));
        dialog->choose(QStringLiteral("gone"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(QStringLiteral("'gone' is deactivated")), qPrintable(dialog->problem()));
        QCOMPARE(m_window->workspace()->session()->user(), QStringLiteral("olivia"));

        for (int row = 0; row < dialog->userList()->topLevelItemCount(); ++row) {
            if (dialog->userList()->topLevelItem(row)->text(1) == QLatin1String("ada"))
                dialog->userList()->setCurrentItem(dialog->userList()->topLevelItem(row));
        }
        QCOMPARE(dialog->chosenId(), QStringLiteral("ada"));
        dialog->accept();
        QCOMPARE(m_window->workspace()->session()->user(), QStringLiteral("ada"));
        QCOMPARE(m_window->storeIndicators()->userButton()->text(), QStringLiteral("Ada Kowalski \u00b7 admin"));
        QCOMPARE(AppSettings::storeUser(m_storePath), QStringLiteral("ada")); // remembered for this store
    }

    // File > Users...: an admin adds a colleague (a command the engine authorizes and journals), who
    // can then be switched to; a supervisor gets no dialog.
    void adminAddsAUser()
    {
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("sam")).ok());
        QVERIFY(!m_window->workspace()->showUsers());
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("ada")).ok());
        UsersDialog* dialog = m_window->workspace()->showUsers();
        QVERIFY(dialog);
        QVERIFY(dialog->userList()->topLevelItemCount() >= 7); // the deactivated one too
        dialog->edit(QStringLiteral("nina"), QStringLiteral("Nina Petrova"), { QStringLiteral("operator") },
                     QStringLiteral("fitters, field-dispatch"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveUserButton"));
        QCOMPARE(save->text(), QStringLiteral("&Add User"));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->result().startsWith(QStringLiteral("Saved: add user nina")), 5000);
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("nina")).ok());
        QCOMPARE(m_window->storeIndicators()->userButton()->text(), QStringLiteral("Nina Petrova · operator"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveUserButton"))->isEnabled()); // nina is no admin
        QVERIFY(save->toolTip().contains(QStringLiteral("Needs the admin role")));
        dialog->close();
    }

    // A task another user holds: a supervisor may release it (task.release-other), an operator of its
    // queue may not, and says why.
    void onlyASupervisorReleasesAnothersClaim()
    {
        StoreSession* session = m_window->workspace()->session();
        selectDispatchTask(); // the inbox shows all queues
        const int row = rowWhere(session->tasks(), TaskListModel::QueueRole, QStringLiteral("field-dispatch"));
        QVERIFY(row >= 0);
        const qint64 task = session->tasks()->index(row, 0).data(TaskListModel::TaskIdRole).toLongLong();
        // Who holds it, as the inbox shows it (its rows are re-read after the engine's snapshot).
        const auto holder = [session, task] {
            const int at = rowWhere(session->tasks(), TaskListModel::TaskIdRole, task); // reading the rows fetches their pages
            return at < 0 ? QStringLiteral("?") : session->tasks()->index(at, 0).data(TaskListModel::ClaimedByRole).toString();
        };
        session->service()->claimTask(task, admin());
        QTRY_COMPARE_WITH_TIMEOUT(holder(), admin(), 5000);
        QVERIFY(m_window->workspace()->switchUser(admin()).ok()); // "My tasks" counts what the signed-in user holds
        auto* assignment = m_window->workspace()->taskInboxPage()->findChild<QComboBox*>(QStringLiteral("taskAssignmentFilter"));
        QTRY_COMPARE(assignment->itemText(int(TaskInboxPage::Assignment::Mine)), QStringLiteral("My tasks (1)")); // the snapshot's count
        auto* release = m_window->workspace()->taskInboxPage()->findChild<QPushButton*>(QStringLiteral("releaseButton"));
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("olivia")).ok());
        selectDispatchTask();
        QVERIFY(!release->isEnabled());
        QVERIFY2(release->toolTip().contains(QStringLiteral("Needs the supervisor role: Olivia Ortiz holds operator")),
                 qPrintable(release->toolTip()));
        QVERIFY(m_window->workspace()->switchUser(QStringLiteral("sam")).ok());
        QVERIFY(release->isEnabled());
        QCOMPARE(release->toolTip(), QStringLiteral("Put the selected tasks back in their queue"));
        session->service()->releaseTask(task, admin()); // back as it was
        QTRY_VERIFY_WITH_TIMEOUT(holder().isEmpty(), 5000);
    }

    // The demo store ships a team for every role and opens as its operator (unless told otherwise).
    void demoStoreOpensAsItsOperator()
    {
        MainWindow window;
        StoreOpenOptions options;
        options.tickMs = 50;
        DemoOptions demo;
        demo.samplesDirectory = QStringLiteral(FW_SAMPLES_DIR);
        demo.copies = 1;
        options.participants.push_back([demo] { return std::make_unique<DemoParticipant>(demo); });
        options.defaultUser = demoStartUser();
        qunsetenv("FW_USER");
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(m_dir.filePath(QStringLiteral("demo.db")), options);
        QVERIFY(ready.wait(20000));
        QCOMPARE(window.workspace()->session()->user(), QStringLiteral("olivia"));
        QCOMPARE(window.storeIndicators()->userButton()->text(), QStringLiteral("Olivia Ortiz \u00b7 operator"));
        QStringList team;
        const auto users = window.workspace()->session()->identity()->users();
        QVERIFY2(users.ok(), qPrintable(users.message()));
        for (const User& user : *users)
            team << user.id + QLatin1Char('=') + user.roles.toText();
        for (const QString& member :
             QStringList { QStringLiteral("olivia=operator"), QStringLiteral("theo=operator"), QStringLiteral("rosa=resolver"),
                           QStringLiteral("sam=supervisor"), QStringLiteral("ada=admin"),
                           QString(osLoginName() + QStringLiteral("=operator,resolver,supervisor,admin")) })
            QVERIFY2(team.contains(member), qPrintable(member + QStringLiteral(" not in ") + team.join(QLatin1Char(' '))));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("importCatalogAction"))->isEnabled());
    }

    // --user (or $FW_USER) naming someone the store does not know signs nobody in: every action is
    // disabled and says why; it does not fall back to another user.
    void unknownUserSignsNobodyIn()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        MainWindow window;
        StoreOpenOptions options;
        options.tickMs = 50;
        options.user = QStringLiteral("ghost");
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(path, options);
        QVERIFY(ready.wait(10000));
        QVERIFY(!window.workspace()->session()->identity()->isSignedIn());
        QCOMPARE(window.storeIndicators()->userButton()->text(), QStringLiteral("Nobody signed in"));
        const QString status = window.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Nobody is signed in: 'ghost' is not a user of this store")), qPrintable(status));
        auto* import = window.findChild<QAction*>(QStringLiteral("importOrderAction"));
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(QStringLiteral("'ghost' is not a user of this store")), qPrintable(import->toolTip()));
        QVERIFY(window.workspace()->switchUser(admin()).ok()); // the remembered choice from now on
        QVERIFY(import->isEnabled());
        window.closeStore();

        MainWindow again; // no --user: the user chosen last time for this store
        window.closeStore();
        QSignalSpy readyAgain(&again, &MainWindow::storeReady);
        StoreOpenOptions plain;
        plain.tickMs = 50;
        plain.defaultUser = QStringLiteral("ghost"); // not reached: the remembered user comes first
        qunsetenv("FW_USER");
        again.openStore(path, plain);
        QVERIFY(readyAgain.wait(10000));
        QCOMPARE(again.workspace()->session()->user(), admin());
        QVERIFY(again.workspace()->session()->identity()->isSignedIn());
    }
};

QTEST_MAIN(TestUserRolesWindow)
#include "tst_userroleswindow.moc"
