// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl import order with many inputs (issue 18): several files, a directory, NDJSON on stdin.
// The good orders go in, each bad one is printed with its file (or stdin:LINE) and reason, a
// summary ends the output, and the exit code says whether anything was rejected (0 none, 2 some,
// 1 the store could not be written). One file alone answers as it always did.

#include "fwctlprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using fw::test::FwctlRun;

namespace {
QByteArray orderJson(const QString& id, const QString& product = QStringLiteral("AUTO"))
{
    return QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"%2\"}]}")
        .arg(id, product)
        .toUtf8();
}

// fwctl --db STORE ARGUMENTS with `input` on its standard input.
FwctlRun withInput(const QString& store, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(FWCTL_PATH), QStringList { QStringLiteral("--db"), store } + arguments);
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

class TestFwctlBulkImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_store = 0;

    QString scalar(const QString& sql)
    {
        QString value;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(m_db);
            QSqlQuery query(db);
            if (db.open() && query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return value;
    }
    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_store));
        const FwctlRun catalog = fw::test::runFwctlOn(
            m_db, { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json") });
        QVERIFY2(catalog.exitCode == 0, qPrintable(catalog.err));
    }

    void manyFilesAllGood()
    {
        const QString a = write(QStringLiteral("a.json"), orderJson(QStringLiteral("M-1")));
        const QString b = write(QStringLiteral("b.json"), orderJson(QStringLiteral("M-2")));
        const FwctlRun run = fw::test::runFwctlOn(m_db, { QStringLiteral("import"), QStringLiteral("order"), a, b });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("imported 2 orders, rejected 0\n"));
        QCOMPARE(run.err, QString());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.imported'")), QStringLiteral("2"));
    }

    void aDirectoryWithABadFileImportsTheRestAndExits2()
    {
        write(QStringLiteral("batch/1.json"), orderJson(QStringLiteral("D-1")));
        const QString bad = write(QStringLiteral("batch/2.json"), orderJson(QStringLiteral("D-2"), QStringLiteral("NOPE")));
        const QString broken = write(QStringLiteral("batch/3.json"), "{ \"id\": ");
        write(QStringLiteral("batch/4.json"), orderJson(QStringLiteral("D-4")));
        write(QStringLiteral("batch/readme.txt"), "not an order");
        const FwctlRun run
            = fw::test::runFwctlOn(m_db, { QStringLiteral("import"), QStringLiteral("order"), m_dir.filePath(QStringLiteral("batch")) });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QStringLiteral("imported 2 orders, rejected 2\n"));
        const QStringList errors = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0], bad + QStringLiteral(":: no catalog in the store knows all products of this order; import its catalog first"));
        QVERIFY2(errors[1].startsWith(broken + QStringLiteral(":: malformed JSON")), qPrintable(errors[1]));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(id, ' ') FROM (SELECT id FROM orders ORDER BY id)")),
                 QStringLiteral("D-1 D-4"));
    }

    void ndjsonOnStdinNamesTheLine()
    {
        const QByteArray input = orderJson(QStringLiteral("N-1")) + "\n\n" + orderJson(QStringLiteral("N-2"), QStringLiteral("NOPE")) + "\n"
            + orderJson(QStringLiteral("N-1")) + "\n" + orderJson(QStringLiteral("N-3")) + "\n";
        const FwctlRun run = withInput(m_db, { QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("-") }, input);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QStringLiteral("imported 2 orders, rejected 2\n"));
        QCOMPARE(run.err,
                 QStringLiteral("stdin:3:: no catalog in the store knows all products of this order; import its catalog first\n"
                                "stdin:4:/id: order 'N-1' comes twice in this import: stdin:1 has it already\n"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps")), QStringLiteral("26"));
    }

    void ndjsonAndFilesTogether()
    {
        const QString file = write(QStringLiteral("f.json"), orderJson(QStringLiteral("T-1")));
        const FwctlRun run = withInput(m_db, { QStringLiteral("import"), QStringLiteral("order"), file, QStringLiteral("-") },
                                       orderJson(QStringLiteral("T-2")) + "\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("imported 2 orders, rejected 0\n"));
    }

    // The store cannot be written (a page limit, as a full disk): exit 1, and what is in is whole.
    void aFullStoreIsAFailure()
    {
        QByteArray input;
        for (int i = 1; i <= 300; ++i)
            input += orderJson(QStringLiteral("F-%1").arg(i)) + '\n';
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const int pages = scalar(QStringLiteral("PRAGMA page_count")).toInt();
        env.insert(QStringLiteral("FW_TEST_STORE_MAX_PAGES"), QString::number(pages + 60));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FWCTL_PATH),
                      { QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("-") });
        QVERIFY(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("store write failed: database or disk is full")), qPrintable(err.left(2000)));
        QVERIFY2(err.contains(QStringLiteral("could not be written together")), qPrintable(err.left(2000)));
        const int stored = scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt();
        QVERIFY(stored > 0 && stored < 300);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 QStringLiteral("imported %1 orders, rejected %2\n").arg(stored).arg(300 - stored));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps")), QString::number(stored * 13));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.imported'")), QString::number(stored));
    }

    // The import is one command: a user without the role is refused once, and nothing is read.
    void aRefusedUserImportsNothing()
    {
        QCOMPARE(fw::test::runFwctlOn(m_db,
                                      { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("olive"), QStringLiteral("--roles"),
                                        QStringLiteral("operator") })
                     .exitCode,
                 0);
        const QString a = write(QStringLiteral("r1.json"), orderJson(QStringLiteral("R-1")));
        const QString b = write(QStringLiteral("r2.json"), orderJson(QStringLiteral("R-2")));
        const FwctlRun run = fw::test::runFwctlOn(
            m_db, { QStringLiteral("--as"), QStringLiteral("olive"), QStringLiteral("import"), QStringLiteral("order"), a, b });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("fwctl import: refused: olive may not import an order")), qPrintable(run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'command.refused' AND actor = 'olive'")),
                 QStringLiteral("1"));
    }

    // One file alone: the single import's answer, as before.
    void oneFileAnswersAsBefore()
    {
        const QString one = write(QStringLiteral("one.json"), orderJson(QStringLiteral("S-1")));
        const FwctlRun run = fw::test::runFwctlOn(m_db, { QStringLiteral("import"), QStringLiteral("order"), one });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("order S-1 imported: 1 fulfillment lines, 13 steps in 4 lanes (catalog auto-flow 1)\n"));
        const QString bad = write(QStringLiteral("bad.json"), orderJson(QStringLiteral("S-2"), QStringLiteral("NOPE")));
        const FwctlRun refused = fw::test::runFwctlOn(m_db, { QStringLiteral("import"), QStringLiteral("order"), bad });
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.out, QString());
        QCOMPARE(refused.err,
                 bad + QStringLiteral(":: no catalog in the store knows all products of this order; import its catalog first\n"));
    }
};

QTEST_GUILESS_MAIN(TestFwctlBulkImport)
#include "tst_fwctlbulkimport.moc"
