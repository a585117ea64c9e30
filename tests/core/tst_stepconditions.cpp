// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Step conditions ("when" on plan-definition steps, docs/catalog-format.md "Step conditions") in the
// engine on a store: a true condition runs the step, seeing fields earlier steps set; a false one
// skips it with the condition and the values it saw journalled, and its dependants run.

#include "common/clock.h"
#include "engine/executor.h"
#include "engine/orderruntime.h"
#include "engine/stepcondition.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/storeimporter.h"
#include "store/storelistings.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestStepConditions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;

    void restart()
    {
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        const Status loaded = m_executor->load();
        QVERIFY2(loaded, qPrintable(loaded.message()));
    }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    QString stepState(const QString& order, const QString& step) const
    {
        return scalar(QStringLiteral("SELECT state FROM steps WHERE order_id = '%1' AND id = '%2'").arg(order, step));
    }

    // The journal entry of the step's move to skipped (empty object: none).
    nlohmann::json skipEntry(const QString& order, const QString& step) const
    {
        const auto events = Journal::forOrder(m_database->connection(), order);
        if (!events)
            return nlohmann::json::object();
        for (const JournalEvent& event : *events) {
            if (event.stepId == step && event.afterState == QLatin1String("skipped"))
                return nlohmann::json::parse(event.payload.toStdString(), nullptr, false);
        }
        return nlohmann::json::object();
    }

    QString skipActor(const QString& order, const QString& step) const
    {
        return scalar(QStringLiteral("SELECT actor FROM journal WHERE order_id = '%1' AND step_id = '%2' AND after_state = 'skipped'")
                          .arg(order, step));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("conditions.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        const QString dir = QStringLiteral(FW_TEST_DATA_DIR "/engine/step-conditions/");
        QVERIFY(importer.importCatalog(dir + QStringLiteral("catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(dir + QStringLiteral("order-basic.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(dir + QStringLiteral("order-gold.json"), QStringLiteral("t")).ok());
        restart();
        const Result<int> ran = m_executor->runUntilIdle();
        QVERIFY2(ran, qPrintable(ran.message()));
    }

    // "confirm" waits for "check", which sets line.fields.checked: the condition sees it and runs.
    void trueConditionRunsOnFieldsSetEarlier()
    {
        for (const QString order : { QStringLiteral("COND-BASIC"), QStringLiteral("COND-GOLD") }) {
            QCOMPARE(stepState(order, QStringLiteral("line:1.F_KIT/confirm")), QStringLiteral("completed"));
            QVERIFY(skipActor(order, QStringLiteral("line:1.F_KIT/confirm")).isEmpty());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || queue FROM tasks WHERE order_id = 'COND-GOLD'")),
                 QStringLiteral("open field"));
        QCOMPARE(stepState(QStringLiteral("COND-GOLD"), QStringLiteral("line:1.F_KIT/gold-visit")), QStringLiteral("waiting"));
        QCOMPARE(stepState(QStringLiteral("COND-GOLD"), QStringLiteral("line:1.F_KIT/handover")), QStringLiteral("pending"));
    }

    // A basic kit gets no gold visit: skipped by the engine with why, no task made, and the hand-over
    // after it runs, so the order completes.
    void falseConditionSkipsWithTheReasonJournalled()
    {
        const QString order = QStringLiteral("COND-BASIC");
        const QString step = QStringLiteral("line:1.F_KIT/gold-visit");
        QCOMPARE(stepState(order, step), QStringLiteral("skipped"));
        QCOMPARE(skipActor(order, step), QStringLiteral("engine"));
        const nlohmann::json entry = skipEntry(order, step);
        QCOMPARE(QString::fromStdString(entry.value("by", std::string())), QStringLiteral("condition"));
        QCOMPARE(QString::fromStdString(entry.value("reason", std::string())),
                 QStringLiteral("condition false: all(line.attributes.tier eq \"gold\"; account.region in [\"EMEA\",\"APAC\"])"));
        QCOMPARE(QString::fromStdString(entry["values"].dump()),
                 QStringLiteral("{\"1.F_KIT\":{\"account.region\":\"EMEA\",\"line.attributes.tier\":\"basic\"}}"));
        QCOMPARE(QString::fromStdString(entry["condition"]["all"][0].dump()),
                 QStringLiteral("{\"field\":\"line.attributes.tier\",\"op\":\"eq\",\"value\":\"gold\"}"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE order_id = 'COND-BASIC'")), QStringLiteral("0"));
        QCOMPARE(stepState(order, QStringLiteral("line:1.F_KIT/handover")), QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'COND-BASIC'")), QStringLiteral("completed"));
    }

    // fwctl status lists a step skipped by its condition with why, in its last column.
    void statusListingSaysWhy()
    {
        const auto read = StoreListings(m_database->connection()).steps(QStringLiteral("COND-BASIC"));
        QVERIFY2(read, qPrintable(read.message()));
        QStringList rows;
        for (const QVariantList& row : read->rows)
            rows << row.value(0).toString() + QLatin1Char(' ') + row.value(3).toString() + QLatin1Char(' ') + row.value(5).toString();
        QCOMPARE(read->columns.value(5), QStringLiteral("lastError"));
        QCOMPARE(rows,
                 (QStringList { QStringLiteral("line:1.F_KIT/check completed "), QStringLiteral("line:1.F_KIT/confirm completed "),
                                QStringLiteral("line:1.F_KIT/gold-visit skipped condition false: all(line.attributes.tier eq \"gold\"; "
                                               "account.region in [\"EMEA\",\"APAC\"])"),
                                QStringLiteral("line:1.F_KIT/handover completed ") }));
    }

    // The verdict itself: a missing field is journalled as null, and a step without a condition runs.
    void verdictNamesMissingFields()
    {
        restart();
        const OrderRuntime* stored = m_executor->order(QStringLiteral("COND-GOLD"));
        QVERIFY(stored);
        const StepRuntime step = stored->steps[std::size_t(stored->stepIndex(QStringLiteral("line:1.F_KIT/confirm")))];
        QVERIFY(evaluateStepCondition(*stored, step).runs);
        OrderRuntime changed;
        changed.orderId = stored->orderId;
        changed.order = stored->order;
        changed.lines = stored->lines;
        changed.lines.front().fields.remove(QStringLiteral("checked"));
        const StepConditionVerdict verdict = evaluateStepCondition(changed, step);
        QVERIFY(!verdict.runs);
        const auto payload = nlohmann::json::parse(verdict.skippedPayload.toStdString());
        QCOMPARE(QString::fromStdString(payload["values"].dump()), QStringLiteral("{\"1.F_KIT\":{\"line.fields.checked\":null}}"));
        QCOMPARE(QString::fromStdString(payload.value("conditionText", std::string())), QStringLiteral("line.fields.checked eq \"yes\""));
        const StepRuntime plain = stored->steps[std::size_t(stored->stepIndex(QStringLiteral("line:1.F_KIT/check")))];
        QVERIFY(evaluateStepCondition(changed, plain).runs);
    }
};

QTEST_GUILESS_MAIN(TestStepConditions)
#include "tst_stepconditions.moc"
