// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// StepHistory: nearest-rank median and p90 per (plan definition, step, lane), the minimum number of
// samples, and the listing of every key with statistics.

#include "sla/stephistory.h"

#include <QTest>

using namespace fw;

class TestStepHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stats_data()
    {
        QTest::addColumn<QList<qint64>>("samples");
        QTest::addColumn<bool>("hasStats");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p90");
        // Nearest rank: median = the value at rank ceil(n/2), p90 at rank ceil(0.9 n) (1-based, ascending).
        QTest::addRow("five, unsorted") << QList<qint64> { 50, 10, 40, 20, 30 } << true << qint64(30) << qint64(50);
        QTest::addRow("ten: rank 5 and rank 9") << QList<qint64> { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 } << true << qint64(5) << qint64(9);
        QTest::addRow("eleven: rank 6 and rank 10")
            << QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 } << true << qint64(6) << qint64(10);
        QList<qint64> fortyEight;
        for (qint64 i = 48; i >= 1; --i)
            fortyEight << i;
        QTest::addRow("forty-eight: rank 24 and rank 44") << fortyEight << true << qint64(24) << qint64(44);
        QTest::addRow("four: too few") << QList<qint64> { 1, 2, 3, 4 } << false << qint64(0) << qint64(0);
        QTest::addRow("outlier") << QList<qint64> { 60, 60, 60, 60, 60, 60, 60, 60, 60, 86400 } << true << qint64(60) << qint64(60);
    }

    void stats()
    {
        QFETCH(QList<qint64>, samples);
        QFETCH(bool, hasStats);
        QFETCH(qint64, median);
        QFETCH(qint64, p90);
        StepHistory history;
        for (const qint64 seconds : samples) {
            history.add(QStringLiteral("PD"), QStringLiteral("install"), QStringLiteral("field"), seconds);
            history.add(QStringLiteral("PD"), QStringLiteral("install"), QStringLiteral("office"), 100000); // other lane
        }
        // Before finish() (sorted on demand) and after.
        for (int pass = 0; pass < 2; ++pass) {
            const auto stats = history.stats(QStringLiteral("PD"), QStringLiteral("install"), QStringLiteral("field"));
            QCOMPARE(stats.has_value(), hasStats);
            if (stats) {
                QCOMPARE(stats->samples, int(samples.size()));
                QCOMPARE(stats->medianSeconds, median);
                QCOMPARE(stats->p90Seconds, p90);
            }
            history.finish();
        }
        QVERIFY(!history.stats(QStringLiteral("PD"), QStringLiteral("survey"), QStringLiteral("field")));
        const auto all = history.all();
        QCOMPARE(all.size(), std::size_t(hasStats ? 2 : 0));
        if (hasStats) {
            QCOMPARE(all[0].first, QStringLiteral("PD/install@field"));
            QCOMPARE(all[1].first, QStringLiteral("PD/install@office"));
            QCOMPARE(all[1].second.medianSeconds, qint64(100000));
        }
    }
};

QTEST_GUILESS_MAIN(TestStepHistory)
#include "tst_stephistory.moc"
