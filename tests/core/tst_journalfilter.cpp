// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JournalFilter: what the workbench's timeline and `fwctl timeline --failures --lane --actor
// --since` let through, and how --since reads a time.

#include "store/journalfilter.h"

#include <QTest>
#include <QTimeZone>

using fw::JournalEvent;
using fw::JournalFilter;

namespace {
QDateTime utc(const char* text)
{
    QDateTime at = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

JournalEvent journalEntry(const char* kind, const char* step, const char* actor, const char* after, const char* at)
{
    JournalEvent e;
    e.kind = QLatin1String(kind);
    e.stepId = QLatin1String(step);
    e.actor = QLatin1String(actor);
    e.afterState = QLatin1String(after);
    e.at = utc(at);
    return e;
}
} // namespace

class TestJournalFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<bool>("failures");
        QTest::addColumn<QString>("lane");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("expected"); // the kinds let through, in journal order

        QTest::addRow("no filter") << false << QString() << QString() << QString()
                                   << QStringLiteral("order.imported,step.state,step.state,order.held,task.claimed");
        QTest::addRow("failures") << true << QString() << QString() << QString() << QStringLiteral("step.state,order.held");
        QTest::addRow("lane by id") << false << QStringLiteral("network") << QString() << QString()
                                    << QStringLiteral("step.state,step.state");
        QTest::addRow("lane by name, any case")
            << false << QStringLiteral("field work") << QString() << QString() << QStringLiteral("task.claimed");
        QTest::addRow("failures in a lane") << true << QStringLiteral("network") << QString() << QString() << QStringLiteral("step.state");
        QTest::addRow("actor") << false << QString() << QStringLiteral("anna") << QString()
                               << QStringLiteral("order.imported,task.claimed");
        QTest::addRow("actor is exact") << false << QString() << QStringLiteral("ann") << QString() << QString();
        QTest::addRow("since: the instant itself is in")
            << false << QString() << QString() << QStringLiteral("2026-03-01T10:00:00Z") << QStringLiteral("order.held,task.claimed");
        QTest::addRow("everything at once") << true << QStringLiteral("network") << QStringLiteral("engine")
                                            << QStringLiteral("2026-03-01T09:00:00Z") << QStringLiteral("step.state");
    }

    void matches()
    {
        QFETCH(bool, failures);
        QFETCH(QString, lane);
        QFETCH(QString, actor);
        QFETCH(QString, since);
        QFETCH(QString, expected);
        const std::vector<JournalEvent> journal {
            journalEntry("order.imported", "", "anna", "", "2026-03-01T08:00:00"),
            journalEntry("step.state", "check-line", "engine", "fallout", "2026-03-01T09:00:00"),
            journalEntry("step.state", "check-line", "engine", "completed", "2026-03-01T09:30:00"),
            journalEntry("order.held", "", "engine", "", "2026-03-01T10:00:00"),
            journalEntry("task.claimed", "visit-site", "anna", "claimed", "2026-03-01T11:00:00"),
        };
        const QHash<QString, QString> laneOf { { QStringLiteral("check-line"), QStringLiteral("network") },
                                               { QStringLiteral("visit-site"), QStringLiteral("field") } };
        const QHash<QString, QString> laneName { { QStringLiteral("network"), QStringLiteral("Network") },
                                                 { QStringLiteral("field"), QStringLiteral("Field Work") } };
        JournalFilter filter { failures, lane, actor, since.isEmpty() ? QDateTime() : utc(qPrintable(since)) };
        QStringList kinds;
        for (const JournalEvent& e : journal) {
            const QString laneId = laneOf.value(e.stepId);
            if (filter.matches(e, laneId, laneName.value(laneId)))
                kinds << e.kind;
        }
        QCOMPARE(kinds.join(QLatin1Char(',')), expected);
    }

    void failuresAreWhatTheTimelineColours_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("failure");
        QTest::addRow("into fallout") << QStringLiteral("step.state") << QStringLiteral("fallout") << true;
        QTest::addRow("retrying") << QStringLiteral("step.state") << QStringLiteral("retrying") << true;
        QTest::addRow("held") << QStringLiteral("order.held") << QString() << true;
        QTest::addRow("jeopardy") << QStringLiteral("jeopardy.raised") << QString() << true;
        QTest::addRow("change refused") << QStringLiteral("change.refused") << QString() << true;
        QTest::addRow("completed") << QStringLiteral("step.state") << QStringLiteral("completed") << false;
        QTest::addRow("change applied") << QStringLiteral("change.applied") << QString() << false;
    }

    void failuresAreWhatTheTimelineColours()
    {
        QFETCH(QString, kind);
        QFETCH(QString, after);
        QFETCH(bool, failure);
        JournalEvent e;
        e.kind = kind;
        e.afterState = after;
        QCOMPARE(JournalFilter::isFailure(e), failure);
    }

    void parseSince_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // ISO UTC, or "error"
        QTest::addRow("hours ago") << QStringLiteral("2h") << QStringLiteral("2026-03-10T10:00:00Z");
        QTest::addRow("days ago") << QStringLiteral("3d") << QStringLiteral("2026-03-07T12:00:00Z");
        QTest::addRow("combined") << QStringLiteral("1d4h30m") << QStringLiteral("2026-03-09T07:30:00Z");
        QTest::addRow("ISO duration") << QStringLiteral("PT15M") << QStringLiteral("2026-03-10T11:45:00Z");
        QTest::addRow("a date: its start, UTC") << QStringLiteral("2026-03-01") << QStringLiteral("2026-03-01T00:00:00Z");
        QTest::addRow("a UTC time") << QStringLiteral("2026-03-01T08:15:00Z") << QStringLiteral("2026-03-01T08:15:00Z");
        QTest::addRow("no offset: UTC") << QStringLiteral("2026-03-01T08:15:00") << QStringLiteral("2026-03-01T08:15:00Z");
        QTest::addRow("an offset") << QStringLiteral("2026-03-01T09:15:00+01:00") << QStringLiteral("2026-03-01T08:15:00Z");
        QTest::addRow("words") << QStringLiteral("yesterday") << QStringLiteral("error");
        QTest::addRow("a number without unit") << QStringLiteral("12") << QStringLiteral("error");
        QTest::addRow("no such date") << QStringLiteral("2026-02-30") << QStringLiteral("error");
        QTest::addRow("empty") << QString() << QStringLiteral("error");
    }

    void parseSince()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto since = JournalFilter::parseSince(text, utc("2026-03-10T12:00:00"));
        if (expected == QLatin1String("error")) {
            QVERIFY(!since);
            QVERIFY2(since.message().contains(QStringLiteral("2h")), qPrintable(since.message())); // it says what to write
            return;
        }
        QVERIFY2(since, qPrintable(since.message()));
        QCOMPARE(since->toUTC().toString(Qt::ISODate), expected);
    }
};

QTEST_GUILESS_MAIN(TestJournalFilter)
#include "tst_journalfilter.moc"
