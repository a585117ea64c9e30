// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline's Gantt strip: every swimlane of the order gets a labelled row (a lane without a
// started step too, and a lane only a step names), bars stack within their lane, and the time axis
// has ticks whose step adapts to the span and the width (minutes, hours, days), labelled HH:mm with
// the date where the day changes. Geometry and model, not pixels.

#include "engine/enginesnapshot.h"
#include "timeline/ganttlayout.h"
#include "timeline/stepganttstrip.h"

#include <QTest>

using namespace fw;

namespace {
QDateTime local(int hour, int minute, int day = 24)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute)); // local time: the axis labels local time
}

StepStatus step(const char* id, const char* lane, const char* state, const QDateTime& completed = {})
{
    StepStatus s;
    s.id = QLatin1String(id);
    s.name = QLatin1String(id).toString().toUpper();
    s.lane = QLatin1String(lane);
    s.state = QLatin1String(state);
    s.completedAt = completed;
    return s;
}

JournalEvent started(const char* id, const QDateTime& at)
{
    JournalEvent e;
    e.at = at;
    e.stepId = QLatin1String(id);
    e.kind = QStringLiteral("step.state");
    e.beforeState = QStringLiteral("ready");
    e.afterState = QStringLiteral("running");
    return e;
}

// Four lanes: intake (two overlapping steps), workshop (one), billing (none started), and "field",
// which only a step names.
OrderDetail multiLaneOrder()
{
    OrderDetail detail;
    detail.lanes = { { QStringLiteral("intake"), QStringLiteral("Intake") },
                     { QStringLiteral("workshop"), QStringLiteral("Workshop") },
                     { QStringLiteral("billing"), QStringLiteral("Billing") } };
    detail.steps = { step("a", "intake", "completed", local(10, 0)), step("b", "intake", "completed", local(11, 0)),
                     step("c", "workshop", "running"), step("d", "billing", "pending"), step("e", "field", "completed", local(12, 0)) };
    detail.events = { started("a", local(9, 0)), started("b", local(9, 30)), started("c", local(10, 0)), started("e", local(11, 0)) };
    return detail;
}
} // namespace

class TestStepGanttStrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyLaneHasALabelledRow()
    {
        GanttLayout layout;
        layout.setOrder(multiLaneOrder(), local(13, 0));
        QCOMPARE(layout.lanes().size(), std::size_t(4));
        QStringList names;
        for (const GanttLane& lane : layout.lanes())
            names << lane.name;
        QCOMPARE(
            names,
            (QStringList { QStringLiteral("Intake"), QStringLiteral("Workshop"), QStringLiteral("Billing"), QStringLiteral("field") }));
        QCOMPARE(layout.lanes()[0].rows, 2); // a and b overlap
        QCOMPARE(layout.lanes()[2].bars, 0); // billing: nothing started, still a row
        QCOMPARE(layout.totalRows(), 5);
        QCOMPARE(layout.bars().size(), std::size_t(4));
        QCOMPARE(layout.from(), local(9, 0));
        QCOMPARE(layout.to(), local(13, 0)); // c is still running: until now
    }

    void theStripDrawsOneBandPerLaneAndAnAxis()
    {
        StepGanttStrip strip;
        strip.setOrder(multiLaneOrder(), local(13, 0));
        strip.resize(1000, strip.sizeHint().height());
        QCOMPARE(strip.laneCount(), 4);
        for (int lane = 0; lane + 1 < strip.laneCount(); ++lane) {
            QVERIFY(strip.laneRect(lane).height() > 0);
            QVERIFY2(strip.laneRect(lane).bottom() <= strip.laneRect(lane + 1).top() + 0.5, "lanes do not overlap");
        }
        QVERIFY(strip.laneRect(strip.laneCount() - 1).bottom() <= strip.axisRect().top() + 0.5); // the axis under the lanes
        QVERIFY(strip.axisRect().bottom() <= strip.height()); // and inside the strip
        QVERIFY(strip.laneRect(1).contains(strip.barRect(QStringLiteral("c")).center())); // c in workshop's band
        QVERIFY(strip.laneRect(3).contains(strip.barRect(QStringLiteral("e")).center())); // e in field's band
        const auto labels = strip.axisLabels();
        QVERIFY2(labels.size() >= 3, "a four-hour span at 1000 pixels has ticks");
        QCOMPARE(labels.front().second, QStringLiteral("24 Nov 09:00"));
        QCOMPARE(labels.back().second, QStringLiteral("13:00"));
        for (std::size_t i = 1; i < labels.size(); ++i)
            QVERIFY(labels[i].first > labels[i - 1].first);
        QVERIFY(labels.front().first >= strip.axisRect().left() - 0.5);
        QVERIFY(labels.back().first <= strip.axisRect().right() + 0.5);
        // Narrower: fewer ticks, still readable.
        strip.resize(400, strip.height());
        QVERIFY(strip.axisLabels().size() < labels.size());
        QVERIFY(!strip.axisLabels().empty());
    }

    void theTickStepAdaptsToTheSpan_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<qint64>("step");
        QTest::addRow("40 s, seconds") << qint64(40) << 10 << qint64(5);
        QTest::addRow("10 min, minutes") << qint64(600) << 12 << qint64(60);
        QTest::addRow("3 h, half hours") << qint64(3 * 3600) << 8 << qint64(1800);
        QTest::addRow("3 h, narrow: hours") << qint64(3 * 3600) << 3 << qint64(3600);
        QTest::addRow("2 days, 6 hours") << qint64(2 * 86400) << 10 << qint64(6 * 3600);
        QTest::addRow("40 days, weeks") << qint64(40 * 86400) << 8 << qint64(7 * 86400);
    }
    void theTickStepAdaptsToTheSpan()
    {
        QFETCH(qint64, span);
        QFETCH(int, maxTicks);
        QFETCH(qint64, step);
        QCOMPARE(GanttLayout::tickStepSeconds(span, maxTicks), step);
    }

    void ticksFallOnWholeStepsAndNameTheDay_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QStringList>("labels");
        QTest::addRow("half hours") << local(9, 7) << local(11, 0) << qint64(1800)
                                    << QStringList { QStringLiteral("24 Nov 09:30"), QStringLiteral("10:00"), QStringLiteral("10:30"),
                                                     QStringLiteral("11:00") };
        QTest::addRow("over midnight") << local(21, 0) << local(3, 0, 25) << qint64(6 * 3600)
                                       << QStringList { QStringLiteral("25 Nov 00:00") };
        QTest::addRow("days") << local(9, 0) << local(9, 0, 27) << qint64(86400)
                              << QStringList { QStringLiteral("25 Nov"), QStringLiteral("26 Nov"), QStringLiteral("27 Nov") };
    }
    void ticksFallOnWholeStepsAndNameTheDay()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(qint64, step);
        QFETCH(QStringList, labels);
        QStringList actual;
        for (const GanttTick& tick : GanttLayout::ticksBetween(from, to, step))
            actual << tick.label;
        QCOMPARE(actual, labels);
    }
};

QTEST_MAIN(TestStepGanttStrip)
#include "tst_stepganttstrip.moc"
