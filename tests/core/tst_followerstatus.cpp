// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FollowerStatus: the record a sync follower leaves in sync_state for `fwctl sync status`
// (docs/sync.md, "Status"): it reads back what was written, and anything else is no record.

#include "sync/followerstatus.h"

#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(FollowerRecord)

class TestFollowerStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatWasWritten_data()
    {
        QTest::addColumn<FollowerRecord>("record");
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-07T05:40:00.123Z"), Qt::ISODateWithMs);
        FollowerRecord online;
        online.state = QStringLiteral("online");
        online.recordedAt = at;
        online.lastSync = at.addSecs(-1);
        online.backlog = 1234;
        online.queuedEvents = 5000000000; // past 32 bits
        online.queuedCommands = 2;
        online.pid = 4242;
        QTest::newRow("online") << online;
        FollowerRecord backOff;
        backOff.state = QStringLiteral("back-off");
        backOff.recordedAt = at;
        backOff.offlineSince = at.addSecs(-90);
        backOff.retryAt = at.addSecs(8);
        backOff.lastError = QStringLiteral("remote store: cannot connect (host=db password=****): \"quoted\"\nsecond line");
        QTest::newRow("back-off, never synced") << backOff;
    }

    void readsBackWhatWasWritten()
    {
        QFETCH(FollowerRecord, record);
        const auto back = FollowerStatus::fromJson(FollowerStatus::toJson(record));
        QVERIFY(back);
        QCOMPARE(back->state, record.state);
        QCOMPARE(back->recordedAt, record.recordedAt);
        QCOMPARE(back->lastSync, record.lastSync);
        QCOMPARE(back->lastSync.isValid(), record.lastSync.isValid());
        QCOMPARE(back->offlineSince, record.offlineSince);
        QCOMPARE(back->retryAt, record.retryAt);
        QCOMPARE(back->lastError, record.lastError);
        QCOMPARE(back->backlog, record.backlog);
        QCOMPARE(back->queuedEvents, record.queuedEvents);
        QCOMPARE(back->queuedCommands, record.queuedCommands);
        QCOMPARE(back->pid, record.pid);
    }

    void anythingElseIsNoRecord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("not JSON") << QStringLiteral("online");
        QTest::newRow("an array") << QStringLiteral("[\"online\"]");
        QTest::newRow("no state") << QStringLiteral("{\"recordedAt\":\"2026-12-07T05:40:00.000Z\"}");
        QTest::newRow("state not text") << QStringLiteral("{\"state\":1}");
    }

    void anythingElseIsNoRecord()
    {
        QFETCH(QString, text);
        QVERIFY(!FollowerStatus::fromJson(text));
    }
};

QTEST_GUILESS_MAIN(TestFollowerStatus)
#include "tst_followerstatus.moc"
