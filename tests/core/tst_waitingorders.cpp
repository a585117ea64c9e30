// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine keeps in memory only the orders it works on: an order waiting for a person (a manual
// task), a signal, a line field, a date, a callout's answer or a retry stays in the store and is read
// back when its event comes; a starting engine moves the orders that can move before it reads the
// others. What a user notices: the order moves on as before, and memory does not grow with it.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/runningorders.h"
#include "store/batchcommitter.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace fw;

namespace {

// Holds every request until the test answers it.
class HeldTransport final : public CalloutTransport {
public:
    struct Held {
        CalloutRequest request;
        std::function<void(const CalloutResponse&)> done;
    };
    void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) override
    {
        m_held.push_back({ request, std::move(done) });
    }
    std::size_t held() const { return m_held.size(); }
    void answer(int httpStatus, const QByteArray& body)
    {
        Held first = std::move(m_held.front());
        m_held.erase(m_held.begin());
        CalloutResponse response;
        response.httpStatus = httpStatus;
        response.body = body;
        first.done(response);
    }

private:
    std::vector<Held> m_held;
};

} // namespace

class TestWaitingOrders : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;
    HeldTransport m_transport;
    const QString ana = QStringLiteral("ana");

    bool openStore(const QString& name, const char* catalog)
    {
        m_executor.reset();
        m_database = std::make_unique<Database>(m_dir.filePath(name));
        return m_database->openStore()
            && StoreImporter(*m_database, m_clock)
                   .importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/") + QLatin1String(catalog), ana)
                   .ok();
    }
    bool importOrder(const QString& id, const QString& product = QStringLiteral("KIT"), const QString& attributes = {})
    {
        const QString path = m_dir.filePath(id + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral(
                       "{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A1\"},\"items\":[{\"id\":\"1\",\"product\":\"%2\"%3}]}")
                       .arg(id, product, attributes)
                       .toUtf8());
        file.close();
        return StoreImporter(*m_database, m_clock).importOrder(path, ana).ok();
    }
    // A new engine on the store (a restart).
    bool start(int loadSlice = 0)
    {
        m_executor.reset();
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        m_executor->setCalloutTransport(&m_transport);
        m_executor->setLoadSlice(loadSlice);
        const Status loaded = m_executor->load();
        if (!loaded)
            qWarning("load: %s", qPrintable(loaded.message()));
        return bool(loaded);
    }
    int run()
    {
        const Result<int> ran = m_executor->runUntilIdle();
        if (!ran)
            qFatal("runUntilIdle: %s", qPrintable(ran.message()));
        return *ran;
    }
    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    QString stepState(const QString& order, const QString& stepKey) const
    {
        return scalar(QStringLiteral("SELECT state FROM steps WHERE order_id = '%1' AND step_key = '%2'").arg(order, stepKey));
    }
    qint64 taskOf(const QString& order) const
    {
        return scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = '%1'").arg(order)).toLongLong();
    }
    bool resident(const QString& order) const { return m_executor->orders().find(order) != nullptr; }
    bool held(const QString& order) const { return m_executor->orders().holds(order); }
    Status completeTask(const QString& order)
    {
        const qint64 task = taskOf(order);
        if (Status claimed = m_executor->tasks().claim(task, ana); !claimed)
            return claimed;
        return m_executor->tasks().complete(task, ana,
                                            { { QStringLiteral("serial"), QStringLiteral("SN-1") }, { QStringLiteral("tested"), true } });
    }

private Q_SLOTS:
    // Orders at a manual task are held, not in memory; completing the task reads the order back and
    // it moves on; afterwards it leaves memory again. The other order is never read.
    void manualTaskOrderIsReadBackWhenTheTaskIsCompleted()
    {
        QVERIFY(openStore(QStringLiteral("manual.db"), "catalog.json"));
        QVERIFY(importOrder(QStringLiteral("KIT-1")));
        QVERIFY(importOrder(QStringLiteral("KIT-2")));
        QVERIFY(start());
        QVERIFY(run() > 0);
        QCOMPARE(stepState(QStringLiteral("KIT-1"), QStringLiteral("assemble")), QStringLiteral("waiting"));
        QVERIFY(held(QStringLiteral("KIT-1")) && held(QStringLiteral("KIT-2")));
        QCOMPARE(m_executor->orders().residentCount(), std::size_t(0));
        QCOMPARE(m_executor->orderIds().size(), std::size_t(2));

        QVERIFY(start()); // a restart reads neither: both wait for a person
        QCOMPARE(run(), 0);
        QCOMPARE(m_executor->orders().residentCount(), std::size_t(0));

        const Status completed = completeTask(QStringLiteral("KIT-1"));
        QVERIFY2(completed, qPrintable(completed.message()));
        QCOMPARE(stepState(QStringLiteral("KIT-1"), QStringLiteral("assemble")), QStringLiteral("completed"));
        QVERIFY(!resident(QStringLiteral("KIT-2")));
        QVERIFY(run() > 0);
        QCOMPARE(stepState(QStringLiteral("KIT-1"), QStringLiteral("wait-pickup")), QStringLiteral("waiting"));
        QCOMPARE(m_executor->orders().residentCount(), std::size_t(0)); // waits for its signal, in the store
        QVERIFY(held(QStringLiteral("KIT-1")));
    }

    // A signal and a line field read a paused order back; a date pause leaves memory with its date
    // and is read back when the clock reaches it, also after a restart.
    void pauseAndDateReadTheOrderBack()
    {
        QVERIFY(openStore(QStringLiteral("pause.db"), "catalog.json"));
        QVERIFY(importOrder(QStringLiteral("KIT-1")));
        QVERIFY(start());
        run();
        QVERIFY(completeTask(QStringLiteral("KIT-1")));
        run();
        QVERIFY(!resident(QStringLiteral("KIT-1")));

        QVERIFY(m_executor->tasks().signal(QStringLiteral("KIT-1"), QStringLiteral("picked-up"), ana));
        run();
        QCOMPARE(stepState(QStringLiteral("KIT-1"), QStringLiteral("wait-pickup")), QStringLiteral("completed"));
        QCOMPARE(stepState(QStringLiteral("KIT-1"), QStringLiteral("go-live")), QStringLiteral("waiting")); // 30 days after assembly
        QVERIFY(!resident(QStringLiteral("KIT-1")));

        m_clock.advance(qint64(29) * 24 * 3600 * 1000);
        QCOMPARE(run(), 0);
        QVERIFY(!resident(QStringLiteral("KIT-1"))); // not due yet: not read

        QVERIFY(start()); // a restart reads it once (its pause's date), then lets it wait again
        QCOMPARE(run(), 0);
        QVERIFY(!resident(QStringLiteral("KIT-1")));
        QVERIFY(held(QStringLiteral("KIT-1")));

        m_clock.advance(qint64(2) * 24 * 3600 * 1000);
        QVERIFY(run() > 0);
        QCOMPARE(stepState(QStringLiteral("KIT-1"), QStringLiteral("go-live")), QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-1'")), QStringLiteral("completed"));
        QVERIFY(!resident(QStringLiteral("KIT-1")));
    }

    // An order whose callout is out leaves memory; the answer reads it back and it moves on. A
    // retriable failure lets it wait for its retry's time.
    void calloutAnswerReadsTheOrderBack()
    {
        QVERIFY(openStore(QStringLiteral("callout.db"), "callout-catalog.json"));
        QVERIFY(importOrder(QStringLiteral("C-1"), QStringLiteral("ITEM")));
        QVERIFY(start());
        run();
        QCOMPARE(m_transport.held(), std::size_t(1));
        QCOMPARE(stepState(QStringLiteral("C-1"), QStringLiteral("reserve")), QStringLiteral("running"));
        QVERIFY(!resident(QStringLiteral("C-1")));
        QCOMPARE(run(), 0); // read back by an action or not: the request is not sent twice
        QCOMPARE(m_transport.held(), std::size_t(1));
        QVERIFY(m_executor->order(QStringLiteral("C-1"))); // read back (as an action does)
        QCOMPARE(run(), 0);
        QCOMPARE(m_transport.held(), std::size_t(1));

        m_transport.answer(503, "{}"); // retriable: again in 1 minute
        QCOMPARE(stepState(QStringLiteral("C-1"), QStringLiteral("reserve")), QStringLiteral("retrying"));
        run();
        QVERIFY(!resident(QStringLiteral("C-1")));
        QCOMPARE(m_transport.held(), std::size_t(0));
        m_clock.advance(61 * 1000);
        run();
        QCOMPARE(m_transport.held(), std::size_t(1)); // the retry went out
        QVERIFY(!resident(QStringLiteral("C-1")));

        m_transport.answer(200, R"({"reservationId": "R-9"})");
        QCOMPARE(stepState(QStringLiteral("C-1"), QStringLiteral("reserve")), QStringLiteral("completed"));
        QVERIFY(scalar(QStringLiteral("SELECT fields FROM fulfillment_lines WHERE order_id = 'C-1'")).contains(QStringLiteral("R-9")));
        run();
        QCOMPARE(stepState(QStringLiteral("C-1"), QStringLiteral("ship")), QStringLiteral("running"));
        QCOMPARE(m_transport.held(), std::size_t(1));
        m_transport.answer(200, "{}");
        run();
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'C-1'")), QStringLiteral("completed"));
    }

    // A starting engine moves an order that can move before it has read those that must be looked at
    // (paused orders), a slice at a time; those waiting for a person are not read at all.
    void startUpMovesADueOrderFirst()
    {
        QVERIFY(openStore(QStringLiteral("startup.db"), "catalog.json"));
        for (int i = 1; i <= 4; ++i)
            QVERIFY(importOrder(QStringLiteral("PAUSED-%1").arg(i)));
        QVERIFY(importOrder(QStringLiteral("PERSON-1")));
        QVERIFY(start());
        run();
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(completeTask(QStringLiteral("PAUSED-%1").arg(i))); // now at the signal pause
            run();
        }
        m_clock.advance(1000);
        QVERIFY(importOrder(QStringLiteral("NEW-1"))); // imported last, while no engine runs
        m_executor.reset();

        QVERIFY(start(1)); // one order read per run
        BatchCommitter::setWriteDelayForTests(300); // a slow disk: each slice's commit overlaps the next slice
        QVERIFY(m_executor->moreDue());
        QVERIFY(run() > 0);
        QCOMPARE(taskOf(QStringLiteral("NEW-1")), 0); // its commit is still being written while more are due
        QVERIFY(m_executor->settleWrites());
        QVERIFY(taskOf(QStringLiteral("NEW-1")) > 0); // moved first, to its manual task
        QVERIFY(m_executor->moreDue()); // the paused orders are still to be read
        int runs = 1;
        while (m_executor->moreDue() && runs < 100) {
            run();
            ++runs;
        }
        QCOMPARE(runs, 5); // NEW-1, then the four paused orders one by one; PERSON-1 not read
        QCOMPARE(m_executor->orders().residentCount(), std::size_t(0));
        QCOMPARE(m_executor->orderIds().size(), std::size_t(6));
        QCOMPARE(stepState(QStringLiteral("PAUSED-1"), QStringLiteral("wait-pickup")), QStringLiteral("waiting"));
        BatchCommitter::setWriteDelayForTests(0);
        // The run that found nothing more due ended with everything in the store; an action settles first.
        QVERIFY(completeTask(QStringLiteral("PERSON-1")));
        QCOMPARE(stepState(QStringLiteral("PERSON-1"), QStringLiteral("assemble")), QStringLiteral("completed"));
    }
};

QTEST_GUILESS_MAIN(TestWaitingOrders)
#include "tst_waitingorders.moc"
