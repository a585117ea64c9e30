// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Working time of business calendars: weekends, holidays, opening and closing, daylight saving
// time in Europe/Berlin, and addWorkingSeconds as the inverse of workingSecondsBetween. Each
// calendar query is checked twice: walking day by day and on a prepared span.

#include "sla/businesscalendar.h"

#include <QTest>

using namespace fw;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// EMEA office hours: Monday to Friday 08:00-18:00 Berlin time, closed on Christmas.
BusinessCalendarSpec emeaOffice()
{
    BusinessCalendarSpec spec;
    spec.id = QStringLiteral("emea-office");
    spec.timeZone = QStringLiteral("Europe/Berlin");
    spec.days = { 1, 2, 3, 4, 5 };
    spec.opens = QTime(8, 0);
    spec.closes = QTime(18, 0);
    spec.holidays = { QDate(2026, 12, 25), QDate(2026, 12, 26) };
    return spec;
}

BusinessCalendar walking()
{
    return *BusinessCalendar::fromSpec(emeaOffice());
}

BusinessCalendar prepared()
{
    BusinessCalendar calendar = walking();
    calendar.prepare(QDate(2026, 1, 1), QDate(2027, 12, 31));
    return calendar;
}

} // namespace

class TestBusinessCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workingSeconds_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<qint64>("expected");
        // November is CET (UTC+1): 08:00-18:00 local is 07:00-17:00 UTC.
        QTest::addRow("within hours") << utc("2026-11-25T09:00:00Z") << utc("2026-11-25T11:00:00Z") << qint64(2 * 3600);
        QTest::addRow("starts before opening") << utc("2026-11-25T05:00:00Z") << utc("2026-11-25T08:00:00Z") << qint64(3600);
        QTest::addRow("after closing to next morning") << utc("2026-11-25T16:30:00Z") << utc("2026-11-26T07:30:00Z") << qint64(3600);
        QTest::addRow("entirely after closing") << utc("2026-11-25T17:00:00Z") << utc("2026-11-25T23:00:00Z") << qint64(0);
        QTest::addRow("over a weekend") << utc("2026-11-27T15:00:00Z") << utc("2026-11-30T09:00:00Z") << qint64(4 * 3600);
        QTest::addRow("over Christmas holidays") << utc("2026-12-24T16:00:00Z") << utc("2026-12-28T08:00:00Z") << qint64(2 * 3600);
        QTest::addRow("whole week") << utc("2026-11-23T00:00:00Z") << utc("2026-11-28T00:00:00Z") << qint64(50 * 3600);
        // 21 working days in November 2026.
        QTest::addRow("a month") << utc("2026-11-01T00:00:00Z") << utc("2026-12-01T00:00:00Z") << qint64(210 * 3600);
        // Summer time ends on 25 Oct 2026: Friday closes 16:00 UTC (CEST), Monday opens 07:00 UTC (CET).
        QTest::addRow("DST ends over the weekend") << utc("2026-10-23T15:00:00Z") << utc("2026-10-26T08:00:00Z") << qint64(2 * 3600);
        // Summer time starts on 29 Mar 2026: Friday closes 17:00 UTC (CET), Monday opens 06:00 UTC (CEST).
        QTest::addRow("DST starts over the weekend") << utc("2026-03-27T16:00:00Z") << utc("2026-03-30T07:00:00Z") << qint64(2 * 3600);
        QTest::addRow("zero span") << utc("2026-11-25T09:00:00Z") << utc("2026-11-25T09:00:00Z") << qint64(0);
        QTest::addRow("negative span") << utc("2026-11-25T11:00:00Z") << utc("2026-11-25T09:00:00Z") << qint64(0);
        QTest::addRow("seconds inside the hour") << utc("2026-11-25T09:00:00Z") << utc("2026-11-25T09:00:59.900Z") << qint64(59);
    }

    void workingSeconds()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(qint64, expected);
        QCOMPARE(walking().workingSecondsBetween(from, to), expected);
        QCOMPARE(prepared().workingSecondsBetween(from, to), expected);
    }

    void addWorkingSeconds_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("within hours") << utc("2026-11-25T09:00:00Z") << qint64(2 * 3600) << utc("2026-11-25T11:00:00Z");
        QTest::addRow("before opening counts from opening") << utc("2026-11-25T05:00:00Z") << qint64(3600) << utc("2026-11-25T08:00:00Z");
        QTest::addRow("Friday evening to Monday") << utc("2026-11-27T18:00:00Z") << qint64(30 * 60) << utc("2026-11-30T07:30:00Z");
        QTest::addRow("exactly until closing") << utc("2026-11-25T07:00:00Z") << qint64(10 * 3600) << utc("2026-11-25T17:00:00Z");
        QTest::addRow("one second past closing") << utc("2026-11-25T07:00:00Z") << qint64(10 * 3600 + 1) << utc("2026-11-26T07:00:01Z");
        QTest::addRow("over Christmas holidays") << utc("2026-12-24T16:00:00Z") << qint64(2 * 3600) << utc("2026-12-28T08:00:00Z");
        QTest::addRow("over the DST change") << utc("2026-10-23T15:00:00Z") << qint64(2 * 3600) << utc("2026-10-26T08:00:00Z");
        QTest::addRow("zero") << utc("2026-11-28T12:00:00Z") << qint64(0) << utc("2026-11-28T12:00:00Z");
        QTest::addRow("a month of working time") << utc("2026-11-01T00:00:00Z") << qint64(210 * 3600) << utc("2026-11-30T17:00:00Z");
    }

    void addWorkingSeconds()
    {
        QFETCH(QDateTime, from);
        QFETCH(qint64, seconds);
        QFETCH(QDateTime, expected);
        QCOMPARE(walking().addWorkingSeconds(from, seconds), expected);
        QCOMPARE(prepared().addWorkingSeconds(from, seconds), expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<qint64>("seconds");
        for (const char* from : { "2026-11-25T09:13:00Z", "2026-10-23T15:59:59Z", "2026-12-24T16:00:00Z" }) {
            for (const qint64 seconds : { qint64(1), qint64(3599), qint64(36000), qint64(7 * 86400 + 17) })
                QTest::addRow("%s + %llds", from, seconds) << utc(from) << seconds;
        }
    }

    void roundTrip()
    {
        QFETCH(QDateTime, from);
        QFETCH(qint64, seconds);
        for (const BusinessCalendar& calendar : { walking(), prepared() }) {
            const QDateTime reached = calendar.addWorkingSeconds(from, seconds);
            QVERIFY(reached > from);
            QCOMPARE(calendar.workingSecondsBetween(from, reached), seconds);
            QCOMPARE(calendar.workingSecondsBetween(from, reached.addSecs(-1)), seconds - 1);
        }
    }

    void alwaysOpenIsWallClock()
    {
        const BusinessCalendar calendar;
        QVERIFY(calendar.isAlwaysOpen());
        QCOMPARE(calendar.workingSecondsBetween(utc("2026-11-28T09:00:00Z"), utc("2026-11-30T09:00:00Z")), qint64(2 * 86400));
        QCOMPARE(calendar.addWorkingSeconds(utc("2026-11-28T09:00:00Z"), 3600), utc("2026-11-28T10:00:00Z"));
    }

    void unusableSpecs_data()
    {
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QTime>("opens");
        QTest::addColumn<QTime>("closes");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown zone") << QStringLiteral("Europe/Atlantis") << QTime(8, 0) << QTime(18, 0)
                                      << QStringLiteral("unknown time zone 'Europe/Atlantis'");
        QTest::addRow("closes before opening") << QStringLiteral("UTC") << QTime(18, 0) << QTime(8, 0)
                                               << QStringLiteral("closes at 08:00, not after it opens at 18:00");
    }

    void unusableSpecs()
    {
        QFETCH(QString, timeZone);
        QFETCH(QTime, opens);
        QFETCH(QTime, closes);
        QFETCH(QString, error);
        BusinessCalendarSpec spec = emeaOffice();
        spec.timeZone = timeZone;
        spec.opens = opens;
        spec.closes = closes;
        const auto calendar = BusinessCalendar::fromSpec(spec);
        QVERIFY(!calendar);
        QCOMPARE(calendar.message(), error);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
