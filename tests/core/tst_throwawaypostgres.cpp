// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The throwaway PostgreSQL server the sync tests run against: Qt's QPSQL driver reaches it,
// committed rows survive a clean restart and a crash-like stop, two servers run side by side, and
// without binaries the harness says why instead of failing obscurely.

#include "throwawaypostgres.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace fw;

namespace {
// The error, or an empty string for success: QCOMPARE(errorText(...), QString()) prints the reason.
QString errorText(const Status& status)
{
    return status.message();
}

// Opens a QPSQL connection to the server's database fw; the caller removes it with close().
QSqlDatabase openConnection(const ThrowawayPostgres& server, const QString& name, const QString& user = ThrowawayPostgres::adminUser())
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    database.setHostName(server.host());
    database.setPort(server.port());
    database.setDatabaseName(ThrowawayPostgres::defaultDatabase());
    database.setUserName(user);
    database.setConnectOptions(QStringLiteral("connect_timeout=2"));
    database.open();
    return database;
}

void close(const QString& name)
{
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The notes in table `notes`, in id order, or one line "query failed: ..." (printable by QCOMPARE).
QStringList notes(const ThrowawayPostgres& server)
{
    const QString name = QStringLiteral("notes-reader");
    QStringList result;
    {
        QSqlDatabase database = openConnection(server, name);
        QSqlQuery query(database);
        if (database.isOpen() && query.exec(QStringLiteral("SELECT body FROM notes ORDER BY id"))) {
            while (query.next())
                result.append(query.value(0).toString());
        } else {
            result = QStringList { QStringLiteral("query failed: ") + database.lastError().text() + query.lastError().text() };
        }
    }
    close(name);
    return result;
}

bool insertNote(const ThrowawayPostgres& server, const QString& body)
{
    const QString name = QStringLiteral("notes-writer");
    bool inserted = false;
    {
        QSqlDatabase database = openConnection(server, name);
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?)"));
        query.addBindValue(body);
        inserted = database.isOpen() && query.exec();
        if (!inserted)
            qWarning() << "insertNote:" << database.lastError().text() << query.lastError().text();
    }
    close(name);
    return inserted;
}

class EnvironmentVariable {
public:
    explicit EnvironmentVariable(const char* name)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {
    }
    ~EnvironmentVariable()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_value;
};
} // namespace

class TestThrowawayPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conninfoNamesTheServer();
    void qpsqlWritesARow();
    void restartKeepsCommittedRows();
    void immediateStopThenRestartKeepsCommittedRows();
    void restartOnATakenPortSaysSo();
    void runSqlReportsTheError();
    void createdRoleLogsIn();
    void twoServersRunSideBySide();
    void missingBinariesGiveAReason();
    void requireFlagFollowsTheEnvironment();

private:
    ThrowawayPostgres m_server;
};

void TestThrowawayPostgres::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's QPSQL driver is missing (libqt6sql6-psql)");
    QElapsedTimer timer;
    timer.start();
    FW_START_POSTGRES_OR_SKIP(m_server);
    qInfo("PostgreSQL started on port %d in %lld ms (%s)", m_server.port(), timer.elapsed(), qPrintable(m_server.dataDirectory()));
}

void TestThrowawayPostgres::conninfoNamesTheServer()
{
    QVERIFY(m_server.isRunning());
    QVERIFY(m_server.port() > 0);
    QCOMPARE(m_server.conninfo(), QStringLiteral("host=127.0.0.1 port=%1 dbname=fw user=fw_admin connect_timeout=2").arg(m_server.port()));
    QCOMPARE(m_server.conninfo(QStringLiteral("postgres")),
             QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=fw_admin connect_timeout=2").arg(m_server.port()));
    QVERIFY(m_server.dataDirectory().startsWith(QStringLiteral("/tmp/fw-pg-")));
}

void TestThrowawayPostgres::qpsqlWritesARow()
{
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase database = openConnection(m_server, name);
        QVERIFY2(database.isOpen(), qPrintable(database.lastError().text()));
        QSqlQuery query(database);
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)")),
                 qPrintable(query.lastError().text()));
    }
    close(name);
    QVERIFY(insertNote(m_server, QStringLiteral("first")));
    QCOMPARE(notes(m_server), QStringList { QStringLiteral("first") });
}

void TestThrowawayPostgres::restartKeepsCommittedRows()
{
    const QString dataDirectory = m_server.dataDirectory();
    const int port = m_server.port();
    QElapsedTimer timer;
    timer.start();
    const Status done = m_server.restart();
    QVERIFY2(done.ok(), qPrintable(done.message()));
    qInfo("restart (fast stop + start) took %lld ms", timer.elapsed());

    QCOMPARE(m_server.port(), port);
    QCOMPARE(m_server.dataDirectory(), dataDirectory);
    QCOMPARE(notes(m_server), QStringList { QStringLiteral("first") });
}

void TestThrowawayPostgres::immediateStopThenRestartKeepsCommittedRows()
{
    QVERIFY(insertNote(m_server, QStringLiteral("second")));

    const Status stopped = m_server.stopImmediately();
    QVERIFY2(stopped.ok(), qPrintable(stopped.message()));
    QVERIFY(!m_server.isRunning());
    {
        const QString name = QStringLiteral("while-down");
        {
            QSqlDatabase database = openConnection(m_server, name);
            QVERIFY2(!database.isOpen(), "a connection succeeded while the server was stopped");
        }
        close(name);
    }
    QVERIFY(!m_server.runSql(QStringLiteral("SELECT 1")).ok());

    QElapsedTimer timer;
    timer.start();
    const Status done = m_server.restart();
    QVERIFY2(done.ok(), qPrintable(done.message()));
    qInfo("restart after an immediate stop (crash recovery) took %lld ms", timer.elapsed());
    QCOMPARE(notes(m_server), (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
}

void TestThrowawayPostgres::restartOnATakenPortSaysSo()
{
    QCOMPARE(errorText(m_server.stop()), QString());
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(m_server.port())));
    const Status error = m_server.restart();
    QVERIFY(!error.ok());
    QVERIFY2(error.message().contains(QStringLiteral("could not start again on port %1").arg(m_server.port())),
             qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("Address already in use")), qPrintable(error.message()));
    QVERIFY(!m_server.isRunning());

    squatter.close();
    QCOMPARE(errorText(m_server.restart()), QString());
    QCOMPARE(notes(m_server), (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
}

void TestThrowawayPostgres::runSqlReportsTheError()
{
    QCOMPARE(errorText(m_server.runSql(QStringLiteral("CREATE TABLE scratch (n int); INSERT INTO scratch VALUES (1);"))), QString());
    const Status error = m_server.runSql(QStringLiteral("SELEC 1"));
    QVERIFY(!error.ok());
    QVERIFY2(error.message().contains(QStringLiteral("syntax error")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("psql")), qPrintable(error.message()));
}

void TestThrowawayPostgres::createdRoleLogsIn()
{
    QCOMPARE(errorText(m_server.createRole(QStringLiteral("fw_sync"), QStringLiteral("it's secret"))), QString());
    const QString name = QStringLiteral("as-role");
    {
        QSqlDatabase database = openConnection(m_server, name, QStringLiteral("fw_sync"));
        QVERIFY2(database.isOpen(), qPrintable(database.lastError().text()));
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("fw_sync"));
        QCOMPARE(query.value(1).toBool(), false);
    }
    close(name);
    QVERIFY(!m_server.createRole(QStringLiteral("fw_sync"), QStringLiteral("again")).ok());
}

void TestThrowawayPostgres::twoServersRunSideBySide()
{
    auto other = std::make_unique<ThrowawayPostgres>();
    QElapsedTimer timer;
    timer.start();
    const Status done = other->start();
    QVERIFY2(done.ok(), qPrintable(done.message()));
    qInfo("a second server started in %lld ms", timer.elapsed());

    QVERIFY(m_server.isRunning());
    QVERIFY(other->port() != m_server.port());
    QVERIFY(other->dataDirectory() != m_server.dataDirectory());
    const QStringList otherNotes = notes(*other); // its own cluster: no table notes there
    QVERIFY2(otherNotes.value(0).contains(QStringLiteral("does not exist")), qPrintable(otherNotes.join(u',')));
    QCOMPARE(notes(m_server), (QStringList { QStringLiteral("first"), QStringLiteral("second") }));

    const QString otherDirectory = QFileInfo(other->dataDirectory()).path();
    QVERIFY(QFileInfo::exists(otherDirectory));
    other.reset();
    QVERIFY2(!QFileInfo::exists(otherDirectory), "the destructor left the cluster behind");
}

void TestThrowawayPostgres::missingBinariesGiveAReason()
{
    EnvironmentVariable required("FW_REQUIRE_POSTGRES");
    qunsetenv("FW_REQUIRE_POSTGRES");

    ThrowawayPostgres server(QStringLiteral("/nonexistent/postgresql/bin"));
    const Status error = server.start();
    QVERIFY(!error.ok());
    QVERIFY2(error.message().contains(QStringLiteral("/nonexistent/postgresql/bin/initdb")), qPrintable(error.message()));
    QVERIFY(!server.isRunning());
    QCOMPARE(errorText(server.runSql(QStringLiteral("SELECT 1"))), QStringLiteral("the PostgreSQL server is not running"));
    QVERIFY(!server.restart().ok());

    const QString message = ThrowawayPostgres::unavailableMessage(error.message());
    QVERIFY2(message.startsWith(QStringLiteral("PostgreSQL not available: no PostgreSQL server binaries")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("these tests did NOT run")), qPrintable(message));
}

void TestThrowawayPostgres::requireFlagFollowsTheEnvironment()
{
    EnvironmentVariable required("FW_REQUIRE_POSTGRES");
    qunsetenv("FW_REQUIRE_POSTGRES");
    QVERIFY(!ThrowawayPostgres::isRequired());
    qputenv("FW_REQUIRE_POSTGRES", "0");
    QVERIFY(!ThrowawayPostgres::isRequired());
    qputenv("FW_REQUIRE_POSTGRES", "1");
    QVERIFY(ThrowawayPostgres::isRequired());
    QVERIFY(ThrowawayPostgres::unavailableMessage(QStringLiteral("x")).contains(QStringLiteral("failure")));
}

QTEST_GUILESS_MAIN(TestThrowawayPostgres)
#include "tst_throwawaypostgres.moc"
