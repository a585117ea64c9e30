// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "-" as a file argument reads standard input wherever fwctl reads a file (issue 20): validate,
// plan --catalog/--order, import catalog|order (one document or NDJSON), change preview. Problems
// name "stdin" as their file.

#include "fwctlprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::test;

namespace {
const QString samples = QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/");

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// fwctl ARGUMENTS with `input` on its standard input.
FwctlRun withInput(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(FWCTL_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

class TestFwctlStdin : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsFilesFromStandardInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input"); // a sample file's name, or the text itself
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output"); // what stdout (exit 0) or stderr starts with
        QTest::addRow("validate") << QStringList { QStringLiteral("validate"), QStringLiteral("-") } << QStringLiteral("catalog.json") << 0
                                  << QStringLiteral("stdin: valid catalog 'telecom-business-fiber'");
        QTest::addRow("validate, broken") << QStringList { QStringLiteral("validate"), QStringLiteral("-") } << QStringLiteral("{\"id\": ")
                                          << 2 << QStringLiteral("stdin:: malformed JSON");
        QTest::addRow("validate, nothing") << QStringList { QStringLiteral("validate"), QStringLiteral("-") } << QString() << 2
                                           << QStringLiteral("stdin:: malformed JSON");
        QTest::addRow("plan, the catalog") << QStringList { QStringLiteral("plan"), QStringLiteral("--catalog"), QStringLiteral("-"),
                                                            QStringLiteral("--order"), samples + QStringLiteral("order.json") }
                                           << QStringLiteral("catalog.json") << 0 << QStringLiteral("Order SO-");
        QTest::addRow("plan, the order") << QStringList { QStringLiteral("plan"), QStringLiteral("--catalog"),
                                                          samples + QStringLiteral("catalog.json"), QStringLiteral("--order=-") }
                                         << QStringLiteral("order.json") << 0 << QStringLiteral("Order SO-");
        QTest::addRow("plan, a bad order") << QStringList { QStringLiteral("plan"), QStringLiteral("--catalog"),
                                                            samples + QStringLiteral("catalog.json"), QStringLiteral("--order"),
                                                            QStringLiteral("-") }
                                           << QStringLiteral("{\"formatVersion\": 1}") << 2 << QStringLiteral("stdin:/");
        QTest::addRow("plan, both") << QStringList { QStringLiteral("plan"), QStringLiteral("--catalog"), QStringLiteral("-"),
                                                     QStringLiteral("--order"), QStringLiteral("-") }
                                    << QStringLiteral("catalog.json") << 2
                                    << QStringLiteral("fwctl plan: --catalog - and --order - cannot both read standard input\n");
    }

    void readsFilesFromStandardInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        const QByteArray text = input.endsWith(QLatin1String(".json")) ? contents(samples + input) : input.toUtf8();
        const FwctlRun run = withInput(arguments, text);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2((exitCode == 0 ? run.out : run.err).startsWith(output), qPrintable(run.out + run.err));
    }

    // A store filled from standard input only: the catalog, one pretty-printed order, NDJSON
    // orders, then a change order previewed from standard input.
    void importsAndChangesFromStandardInput()
    {
        QVERIFY(m_dir.isValid());
        const QStringList store { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("store.db")) };
        const FwctlRun catalog = withInput(store + QStringList { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("-") },
                                           contents(samples + QStringLiteral("catalog.json")));
        QCOMPARE(catalog.exitCode, 0);
        QVERIFY2(catalog.out.startsWith(QStringLiteral("catalog telecom-business-fiber")), qPrintable(catalog.out + catalog.err));

        const FwctlRun order = withInput(store + QStringList { QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("-") },
                                         contents(samples + QStringLiteral("order-multisite.json")));
        QCOMPARE(order.exitCode, 0);
        QVERIFY2(order.out.contains(QStringLiteral("imported 1")), qPrintable(order.out + order.err));

        const FwctlRun ndjson = withInput(store + QStringList { QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("-") },
                                          "{\"formatVersion\": 1}\n\n{\"formatVersion\": 1, \"id\": 5}\n");
        QCOMPARE(ndjson.exitCode, 2);
        QVERIFY2(ndjson.err.startsWith(QStringLiteral("stdin:1:/")), qPrintable(ndjson.err));
        QVERIFY2(ndjson.err.contains(QStringLiteral("\nstdin:3:/")), qPrintable(ndjson.err));
        QVERIFY2(ndjson.out.contains(QStringLiteral("rejected 2")), qPrintable(ndjson.out));

        const FwctlRun preview = withInput(store + QStringList { QStringLiteral("change"), QStringLiteral("preview"), QStringLiteral("-") },
                                           contents(QStringLiteral(FW_TEST_DATA_DIR "/change/remove-site-b.json")));
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.startsWith(QStringLiteral("change CHG-2045 of order SO-10002")), qPrintable(preview.out + preview.err));
    }
};

QTEST_GUILESS_MAIN(TestFwctlStdin)
#include "tst_fwctlstdin.moc"
