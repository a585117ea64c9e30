// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile input to fwctl: numbers out of range, integers past 2^31, durations that overflow, JSON
// nested 60,000 levels deep, a FIFO, /dev/zero and a file past the size limit, in files (catalog,
// order, change order) and in options (--data, --fields, --payload, set-field VALUE). Each must
// exit 2 with one clear line naming the file or option, the JSON pointer and the reason, and leave
// the store as it was (issue 14, defects 5 and 6).

#include "fwctlprocess.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fw::test;

namespace {
// Every table's row count: what "the store did not change" means here.
QStringList storeContents(const QString& path)
{
    QStringList counts;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (!db.open())
            return { QStringLiteral("cannot open") };
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (tables.next()) {
            QSqlQuery count(db);
            count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tables.value(0).toString()));
            count.next();
            counts << tables.value(0).toString() + QLatin1Char('=') + count.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return counts;
}

QString nested(int levels)
{
    return QString(levels, QLatin1Char('[')) + QString(levels, QLatin1Char(']'));
}
} // namespace

class TestFwctlInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("fw.db"));
        const FwctlRun catalog = runFwctl({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("catalog"),
                                            QStringLiteral("plan/shared-catalog.json") },
                                          QStringLiteral(FW_TEST_DATA_DIR));
        QVERIFY2(catalog.exitCode == 0, qPrintable(catalog.err));
        const QByteArray fifo = m_dir.filePath(QStringLiteral("order.fifo")).toLocal8Bit();
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QFile big(m_dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(64) * 1024 * 1024 + 1)); // sparse: costs no disk
    }

    // $TMP is the test's temporary directory; paths are relative to tests/data.
    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected"); // stderr, exactly
        const auto args = [](std::initializer_list<const char*> list) {
            QStringList result;
            for (const char* a : list)
                result << QString::fromUtf8(a);
            return result;
        };
        // Files: catalogs, orders, change orders.
        QTest::addRow("catalog: 1e400")
            << args({ "import", "catalog", "validate/number-out-of-range/catalog.json" })
            << QStringLiteral("validate/number-out-of-range/catalog.json:/retryPolicies/0/maxAttempts: number '1e400' is out of "
                              "range (line 663, column 22)");
        QTest::addRow("catalog: 60,000 levels deep")
            << args({ "import", "catalog", "validate/deep-nesting/catalog.json" })
            << QStringLiteral("validate/deep-nesting/catalog.json:: nested deeper than 512 levels (line 4, column 526)");
        QTest::addRow("catalog: duration too long")
            << args({ "validate", "validate/durations-out-of-range/catalog.json" })
            << QStringLiteral("validate/durations-out-of-range/catalog.json:/planDefinitions/0/steps/0/estimatedDuration: 'PT' is not a "
                              "duration (write e.g. \"45s\", \"30m\", \"4h\", \"2d\" or \"1d4h30m\")\n"
                              "validate/durations-out-of-range/catalog.json:/retryPolicies/0/interval: '99999999999999999999d' is "
                              "longer than 36600d\n"
                              "validate/durations-out-of-range/catalog.json:/retryPolicies/0/maxInterval: 'P1M' is not a duration: "
                              "years and months have no fixed length (write days, e.g. \"P30D\")\n"
                              "validate/durations-out-of-range/catalog.json:/retryPolicies/0/window: '36601d' is longer than 36600d\n"
                              "validate/durations-out-of-range/catalog.json:/endpoints/0/timeout: '30d' is longer than 24d20h31m23s");
        QTest::addRow("order: quantity 1e400")
            << args({ "import", "order", "plan/error-number-out-of-range/order.json" })
            << QStringLiteral("plan/error-number-out-of-range/order.json:/items/4/quantity: number '1e400' is out of range "
                              "(line 13, column 76)");
        QTest::addRow("order: quantity 2^32 + 1")
            << args({ "import", "order", "plan/error-quantity-too-large/order.json" })
            << QStringLiteral("plan/error-quantity-too-large/order.json:/items/4/quantity: must be at most 2147483647, found "
                              "4294967297\n"
                              "plan/error-quantity-too-large/order.json:/items/6/quantity: must be at most 2147483647, found "
                              "18446744073709551615");
        QTest::addRow("order: 60,000 levels deep")
            << args({ "import", "order", "plan/error-deep-nesting/order.json" })
            << QStringLiteral("plan/error-deep-nesting/order.json:: nested deeper than 512 levels (line 14, column 573)");
        QTest::addRow("change order: quantity 1e400")
            << args({ "change", "submit", "change/bad/number-out-of-range.json" })
            << QStringLiteral("fwctl change: change/bad/number-out-of-range.json:/actions/0/quantity: number '1e400' is out "
                              "of range (line 2, column 68)");
        QTest::addRow("change order: quantity 2^63")
            << args({ "change", "preview", "change/bad/quantity-too-large.json" })
            << QStringLiteral("fwctl change: change/bad/quantity-too-large.json:/actions/0/quantity: must be at most "
                              "2147483647, found 9223372036854775808");
        QTest::addRow("change order: 600 levels deep")
            << args({ "change", "submit", "change/bad/deep-nesting.json" })
            << QStringLiteral("fwctl change: change/bad/deep-nesting.json:: nested deeper than 512 levels (line 2, column 525)");
        // Files that are no JSON files at all.
        QTest::addRow("order: a FIFO") << args({ "import", "order", "$TMP/order.fifo" })
                                       << QStringLiteral(
                                              "$TMP/order.fifo:: cannot read file: not a regular file (a FIFO, socket or device)");
        QTest::addRow("catalog: a FIFO") << args({ "validate", "$TMP/order.fifo" })
                                         << QStringLiteral(
                                                "$TMP/order.fifo:: cannot read file: not a regular file (a FIFO, socket or device)");
        QTest::addRow("order: /dev/zero") << args({ "import", "order", "/dev/zero" })
                                          << QStringLiteral("/dev/zero:: cannot read file: not a regular file (a FIFO, socket or device)");
        QTest::addRow("catalog: past 64 MiB") << args({ "import", "catalog", "$TMP/big.json" })
                                              << QStringLiteral("$TMP/big.json:: cannot read file: larger than 64 MiB");
        // Options.
        QTest::addRow("--data 1e400") << args({ "task", "complete", "1", "--data", "{\"x\": 1e400}" })
                                      << QStringLiteral("fwctl task: --data: /x: number '1e400' is out of range (line 1, column 7)");
        QTest::addRow("--data deep") << (args({ "task", "complete", "1", "--data" }) << QStringLiteral("{\"x\": %1}").arg(nested(60000)))
                                     << QStringLiteral("fwctl task: --data: nested deeper than 512 levels (line 1, column 518)");
        QTest::addRow("--data with a number of 400 digits")
            << (args({ "task", "complete", "1", "--data" }) << QStringLiteral("{\"x\": 1%1e400}").arg(QString(400, QLatin1Char('0'))))
            << QStringLiteral("fwctl task: --data: /x: number '1000000000000000000000000000000000000...' "
                              "is out of range (line 1, column 7)");
        QTest::addRow("--data not an object") << args({ "task", "complete", "1", "--data", "[1]" })
                                              << QStringLiteral("fwctl task: --data must be a JSON object, found an array");
        QTest::addRow("--fields 1e400") << args({ "fallout", "retry", "1", "--fields", "{\"a\": {\"b\": [0, -1e400]}}" })
                                        << QStringLiteral(
                                               "fwctl fallout: --fields: /a/b/1: number '-1e400' is out of range (line 1, column 17)");
        QTest::addRow("--payload 1e400") << args({ "fallout", "retry", "1", "--payload", "{\"x\": 1e400}" })
                                         << QStringLiteral(
                                                "fwctl fallout: --payload: /x: number '1e400' is out of range (line 1, column 7)");
        QTest::addRow("--payload deep") << (args({ "fallout", "retry", "1", "--payload" }) << nested(60000))
                                        << QStringLiteral("fwctl fallout: --payload: nested deeper than 512 levels (line 1, column 513)");
        QTest::addRow("set-field 1e400") << args({ "set-field", "SO-1", "L1", "x", "1e400" })
                                         << QStringLiteral("fwctl set-field: VALUE: number '1e400' is out of range (line 1, column 1)");
        QTest::addRow("--advance too long") << args({ "run", "--simulated-clock", "--advance", "99999999999999999999d" })
                                            << QStringLiteral(
                                                   "fwctl run: --advance needs --simulated-clock and a duration such as 1d or 4h30m");
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        arguments.replaceInStrings(QStringLiteral("$TMP"), m_dir.path());
        const QStringList before = storeContents(m_db);
        const FwctlRun run = runFwctl(QStringList { QStringLiteral("--db"), m_db } + arguments, QStringLiteral(FW_TEST_DATA_DIR), 20000);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed().replace(m_dir.path(), QStringLiteral("$TMP")), expected);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(storeContents(m_db), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestFwctlInput)
#include "tst_fwctlinput.moc"
