// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which store fwctl uses (issue 20): --db wins, then $FW_DB, then the store the workbench opens
// too, fulfillment.db in the XDG data directory (fw::defaultStorePath, which the workbench's
// main() calls as well). --verbose says which and why; QT_LOGGING_RULES still decides.

#include "fwctlprocess.h"

#include "store/storelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::test;

namespace {
struct Environment {
    QString dataHome; // XDG_DATA_HOME
    QString fwDb; // FW_DB; empty: unset
    QString rules; // QT_LOGGING_RULES; empty: unset
};

FwctlRun fwctlIn(const Environment& environment, const QStringList& arguments)
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("XDG_DATA_HOME"), environment.dataHome);
    variables.remove(QStringLiteral("FW_DB"));
    variables.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!environment.fwDb.isEmpty())
        variables.insert(QStringLiteral("FW_DB"), environment.fwDb);
    if (!environment.rules.isEmpty())
        variables.insert(QStringLiteral("QT_LOGGING_RULES"), environment.rules);
    QProcess process;
    process.setProcessEnvironment(variables);
    process.start(QStringLiteral(FWCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

class TestFwctlDefaultStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choosesTheStore_data()
    {
        QTest::addColumn<bool>("withFwDb");
        QTest::addColumn<bool>("withOption");
        QTest::addColumn<QString>("expected"); // the store file made: "standard", "env" or "option"
        QTest::addRow("the workbench's store") << false << false << QStringLiteral("standard");
        QTest::addRow("FW_DB") << true << false << QStringLiteral("env");
        QTest::addRow("--db wins over FW_DB") << true << true << QStringLiteral("option");
        QTest::addRow("--db alone") << false << true << QStringLiteral("option");
    }

    void choosesTheStore()
    {
        QFETCH(bool, withFwDb);
        QFETCH(bool, withOption);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString standard = dir.filePath(QStringLiteral("data/fulfillment-workbench/fulfillment.db"));
        const QHash<QString, QString> paths { { QStringLiteral("standard"), standard },
                                              { QStringLiteral("env"), dir.filePath(QStringLiteral("env.db")) },
                                              { QStringLiteral("option"), dir.filePath(QStringLiteral("option.db")) } };
        const Environment environment { dir.filePath(QStringLiteral("data")), withFwDb ? paths[QStringLiteral("env")] : QString(), {} };
        QStringList arguments { QStringLiteral("--verbose"), QStringLiteral("import"), QStringLiteral("catalog"),
                                QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json") };
        if (withOption)
            arguments = QStringList { QStringLiteral("--db"), paths[QStringLiteral("option")] } + arguments;
        const FwctlRun run = fwctlIn(environment, arguments);
        QCOMPARE(run.exitCode, 0);
        for (auto it = paths.cbegin(); it != paths.cend(); ++it)
            QVERIFY2(QFileInfo::exists(it.value()) == (it.key() == expected), qPrintable(it.key()));
        // --verbose names the store and where the choice came from.
        const QString origin = expected == QLatin1String("option") ? QStringLiteral("(--db)")
            : expected == QLatin1String("env")                     ? QStringLiteral("(FW_DB)")
                                                                   : QStringLiteral("(the default)");
        QVERIFY2(run.err.contains(QStringLiteral("store ") + paths[expected] + QLatin1Char(' ') + origin), qPrintable(run.err));
        // The next command without --db finds what this one stored.
        if (!withOption)
            QVERIFY(fwctlIn(environment, { QStringLiteral("orders") }).exitCode == 0);
    }

    // The workbench calls the same function; it answers the same path fwctl used.
    void theWorkbenchSharesIt()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.path().toUtf8());
        qunsetenv("FW_DB");
        QCOMPARE(fw::defaultStorePath(), dir.filePath(QStringLiteral("fulfillment-workbench/fulfillment.db")));
        QVERIFY(!fw::storeFromEnvironment());
        qputenv("FW_DB", "/srv/fw/store.db");
        QCOMPARE(fw::defaultStorePath(), QStringLiteral("/srv/fw/store.db"));
        QVERIFY(fw::storeFromEnvironment());
        qunsetenv("FW_DB");
    }

    void verboseFollowsTheLoggingRules_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("rules");
        QTest::addColumn<bool>("diagnostics");
        QTest::addRow("quiet by default") << QStringList { QStringLiteral("orders") } << QString() << false;
        QTest::addRow("--verbose") << QStringList { QStringLiteral("--verbose"), QStringLiteral("orders") } << QString() << true;
        QTest::addRow("--verbose after the command")
            << QStringList { QStringLiteral("orders"), QStringLiteral("--verbose") } << QString() << true;
        QTest::addRow("QT_LOGGING_RULES alone") << QStringList { QStringLiteral("orders") } << QStringLiteral("fw.cli.debug=true") << true;
        QTest::addRow("QT_LOGGING_RULES over --verbose")
            << QStringList { QStringLiteral("--verbose"), QStringLiteral("orders") } << QStringLiteral("fw.*.debug=false") << false;
    }

    void verboseFollowsTheLoggingRules()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, rules);
        QFETCH(bool, diagnostics);
        QTemporaryDir dir;
        const FwctlRun run = fwctlIn({ dir.path(), dir.filePath(QStringLiteral("store.db")), rules }, arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err.contains(QStringLiteral("store ") + dir.filePath(QStringLiteral("store.db"))), diagnostics);
    }
};

QTEST_GUILESS_MAIN(TestFwctlDefaultStore)
#include "tst_fwctldefaultstore.moc"
