// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl renewals and fwctl renewal (docs/assets.md, "Renewals"): a priced subscription run to
// completion in simulated time is listed as upcoming with its value at risk; advancing the store's
// clock past its lead time opens one renewal (and one only, however often the engine runs); it is
// claimed and renewed through the command path, and the asset's term moves on by one term. Exit
// codes for a bad --within, an unknown renewal and a decline without a reason.

#include "fwctlprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestFwctlRenewals : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    test::FwctlRun fwctl(const QStringList& arguments) const { return test::runFwctlOn(m_path, arguments); }
    QJsonObject renewalsJson(const QStringList& more = {}) const
    {
        const test::FwctlRun run = fwctl(QStringList { QStringLiteral("renewals"), QStringLiteral("--json") } + more);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    // tests/data/assets' order with prices: the suite 20 EUR a month, 100 seats at 5 EUR (12 months, 60 days' lead).
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("renewals.db"));
        QFile source(QStringLiteral(FW_TEST_DATA_DIR "/assets/order.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject order = QJsonDocument::fromJson(source.readAll()).object();
        order.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        QJsonArray items = order.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            const QString id = item.value(QStringLiteral("id")).toString();
            if (id == QLatin1String("S1") || id == QLatin1String("S1-U"))
                item.insert(QStringLiteral("price"), QJsonObject { { QStringLiteral("recurring"), id == QLatin1String("S1") ? 20 : 5 } });
            items[i] = item;
        }
        order.insert(QStringLiteral("items"), items);
        const QString orderPath = m_dir.filePath(QStringLiteral("order.json"));
        QFile out(orderPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(order).toJson());
        out.close();

        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral(FW_TEST_DATA_DIR "/assets/catalog.json") })
                     .exitCode,
                 0);
        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("order"), orderPath }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock") }).exitCode, 0);
        for (const char* action : { "claim", "complete" })
            QCOMPARE(fwctl({ QStringLiteral("task"), QLatin1String(action), QStringLiteral("1") }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
    }

    void upcomingThenOpenedOnce()
    {
        QCOMPARE(renewalsJson().value(QStringLiteral("renewals")).toArray().size(), 0); // a year away: not within 90 days
        const QJsonObject ahead = renewalsJson({ QStringLiteral("--within"), QStringLiteral("400d") });
        const QJsonArray upcoming = ahead.value(QStringLiteral("renewals")).toArray();
        QCOMPARE(upcoming.size(), 1); // the suite; not its seats, not the router (no term)
        const QJsonObject suite = upcoming.at(0).toObject();
        QCOMPARE(suite.value(QStringLiteral("asset")).toString(), QStringLiteral("SO-A1/S1"));
        QCOMPARE(suite.value(QStringLiteral("state")).toString(), QStringLiteral("upcoming"));
        QVERIFY(suite.value(QStringLiteral("id")).isNull());
        QCOMPARE(suite.value(QStringLiteral("valueAtRisk")).toDouble(), 6240.0); // (20 + 100 x 5) x 12
        QCOMPARE(ahead.value(QStringLiteral("months")).toArray().at(0).toObject().value(QStringLiteral("count")).toInt(), 1);

        // Past the lead time: the engine opens it, once, however often it runs.
        QCOMPARE(
            fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--advance"), QStringLiteral("310d") }).exitCode,
            0);
        QCOMPARE(
            fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--advance"), QStringLiteral("1d") }).exitCode,
            0);
        const QJsonArray open = renewalsJson().value(QStringLiteral("renewals")).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("id")).toInt(), 1);

        const test::FwctlRun table = fwctl({ QStringLiteral("renewals") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QLatin1String(": 1 renewal(s), value at risk 6240.00 EUR")), qPrintable(table.out));
        QVERIFY2(table.out.contains(QLatin1String("SO-A1/S1")) && table.out.contains(QLatin1String("open")), qPrintable(table.out));
    }

    void claimAndRenew()
    {
        const test::FwctlRun declined = fwctl({ QStringLiteral("renewal"), QStringLiteral("decline"), QStringLiteral("1") });
        QCOMPARE(declined.exitCode, 2);
        QVERIFY2(declined.err.contains(QLatin1String("a decline needs a reason")), qPrintable(declined.err));
        QCOMPARE(fwctl({ QStringLiteral("renewal"), QStringLiteral("claim"), QStringLiteral("1") }).exitCode, 0);
        const test::FwctlRun renewed = fwctl({ QStringLiteral("renewal"), QStringLiteral("renew"), QStringLiteral("1") });
        QCOMPARE(renewed.exitCode, 0);
        QVERIFY2(renewed.out.contains(QLatin1String("asset SO-A1/S1 renewed until")), qPrintable(renewed.out));
        const QJsonObject asset
            = QJsonDocument::fromJson(fwctl({ QStringLiteral("asset"), QStringLiteral("SO-A1/S1"), QStringLiteral("--json") }).out.toUtf8())
                  .object();
        const QJsonObject term = asset.value(QStringLiteral("term")).toObject();
        QCOMPARE(QDate::fromString(term.value(QStringLiteral("end")).toString(), Qt::ISODate),
                 QDate::fromString(term.value(QStringLiteral("start")).toString(), Qt::ISODate).addMonths(12));
        QCOMPARE(asset.value(QStringLiteral("revision")).toInt(), 2);
        const QJsonArray history = asset.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("renewed"));
        QCOMPARE(fwctl({ QStringLiteral("renewal"), QStringLiteral("renew"), QStringLiteral("1") }).exitCode, 2); // decided already
        const test::FwctlRun text = fwctl({ QStringLiteral("asset"), QStringLiteral("SO-A1/S1") });
        const QDate start = QDate::fromString(term.value(QStringLiteral("start")).toString(), Qt::ISODate); // the new term's
        const QString renewedLine = text.out.split(u'\n').filter(QStringLiteral("  renewed  ")).value(0);
        QVERIFY2(renewedLine.endsWith(QStringLiteral("term %1 to %2 -> term %2 to %3")
                                          .arg(start.addMonths(-12).toString(Qt::ISODate), start.toString(Qt::ISODate),
                                               start.addMonths(12).toString(Qt::ISODate))),
                 qPrintable(text.out));
        const QJsonArray done
            = renewalsJson({ QStringLiteral("--state"), QStringLiteral("renewed") }).value(QStringLiteral("renewals")).toArray();
        QCOMPARE(done.size(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addRow("within") << QStringList { QStringLiteral("renewals"), QStringLiteral("--within"), QStringLiteral("soon") }
                                << QStringLiteral("--within: 'soon' is not a number of days");
        QTest::addRow("state") << QStringList { QStringLiteral("renewals"), QStringLiteral("--state"), QStringLiteral("lost") }
                               << QStringLiteral("--state: unknown state 'lost'");
        QTest::addRow("unknown renewal") << QStringList { QStringLiteral("renewal"), QStringLiteral("claim"), QStringLiteral("99") }
                                         << QStringLiteral("no renewal 99 in this store");
        QTest::addRow("action") << QStringList { QStringLiteral("renewal"), QStringLiteral("extend"), QStringLiteral("1") }
                                << QStringLiteral("unknown action 'extend'");
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const test::FwctlRun run = fwctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestFwctlRenewals)
#include "tst_fwctlrenewals.moc"
