// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The order page's replay: a store whose order went through a fallout, a skip, a resume and a task
// claim in simulated time (HandlerFixture); on the page, moving the slider to a moment shows the plan graph's
// nodes in their states of then and the open work of then, with a banner and the order's actions off;
// the keyboard moves through the moments; Live returns to the current states.

#include "engine/handlers/falloutcommands.h"
#include "engine/handlers/taskcommands.h"
#include "handlerfixture.h"
#include "mainwindow/mainwindow.h"
#include "orders/orderpage.h"
#include "orders/orderreplaybar.h"
#include "orders/stepinspector.h"
#include "orders/stepstatusmodel.h"
#include "orders/replayworkpanel.h"
#include "plan/plangraphwidget.h"
#include "plan/planscenelookup.h"
#include "timeline/timelinemodel.h"
#include "workspace/storeworkspace.h"

#include <QApplication>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlQuery>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTest>

using namespace fw;

namespace {
const QString orderId = QStringLiteral("MIX-1");
}

class TestOrderPageReplay : public QObject {
    Q_OBJECT

    test::HandlerFixture m_f;
    QString m_storePath;
    // Journal seq -> step id -> state, as the store held them at that moment.
    QMap<qint64, QMap<QString, QString>> m_states;
    qint64 m_afterRun = 0; // the broken step in fallout, the order on hold
    qint64 m_skipped = 0; // ana skipped it
    qint64 m_claimed = 0; // ana holds the task
    QString m_failure; // the broken step's error

    qint64 record()
    {
        const qint64 seq = m_f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal WHERE order_id = 'MIX-1'")).toLongLong();
        QSqlQuery query(m_f.database->connection());
        QMap<QString, QString> states;
        if (query.exec(QStringLiteral("SELECT id, state FROM steps WHERE order_id = 'MIX-1'"))) {
            while (query.next())
                states.insert(query.value(0).toString(), query.value(1).toString());
        }
        m_states.insert(seq, states);
        return seq;
    }

    // The slider position that shows the order as it was after entry `seq`: the last moment at or before it.
    static int indexOf(const OrderReplayBar* bar, qint64 seq)
    {
        int index = -1;
        for (std::size_t i = 0; i < bar->moments().size() && bar->moments()[i].seq <= seq; ++i)
            index = int(i);
        return index;
    }

    QString failure() const { return m_failure; }

    // The Steps tab's states: step id -> state.
    static QMap<QString, QString> tableStates(OrderPage* page)
    {
        QMap<QString, QString> states;
        const QAbstractItemModel* model = page->stepModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, StepStatusModel::StateColumn);
            states.insert(index.data(StepStatusModel::StepIdRole).toString(), index.data(StepStatusModel::StateRole).toString());
        }
        return states;
    }

    static QMap<QString, QString> graphStates(OrderPage* page, const QStringList& steps)
    {
        QMap<QString, QString> states;
        for (const QString& step : steps)
            states.insert(step, toString(stepState(*page->graph()->scene(), step).value_or(StepState::Cancelled)));
        return states;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.open(QStringLiteral("replay.db")));
        m_storePath = m_f.dir.filePath(QStringLiteral("replay.db"));
        const QString file = m_f.dir.filePath(QStringLiteral("mix.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({ "formatVersion": 1, "id": "MIX-1", "account": { "id": "A1", "name": "Workshop customer" },
                       "items": [ { "id": "1", "product": "KIT" }, { "id": "2", "product": "BROKEN" } ] })");
        out.close();
        QVERIFY(StoreImporter(*m_f.database, m_f.clock).importOrder(file, QStringLiteral("t")).ok());
        std::unique_ptr<TaskCommands> tasks;
        QVERIFY(m_f.restart([&] {
            tasks = std::make_unique<TaskCommands>(*m_f.loop);
            m_f.loop->addParticipant(tasks.get());
        }));
        FalloutCommands fallout(*m_f.loop);
        QVERIFY(m_f.run() > 0);
        m_afterRun = record();
        m_failure = m_f.scalar(QStringLiteral("SELECT error FROM fallout_cases WHERE order_id = 'MIX-1'"));
        QVERIFY(!m_failure.isEmpty());
        m_f.clock.advance(60'000);
        const qint64 failed = m_f.scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = 'MIX-1'")).toLongLong();
        QVERIFY(fallout.skip(failed, QStringLiteral("ana"), QStringLiteral("done by hand")));
        m_skipped = record();
        m_f.clock.advance(60'000);
        QVERIFY(fallout.resume(orderId, QStringLiteral("ana")));
        QVERIFY(m_f.run() >= 0);
        record();
        const qint64 task = m_f.scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'MIX-1'")).toLongLong();
        m_f.clock.advance(60'000);
        QVERIFY(tasks->claim(task, QStringLiteral("ana")));
        m_claimed = record();
        m_f.loop.reset();
        tasks.reset();
        m_f.database.reset(); // the window opens the store on its own
    }

    // The step inspector says why a step was skipped: the reason journalled with the skip (here the
    // operator's; a step's condition gives "condition false: ...").
    void inspectorSaysWhyAStepWasSkipped()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        StoreOpenOptions options;
        options.tickMs = 50;
        window.openStore(m_storePath, options);
        QVERIFY(ready.wait(10000));
        OrderPage* page = window.openOrderPage(orderId);
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(graphStates(page, { QStringLiteral("line:2.F_BROKEN/bad") }).value(QStringLiteral("line:2.F_BROKEN/bad")),
                                  QStringLiteral("skipped"), 10000);
        page->selectStep(QStringLiteral("line:2.F_BROKEN/bad"));
        QTRY_VERIFY_WITH_TIMEOUT(page->inspector()->browser()->toPlainText().contains(QStringLiteral("Skipped because")), 5000);
        const QString inspected = page->inspector()->browser()->toPlainText();
        const qsizetype why = inspected.indexOf(QStringLiteral("Skipped because"));
        QVERIFY2(inspected.mid(why, 40).contains(QStringLiteral("done by hand")), qPrintable(inspected));
    }

    void theSliderShowsTheOrderAsItStoodThen()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        StoreOpenOptions options;
        options.tickMs = 50;
        window.openStore(m_storePath, options);
        QVERIFY(ready.wait(10000));
        OrderPage* page = window.openOrderPage(orderId);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<OrderReplayBar*>()->moments().size() > 5, 10000);
        const QStringList steps = m_states.value(m_afterRun).keys();
        QTRY_COMPARE_WITH_TIMEOUT(graphStates(page, steps).value(QStringLiteral("line:2.F_BROKEN/bad")), QStringLiteral("skipped"), 10000);
        auto* change = page->findChild<QPushButton*>(QStringLiteral("orderChangeButton"));
        auto* signal = page->findChild<QPushButton*>(QStringLiteral("orderSignalButton"));
        auto* banner = page->findChild<QLabel*>(QStringLiteral("replayBanner"));
        QVERIFY(change && signal && banner);
        const bool changeAllowed = change->isEnabled();
        const bool signalAllowed = signal->isEnabled();
        QVERIFY(!banner->isVisible());

        // The slider at the moment after the first run: the broken step in fallout, the order on hold.
        OrderReplayBar* bar = page->findChild<OrderReplayBar*>();
        const int afterRun = indexOf(bar, m_afterRun);
        QVERIFY(afterRun >= 0);
        bar->slider()->setValue(afterRun);
        QVERIFY(page->isReplaying());
        QCOMPARE(graphStates(page, steps), m_states.value(m_afterRun));
        QCOMPARE(tableStates(page), m_states.value(m_afterRun)); // the Steps tab too
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Replay: as of 2026-11-24 ")), qPrintable(banner->text()));
        QVERIFY(!change->isEnabled());
        QVERIFY(!signal->isEnabled());
        QCOMPARE(page->findChild<ReplayWorkPanel*>()->openWorkTexts(),
                 QStringList { QStringLiteral("Fallout: Broken auto task \u2014 queue intake-fallout: ") + failure() });
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("replayOrderState"))->text().endsWith(QStringLiteral(", on hold")));
        // Enter on the case shows its step on the plan.
        auto* openWork = page->findChild<ReplayWorkPanel*>()->openWork();
        openWork->setCurrentRow(0);
        openWork->setFocus();
        QTest::keyClick(openWork, Qt::Key_Return);
        QCOMPARE(page->graph()->selectedStep(), QStringLiteral("line:2.F_BROKEN/bad"));

        // The keyboard: Alt+Y reaches the slider, one transition on is ana's skip ("what did she see?": the case open until then).
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(bar->slider()->hasFocus());
        QTest::keyClick(bar->slider(), Qt::Key_Right);
        QCOMPARE(bar->momentIndex(), afterRun + 1);
        const ReplayMoment& skip = bar->moments()[std::size_t(afterRun + 1)];
        QCOMPARE(skip.stepId + QLatin1Char(' ') + skip.afterState + QLatin1Char(' ') + skip.actor,
                 QStringLiteral("line:2.F_BROKEN/bad skipped ana"));
        QCOMPARE(stepState(*page->graph()->scene(), QStringLiteral("line:2.F_BROKEN/bad")), std::optional(StepState::Skipped));
        QTest::keyClick(bar->slider(), Qt::Key_Right); // its dependent became ready in the same flush
        QCOMPARE(bar->momentIndex(), indexOf(bar, m_skipped));
        QCOMPARE(graphStates(page, steps), m_states.value(m_skipped));
        QCOMPARE(page->findChild<ReplayWorkPanel*>()->openWorkTexts(), QStringList { QStringLiteral("No open tasks or fallout cases.") });
        // The back button and the slider reach ana's claim of the task.
        bar->showMoment(indexOf(bar, m_claimed) + 1);
        page->findChild<QToolButton*>(QStringLiteral("replayBack"))->click();
        QCOMPARE(bar->momentIndex(), indexOf(bar, m_claimed));
        QCOMPARE(graphStates(page, steps), m_states.value(m_claimed));
        const QStringList work = page->findChild<ReplayWorkPanel*>()->openWorkTexts();
        QCOMPARE(work, QStringList { QStringLiteral("Task: Assemble kit \u2014 queue workshop, claimed by ana") });
        QTest::keyClick(bar->slider(), Qt::Key_Home);
        QCOMPARE(bar->momentIndex(), 0);
        QCOMPARE(page->findChild<ReplayWorkPanel*>()->openWorkTexts(), QStringList { QStringLiteral("No open tasks or fallout cases.") });
        for (const QString& step : steps)
            QCOMPARE(stepState(*page->graph()->scene(), step), std::optional(StepState::Pending)); // as imported

        // What did ana see when she skipped the step? The moment before the skip: the case open.
        QVERIFY(page->replayBefore(QStringLiteral("skipped")));
        QCOMPARE(bar->momentIndex(), afterRun);
        QCOMPARE(page->findChild<ReplayWorkPanel*>()->openWorkTexts().size(), 1);
        QVERIFY(!page->replayBefore(QStringLiteral("cancelled"))); // no step was ever cancelled

        // From the timeline: the skip's row, "just before this event".
        QTableView* timeline = page->findChild<QTableView*>(QStringLiteral("timelineTable"));
        qint64 skipSeq = 0;
        for (const JournalEvent& event : page->detail().events) {
            if (event.kind == QLatin1String("step.state") && event.afterState == QLatin1String("skipped"))
                skipSeq = event.seq;
        }
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            const QModelIndex index = timeline->model()->index(row, 0);
            if (index.data(TimelineModel::SeqRole).toLongLong() == skipSeq)
                timeline->setCurrentIndex(index);
        }
        QVERIFY(timeline->currentIndex().isValid());
        page->live();
        page->findChild<QAction*>(QStringLiteral("timelineReplayBefore"))->trigger();
        QCOMPARE(bar->momentIndex(), afterRun);
        page->findChild<QAction*>(QStringLiteral("timelineReplayAfter"))->trigger();
        QCOMPARE(bar->momentIndex(), afterRun + 1);

        // Live (Alt+L): the current states, the actions back, no banner.
        QTest::keyClick(&window, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(!page->isReplaying()); // a mnemonic clicks the button animated, a moment later
        QVERIFY(!banner->isVisible());
        QCOMPARE(change->isEnabled(), changeAllowed);
        QCOMPARE(signal->isEnabled(), signalAllowed);
        QMap<QString, QString> current;
        for (const StepStatus& step : page->detail().steps)
            current.insert(step.id, step.state);
        QCOMPARE(graphStates(page, steps), current);
        QCOMPARE(tableStates(page), current);
        QCOMPARE(current.value(QStringLiteral("line:2.F_BROKEN/bad")), QStringLiteral("skipped"));
        QCOMPARE(bar->slider()->value(), bar->slider()->maximum()); // the slider's right end is live
    }
};

QTEST_MAIN(TestOrderPageReplay)
#include "tst_orderpagereplay.moc"
