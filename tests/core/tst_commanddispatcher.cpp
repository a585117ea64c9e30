// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Auto tasks of the command handler (docs/handlers.md): an allowed command runs with the step's
// context on stdin and sets the fields of its stdout; a name outside the workstation's allow-list
// falls out naming it; a timeout and exit 75 are retried by the step's policy, other exits are
// fatal with stderr kept in the attempt; the engine's thread runs on while the process does.

#include "common/clock.h"
#include "engine/commandallowlist.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestCommandDispatcher : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    QString m_allowList;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    void writeAllowList(const QString& path, int timeoutSeconds, QFileDevice::Permissions permissions)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral(R"({"commands": {"erp-export": {"program": "%1", "args": ["%2"], "timeout": "%3s",
                                                                   "env": {"ERP_SITE": "HAM"}}}})")
                       .arg(m_dir.filePath(QStringLiteral("test-command.sh")), m_dir.path())
                       .arg(timeoutSeconds)
                       .toUtf8());
        file.close();
        QVERIFY(file.setPermissions(permissions));
    }

    void importJob(const QString& id, const QString& mode)
    {
        const QString path = m_dir.filePath(id + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"formatVersion": 1, "id": "%1", "account": {"id": "A"},
                                     "items": [{"id": "1", "product": "JOB", "quantity": 3, "attributes": {"mode": "%2"}}]})")
                       .arg(id, mode)
                       .toUtf8());
        file.close();
        StoreImporter importer(*m_database, m_clock);
        const auto imported = importer.importOrder(path, QStringLiteral("t"));
        QVERIFY(imported.ok());
    }

    // Runs the engine until nothing moves; the callout after the command has no transport and waits.
    void settle(const CommandAllowList& list = {})
    {
        Executor executor(*m_database, m_clock);
        executor.setCommandAllowList(list.path().isEmpty() ? CommandAllowList::load(m_allowList) : list);
        QCOMPARE(executor.load().message(), QString());
        const Result<int> settled = executor.runUntilSettled(20000);
        QVERIFY2(settled, qPrintable(settled.message()));
    }

    static QString dump(const nlohmann::json& value) { return QString::fromStdString(value.dump()); }

    QString stepState(const QString& order) const
    {
        return scalar(QStringLiteral("SELECT state FROM steps WHERE order_id = '%1' AND id LIKE '%/export'").arg(order));
    }

    QString falloutError(const QString& order) const
    {
        return scalar(QStringLiteral("SELECT classification || ': ' || error FROM fallout_cases WHERE order_id = '%1'").arg(order));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString script = m_dir.filePath(QStringLiteral("test-command.sh"));
        QVERIFY(QFile::copy(QStringLiteral(FW_TEST_DATA_DIR "/commands/test-command.sh"), script));
        QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        m_allowList = m_dir.filePath(QStringLiteral("commands.json"));
        writeAllowList(m_allowList, 2, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("commands.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        const auto imported
            = importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/plan/command-export/catalog.json"), QStringLiteral("t"));
        QVERIFY2(imported.ok(), qPrintable(imported.problems.empty() ? QString() : imported.problems.front().toString()));
    }

    void anAllowedCommandSetsTheFieldsOfItsStdout()
    {
        importJob(QStringLiteral("OK-1"), QStringLiteral("ok"));
        settle();
        QCOMPARE(stepState(QStringLiteral("OK-1")), QStringLiteral("completed"));
        const QString fields = scalar(QStringLiteral("SELECT fields FROM fulfillment_lines WHERE order_id = 'OK-1'"));
        const auto parsed = nlohmann::json::parse(fields.toStdString());
        QCOMPARE(dump(parsed["erpRef"]), QStringLiteral("\"ERP-OK-1\""));
        QCOMPARE(dump(parsed["exported"]), QStringLiteral("true"));
        // What the command read: the step's context with its rendered params.
        QFile seen(m_dir.filePath(QStringLiteral("stdin-OK-1.json")));
        QVERIFY(seen.open(QIODevice::ReadOnly));
        const auto input = nlohmann::json::parse(seen.readAll().toStdString());
        QCOMPARE(dump(input["command"]), QStringLiteral("\"erp-export\""));
        QCOMPARE(dump(input["idempotencyKey"]), QStringLiteral("\"OK-1/line:1.F_JOB/export/1\""));
        QCOMPARE(dump(input["params"]), QStringLiteral(R"({"mode":"ok","quantity":3,"vendor":"acme"})"));
        QCOMPARE(dump(input["order"]["account"]["id"]), QStringLiteral("\"A\""));
        QCOMPARE(dump(input["line"]["attributes"]["mode"]), QStringLiteral("\"ok\""));
        QCOMPARE(int(input["lines"].size()), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT outcome FROM attempts WHERE order_id = 'OK-1'")), QStringLiteral("success"));
    }

    void aNameOutsideTheAllowListIsFatalAndNamed()
    {
        importJob(QStringLiteral("DENIED-1"), QStringLiteral("denied"));
        settle();
        QCOMPARE(stepState(QStringLiteral("DENIED-1")), QStringLiteral("fallout"));
        QCOMPARE(falloutError(QStringLiteral("DENIED-1")),
                 QStringLiteral("fatal: command 'rm-rf' is not in the allow-list %1 of this workstation").arg(m_allowList));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE order_id = 'DENIED-1'")), QStringLiteral("0")); // nothing ran
    }

    void anAllowListOthersMayWriteAllowsNothing()
    {
        const QString loose = m_dir.filePath(QStringLiteral("loose.json"));
        writeAllowList(loose, 2, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther);
        QTest::ignoreMessage(
            QtWarningMsg, qPrintable(QStringLiteral("the command allow-list %1 is not used: others may write it (chmod go-w)").arg(loose)));
        const CommandAllowList list = CommandAllowList::load(loose);
        QCOMPARE(list.problem(), QStringLiteral("the command allow-list %1 is not used: others may write it (chmod go-w)").arg(loose));
        importJob(QStringLiteral("LOOSE-1"), QStringLiteral("ok"));
        settle(list);
        QCOMPARE(falloutError(QStringLiteral("LOOSE-1")), QStringLiteral("fatal: command 'erp-export' cannot run: ") + list.problem());
    }

    void aTimeoutKillsAndIsRetriable()
    {
        importJob(QStringLiteral("SLOW-1"), QStringLiteral("slow"));
        QElapsedTimer elapsed;
        elapsed.start();
        settle();
        QVERIFY2(elapsed.elapsed() < 15000, "the command was not killed at its 2 s timeout");
        QCOMPARE(stepState(QStringLiteral("SLOW-1")), QStringLiteral("retrying"));
        QCOMPARE(scalar(QStringLiteral("SELECT outcome || ': ' || error FROM attempts WHERE order_id = 'SLOW-1'")),
                 QStringLiteral("retriable: command 'erp-export' timed out after 2 s and was killed (retriable by default)"));
        m_clock.advance(61 * 1000);
        settle(); // the second and last attempt times out too
        QCOMPARE(falloutError(QStringLiteral("SLOW-1")),
                 QStringLiteral("retriable: command 'erp-export' timed out after 2 s and was killed (retriable by default); "
                                "retries exhausted: 2 of 2 attempts made"));
    }

    void exit75IsRetriedThenSucceeds()
    {
        importJob(QStringLiteral("FLAKY-1"), QStringLiteral("flaky"));
        settle();
        QCOMPARE(stepState(QStringLiteral("FLAKY-1")), QStringLiteral("retrying"));
        QCOMPARE(scalar(QStringLiteral("SELECT error FROM attempts WHERE order_id = 'FLAKY-1' AND attempt = 1")),
                 QStringLiteral("command 'erp-export' exited 75: ERP busy, try later (retriable by default)"));
        m_clock.advance(61 * 1000);
        settle();
        QCOMPARE(stepState(QStringLiteral("FLAKY-1")), QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(outcome) FROM attempts WHERE order_id = 'FLAKY-1'")),
                 QStringLiteral("retriable,success"));
    }

    // A command sees the variables its entry gives and a few harmless ones, never the engine's others.
    void theEnvironmentHoldsOnlyWhatTheAllowListGives()
    {
        qputenv("FW_TEST_SECRET", "s3cr3t");
        importJob(QStringLiteral("ENV-1"), QStringLiteral("env"));
        settle();
        qunsetenv("FW_TEST_SECRET");
        QCOMPARE(stepState(QStringLiteral("ENV-1")), QStringLiteral("completed"));
        QFile seen(m_dir.filePath(QStringLiteral("env-ENV-1")));
        QVERIFY(seen.open(QIODevice::ReadOnly));
        const QString environment = QString::fromUtf8(seen.readAll());
        QVERIFY2(environment.contains(QLatin1String("ERP_SITE=HAM\n")), qPrintable(environment));
        QVERIFY2(environment.contains(QLatin1String("PATH=")), qPrintable(environment));
        QVERIFY2(!environment.contains(QLatin1String("s3cr3t")), qPrintable(environment));
    }

    // The catalog's fallout rules decide first, as for callouts: their errorCodes match the code on stdout.
    void aFalloutRuleMatchesTheCodeOnStdout()
    {
        importJob(QStringLiteral("SYNC-1"), QStringLiteral("syncing"));
        settle();
        QCOMPARE(stepState(QStringLiteral("SYNC-1")), QStringLiteral("retrying"));
        QCOMPARE(scalar(QStringLiteral("SELECT outcome || ': ' || error FROM attempts WHERE order_id = 'SYNC-1'")),
                 QStringLiteral("retriable: command 'erp-export' exited 3 VENDOR_SYNCING (retriable by fallout rule 'VENDOR_RETRY')"));
    }

    // The engine stops while the command runs: the process is killed, and after a restart the step
    // runs it again as the same attempt with the same idempotency key.
    void aCommandCutShortByAStopRunsAgainAfterTheRestart()
    {
        importJob(QStringLiteral("RESTART-1"), QStringLiteral("restart"));
        {
            Executor executor(*m_database, m_clock);
            executor.setCommandAllowList(CommandAllowList::load(m_allowList));
            QCOMPARE(executor.load().message(), QString());
            QVERIFY(executor.runUntilIdle());
            QTRY_VERIFY(QFile::exists(m_dir.filePath(QStringLiteral("restart-RESTART-1")))); // it runs
        }
        QCOMPARE(stepState(QStringLiteral("RESTART-1")), QStringLiteral("running"));
        settle();
        QCOMPARE(stepState(QStringLiteral("RESTART-1")), QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) || ' ' || MAX(attempt) || ' ' || MAX(outcome) FROM attempts WHERE order_id = 'RESTART-1'")),
                 QStringLiteral("1 1 success"));
        QFile seen(m_dir.filePath(QStringLiteral("stdin-RESTART-1.json")));
        QVERIFY(seen.open(QIODevice::ReadOnly));
        const auto input = nlohmann::json::parse(seen.readAll().toStdString());
        QCOMPARE(dump(input["attempt"]) + QLatin1Char(' ') + dump(input["idempotencyKey"]),
                 QStringLiteral(R"(1 "RESTART-1/line:1.F_JOB/export/1")"));
    }

    void otherExitsAreFatalWithStderrKept_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("error");
        QTest::newRow("exit 3 with a code") << "fail"
                                            << "fatal: command 'erp-export' exited 3 VENDOR_UNKNOWN: vendor is not known to the ERP "
                                               "(fatal by default)";
        QTest::newRow("exit 0 without JSON") << "badjson"
                                             << "fatal: command 'erp-export' exited 0 but stdout is not JSON: malformed JSON at line "
                                                "1, column 1: syntax error while parsing value - invalid literal; last read: 'd' "
                                                "(fatal by default)";
    }

    void otherExitsAreFatalWithStderrKept()
    {
        QFETCH(QString, mode);
        QFETCH(QString, error);
        const QString order = QStringLiteral("EXIT-") + mode;
        importJob(order, mode);
        settle();
        QCOMPARE(falloutError(order), error);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE order_id = '%1'").arg(order)), QStringLiteral("1"));
        if (mode == QLatin1String("fail")) {
            const auto response = nlohmann::json::parse(
                scalar(QStringLiteral("SELECT response FROM attempts WHERE order_id = '%1'").arg(order)).toStdString());
            QCOMPARE(dump(response["exitCode"]), QStringLiteral("3"));
            QCOMPARE(dump(response["stderr"]), QStringLiteral(R"("vendor is not known to the ERP\n")"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandDispatcher)
#include "tst_commanddispatcher.moc"
