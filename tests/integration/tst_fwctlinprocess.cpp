// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl's commands run in this process (fw_cli's runCommandLine, as fwctl's main() does): an
// operator's day on a fresh store -- import, run, tasks, claim and complete, fallout, status --
// with each command line's options and output its own. The child-process tests (tst_fwctl*) keep
// the exit codes and streams of the real binary.

#include "commandline.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestFwctlInProcess : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    Run fwctl(const QStringList& arguments)
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.exitCode = fw::cli::runCommandLine(QStringList { QStringLiteral("fwctl") } + arguments, &out, &err);
        return run;
    }
    Run onStore(const QStringList& arguments)
    {
        return fwctl(QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("store.db")) } + arguments);
    }

private Q_SLOTS:
    void importsWhatItIsGiven()
    {
        const QString data = QStringLiteral(FW_TEST_DATA_DIR "/engine/");
        const Run catalog = onStore({ QStringLiteral("import"), QStringLiteral("catalog"), data + QStringLiteral("catalog.json") });
        QCOMPARE(catalog.exitCode, 0);
        QCOMPARE(catalog.out, QStringLiteral("catalog engine-test version 1 imported (4 products, 2 plan definitions)\n"));
        QVERIFY(catalog.err.isEmpty());
        for (const char* order : { "order.json", "order-broken.json" })
            QCOMPARE(onStore({ QStringLiteral("import"), QStringLiteral("order"), data + QLatin1String(order) }).exitCode, 0);

        // A bad file: its name, the field and the reason, on the error stream; nothing imported.
        const Run bad = onStore({ QStringLiteral("import"), QStringLiteral("order"), data + QStringLiteral("catalog.json") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.startsWith(data + QStringLiteral("catalog.json:/")), qPrintable(bad.err));
        const Run orders = onStore({ QStringLiteral("orders") });
        QCOMPARE(orders.exitCode, 0);
        QCOMPARE(orders.out.count(QLatin1Char('\n')), 2);
    }

    void anOperatorWorksATask()
    {
        QCOMPARE(onStore({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--roles"),
                           QStringLiteral("operator"), QStringLiteral("--queues"), QStringLiteral("workshop") })
                     .out,
                 QStringLiteral("added ana (operator)\n"));
        const Run ran = onStore({ QStringLiteral("run"), QStringLiteral("--until-idle") });
        QCOMPARE(ran.exitCode, 0);
        QVERIFY2(ran.out.startsWith(QStringLiteral("4 step transitions in 2 active orders at ")), qPrintable(ran.out));

        const Run tasks = onStore({ QStringLiteral("tasks") });
        QCOMPARE(tasks.out.simplified(), QStringLiteral("1 workshop open KIT-1 line:1.F_KIT/assemble"));
        QVERIFY(tasks.err.isEmpty()); // all of them listed: no note
        QCOMPARE(onStore({ QStringLiteral("tasks"), QStringLiteral("--limit"), QStringLiteral("many") }).err,
                 QStringLiteral("fwctl tasks: --limit 'many' is not a number of tasks\n"));
        QCOMPARE(
            onStore({ QStringLiteral("--as"), QStringLiteral("ana"), QStringLiteral("task"), QStringLiteral("claim"), QStringLiteral("1") })
                .exitCode,
            0);
        const Run completed
            = onStore({ QStringLiteral("--as"), QStringLiteral("ana"), QStringLiteral("task"), QStringLiteral("complete"),
                        QStringLiteral("1"), QStringLiteral("--data"), QStringLiteral("{\"serial\":\"SN-7\",\"tested\":true}") });
        QCOMPARE(completed.exitCode, 0);
        QVERIFY2(completed.err.isEmpty(), qPrintable(completed.err));
        const Run status = onStore({ QStringLiteral("status"), QStringLiteral("KIT-1") });
        QVERIFY2(status.out.contains(QStringLiteral("line:1.F_KIT/assemble  workshop  manualTask  completed")), qPrintable(status.out));
        QVERIFY(onStore({ QStringLiteral("tasks") }).out.isEmpty());
    }

    // One command line's --as does not carry over to the next: ana may not add users, the OS login
    // (the store's first user, every role) may.
    void optionsBelongToOneCommandLine()
    {
        const Run refused = onStore({ QStringLiteral("--as"), QStringLiteral("ana"), QStringLiteral("users"), QStringLiteral("add"),
                                      QStringLiteral("bob"), QStringLiteral("--roles"), QStringLiteral("operator") });
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(
            refused.err,
            QStringLiteral("fwctl users: refused: ana may not add a user (user.add): it needs the admin role, and ana holds operator\n"));
        const Run added = onStore({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--roles"),
                                    QStringLiteral("operator") });
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out, QStringLiteral("added bob (operator)\n"));

        // And its --db: without one, the default store in the working directory.
        const Run elsewhere = fwctl({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.db")), QStringLiteral("orders") });
        QCOMPARE(elsewhere.exitCode, 0);
        QVERIFY(elsewhere.out.isEmpty());
    }

    void fallsOutAndSaysWhy()
    {
        const Run fallout = onStore({ QStringLiteral("fallout") });
        QCOMPARE(fallout.exitCode, 0);
        QVERIFY2(fallout.out.contains(QStringLiteral("BROKEN-1"))
                     && fallout.out.contains(QStringLiteral("'{{line.fields.missing}}' has no value")),
                 qPrintable(fallout.out));
    }

    void usageErrorsGoToTheErrorStream()
    {
        const Run unknown = fwctl({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.startsWith(QStringLiteral("fwctl: unknown command 'frobnicate'\n")));
        const Run badOption = fwctl({ QStringLiteral("--lease-ttl"), QStringLiteral("soon"), QStringLiteral("orders") });
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.startsWith(QStringLiteral("fwctl: --lease-ttl expects a number, got 'soon'\n")));
        const Run help = fwctl({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: fwctl [GLOBAL OPTIONS] COMMAND [OPTIONS]")), qPrintable(help.out));
        QVERIFY(help.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFwctlInProcess)
#include "tst_fwctlinprocess.moc"
