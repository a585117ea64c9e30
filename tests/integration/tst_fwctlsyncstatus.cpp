// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl sync status (docs/sync.md, "Status"): it reports what the running follower recorded at its
// last round, not a probe of its own: "no follower running" when none runs, the follower's back-off
// while its server is unreachable, online with a lag of seconds while it syncs.

#include "throwawaypostgres.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fw;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestFwctlSyncStatus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString store(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".db")); }

    Run fwctl(const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(FWCTL_PATH), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    QJsonObject statusJson(const QString& name) const
    {
        const Run run
            = fwctl({ QStringLiteral("--db"), store(name), QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json") });
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
    }

    // Polls `sync status --json` until the running follower reports `state`; the last answer.
    QJsonObject awaitState(const QString& name, const QString& state) const
    {
        QJsonObject status;
        for (QDeadlineTimer deadline(15000); !deadline.hasExpired(); QThread::msleep(200)) {
            status = statusJson(name);
            if (status.value(QStringLiteral("follower")).toString() == QStringLiteral("running")
                && status.value(QStringLiteral("state")).toString() == state)
                break;
        }
        return status;
    }

    void startFollower(QProcess& follower, const QString& name, const QString& conninfo)
    {
        follower.setWorkingDirectory(m_dir.path());
        follower.setProcessChannelMode(QProcess::MergedChannels);
        follower.start(QStringLiteral(FWCTL_PATH),
                       { QStringLiteral("--db"), store(name), QStringLiteral("--remote"), conninfo, QStringLiteral("--workstation"),
                         QStringLiteral("ws-") + name, QStringLiteral("--capacity"), QStringLiteral("0"), QStringLiteral("sync"),
                         QStringLiteral("--follow"), QStringLiteral("--for"), QStringLiteral("60s") });
        QVERIFY(follower.waitForStarted());
        // Its first line says it runs: its store exists (two processes creating one store at once race).
        QVERIFY2(follower.waitForReadyRead(15000), qPrintable(QString::fromUtf8(follower.readAll())));
    }

    static void stop(QProcess& follower)
    {
        follower.terminate();
        if (!follower.waitForFinished(15000))
            follower.kill();
        follower.waitForFinished();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void withoutAFollowerItSaysSo()
    {
        const Run text
            = fwctl({ QStringLiteral("--db"), store(QStringLiteral("quiet")), QStringLiteral("sync"), QStringLiteral("status") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("follower:     no follower running")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("queued:       0 events, 0 commands, 0 assets")), qPrintable(text.out));
        const QJsonObject json = statusJson(QStringLiteral("quiet"));
        QCOMPARE(json.value(QStringLiteral("follower")).toString(), QStringLiteral("none"));
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
        const Run mixed = fwctl({ QStringLiteral("--db"), store(QStringLiteral("quiet")), QStringLiteral("sync"), QStringLiteral("--once"),
                                  QStringLiteral("--json") });
        QCOMPARE(mixed.exitCode, 2);
    }

    void aFollowerInBackOffIsNotOnline()
    {
        QProcess follower;
        startFollower(follower, QStringLiteral("cut"), QStringLiteral("host=127.0.0.1 port=1 dbname=fw user=x connect_timeout=1"));
        if (QTest::currentTestFailed())
            return;
        const QJsonObject status = awaitState(QStringLiteral("cut"), QStringLiteral("back-off"));
        QVERIFY2(status.value(QStringLiteral("state")).toString() == QStringLiteral("back-off"),
                 qPrintable(QString::fromUtf8(QJsonDocument(status).toJson()) + QString::fromUtf8(follower.readAll())));
        QCOMPARE(status.value(QStringLiteral("follower")).toString(), QStringLiteral("running"));
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("back-off"));
        QVERIFY2(status.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("cannot connect")),
                 qPrintable(status.value(QStringLiteral("lastError")).toString()));
        QVERIFY(!status.value(QStringLiteral("retryAt")).toString().isEmpty());
        QVERIFY(status.value(QStringLiteral("ageSeconds")).toDouble() < 10);
        QCOMPARE(status.value(QStringLiteral("pid")).toDouble(), double(follower.processId()));
        const Run text = fwctl({ QStringLiteral("--db"), store(QStringLiteral("cut")), QStringLiteral("sync"), QStringLiteral("status") });
        QVERIFY2(text.out.contains(QStringLiteral("follower:     running (pid %1)").arg(follower.processId())), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("remote store: offline since ")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("back-off until ")), qPrintable(text.out));
        stop(follower);
        const Run after = fwctl({ QStringLiteral("--db"), store(QStringLiteral("cut")), QStringLiteral("sync"), QStringLiteral("status") });
        QVERIFY2(after.out.contains(QStringLiteral("follower:     no follower running; the last one recorded at ")), qPrintable(after.out));
        QCOMPARE(statusJson(QStringLiteral("cut")).value(QStringLiteral("follower")).toString(), QStringLiteral("none"));
    }

    void aFollowerOnlineReportsItsLag()
    {
        ThrowawayPostgres server;
        FW_START_POSTGRES_OR_SKIP(server);
        QProcess follower;
        startFollower(follower, QStringLiteral("up"), server.conninfo());
        if (QTest::currentTestFailed())
            return;
        const QJsonObject status = awaitState(QStringLiteral("up"), QStringLiteral("online"));
        stop(follower);
        QVERIFY2(status.value(QStringLiteral("state")).toString() == QStringLiteral("online"),
                 qPrintable(QString::fromUtf8(QJsonDocument(status).toJson()) + QString::fromUtf8(follower.readAll())));
        QCOMPARE(status.value(QStringLiteral("workstation")).toString(), QStringLiteral("ws-up"));
        QVERIFY(!status.value(QStringLiteral("lastSync")).toString().isEmpty());
        QVERIFY(status.value(QStringLiteral("lagSeconds")).toDouble() < 10);
        QCOMPARE(status.value(QStringLiteral("lastError")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestFwctlSyncStatus)
#include "tst_fwctlsyncstatus.moc"
