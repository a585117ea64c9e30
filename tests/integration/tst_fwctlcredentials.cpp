// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Named credentials end to end (docs/credentials.md): fw-stubs requires a bearer token on billing
// and basic auth on the ERP. With the secret set (environment or the 0600 credentials file) the
// order completes; without it the step falls out naming the credential, and after setting it a
// fallout retry completes; a wrong secret is refused with 401 and the case names the credential.
// A credentials file others may read is refused, naming it. `fwctl credentials` tells which are
// set, never the secret. And no secret appears anywhere: not in any table of the store (the
// journal, attempts, fallout cases), nor in fwctl's output with debug logging, the evidence
// bundle or fw-stubs' log file.

#include "fwctlprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw::test;

namespace {
const QString token = QStringLiteral("tok-3f9a1c77e2b54d0b");
const QString erpUser = QStringLiteral("svc-fulfil");
const QString erpPassword = QStringLiteral("pw-8c1e44aa90");
} // namespace

class TestFwctlCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_stubs;
    QString m_base;
    QString m_db;
    QString m_credentialsFile;
    QString m_output; // everything fwctl printed

    FwctlRun cli(QStringList arguments)
    {
        arguments = QStringList { QStringLiteral("--db"),       m_db,
                                  QStringLiteral("--endpoint"), QStringLiteral("billing=") + m_base + QStringLiteral("/billing"),
                                  QStringLiteral("--endpoint"), QStringLiteral("erp=") + m_base + QStringLiteral("/erp") }
            + arguments;
        const FwctlRun run = runFwctl(arguments, QStringLiteral(FW_TEST_DATA_DIR "/credentials"));
        m_output += run.out + run.err;
        return run;
    }
    nlohmann::json json(const QStringList& arguments) { return nlohmann::json::parse(cli(arguments).out.toStdString(), nullptr, false); }
    QString orderState(const QString& order) { return cli({ QStringLiteral("status"), order }).out.section(QLatin1Char('\n'), 0, 0); }
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
    }
    QString openCase(const QString& order, QString* error = nullptr)
    {
        for (const auto& c : json({ QStringLiteral("fallout"), QStringLiteral("--json") })) {
            if (c["order"] == order.toStdString()) {
                if (error)
                    *error = QString::fromStdString(c["error"].get<std::string>());
                return QString::number(c["id"].get<int>());
            }
        }
        return {};
    }
    void writeCredentialsFile(const QByteArray& content, QFileDevice::Permissions permissions)
    {
        QFile file(m_credentialsFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        file.write(content);
        file.close();
        QVERIFY(file.setPermissions(permissions));
    }
    static void setEnvironment(const char* name, const QString& value)
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // fwctl and fw-stubs inherit these: their configuration, state and log files in the test's directory.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("state")).toUtf8());
        qputenv("QT_LOGGING_RULES", "fw.*.debug=true");
        qunsetenv("FW_CREDENTIALS_FILE");
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/fulfillment-workbench"))));
        m_credentialsFile = m_dir.filePath(QStringLiteral("config/fulfillment-workbench/credentials.json"));
        m_stubs.start(QStringLiteral(FW_STUBS_PATH),
                      { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--verbose"), QStringLiteral("--require-bearer"),
                        QStringLiteral("billing=") + token, QStringLiteral("--require-basic"),
                        QStringLiteral("erp=%1:%2").arg(erpUser, erpPassword) });
        QVERIFY(m_stubs.waitForStarted());
        QVERIFY(m_stubs.waitForReadyRead(10000));
        const QString listening = QString::fromUtf8(m_stubs.readLine()).trimmed();
        const auto port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(listening).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(listening));
        m_base = QStringLiteral("http://127.0.0.1:") + port;
        m_db = m_dir.filePath(QStringLiteral("credentials.db"));
        const FwctlRun imported = cli({ QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("catalog.json") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void cleanupTestCase()
    {
        m_stubs.kill();
        m_stubs.waitForFinished();
        qunsetenv("FW_CREDENTIAL_BILLING_API");
        qunsetenv("FW_CREDENTIAL_ERP_BASIC");
    }

    void cleanup()
    {
        qunsetenv("FW_CREDENTIAL_BILLING_API");
        qunsetenv("FW_CREDENTIAL_ERP_BASIC");
        QFile::remove(m_credentialsFile);
    }

    void withTheSecretTheOrderCompletes()
    {
        setEnvironment("FW_CREDENTIAL_BILLING_API", token);
        setEnvironment("FW_CREDENTIAL_ERP_BASIC", erpUser + QLatin1Char(':') + erpPassword);
        importOrder(QStringLiteral("ENV-1"), QStringLiteral("SUB"));
        importOrder(QStringLiteral("ENV-2"), QStringLiteral("WO"));
        const FwctlRun run = cli({ QStringLiteral("run"), QStringLiteral("--until-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(orderState(QStringLiteral("ENV-1")).startsWith(QStringLiteral("Order ENV-1: completed")),
                 qPrintable(orderState(QStringLiteral("ENV-1"))));
        QVERIFY2(orderState(QStringLiteral("ENV-2")).startsWith(QStringLiteral("Order ENV-2: completed")),
                 qPrintable(orderState(QStringLiteral("ENV-2"))));
    }

    void withoutItTheStepFallsOutThenARetryCompletes()
    {
        importOrder(QStringLiteral("NONE-1"), QStringLiteral("SUB"));
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        QString error;
        const QString caseId = openCase(QStringLiteral("NONE-1"), &error);
        QVERIFY(!caseId.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("credential 'billing-api'")) && error.contains(QStringLiteral("no secret is set")),
                 qPrintable(error));

        writeCredentialsFile(QStringLiteral("{\"billing-api\": \"%1\"}").arg(token).toUtf8(),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const FwctlRun retry = cli({ QStringLiteral("fallout"), QStringLiteral("retry"), caseId });
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QVERIFY2(orderState(QStringLiteral("NONE-1")).startsWith(QStringLiteral("Order NONE-1: completed")),
                 qPrintable(orderState(QStringLiteral("NONE-1"))));
    }

    void aWrongSecretIsRefusedNamingTheCredential_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bearer") << QStringLiteral("SUB") << QStringLiteral("FW_CREDENTIAL_BILLING_API") << QStringLiteral("tok-wrong-1234")
                                << QStringLiteral("the billing system refused the credential 'billing-api' (HTTP 401 UNAUTHORIZED: fatal");
        QTest::addRow("basic") << QStringLiteral("WO") << QStringLiteral("FW_CREDENTIAL_ERP_BASIC")
                               << QStringLiteral("svc-fulfil:nope-5678")
                               << QStringLiteral("the ERP system refused the credential 'erp-basic' (HTTP 401 UNAUTHORIZED: fatal");
    }
    void aWrongSecretIsRefusedNamingTheCredential()
    {
        QFETCH(QString, product);
        QFETCH(QString, variable);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        const QString order = QStringLiteral("WRONG-") + product;
        setEnvironment(variable.toLatin1().constData(), secret);
        importOrder(order, product);
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        QString error;
        QVERIFY(!openCase(order, &error).isEmpty());
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY2(!error.contains(secret.section(QLatin1Char(':'), -1)), qPrintable(error));
    }

    void aFileOthersMayReadIsRefused()
    {
        writeCredentialsFile(QStringLiteral("{\"billing-api\": \"%1\"}").arg(token).toUtf8(),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const FwctlRun run = cli({ QStringLiteral("run"), QStringLiteral("--until-idle") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(m_credentialsFile) && run.err.contains(QStringLiteral("0644"))
                     && run.err.contains(QStringLiteral("chmod 600")),
                 qPrintable(run.err));
        const FwctlRun list = cli({ QStringLiteral("credentials") });
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains(m_credentialsFile), qPrintable(list.err));
    }

    void credentialsListsWhichAreSet()
    {
        writeCredentialsFile(QStringLiteral("{\"erp-basic\": \"%1:%2\"}").arg(erpUser, erpPassword).toUtf8(),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        setEnvironment("FW_CREDENTIAL_BILLING_API", token);
        const FwctlRun list = cli({ QStringLiteral("credentials") });
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[1].startsWith(QStringLiteral("billing-api")) && lines[1].contains(QStringLiteral("credentials/billing"))
                     && lines[1].contains(QStringLiteral("set (environment FW_CREDENTIAL_BILLING_API)")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("erp-basic")) && lines[2].contains(QStringLiteral("set (file ") + m_credentialsFile),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QStringLiteral("tax-key")) && lines[3].contains(QStringLiteral("header X-Api-Key"))
                     && lines[3].contains(QStringLiteral("not set (FW_CREDENTIAL_TAX_KEY")),
                 qPrintable(lines[3]));
        const auto rows = json({ QStringLiteral("credentials"), QStringLiteral("--json") });
        QCOMPARE(rows.size(), std::size_t(3));
        QVERIFY(rows[0]["set"] == true && rows[0]["source"] == "environment");
        QVERIFY(rows[1]["set"] == true && rows[1]["source"] == "file");
        QVERIFY(rows[2]["set"] == false && rows[2]["header"] == "X-Api-Key");
    }

    // After runs that authenticated (and were refused): no secret in any table, fwctl's output,
    // the evidence bundles or fw-stubs' log file.
    void noSecretAppearsAnywhere()
    {
        for (const QString order : { QStringLiteral("ENV-1"), QStringLiteral("ENV-2"), QStringLiteral("NONE-1") }) {
            const FwctlRun evidence = cli({ QStringLiteral("evidence"), order, QStringLiteral("--json"), QStringLiteral("-") });
            QVERIFY2(evidence.exitCode == 0, qPrintable(evidence.err));
            QVERIFY2(evidence.out.contains(QStringLiteral("/subscriptions")) || evidence.out.contains(QStringLiteral("/work-orders"))
                         || evidence.out.contains(order),
                     qPrintable(evidence.out.left(300)));
        }
        const QStringList secrets { token, erpPassword, QString::fromLatin1((erpUser + QLatin1Char(':') + erpPassword).toUtf8().toBase64()),
                                    QStringLiteral("tok-wrong-1234"), QStringLiteral("nope-5678") };
        int cells = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery tables(db);
            QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            QVERIFY(names.contains(QStringLiteral("attempts")) && names.contains(QStringLiteral("fallout_cases")));
            for (const QString& table : names) {
                QSqlQuery rows(db);
                QVERIFY(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
                while (rows.next()) {
                    for (int c = 0; c < rows.record().count(); ++c) {
                        const QString text = rows.value(c).toString();
                        ++cells;
                        for (const QString& secret : secrets)
                            QVERIFY2(!text.contains(secret),
                                     qPrintable(QStringLiteral("%1 in table %2: %3").arg(secret, table, text.left(200))));
                    }
                }
            }
            QSqlQuery journal(db);
            QVERIFY(journal.exec(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE outcome = 'success'")) && journal.next());
            QVERIFY(journal.value(0).toInt() >= 3); // the checks above read real authenticated callouts
            QSqlQuery named(db); // the journal names the credential a callout used
            QVERIFY(named.exec(QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = 'ENV-1' AND after_state = 'running' "
                                              "AND payload LIKE '%\"credential\":\"billing-api\"%'"))
                    && named.next());
            QCOMPARE(named.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        QVERIFY(cells > 100);
        QVERIFY(m_output.contains(QStringLiteral("callout sent"))); // debug logging was on
        for (const QString& secret : secrets)
            QVERIFY2(!m_output.contains(secret), qPrintable(secret));
        QDir logs(m_dir.filePath(QStringLiteral("state")));
        QStringList logFiles;
        QDirIterator it(logs.path(), { QStringLiteral("*.log") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            logFiles << it.next();
        QVERIFY2(!logFiles.isEmpty(), qPrintable(logs.path()));
        for (const QString& path : logFiles) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(text.contains(QStringLiteral("401")), qPrintable(path)); // it logged the refusals
            for (const QString& secret : secrets)
                QVERIFY2(!text.contains(secret), qPrintable(path + QStringLiteral(": ") + secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestFwctlCredentials)
#include "tst_fwctlcredentials.moc"
