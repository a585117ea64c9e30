// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command handler end to end (docs/handlers.md), as an operator runs it: fwctl reads the
// allow-list of $XDG_CONFIG_HOME/fulfillment-workbench/commands.json, runs the test script for the
// catalog's "erp-export" step, and the callout after it carries the field the script set to
// fw-stubs. A name the allow-list lacks shows in `fwctl fallout` with the reason.

#include "fwctlprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw::test;

class TestFwctlCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_stubs;
    QString m_base;
    QString m_db;

    FwctlRun cli(QStringList arguments) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return runFwctl(arguments);
    }

    void importJob(const QString& id, const QString& mode)
    {
        const QString path = m_dir.filePath(id + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"formatVersion": 1, "id": "%1", "account": {"id": "A"},
                                     "items": [{"id": "1", "product": "JOB", "attributes": {"mode": "%2"}}]})")
                       .arg(id, mode)
                       .toUtf8());
        file.close();
        const FwctlRun imported = cli({ QStringLiteral("import"), QStringLiteral("order"), path });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    QString scalar(const QString& sql) const
    {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The workstation's allow-list, where the workbench and fwctl look for it.
        const QString config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/fulfillment-workbench")));
        qputenv("XDG_CONFIG_HOME", config.toUtf8());
        const QString script = m_dir.filePath(QStringLiteral("test-command.sh"));
        QVERIFY(QFile::copy(QStringLiteral(FW_TEST_DATA_DIR "/commands/test-command.sh"), script));
        QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QFile list(config + QStringLiteral("/fulfillment-workbench/commands.json"));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QStringLiteral(R"({"commands": {"erp-export": {"program": "%1", "args": ["%2"], "timeout": "20s"}}})")
                       .arg(script, m_dir.path())
                       .toUtf8());
        list.close();
        QVERIFY(list.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        m_stubs.start(QStringLiteral(FW_STUBS_PATH), { QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY(m_stubs.waitForStarted());
        QVERIFY(m_stubs.waitForReadyRead(10000));
        const QString listening = QString::fromUtf8(m_stubs.readLine()).trimmed();
        const auto port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(listening).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(listening));
        m_base = QStringLiteral("http://127.0.0.1:") + port;
        m_db = m_dir.filePath(QStringLiteral("commands.db"));
        const FwctlRun imported = cli(
            { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral(FW_TEST_DATA_DIR "/plan/command-export/catalog.json") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void cleanupTestCase()
    {
        m_stubs.kill();
        m_stubs.waitForFinished();
    }

    void theCommandsFieldTravelsOnToFwStubs()
    {
        importJob(QStringLiteral("CMD-1"), QStringLiteral("ok"));
        const FwctlRun run = cli({ QStringLiteral("--endpoint"), QStringLiteral("erp=") + m_base + QStringLiteral("/erp"),
                                   QStringLiteral("run"), QStringLiteral("--until-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const FwctlRun status = cli({ QStringLiteral("status"), QStringLiteral("CMD-1") });
        QVERIFY2(status.out.startsWith(QStringLiteral("Order CMD-1: completed")), qPrintable(status.out));
        const auto reply = nlohmann::json::parse(
            scalar(QStringLiteral("SELECT response FROM attempts WHERE order_id = 'CMD-1' AND step_id LIKE '%/confirm'")).toStdString(),
            nullptr, false);
        QVERIFY(reply.is_object());
        QCOMPARE(QString::fromStdString(reply["received"].dump()), QStringLiteral(R"({"erpRef":"ERP-CMD-1","order":"CMD-1"})"));
        QCOMPARE(scalar(QStringLiteral("SELECT outcome FROM attempts WHERE order_id = 'CMD-1' AND step_id LIKE '%/export'")),
                 QStringLiteral("success"));
    }

    void aCommandOutsideTheAllowListIsFalloutWithTheReason()
    {
        importJob(QStringLiteral("CMD-2"), QStringLiteral("denied"));
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        const auto cases
            = nlohmann::json::parse(cli({ QStringLiteral("fallout"), QStringLiteral("--json") }).out.toStdString(), nullptr, false);
        QVERIFY(cases.is_array() && cases.size() == 1);
        QCOMPARE(
            QString::fromStdString(cases[0]["error"].get<std::string>()),
            QStringLiteral("command 'rm-rf' is not in the allow-list %1/config/fulfillment-workbench/commands.json of this workstation")
                .arg(m_dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestFwctlCommands)
#include "tst_fwctlcommands.moc"
