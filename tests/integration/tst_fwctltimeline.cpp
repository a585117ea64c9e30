// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl timeline ORDER filters as the workbench's timeline does (issue 20): --failures, --lane
// (id or name), --actor, --since (ISO or how long ago); a bad value names the flag and the value.

#include "fwctlprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::test;

class TestFwctlTimeline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.db"));
        const QString data = QStringLiteral(FW_TEST_DATA_DIR "/engine/");
        QCOMPARE(runFwctlOn(m_db, { QStringLiteral("import"), QStringLiteral("catalog"), data + QStringLiteral("catalog.json") }).exitCode,
                 0);
        for (const char* order : { "order.json", "order-broken.json" })
            QCOMPARE(runFwctlOn(m_db, { QStringLiteral("import"), QStringLiteral("order"), data + QLatin1String(order) }).exitCode, 0);
        QCOMPARE(runFwctlOn(m_db,
                            { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--roles"),
                              QStringLiteral("operator"), QStringLiteral("--queues"), QStringLiteral("workshop") })
                     .exitCode,
                 0);
        QCOMPARE(runFwctlOn(m_db, { QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        QCOMPARE(runFwctlOn(m_db,
                            { QStringLiteral("--as"), QStringLiteral("ana"), QStringLiteral("task"), QStringLiteral("claim"),
                              QStringLiteral("1") })
                     .exitCode,
                 0);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expect"); // what every printed entry has; "none": nothing printed
        QTest::addColumn<int>("atLeast"); // entries printed at least
        QTest::addRow("no filter") << QStringList { QStringLiteral("KIT-1") } << QString() << 4;
        QTest::addRow("lane by id") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--lane"), QStringLiteral("workshop") }
                                    << QStringLiteral("step:line:1.F_KIT/assemble") << 2;
        QTest::addRow("lane by name") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--lane=Workshop") }
                                      << QStringLiteral("step:line:1.F_KIT/assemble") << 2;
        QTest::addRow("actor") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--actor"), QStringLiteral("ana") }
                               << QStringLiteral("actor:ana") << 1;
        QTest::addRow("actor nobody") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--actor"), QStringLiteral("zoe") }
                                      << QStringLiteral("none") << 0;
        QTest::addRow("failures") << QStringList { QStringLiteral("BROKEN-1"), QStringLiteral("--failures") } << QStringLiteral("failure")
                                  << 1;
        QTest::addRow("no failures") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--failures") } << QStringLiteral("none")
                                     << 0;
        QTest::addRow("since how long ago") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--since"), QStringLiteral("2h") }
                                            << QString() << 4;
        QTest::addRow("since a date") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--since"), QStringLiteral("2000-01-01") }
                                      << QString() << 4;
        QTest::addRow("since the future") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--since"),
                                                           QStringLiteral("2999-01-01T00:00:00Z") }
                                          << QStringLiteral("none") << 0;
        QTest::addRow("all at once") << QStringList { QStringLiteral("BROKEN-1"), QStringLiteral("--failures"), QStringLiteral("--actor"),
                                                      QStringLiteral("engine"),   QStringLiteral("--since"),    QStringLiteral("1d") }
                                     << QStringLiteral("failure") << 1;
    }

    void filters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expect);
        QFETCH(int, atLeast);
        const FwctlRun run = runFwctlOn(m_db, QStringList { QStringLiteral("timeline"), QStringLiteral("--json") } + arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonArray events = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY2(events.size() >= atLeast, qPrintable(run.out));
        if (expect == QLatin1String("none"))
            QVERIFY2(events.isEmpty(), qPrintable(run.out));
        for (const QJsonValue& value : events) {
            const QJsonObject event = value.toObject();
            if (expect.startsWith(QLatin1String("step:")))
                QCOMPARE(event[QLatin1String("step")].toString(), expect.mid(5));
            else if (expect.startsWith(QLatin1String("actor:")))
                QCOMPARE(event[QLatin1String("actor")].toString(), expect.mid(6));
            else if (expect == QLatin1String("failure"))
                QVERIFY2(event[QLatin1String("after")].toString() == QLatin1String("fallout")
                             || event[QLatin1String("kind")].toString() == QLatin1String("order.held"),
                         QJsonDocument(event).toJson().constData());
        }
        // The text form prints the same entries, one line each.
        const FwctlRun text = runFwctlOn(m_db, QStringList { QStringLiteral("timeline") } + arguments);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(QLatin1Char('\n')), events.size());
    }

    void badValuesNameTheFlag_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addRow("since in words") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--since"), QStringLiteral("yesterday") }
                                        << QStringLiteral("fwctl timeline: --since 'yesterday': not a time: write an ISO 8601 date or "
                                                          "time (2026-03-01, 2026-03-01T08:00:00Z) or how long ago (30m, 2h, 3d)\n");
        QTest::addRow("no such day") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--since=2026-02-30") }
                                     << QStringLiteral("fwctl timeline: --since '2026-02-30': not a time");
        QTest::addRow("no such lane") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--lane"), QStringLiteral("garden") }
                                      << QStringLiteral("fwctl timeline: --lane 'garden': order KIT-1 has no such lane (its lanes: "
                                                        "intake (Intake), workshop (Workshop), billing (Billing))\n");
        QTest::addRow("no value") << QStringList { QStringLiteral("KIT-1"), QStringLiteral("--actor") }
                                  << QStringLiteral("fwctl timeline: Missing value after '--actor'.");
        QTest::addRow("no such order") << QStringList { QStringLiteral("NOPE-1"), QStringLiteral("--failures") }
                                       << QStringLiteral("fwctl timeline: unknown order 'NOPE-1'");
    }

    void badValuesNameTheFlag()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const FwctlRun run = runFwctlOn(m_db, QStringList { QStringLiteral("timeline") } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestFwctlTimeline)
#include "tst_fwctltimeline.moc"
