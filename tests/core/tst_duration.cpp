// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Durations as catalogs and fwctl options write them: the compact form ("1d4h30m"), ISO 8601
// ("P1DT2H30M"), and what is refused with which reason (issue 14, defect 5).

#include "common/duration.h"

#include <QTest>

using namespace fw;

class TestDuration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        QTest::addColumn<QString>("problem");
        QTest::addRow("compact") << QStringLiteral("1d4h30m") << qint64(102600) << QString();
        QTest::addRow("seconds") << QStringLiteral("45s") << qint64(45) << QString();
        QTest::addRow("zero") << QStringLiteral("0s") << qint64(0) << QString();
        QTest::addRow("ISO minutes") << QStringLiteral("PT15M") << qint64(900) << QString();
        QTest::addRow("ISO day") << QStringLiteral("P1D") << qint64(86400) << QString();
        QTest::addRow("ISO day and time") << QStringLiteral("P1DT2H30M") << qint64(95400) << QString();
        QTest::addRow("ISO weeks") << QStringLiteral("P2W") << qint64(1209600) << QString();
        QTest::addRow("ISO zero") << QStringLiteral("PT0S") << qint64(0) << QString();
        QTest::addRow("the longest") << QStringLiteral("36600d") << qint64(36600) * 86400 << QString();
        const QString notADuration = QStringLiteral("is not a duration (write e.g. \"45s\", \"30m\", \"4h\", \"2d\" or \"1d4h30m\")");
        QTest::addRow("words") << QStringLiteral("5 minutes") << qint64(-1) << QStringLiteral("'5 minutes' ") + notADuration;
        QTest::addRow("order") << QStringLiteral("1h1d") << qint64(-1) << QStringLiteral("'1h1d' ") + notADuration;
        QTest::addRow("ISO empty") << QStringLiteral("P") << qint64(-1) << QStringLiteral("'P' ") + notADuration;
        QTest::addRow("ISO T alone") << QStringLiteral("PT") << qint64(-1) << QStringLiteral("'PT' ") + notADuration;
        QTest::addRow("ISO fraction") << QStringLiteral("PT0.5S") << qint64(-1) << QStringLiteral("'PT0.5S' ") + notADuration;
        QTest::addRow("ISO months") << QStringLiteral("P1M") << qint64(-1)
                                    << QStringLiteral(
                                           "'P1M' is not a duration: years and months have no fixed length (write days, e.g. \"P30D\")");
        QTest::addRow("ISO years")
            << QStringLiteral("P1Y2DT1H") << qint64(-1)
            << QStringLiteral("'P1Y2DT1H' is not a duration: years and months have no fixed length (write days, e.g. \"P30D\")");
        QTest::addRow("past qint64") << QStringLiteral("99999999999999999999d") << qint64(-1)
                                     << QStringLiteral("'99999999999999999999d' is longer than 36600d");
        QTest::addRow("overflows when multiplied")
            << QStringLiteral("106751991167301d") << qint64(-1) << QStringLiteral("'106751991167301d' is longer than 36600d");
        QTest::addRow("sum past the limit") << QStringLiteral("36600d1s") << qint64(-1)
                                            << QStringLiteral("'36600d1s' is longer than 36600d");
        QTest::addRow("ISO past the limit") << QStringLiteral("PT9999999999999H") << qint64(-1)
                                            << QStringLiteral("'PT9999999999999H' is longer than 36600d");
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QFETCH(QString, problem);
        QCOMPARE(parseDurationSeconds(text).value_or(-1), seconds);
        QCOMPARE(durationProblem(text), problem);
    }

    void timeoutLimit()
    {
        QCOMPARE(durationProblem(QStringLiteral("24d"), kMaxTimeoutSeconds), QString());
        QCOMPARE(durationProblem(QStringLiteral("30d"), kMaxTimeoutSeconds), QStringLiteral("'30d' is longer than 24d20h31m23s"));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
