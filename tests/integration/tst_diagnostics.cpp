// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The programs' diagnostics as a user turns them on (docs/diagnostics.md): the log file under
// $XDG_STATE_HOME/fulfillment-workbench/log, --verbose adding debug lines, QT_LOGGING_RULES winning
// over it. fw-stubs logs each request at debug; the workbench its options at debug.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QProcessEnvironment environmentWith(const QString& stateHome, const QString& rules)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_STATE_HOME"), stateHome);
    environment.insert(QStringLiteral("HOME"), stateHome); // the workbench's settings too
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (rules.isEmpty())
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    else
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
    return environment;
}
} // namespace

class TestDiagnostics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stubsLogRequestsWithVerbose_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("rules");
        QTest::addColumn<bool>("debug");
        QTest::addRow("default: no debug") << QStringList() << QString() << false;
        QTest::addRow("--verbose: debug") << QStringList { QStringLiteral("--verbose") } << QString() << true;
        QTest::addRow("QT_LOGGING_RULES turns it on") << QStringList() << QStringLiteral("fw.stubs.debug=true") << true;
        QTest::addRow("QT_LOGGING_RULES wins over --verbose")
            << QStringList { QStringLiteral("--verbose") } << QStringLiteral("fw.*.debug=false") << false;
    }
    void stubsLogRequestsWithVerbose()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, rules);
        QFETCH(bool, debug);
        QTemporaryDir state;
        QProcess stubs;
        stubs.setProcessEnvironment(environmentWith(state.path(), rules));
        stubs.start(QStringLiteral(FW_STUBS_PATH), arguments + QStringList { QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY(stubs.waitForStarted());
        QDeadlineTimer deadline(10000);
        while (!stubs.canReadLine() && !deadline.hasExpired())
            stubs.waitForReadyRead(100);
        const QRegularExpressionMatch listening
            = QRegularExpression(QStringLiteral("listening on (http://127.0.0.1:\\d+)")).match(QString::fromUtf8(stubs.readLine()));
        QVERIFY(listening.hasMatch());
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(listening.captured(1) + QStringLiteral("/inventory/reserve")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.post(request, QByteArrayLiteral("{\"secretBody\": \"never logged\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        delete reply;
        stubs.terminate();
        QVERIFY(stubs.waitForFinished(5000));

        const QString log = fileText(state.filePath(QStringLiteral("fulfillment-workbench/log/fw-stubs.log")));
        QVERIFY2(log.contains(QStringLiteral(" fw.stubs info: fw-stubs starting")), qPrintable(log));
        QCOMPARE(log.contains(QStringLiteral(" fw.stubs debug: stub: Post /inventory/reserve -> ")), debug);
        QVERIFY(!log.contains(QStringLiteral("never logged"))); // a request's body is not logged
        // stderr shows the same messages as before the log file existed
        QVERIFY(QString::fromUtf8(stubs.readAllStandardError()).contains(QStringLiteral("fw-stubs starting")));
    }

    void workbenchVerboseTurnsDebugOn_data()
    {
        QTest::addColumn<bool>("verbose");
        QTest::addRow("without --verbose") << false;
        QTest::addRow("with --verbose") << true;
    }
    void workbenchVerboseTurnsDebugOn()
    {
        QFETCH(bool, verbose);
        QTemporaryDir state;
        QProcess workbench;
        workbench.setProcessEnvironment(environmentWith(state.path(), QString()));
        QStringList arguments { QStringLiteral("--screenshot"), state.filePath(QStringLiteral("shot.png")) };
        if (verbose)
            arguments << QStringLiteral("--verbose");
        workbench.start(QStringLiteral(FW_WORKBENCH_PATH), arguments);
        QVERIFY(workbench.waitForFinished(60000));
        QCOMPARE(workbench.exitCode(), 0);
        const QString log = fileText(state.filePath(QStringLiteral("fulfillment-workbench/log/workbench.log")));
        QVERIFY2(log.contains(QStringLiteral(" fw.ui info: fulfillment-workbench ")), qPrintable(log));
        QCOMPARE(log.contains(QStringLiteral(" fw.ui debug: options: ")), verbose);
        QCOMPARE(log.contains(QStringLiteral(" debug: ")), verbose);
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
