// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sync in words and tables, headless: the status bar's text for online, catching up and offline
// (with what is queued), the tone turning red once offline past the lease time, the catch-up
// progress measured from when catching up began, conflict kinds in words, and the conflict and
// "Runs on" columns of the models, each under QAbstractItemModelTester.

#include "engine/enginesnapshot.h"
#include "fallout/falloutcasemodel.h"
#include "sync/syncconflictmodel.h"
#include "sync/syncpresentation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

namespace {
const QDateTime tenFortyTwo = QDateTime(QDate(2026, 11, 25), QTime(10, 42, 5)); // local time

SyncConflict conflict(qint64 id, const QString& orderId, const QString& kind, const QString& detail)
{
    return { id, tenFortyTwo.addSecs(id), orderId, kind, detail, {} };
}
} // namespace

class TestSyncModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void statusText_data()
    {
        QTest::addColumn<SyncStatus>("status");
        QTest::addColumn<QString>("text");
        SyncStatus online;
        online.online = true;
        online.lastSync = tenFortyTwo;
        QTest::addRow("online") << online << QStringLiteral("Online \u00b7 synced 10:42:05");
        SyncStatus unencrypted = online;
        unencrypted.link = QStringLiteral("unencrypted");
        QTest::addRow("online, unencrypted") << unencrypted << QStringLiteral("Online \u00b7 synced 10:42:05 \u00b7 unencrypted");
        SyncStatus local = online;
        local.link = QStringLiteral("unencrypted, on this machine");
        QTest::addRow("online over loopback") << local << QStringLiteral("Online \u00b7 synced 10:42:05");
        SyncStatus catchingUp = online;
        catchingUp.catchingUp = true;
        catchingUp.backlog = 1234;
        QTest::addRow("catching up") << catchingUp << QStringLiteral("Syncing \u00b7 1,234 to pull");
        SyncStatus offline;
        offline.offlineSince = QDateTime(QDate(2026, 11, 25), QTime(10, 40));
        offline.queuedEvents = 312;
        offline.queuedCommands = 2;
        QTest::addRow("offline, work queued") << offline
                                              << QStringLiteral(
                                                     "Offline since 10:40 \u00b7 312 event(s) queued \u00b7 2 command(s) queued");
        SyncStatus assetsQueued = offline;
        assetsQueued.queuedAssets = 3;
        QTest::addRow("offline, asset changes queued")
            << assetsQueued
            << QStringLiteral("Offline since 10:40 \u00b7 312 event(s) queued \u00b7 2 command(s) queued \u00b7 3 asset change(s) queued");
        SyncStatus connecting;
        QTest::addRow("not connected yet") << connecting << QStringLiteral("Connecting to the remote store\u2026");
        SyncStatus refused = offline;
        refused.refused = true;
        QTest::addRow("refused") << refused << QStringLiteral("Refused by the remote store \u00b7 312 event(s) queued");
    }

    void statusText()
    {
        QFETCH(SyncStatus, status);
        QFETCH(QString, text);
        QCOMPARE(SyncPresentation::statusText(status), text);
    }

    void offlinePastTheLeaseTimeTurnsRed()
    {
        SyncStatus status;
        status.offlineSince = QDateTime::currentDateTimeUtc().addSecs(-30);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(SyncPresentation::toneOf(status, now, 60) == SyncPresentation::Tone::Offline);
        QVERIFY(SyncPresentation::toneOf(status, now, 20) == SyncPresentation::Tone::OfflinePastLease);
        QVERIFY(SyncPresentation::colorOf(SyncPresentation::Tone::Offline)
                != SyncPresentation::colorOf(SyncPresentation::Tone::OfflinePastLease));
        status.online = true;
        QVERIFY(SyncPresentation::toneOf(status, now, 20) == SyncPresentation::Tone::Online);
        status.lastError = QStringLiteral("remote store: connection refused");
        status.workstation = QStringLiteral("ws-a");
        const QString tip = SyncPresentation::toolTip(status, SyncPresentation::Tone::OfflinePastLease);
        QVERIFY(tip.contains(QStringLiteral("Workstation: ws-a")));
        QVERIFY(tip.contains(QStringLiteral("connection refused")));
        QVERIFY(tip.contains(QStringLiteral("take over")));
        SyncStatus refused;
        refused.refused = true;
        refused.lastError = QStringLiteral("workstation ws-a is registered to database role login_a");
        QVERIFY(SyncPresentation::toneOf(refused, now, 60) == SyncPresentation::Tone::Refused);
        QVERIFY(SyncPresentation::toolTip(refused, SyncPresentation::Tone::Refused)
                    .contains(QStringLiteral("registered to database role login_a")));
        status.link = QStringLiteral("TLSv1.3");
        QVERIFY(
            SyncPresentation::toolTip(status, SyncPresentation::Tone::Online).contains(QStringLiteral("The link is encrypted (TLSv1.3).")));
        status.link = QStringLiteral("unencrypted");
        QVERIFY(SyncPresentation::toolTip(status, SyncPresentation::Tone::Online).contains(QStringLiteral("anyone on the network")));
    }

    void catchUpProgressCountsFromWhenItBegan()
    {
        CatchUpProgress progress;
        SyncStatus status;
        status.online = true;
        status.pulledEvents = 500; // pulled before catching up began: not part of the bar
        progress.update(status);
        QVERIFY(!progress.isActive());
        status.catchingUp = true;
        status.backlog = 3000;
        progress.update(status);
        QVERIFY(progress.isActive());
        QCOMPARE(progress.percent(), 0);
        status.pulledEvents = 2500;
        status.backlog = 1000;
        progress.update(status);
        QCOMPARE(progress.done(), 2000);
        QCOMPARE(progress.total(), 3000);
        QCOMPARE(progress.percent(), 66);
        status.catchingUp = false;
        progress.update(status);
        QVERIFY(!progress.isActive());
    }

    void conflictsInWordsAndInPlace()
    {
        SyncConflictModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SyncStatus status;
        status.conflicts = { conflict(1, QStringLiteral("SO-1"), QStringLiteral("lease-lost"), QStringLiteral("taken over by ws-b")),
                             conflict(2, QStringLiteral("SO-2"), QStringLiteral("command-failed"),
                                      QStringLiteral("task.claim by alice was not applied by ws-b: task 7 is claimed by bob")) };
        model.setStatus(status);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SyncConflictModel::KindColumn).data().toString(), QStringLiteral("Order taken over"));
        QCOMPARE(model.index(1, SyncConflictModel::KindColumn).data().toString(), QStringLiteral("Action not applied"));
        QCOMPARE(model.index(1, SyncConflictModel::OrderColumn).data(SyncConflictModel::OrderIdRole).toString(), QStringLiteral("SO-2"));
        QVERIFY(model.index(1, SyncConflictModel::DetailColumn).data().toString().contains(QStringLiteral("claimed by bob")));
        const QPersistentModelIndex second = model.index(1, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        status.conflicts.erase(status.conflicts.begin()); // the first acknowledged
        model.setStatus(status);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(second.row(), 0);
        QCOMPARE(second.data(SyncConflictModel::ConflictIdRole).toLongLong(), 2);
        QCOMPARE(SyncPresentation::conflictKindText(QStringLiteral("claim-lost")), QStringLiteral("Claim lost"));
        QCOMPARE(SyncPresentation::conflictKindText(QStringLiteral("asset-conflict")), QStringLiteral("Asset change not accepted"));
    }

    void runsOnColumns() // the task inbox's column: tst_tasklistmodel
    {
        FalloutCaseModel fallout;
        QAbstractItemModelTester falloutTester(&fallout, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EngineSnapshot snapshot;
        FalloutSummary c;
        c.id = 9;
        c.runsOn = QStringLiteral("ws-b");
        snapshot.fallout = { c };
        fallout.setSnapshot(snapshot);
        QCOMPARE(fallout.headerData(FalloutCaseModel::RunsOnColumn, Qt::Horizontal).toString(), QStringLiteral("Runs on"));
        QCOMPARE(fallout.index(0, FalloutCaseModel::RunsOnColumn).data().toString(), QStringLiteral("ws-b"));
    }
};

QTEST_GUILESS_MAIN(TestSyncModels)
#include "tst_syncmodels.moc"
