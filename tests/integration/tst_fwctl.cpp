// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fwctl contract scripts rely on: exit codes, one "FILE:/pointer: message" line per problem on
// stderr, --json plan shape, help texts.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run fwctl(const QStringList& arguments, const QString& workingDir = QStringLiteral(FW_TEST_DATA_DIR))
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(FWCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

class TestFwctl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validateValidCatalog()
    {
        const Run run = fwctl({ QStringLiteral("validate"), QStringLiteral("plan/shared-catalog.json") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.contains(QStringLiteral("valid catalog 'test-office-connect'")));
    }

    void validateReportsEveryProblemOnStderr()
    {
        const Run run = fwctl({ QStringLiteral("validate"), QStringLiteral("catalog.json") },
                              QStringLiteral(FW_TEST_DATA_DIR "/validate/unknown-references"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 9);
        for (const QString& line : lines)
            QVERIFY2(line.startsWith(QStringLiteral("catalog.json:/")), qPrintable(line));
        QVERIFY(lines.contains(QStringLiteral("catalog.json:/decompositionRules/1/source: unknown product 'RUOTER'")));
    }

    void validateMalformedJsonNamesLineAndColumn()
    {
        const Run run = fwctl({ QStringLiteral("validate"), QStringLiteral("validate/malformed-json/catalog.json") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("validate/malformed-json/catalog.json:: malformed JSON at line 4, column 29")),
                 qPrintable(run.err));
    }

    void validateMissingFile()
    {
        const Run run = fwctl({ QStringLiteral("validate"), QStringLiteral("no/such.json") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("no/such.json:: cannot read file")));
    }

    void planJsonHasTheDocumentedShape()
    {
        const Run run = fwctl({ QStringLiteral("plan"), QStringLiteral("--catalog"), QStringLiteral("plan/shared-catalog.json"),
                                QStringLiteral("--order"), QStringLiteral("plan/emea-bundle/order.json"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const auto plan = nlohmann::json::parse(run.out.toStdString());
        QVERIFY(plan["lanes"] == nlohmann::json({ "inventory", "shipping", "field", "provisioning", "billing" }));
        QCOMPARE(plan["lineItems"].size(), std::size_t(7));
        for (const auto& line : plan["lineItems"]) {
            for (const char* key : { "id", "product", "sourceItems", "rule" })
                QVERIFY2(line.contains(key), key);
        }
        QCOMPARE(plan["steps"].size(), std::size_t(14));
        std::set<std::string> seen;
        for (const auto& step : plan["steps"]) {
            for (const char* key : { "id", "name", "type", "lane", "scope", "dependsOn" })
                QVERIFY2(step.contains(key), key);
            for (const auto& dependency : step["dependsOn"])
                QVERIFY2(seen.count(dependency.get<std::string>()), "dependsOn names an earlier step id");
            seen.insert(step["id"].get<std::string>());
        }
    }

    void planInvalidOrderExits2()
    {
        const Run run = fwctl({ QStringLiteral("plan"), QStringLiteral("--catalog"), QStringLiteral("plan/shared-catalog.json"),
                                QStringLiteral("--order"), QStringLiteral("plan/error-unknown-product/order.json") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(),
                 QStringLiteral("plan/error-unknown-product/order.json:/items/1/product: unknown product "
                                "'SUPORT' (not in catalog 'test-office-connect')"));
    }

    // A step's condition is planned and shown: text under the step, "when" in the JSON.
    void planShowsStepConditions()
    {
        const QStringList args { QStringLiteral("plan"), QStringLiteral("--catalog"),
                                 QStringLiteral("plan/step-conditions-per-unit/catalog.json"), QStringLiteral("--order"),
                                 QStringLiteral("plan/step-conditions-per-unit/order.json") };
        const Run text = fwctl(args);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("  [0] line:1.F_DEVICE_INSTALL.u2/survey  Site survey  (callout, lineItem)\n"
                                                  "      only when line.attributes.needsSurvey eq true\n")),
                 qPrintable(text.out));
        const Run json = fwctl(args + QStringList { QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const auto plan = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(QString::fromStdString(plan["steps"][2]["when"].dump()),
                 QStringLiteral("{\"field\":\"line.attributes.needsSurvey\",\"op\":\"eq\",\"value\":true}"));
    }

    void usageErrorsExit2()
    {
        QCOMPARE(fwctl({}).exitCode, 2);
        QCOMPARE(fwctl({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(fwctl({ QStringLiteral("plan"), QStringLiteral("--catalog"), QStringLiteral("x.json") }).exitCode, 2);
        QCOMPARE(fwctl({ QStringLiteral("validate") }).exitCode, 2);
        QCOMPARE(fwctl({ QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("a.json") }).exitCode, 2);
    }

    void demoPlansEverySample()
    {
        const Run run = fwctl({ QStringLiteral("demo"), QStringLiteral("--samples"), QStringLiteral(FW_SAMPLES_DIR) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char* scenario : { "telecom-fiber", "saas-licence", "medical-equipment", "laptop-bundle", "emea-routing" })
            QVERIFY2(run.out.contains(QLatin1String(scenario) + QStringLiteral(": catalog")), scenario);
        QVERIFY(run.out.contains(QStringLiteral("every sample validates and plans")));
    }

    void importIntoStoreAndReadTimeline()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        const QString samples = QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/");
        const Run catalog = fwctl(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("catalog"), samples + QStringLiteral("catalog.json") });
        QVERIFY2(catalog.exitCode == 0, qPrintable(catalog.err));
        QCOMPARE(fwctl({ QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("maria"),
                         QStringLiteral("--roles"), QStringLiteral("supervisor") })
                     .exitCode,
                 0);
        const Run order = fwctl({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("order"),
                                  samples + QStringLiteral("order.json"), QStringLiteral("--as"), QStringLiteral("maria") });
        QVERIFY2(order.exitCode == 0, qPrintable(order.err));
        QVERIFY(order.out.startsWith(QStringLiteral("order SO-10001 imported: 4 fulfillment lines, 14 steps")));
        const Run again = fwctl(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("order"), samples + QStringLiteral("order.json") });
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral(":/id: order 'SO-10001' is already in the store")));
        const Run timeline
            = fwctl({ QStringLiteral("--db"), db, QStringLiteral("timeline"), QStringLiteral("SO-10001"), QStringLiteral("--json") });
        QCOMPARE(timeline.exitCode, 0);
        const auto events = nlohmann::json::parse(timeline.out.toStdString());
        QCOMPARE(events.size(), std::size_t(1));
        QVERIFY(events[0]["kind"] == "order.imported" && events[0]["actor"] == "maria");
        const Run unknown = fwctl({ QStringLiteral("--db"), db, QStringLiteral("timeline"), QStringLiteral("SO-404") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown order 'SO-404'")));
        const Run orders = fwctl({ QStringLiteral("--db"), db, QStringLiteral("orders") });
        QVERIFY(orders.out.contains(QStringLiteral("SO-10001")));
    }

    // While `fwctl run` holds the store, other fwctl commands hand their actions to it through the
    // store's request inbox and get the engine's answer; orders imported meanwhile run at once.
    void actionsReachARunningEngine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("running.db"));
        const auto cli = [&](QStringList args) {
            args.prepend(db);
            args.prepend(QStringLiteral("--db"));
            return fwctl(args, QStringLiteral(FW_TEST_DATA_DIR "/engine"));
        };
        const auto json = [&](const QStringList& args) { return nlohmann::json::parse(cli(args).out.toStdString()); };
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("catalog.json") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("order.json") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--roles"),
                       QStringLiteral("operator"), QStringLiteral("--queues"), QStringLiteral("workshop") })
                     .exitCode,
                 0);

        QProcess engine;
        engine.setWorkingDirectory(QStringLiteral(FW_TEST_DATA_DIR "/engine"));
        engine.start(QStringLiteral(FWCTL_PATH),
                     { QStringLiteral("--db"), db, QStringLiteral("run"), QStringLiteral("--tick-ms"), QStringLiteral("50"),
                       QStringLiteral("--for"), QStringLiteral("2m") });
        QVERIFY(engine.waitForReadyRead(10000));
        QVERIFY(engine.readLine().startsWith("engine running on "));

        QTRY_COMPARE_WITH_TIMEOUT(json({ QStringLiteral("tasks"), QStringLiteral("--json") }).size(), std::size_t(1), 10000);
        const QString id = QString::number(json({ QStringLiteral("tasks"), QStringLiteral("--json") })[0]["id"].get<int>());
        const Run early = cli({ QStringLiteral("task"), QStringLiteral("complete"), id, QStringLiteral("--as"), QStringLiteral("ana") });
        QCOMPARE(early.exitCode, 2); // the running engine's own validation, passed back
        QVERIFY2(early.err.contains(QStringLiteral("is not claimed")), qPrintable(early.err));
        QCOMPARE(cli({ QStringLiteral("task"), QStringLiteral("claim"), id, QStringLiteral("--as"), QStringLiteral("ana") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("task"), QStringLiteral("complete"), id, QStringLiteral("--as"), QStringLiteral("ana"),
                       QStringLiteral("--data"), QStringLiteral("{\"serial\": \"SN-1\", \"tested\": true}") })
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(json({ QStringLiteral("tasks"), QStringLiteral("--json") }).size(), std::size_t(0), 10000);

        // Imported while the engine runs: it is adopted, falls out, is fixed and resumed.
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("order-broken.json") }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(json({ QStringLiteral("fallout"), QStringLiteral("--json") }).size(), std::size_t(1), 10000);
        const QString caseId = QString::number(json({ QStringLiteral("fallout"), QStringLiteral("--json") })[0]["id"].get<int>());
        QCOMPARE(cli({ QStringLiteral("fallout"), QStringLiteral("retry"), caseId, QStringLiteral("--fields"),
                       QStringLiteral("{\"missing\": \"ok\"}") })
                     .exitCode,
                 0); // the order's last case: the retry resumes it
        QTRY_VERIFY_WITH_TIMEOUT(
            cli({ QStringLiteral("status"), QStringLiteral("BROKEN-1") }).out.startsWith(QStringLiteral("Order BROKEN-1: completed")),
            10000);

        engine.terminate(); // SIGTERM: the engine stops between ticks
        QVERIFY(engine.waitForFinished(10000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);
        QVERIFY(QString::fromUtf8(engine.readAll()).contains(QStringLiteral(" step transitions in ")));
    }

    // The engine driven from the command line only, in simulated time.
    void engineEndToEndFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("engine.db"));
        const auto cli = [&](QStringList args) {
            args.prepend(db);
            args.prepend(QStringLiteral("--db"));
            return fwctl(args, QStringLiteral(FW_TEST_DATA_DIR "/engine"));
        };
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("catalog.json") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("order.json") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--roles"),
                       QStringLiteral("operator"), QStringLiteral("--queues"), QStringLiteral("workshop") })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock") }).exitCode, 0);
        const auto tasks = nlohmann::json::parse(cli({ QStringLiteral("tasks"), QStringLiteral("--json") }).out.toStdString());
        QCOMPARE(tasks.size(), std::size_t(1));
        QVERIFY2(tasks[0]["claimedAt"] == "", tasks.dump().c_str()); // open: nobody holds it
        const QString id = QString::number(tasks[0]["id"].get<int>());
        const Run early = cli({ QStringLiteral("task"), QStringLiteral("complete"), id, QStringLiteral("--as"), QStringLiteral("ana") });
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.contains(QStringLiteral("is not claimed")), qPrintable(early.err));
        QCOMPARE(cli({ QStringLiteral("task"), QStringLiteral("claim"), id, QStringLiteral("--as"), QStringLiteral("ana") }).exitCode, 0);
        const auto claimed = nlohmann::json::parse(cli({ QStringLiteral("tasks"), QStringLiteral("--json") }).out.toStdString());
        QVERIFY2(claimed[0]["claimedBy"] == "ana", claimed.dump().c_str());
        const QString claimedAt = QString::fromStdString(claimed[0]["claimedAt"].get<std::string>());
        QVERIFY2(QDateTime::fromString(claimedAt, Qt::ISODateWithMs).isValid(), qPrintable(claimedAt)); // since when
        QVERIFY(cli({ QStringLiteral("tasks") }).out.contains(QStringLiteral("claimed  ana  ") + claimedAt));
        const Run missing = cli({ QStringLiteral("task"), QStringLiteral("complete"), id, QStringLiteral("--as"), QStringLiteral("ana"),
                                  QStringLiteral("--data"), QStringLiteral("{\"tested\": true}") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("Serial number (serial) is required")), qPrintable(missing.err));
        QCOMPARE(cli({ QStringLiteral("task"), QStringLiteral("complete"), id, QStringLiteral("--as"), QStringLiteral("ana"),
                       QStringLiteral("--data"), QStringLiteral("{\"serial\": \"SN-1\", \"tested\": true}") })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("signal"), QStringLiteral("KIT-1"), QStringLiteral("picked-up") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("signal"), QStringLiteral("KIT-9"), QStringLiteral("picked-up") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock"),
                       QStringLiteral("--advance"), QStringLiteral("40d") })
                     .exitCode,
                 0);
        const Run status = cli({ QStringLiteral("status"), QStringLiteral("KIT-1") });
        QVERIFY2(status.out.startsWith(QStringLiteral("Order KIT-1: completed")), qPrintable(status.out));
        QCOMPARE(cli({ QStringLiteral("task"), QStringLiteral("claim"), QStringLiteral("77") }).err.trimmed(),
                 QStringLiteral("fwctl task: unknown task 77"));

        // Fallout from the command line: fix the data, retry, resume.
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("order-broken.json") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        const auto cases = nlohmann::json::parse(cli({ QStringLiteral("fallout"), QStringLiteral("--json") }).out.toStdString());
        QCOMPARE(cases.size(), std::size_t(1));
        const QString caseId = QString::number(cases[0]["id"].get<int>());
        QCOMPARE(cli({ QStringLiteral("resume"), QStringLiteral("BROKEN-1") }).exitCode, 2);
        // A held order says so, with its open cases (it used to say only "fallout" or "in-progress").
        const Run held = cli({ QStringLiteral("status"), QStringLiteral("BROKEN-1") });
        QVERIFY2(held.out.startsWith(QStringLiteral("Order BROKEN-1: on hold (fallout, 1 open fallout case; retry, skip or cancel "
                                                    "them: 'fwctl fallout')\n")),
                 qPrintable(held.out));
        QCOMPARE(cli({ QStringLiteral("fallout"), QStringLiteral("skip"), caseId }).err.trimmed(),
                 QStringLiteral("fwctl fallout: skipping fallout case %1 needs a reason").arg(caseId));
        QCOMPARE(cli({ QStringLiteral("fallout"), QStringLiteral("retry"), caseId, QStringLiteral("--fields"),
                       QStringLiteral("{\"missing\": \"ok\"}") })
                     .exitCode,
                 0);
        // The retry resolved the order's last case: it resumed the order, which ran to completion.
        QVERIFY(cli({ QStringLiteral("status"), QStringLiteral("BROKEN-1") }).out.startsWith(QStringLiteral("Order BROKEN-1: completed")));
        QCOMPARE(cli({ QStringLiteral("resume"), QStringLiteral("BROKEN-1") }).err.trimmed(),
                 QStringLiteral("fwctl resume: order BROKEN-1 is completed; nothing to resume"));

        // retry --keep-hold leaves the order on hold; status says so and how to continue it.
        QFile broken(QStringLiteral(FW_TEST_DATA_DIR "/engine/order-broken.json"));
        QVERIFY(broken.open(QIODevice::ReadOnly));
        QFile second(dir.filePath(QStringLiteral("order-broken-2.json")));
        QVERIFY(second.open(QIODevice::WriteOnly));
        second.write(broken.readAll().replace("BROKEN-1", "BROKEN-2"));
        second.close();
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("order"), second.fileName() }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        const auto secondCases = nlohmann::json::parse(cli({ QStringLiteral("fallout"), QStringLiteral("--json") }).out.toStdString());
        QCOMPARE(secondCases.size(), std::size_t(1));
        QCOMPARE(cli({ QStringLiteral("fallout"), QStringLiteral("retry"), QString::number(secondCases[0]["id"].get<int>()),
                       QStringLiteral("--fields"), QStringLiteral("{\"missing\": \"ok\"}"), QStringLiteral("--keep-hold") })
                     .exitCode,
                 0);
        const Run kept = cli({ QStringLiteral("status"), QStringLiteral("BROKEN-2") });
        QVERIFY2(kept.out.startsWith(QStringLiteral("Order BROKEN-2: on hold (in-progress, 0 open fallout cases; 'fwctl resume "
                                                    "BROKEN-2' continues it)\n")),
                 qPrintable(kept.out));
        QCOMPARE(cli({ QStringLiteral("resume"), QStringLiteral("BROKEN-2") }).exitCode, 0);
        QVERIFY(cli({ QStringLiteral("status"), QStringLiteral("BROKEN-2") }).out.startsWith(QStringLiteral("Order BROKEN-2: completed")));
    }

    void helpDescribesEveryCommand()
    {
        const Run top = fwctl({ QStringLiteral("--help") });
        QCOMPARE(top.exitCode, 0);
        for (const char* command : { "validate", "plan", "demo", "import", "orders", "timeline", "run", "status", "tasks", "task", "signal",
                                     "fallout", "resume", "set-field", "sync", "publish", "leases", "sync-admin" }) {
            QVERIFY2(top.out.contains(QLatin1String(command)), command);
            const Run help = fwctl({ QLatin1String(command), QStringLiteral("--help") });
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains(QStringLiteral("Usage:")));
        }
        QVERIFY(fwctl({ QStringLiteral("plan"), QStringLiteral("--help") }).out.contains(QStringLiteral("--json")));
        QVERIFY(top.out.contains(QStringLiteral("--remote CONNINFO")));
    }

    void remoteCommandsNeedARemoteStore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        for (const QStringList& command :
             { QStringList { QStringLiteral("sync"), QStringLiteral("--once") },
               // status reads what the follower recorded here; --probe connects
               QStringList { QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--probe") },
               QStringList { QStringLiteral("leases") },
               QStringList { QStringLiteral("publish"), QStringLiteral("order"), QStringLiteral("o.json") } }) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("FW_REMOTE"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(FWCTL_PATH), QStringList { QStringLiteral("--db"), db } + command);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(
                QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("needs the remote store: --remote CONNINFO")));
        }
        QCOMPARE(fwctl({ QStringLiteral("sync") }).exitCode, 2); // --once, --follow or status
        QCOMPARE(fwctl({ QStringLiteral("--lease-ttl"), QStringLiteral("soon"), QStringLiteral("leases") }).exitCode, 2);
        QCOMPARE(fwctl({ QStringLiteral("--remote") }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestFwctl)
#include "tst_fwctl.moc"
