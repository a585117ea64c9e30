// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench on a store, driven as an operator would: a carrier rejection becomes fallout, the
// operator edits the request and retries it from the fallout queue (the order resumes), sends the
// delivery signal from the order page, and completes the technician's task through the generated
// form; the plan graph, the step inspector and the timeline show what happened.

#include "telecomstore.h"
#include "modelrows.h"
#include "fallout/bulkfalloutdialog.h"
#include "fallout/payloadeditdialog.h"
#include "fallout/falloutgroupmodel.h"
#include "tasks/taskformdialog.h"
#include "fallout/falloutqueuepage.h"
#include "mainwindow/mainwindow.h"
#include "workspace/storeindicators.h"
#include "workspace/storeworkspace.h"
#include "workspace/supervisorpages.h"
#include "fallout/falloutcasemodel.h"
#include "workspace/storesession.h"
#include "tasks/tasklistmodel.h"
#include "timeline/timelinemodel.h"
#include "orders/orderpage.h"
#include "orders/stepinspector.h"
#include "plan/planscenelookup.h"
#include "plan/plangraphwidget.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "stubserver.h"
#include "tasks/taskinboxpage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace fw;
using fw::test::rowWhere;

namespace {
const QString orderId = QStringLiteral("SO-10001");

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

QPushButton* button(QWidget* parent, const QString& name)
{
    auto* found = parent->findChild<QPushButton*>(name);
    Q_ASSERT(found);
    return found;
}

} // namespace

class TestOperationsWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    StubServer m_stubs { 5 };
    quint16 m_port = 0;

    // The engine ticks fast and every sample endpoint goes to the test's fw-stubs.
    StoreOpenOptions onStubs() const
    {
        StoreOpenOptions options;
        options.tickMs = 50;
        for (const QString& system :
             { QStringLiteral("inventory"), QStringLiteral("carrier"), QStringLiteral("provisioning"), QStringLiteral("billing") })
            options.endpointBaseUrls.insert(system, QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(system));
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
        QVERIFY(test::makeTelecomStore(m_dir.filePath(QStringLiteral("ops.db"))));
    }

    void operatorFixesFalloutSignalsAndCompletesATask()
    {
        StubBehaviour rejecting;
        rejecting.badRequestRate = 1.0; // every shipment rejected: 422, fatal by the catalog's rule
        m_stubs.configure(QStringLiteral("carrier"), rejecting);

        MainWindow window;
        window.resize(1400, 860);
        window.show();
        const StoreOpenOptions options = onStubs();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(m_dir.filePath(QStringLiteral("ops.db")), options);
        QVERIFY(ready.wait(10000));
        QVERIFY(ready.takeFirst().at(0).toBool());
        StoreSession* session = window.workspace()->session();

        // The rejection arrives as a fallout case in the shipping queue.
        QTRY_COMPARE_WITH_TIMEOUT(session->fallout()->rowCount(), 1, 10000);
        const FalloutSummary fallout = session->fallout()->rowAt(0);
        QCOMPARE(fallout.queue, QStringLiteral("shipping-fallout"));
        QCOMPARE(fallout.stepName, QStringLiteral("Ship router"));
        QVERIFY(fallout.error.contains(QStringLiteral("422")));
        QVERIFY(session->order(orderId)->onHold);
        m_stubs.configure(QStringLiteral("carrier"), StubBehaviour {}); // the carrier accepts again

        // Fallout queue: select the case, edit the payload (a broken edit is refused), retry.
        window.showSection(MainWindow::Section::Fallout);
        FalloutQueuePage* page = window.workspace()->falloutQueuePage();
        QVERIFY(page->selectCase(fallout.id));
        QVERIFY(page->findChild<QPlainTextEdit*>(QStringLiteral("falloutRequest"))->toPlainText().contains(QStringLiteral("\"country\"")));
        bool refused = false;
        whenDialogOpens<PayloadEditDialog>([&refused](PayloadEditDialog* dialog) {
            auto* editor = dialog->findChild<QPlainTextEdit*>(QStringLiteral("payloadEditor"));
            const QString original = editor->toPlainText();
            dialog->setPayloadText(QStringLiteral("{ \"orderId\": "));
            button(dialog, QStringLiteral("retryButton"))->click();
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("payloadError"));
            refused = dialog->isVisible() && error->isVisible() && error->text().contains(QStringLiteral("line 1"));
            QString fixed = original;
            fixed.replace(QStringLiteral("\"country\""), QStringLiteral("\"note\": \"gate code 4711\",\n    \"country\""));
            dialog->setPayloadText(fixed);
            button(dialog, QStringLiteral("retryButton"))->click();
        });
        button(page, QStringLiteral("editRetryButton"))->click();
        QVERIFY(refused);
        QTRY_COMPARE_WITH_TIMEOUT(session->fallout()->rowCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->order(orderId)->onHold, 10000); // resumed: it was the order's last case

        // The order page: the plan graph shows the shipment done, the step waits for delivery.
        OrderPage* order = window.openOrderPage(orderId);
        QVERIFY(order);
        const auto stepState = [order](const QString& name) {
            for (const StepStatus& step : order->detail().steps) {
                if (step.name == name)
                    return step.state;
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(stepState(QStringLiteral("Ship router")), QStringLiteral("completed"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stepState(QStringLiteral("Wait for router delivery")), QStringLiteral("waiting"), 10000);
        QString shipId;
        for (const StepStatus& step : order->detail().steps) {
            if (step.name == QStringLiteral("Ship router"))
                shipId = step.id;
        }
        // Click the step's card on the plan graph: the inspector shows it.
        order->selectStep(QString()); // the Plan tab, nothing selected
        QTRY_VERIFY_WITH_TIMEOUT(order->graph()->isVisible(), 5000);
        PlanView* view = order->graph()->view();
        view->centerOnStep(shipId);
        const QPoint card = view->mapFromScene(stepRect(*order->graph()->scene(), shipId).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, card);
        QCOMPARE(order->graph()->selectedStep(), shipId);
        QCOMPARE(order->inspector()->stepId(), shipId);
        const QString inspected = order->inspector()->browser()->toPlainText();
        QVERIFY2(inspected.contains(QStringLiteral("gate code 4711")), qPrintable(inspected)); // the edited request, attempt 2
        QVERIFY(inspected.contains(QStringLiteral("Series 2")));

        // The same order in a window of its own shows the same live plan.
        QPointer<OrderPage> detached = window.workspace()->openOrderWindow(orderId);
        QVERIFY(detached && detached->isWindow());
        QTRY_COMPARE_WITH_TIMEOUT(detached->detail().steps.size(), order->detail().steps.size(), 5000);
        detached->close();
        QTRY_VERIFY(detached.isNull());

        // Send the delivery signal from the order page.
        whenDialogOpens<QInputDialog>([](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("router-delivered"));
            dialog->accept();
        });
        button(order, QStringLiteral("orderSignalButton"))->click();

        // The technician's scheduling task arrives; complete it through its form.
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(session->tasks(), TaskListModel::QueueRole, QStringLiteral("field-dispatch")) >= 0, 10000);
        window.showSection(MainWindow::Section::Tasks);
        TaskInboxPage* tasks = window.workspace()->taskInboxPage();
        QTableView* table = tasks->table();
        const int row = rowWhere(table->model(), TaskListModel::QueueRole, QStringLiteral("field-dispatch"));
        table->setCurrentIndex(table->model()->index(row, 0));
        bool missingShown = false;
        whenDialogOpens<TaskFormDialog>([&missingShown](TaskFormDialog* dialog) {
            button(dialog, QStringLiteral("completeButton"))->click(); // technician still empty
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("error_technician"));
            missingShown = dialog->isVisible() && error->isVisible() && error->text() == QStringLiteral("Technician is required");
            dialog->findChild<QLineEdit*>(QStringLiteral("field_technician"))->setText(QStringLiteral("Mara Keller"));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("taskComment"))->setPlainText(QStringLiteral("booked by phone"));
            button(dialog, QStringLiteral("completeButton"))->click();
        });
        button(tasks, QStringLiteral("completeTaskButton"))->click();
        QVERIFY(missingShown);
        QTRY_COMPARE_WITH_TIMEOUT(stepState(QStringLiteral("Schedule technician")), QStringLiteral("completed"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(session->tasks(), TaskListModel::QueueRole, QStringLiteral("field-technicians")) >= 0, 10000);

        // The timeline tells who did what.
        const TimelineModel* timeline = order->timelineModel();
        QStringList byOperator;
        for (int i = 0; i < timeline->rowCount(); ++i) {
            const JournalEvent& e = timeline->eventAt(i);
            if (e.actor == session->user())
                byOperator << e.kind + QLatin1Char(':') + e.afterState;
        }
        QVERIFY2(byOperator.contains(QStringLiteral("task.claimed:claimed")), qPrintable(byOperator.join(QLatin1Char(' '))));
        QVERIFY2(byOperator.contains(QStringLiteral("order.resumed:")), qPrintable(byOperator.join(QLatin1Char(' '))));
        QVERIFY2(byOperator.contains(QStringLiteral("signal:")), qPrintable(byOperator.join(QLatin1Char(' '))));
    }

    // Three orders rejected by the carrier for the same reason form one group; one bulk retry
    // (after its dry run) fixes all three, each with its own result, and resumes the orders.
    void bulkRetryOfAGroup()
    {
        const QString path = m_dir.filePath(QStringLiteral("bulk.db"));
        QVERIFY(test::makeTelecomStore(path, QStringLiteral("BULK"), 3));
        StubBehaviour rejecting;
        rejecting.badRequestRate = 1.0;
        m_stubs.configure(QStringLiteral("carrier"), rejecting);

        MainWindow window;
        window.show();
        const StoreOpenOptions options = onStubs();
        window.openStore(path, options);
        StoreSession* session = window.workspace()->session();
        QTRY_COMPARE_WITH_TIMEOUT(session->fallout()->rowCount(), 3, 10000);
        m_stubs.configure(QStringLiteral("carrier"), StubBehaviour {});

        window.showSection(MainWindow::Section::Fallout);
        FalloutQueuePage* page = window.workspace()->falloutQueuePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->groupTable()->model()->rowCount(), 1, 5000);
        const QModelIndex group = page->groupTable()->model()->index(0, FalloutGroupModel::CasesColumn);
        QCOMPARE(group.data().toInt(), 3);
        QVERIFY(page->selectGroup(group.data(FalloutGroupModel::SignatureRole).toString()));
        QCOMPARE(page->table()->model()->rowCount(), 3);

        bool previewed = false;
        int succeeded = -1;
        whenDialogOpens<BulkFalloutDialog>([&](BulkFalloutDialog* dialog) {
            auto* cases = dialog->findChild<QTableWidget*>(QStringLiteral("bulkCases"));
            previewed = cases->rowCount() == 3 && dialog->resultOf(session->fallout()->rowAt(0).id) == QStringLiteral("not sent")
                && session->fallout()->rowCount() == 3; // the dry run sent nothing
            button(dialog, QStringLiteral("bulkRunButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 10000);
            succeeded = dialog->succeeded();
            dialog->accept();
        });
        button(page, QStringLiteral("bulkRetryButton"))->click();
        QVERIFY(previewed);
        QCOMPARE(succeeded, 3);
        QTRY_COMPARE_WITH_TIMEOUT(session->fallout()->rowCount(), 0, 10000);
        for (int i = 1; i <= 3; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(!session->order(QStringLiteral("BULK-%1").arg(i))->onHold, 10000);
    }
};

QTEST_MAIN(TestOperationsWindow)
#include "tst_operationswindow.moc"
