// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl and callouts, as scripts use them against fw-stubs. --endpoint ID=URL reaches every
// command that runs the engine, not only `run`: a signal, a completed task, a fallout retry, a
// resume and a submitted change each send their callouts to the overridden endpoint, never to the
// catalog's base URL (where nothing listens). After an answer lost on the way back, `fallout
// retry` sends the same request with the same key and refuses an edited one without --new-request.

#include "fwctlprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw::test;

class TestFwctlCallouts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_stubs;
    QString m_base; // fw-stubs' address
    QString m_db;

    FwctlRun cli(QStringList arguments) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return runFwctl(arguments, QStringLiteral(FW_TEST_DATA_DIR "/callouts"));
    }
    QStringList endpoints() const
    {
        return { QStringLiteral("--endpoint"), QStringLiteral("inventory=") + m_base + QStringLiteral("/inventory"),
                 QStringLiteral("--endpoint"), QStringLiteral("carrier=") + m_base + QStringLiteral("/carrier") };
    }
    // fw-stubs' control API: POST /_control/config with a body, or GET /_control/stats.
    QJsonObject control(const QString& path, const QByteArray& body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/_control/") + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = body.isEmpty() ? network.get(request) : network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    nlohmann::json json(const QStringList& arguments) const
    {
        return nlohmann::json::parse(cli(arguments).out.toStdString(), nullptr, false);
    }
    QString stepState(const QString& order, const QString& stepSuffix) const
    {
        for (const auto& step : json({ QStringLiteral("status"), order, QStringLiteral("--json") })) {
            if (QString::fromStdString(step["id"].get<std::string>()).endsWith(stepSuffix))
                return QString::fromStdString(step["state"].get<std::string>());
        }
        return {};
    }
    void importOrder(const QString& id, const QString& product)
    {
        const QString path = m_dir.filePath(id + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\","
                                  "\"product\":\"%2\",\"quantity\":1}]}")
                       .arg(id, product)
                       .toUtf8());
        file.close();
        const FwctlRun imported = cli({ QStringLiteral("import"), QStringLiteral("order"), path });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_stubs.start(QStringLiteral(FW_STUBS_PATH), { QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY(m_stubs.waitForStarted());
        QVERIFY(m_stubs.waitForReadyRead(10000));
        const QString listening = QString::fromUtf8(m_stubs.readLine()).trimmed();
        const auto port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(listening).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(listening));
        m_base = QStringLiteral("http://127.0.0.1:") + port;
        m_db = m_dir.filePath(QStringLiteral("endpoints.db"));
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("endpoint-catalog.json") }).exitCode, 0);
    }

    void cleanupTestCase()
    {
        m_stubs.kill();
        m_stubs.waitForFinished();
    }

    void signal()
    {
        importOrder(QStringLiteral("SIG-1"), QStringLiteral("SIGNALLED"));
        const FwctlRun run = cli(QStringList { QStringLiteral("signal"), QStringLiteral("SIG-1"), QStringLiteral("go") } + endpoints());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(cli({ QStringLiteral("status"), QStringLiteral("SIG-1") }).out.startsWith(QStringLiteral("Order SIG-1: completed")),
                 qPrintable(cli({ QStringLiteral("status"), QStringLiteral("SIG-1") }).out));
    }

    // The global option, before the command.
    void taskComplete()
    {
        importOrder(QStringLiteral("TASK-1"), QStringLiteral("TASKED"));
        const auto tasks = json({ QStringLiteral("tasks"), QStringLiteral("--json") });
        QCOMPARE(tasks.size(), std::size_t(1));
        const QString id = QString::number(tasks[0]["id"].get<int>());
        QCOMPARE(cli({ QStringLiteral("task"), QStringLiteral("claim"), id }).exitCode, 0);
        const FwctlRun run = cli(endpoints() + QStringList { QStringLiteral("task"), QStringLiteral("complete"), id });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(stepState(QStringLiteral("TASK-1"), QStringLiteral("/reserve")), QStringLiteral("completed"));
    }

    void falloutRetryThenResume()
    {
        importOrder(QStringLiteral("SIG-2"), QStringLiteral("SIGNALLED"));
        QCOMPARE(cli({ QStringLiteral("signal"), QStringLiteral("SIG-2"), QStringLiteral("go") }).exitCode,
                 0); // to the catalog's URL
        const auto cases = json({ QStringLiteral("fallout"), QStringLiteral("--json") });
        QCOMPARE(cases.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(cases[0]["error"].get<std::string>()).contains(QStringLiteral("connection refused")));
        const QString caseId = QString::number(cases[0]["id"].get<int>());
        const FwctlRun retry
            = cli(QStringList { QStringLiteral("fallout"), QStringLiteral("retry"), caseId, QStringLiteral("--keep-hold") } + endpoints());
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QCOMPARE(stepState(QStringLiteral("SIG-2"), QStringLiteral("/reserve")), QStringLiteral("completed"));
        QCOMPARE(stepState(QStringLiteral("SIG-2"), QStringLiteral("/ship")),
                 QStringLiteral("ready")); // held: it does not start until resumed
        const FwctlRun resume = cli(QStringList { QStringLiteral("resume"), QStringLiteral("SIG-2") } + endpoints());
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
        QCOMPARE(stepState(QStringLiteral("SIG-2"), QStringLiteral("/ship")), QStringLiteral("completed"));
    }

    // A change order that adds an item: its new callout goes to the overridden endpoint too.
    void changeSubmit()
    {
        importOrder(QStringLiteral("SIG-3"), QStringLiteral("SIGNALLED")); // waits for its signal: the order runs on
        const QString path = m_dir.filePath(QStringLiteral("add-direct.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"formatVersion": 1, "id": "CHG-1", "order": "SIG-3", "requestedBy": "test", "reason": "one more",
                       "actions": [{"action": "add", "item": {"id": "2", "product": "DIRECT", "quantity": 1}}]})");
        file.close();
        const FwctlRun submit = cli(QStringList { QStringLiteral("change"), QStringLiteral("submit"), path } + endpoints());
        QVERIFY2(submit.exitCode == 0, qPrintable(submit.err + submit.out));
        QCOMPARE(stepState(QStringLiteral("SIG-3"), QStringLiteral("F_DIRECT/reserve")), QStringLiteral("completed"));
    }

    // The answer was lost after fw-stubs carried the request out: `fallout retry` sends the same
    // request with the same key (fw-stubs replays its answer), and refuses an edited payload
    // without --new-request.
    void retryAfterALostAnswer()
    {
        importOrder(QStringLiteral("LOST-1"), QStringLiteral("SIGNALLED"));
        control(QStringLiteral("config"), R"({"system": "inventory", "dropRate": 1})");
        QCOMPARE(cli(QStringList { QStringLiteral("signal"), QStringLiteral("LOST-1"), QStringLiteral("go") } + endpoints()).exitCode, 0);
        control(QStringLiteral("config"), R"({"system": "inventory", "dropRate": 0})");
        QCOMPARE(stepState(QStringLiteral("LOST-1"), QStringLiteral("/reserve")), QStringLiteral("fallout"));
        QString caseId;
        for (const auto& c : json({ QStringLiteral("fallout"), QStringLiteral("--json") })) {
            if (c["order"] == "LOST-1")
                caseId = QString::number(c["id"].get<int>());
        }
        QVERIFY(!caseId.isEmpty());
        const int replays
            = control(QStringLiteral("stats")).value(QStringLiteral("inventory")).toObject().value(QStringLiteral("replays")).toInt();
        const FwctlRun edited = cli(QStringList { QStringLiteral("fallout"), QStringLiteral("retry"), caseId, QStringLiteral("--payload"),
                                                  QStringLiteral("{\"order\": \"LOST-1\", \"rush\": true}") }
                                    + endpoints());
        QCOMPARE(edited.exitCode, 2);
        QVERIFY2(edited.err.contains(QStringLiteral("got no answer")) && edited.err.contains(QStringLiteral("--new-request")),
                 qPrintable(edited.err));
        const FwctlRun retry = cli(QStringList { QStringLiteral("fallout"), QStringLiteral("retry"), caseId } + endpoints());
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QCOMPARE(stepState(QStringLiteral("LOST-1"), QStringLiteral("/reserve")), QStringLiteral("completed"));
        QCOMPARE(control(QStringLiteral("stats")).value(QStringLiteral("inventory")).toObject().value(QStringLiteral("replays")).toInt(),
                 replays + 1); // the same key again: answered from the first time, not carried out twice
    }

    void malformedEndpointIsRefused()
    {
        const FwctlRun run = cli({ QStringLiteral("signal"), QStringLiteral("SIG-1"), QStringLiteral("go"), QStringLiteral("--endpoint"),
                                   QStringLiteral("inventory") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), QStringLiteral("fwctl signal: --endpoint expects ID=URL, got 'inventory'"));
    }
};

QTEST_GUILESS_MAIN(TestFwctlCallouts)
#include "tst_fwctlcallouts.moc"
