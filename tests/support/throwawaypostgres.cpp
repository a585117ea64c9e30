// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "throwawaypostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace fw {

namespace {
    const QString defaultBinDirectory = QStringLiteral("/usr/lib/postgresql/15/bin");
    const QString serverUser = QStringLiteral("postgres");
    constexpr int startAttempts = 3;
    constexpr int maxReportedChars = 3000;

    // A port the kernel just handed out on 127.0.0.1; 0 if none. The server binds it a moment later,
    // so another process may take it in between: the caller retries on "Address already in use".
    int probeFreePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const int port = probe.serverPort();
        probe.close();
        return port;
    }

    QString lastChars(const QString& text)
    {
        const QString trimmed = text.trimmed();
        return trimmed.size() <= maxReportedChars ? trimmed : QStringLiteral("…") + trimmed.right(maxReportedChars);
    }

    QString quoteIdentifier(const QString& name)
    {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }

    QString quoteLiteral(const QString& value)
    {
        QString quoted = value;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }

    // A conninfo value: bare when it can be, else single-quoted with \ and ' escaped.
    QString conninfoValue(const QString& value)
    {
        const bool plain = !value.isEmpty() && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c == QLatin1Char('=');
        });
        if (plain)
            return value;
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }

    // The caller's PG* variables (PGHOST, PGPORT, PGUSER, PGDATA...) must not steer the tools away
    // from the throwaway server.
    QProcessEnvironment toolEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QStringList keys = environment.keys();
        for (const QString& key : keys) {
            if (key.startsWith(QLatin1String("PG")))
                environment.remove(key);
        }
        return environment;
    }
} // namespace

ThrowawayPostgres::ThrowawayPostgres(const QString& binDirectory)
    : m_binDirectory(binDirectory)
{
}

ThrowawayPostgres::~ThrowawayPostgres()
{
    if (m_running && stopServer(QStringLiteral("immediate"))) {
        // pg_ctl could not stop it: signal the postmaster directly (SIGQUIT = immediate shutdown).
        QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const pid_t pid = pidFile.readLine().trimmed().toInt();
            if (pid > 0)
                ::kill(pid, SIGQUIT);
        }
    }
    m_directory.reset(); // removes the cluster
}

QString ThrowawayPostgres::dataDirectory() const
{
    return m_directory ? m_directory->path() + QStringLiteral("/data") : QString();
}

QString ThrowawayPostgres::logPath() const
{
    return m_directory ? m_directory->path() + QStringLiteral("/server.log") : QString();
}

QString ThrowawayPostgres::conninfo(const QString& database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 connect_timeout=2")
        .arg(host(), QString::number(m_port), conninfoValue(database), adminUser());
}

bool ThrowawayPostgres::isRequired()
{
    const QByteArray value = qgetenv("FW_REQUIRE_POSTGRES").trimmed();
    return !value.isEmpty() && value != "0";
}

QString ThrowawayPostgres::unavailableMessage(const QString& reason)
{
    QString message = QStringLiteral("PostgreSQL not available: %1 — these tests did NOT run").arg(reason);
    if (isRequired())
        message += QStringLiteral(" (FW_REQUIRE_POSTGRES is set, so this is a failure)");
    return message;
}

Status ThrowawayPostgres::start()
{
    if (m_directory)
        return failure(QStringLiteral("ThrowawayPostgres::start() called twice; use restart()"));
    if (Status found = findBinaries(); !found)
        return found;
    if (Status prepared = prepareDirectory(); !prepared)
        return prepared;

    const QStringList initdbArguments { QStringLiteral("-D"),
                                        dataDirectory(),
                                        QStringLiteral("-A"),
                                        QStringLiteral("trust"),
                                        QStringLiteral("-U"),
                                        adminUser(),
                                        QStringLiteral("-E"),
                                        QStringLiteral("UTF8"),
                                        QStringLiteral("--locale=C.UTF-8"),
                                        QStringLiteral("--no-sync"),
                                        QStringLiteral("--no-instructions") };
    if (Status initialised = runTool(QStringLiteral("initdb"), initdbArguments, true).status; !initialised)
        return initialised;
    if (Status started = startServer(); !started)
        return started;
    if (Status created = runSql(QStringLiteral("CREATE DATABASE ") + quoteIdentifier(defaultDatabase()), QStringLiteral("postgres"));
        !created)
        return failure(QStringLiteral("could not create the database %1: %2").arg(defaultDatabase(), created.message()));
    return {};
}

Status ThrowawayPostgres::stop()
{
    return stopServer(QStringLiteral("fast"));
}

Status ThrowawayPostgres::stopImmediately()
{
    return stopServer(QStringLiteral("immediate"));
}

Status ThrowawayPostgres::restart()
{
    if (!m_directory || m_port == 0)
        return failure(QStringLiteral("ThrowawayPostgres::restart() before a successful start()"));
    if (Status stopped = stop(); !stopped)
        return stopped;
    return startServer();
}

Status ThrowawayPostgres::createRole(const QString& name, const QString& password)
{
    return runSql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(quoteIdentifier(name), quoteLiteral(password)));
}

Status ThrowawayPostgres::runSql(const QString& sql, const QString& database)
{
    if (!m_running)
        return failure(QStringLiteral("the PostgreSQL server is not running"));
    const QStringList arguments { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                  QStringLiteral("-d"), conninfo(database),   QStringLiteral("-f"), QStringLiteral("-") };
    return runTool(QStringLiteral("psql"), arguments, false, sql).status;
}

Status ThrowawayPostgres::findBinaries()
{
    QString source = QStringLiteral("given to ThrowawayPostgres");
    if (m_binDirectory.isEmpty() && qEnvironmentVariableIsSet("FW_POSTGRES_BIN_DIR")) {
        m_binDirectory = qEnvironmentVariable("FW_POSTGRES_BIN_DIR");
        source = QStringLiteral("from FW_POSTGRES_BIN_DIR");
    }
    if (m_binDirectory.isEmpty() && QFileInfo(defaultBinDirectory + QStringLiteral("/initdb")).isExecutable()) {
        m_binDirectory = defaultBinDirectory;
        source = QStringLiteral("Debian's default");
    }
    if (m_binDirectory.isEmpty()) {
        const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
        if (pgConfig.isEmpty())
            return failure(QStringLiteral("no PostgreSQL server binaries: %1/initdb is missing and pg_config is not on PATH "
                                          "(install postgresql)")
                               .arg(defaultBinDirectory));
        QProcess process;
        process.start(pgConfig, { QStringLiteral("--bindir") });
        if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return failure(
                QStringLiteral("`pg_config --bindir` failed: %1").arg(lastChars(QString::fromLocal8Bit(process.readAllStandardError()))));
        m_binDirectory = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        source = QStringLiteral("from `pg_config --bindir`");
    }
    for (const QString& tool : { QStringLiteral("initdb"), QStringLiteral("pg_ctl"), QStringLiteral("psql") }) {
        const QString path = m_binDirectory + QLatin1Char('/') + tool;
        if (!QFileInfo(path).isExecutable())
            return failure(
                QStringLiteral("no PostgreSQL server binaries: %1 is missing or not executable (bin directory %2)").arg(path, source));
    }
    return {};
}

Status ThrowawayPostgres::prepareDirectory()
{
    // Under /tmp, not $TMPDIR: the postgres user must reach it, and the unix socket path inside
    // it must stay under the 107-byte limit.
    auto directory = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/fw-pg-XXXXXX"));
    if (!directory->isValid())
        return failure(QStringLiteral("could not create a directory under /tmp: %1").arg(directory->errorString()));

    m_runAsPostgresUser = ::geteuid() == 0;
    if (m_runAsPostgresUser) {
        const passwd* account = ::getpwnam("postgres");
        if (!account)
            return failure(QStringLiteral("running as root, and initdb refuses root, but there is no postgres user to run it as"));
        if (::chown(QFile::encodeName(directory->path()).constData(), account->pw_uid, account->pw_gid) != 0)
            return failure(QStringLiteral("could not hand %1 to the postgres user: %2")
                               .arg(directory->path(), QString::fromLocal8Bit(std::strerror(errno))));
    }
    m_directory = std::move(directory);
    return {};
}

Status ThrowawayPostgres::startServer()
{
    const bool choosePort = m_port == 0; // a restart keeps the port the clients know
    QString lastError;
    for (int attempt = 1; attempt <= (choosePort ? startAttempts : 1); ++attempt) {
        if (choosePort) {
            m_port = probeFreePort();
            if (m_port == 0)
                return failure(QStringLiteral("no free TCP port on 127.0.0.1"));
        }
        // fsync=off and full_page_writes=off only matter if the machine crashes; synchronous_commit
        // stays on: with it off, an immediate stop loses transactions already reported committed,
        // and the crash tests would see data loss a real server would not have.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1%3")
                                    .arg(QString::number(m_port), dataDirectory(),
                                         m_durable ? QString() : QStringLiteral(" -c fsync=off -c full_page_writes=off"));
        const qint64 logOffset = QFileInfo(logPath()).size();
        const QStringList arguments {
            QStringLiteral("-D"), dataDirectory(),      QStringLiteral("-l"), logPath(), QStringLiteral("-w"),
            QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"), options,   QStringLiteral("start")
        };
        const Outcome outcome = runTool(QStringLiteral("pg_ctl"), arguments, true);
        if (outcome.status.ok()) {
            m_running = true;
            return {};
        }
        const QString log = logTailSince(logOffset);
        lastError = outcome.status.message() + QStringLiteral("\nserver log:\n") + log;
        // If pg_ctl gave up waiting, the server may still come up: make sure it does not linger.
        if (QFileInfo::exists(dataDirectory() + QStringLiteral("/postmaster.pid"))) {
            (void)runTool(QStringLiteral("pg_ctl"),
                          { QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                            QStringLiteral("stop") },
                          true);
        }
        if (!log.contains(QLatin1String("Address already in use")))
            break;
    }
    return failure(choosePort ? lastError : QStringLiteral("could not start again on port %1: %2").arg(QString::number(m_port), lastError));
}

Status ThrowawayPostgres::stopServer(const QString& mode)
{
    if (!m_running)
        return {};
    const QStringList arguments { QStringLiteral("-D"), dataDirectory(),      QStringLiteral("-m"), mode,
                                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop") };
    const Outcome outcome = runTool(QStringLiteral("pg_ctl"), arguments, true);
    if (!outcome.status)
        return outcome.status;
    m_running = false;
    return {};
}

ThrowawayPostgres::Outcome ThrowawayPostgres::runTool(const QString& tool, const QStringList& arguments, bool asServerUser,
                                                      const QString& input, int timeoutMs) const
{
    const QString toolPath = m_binDirectory + QLatin1Char('/') + tool;
    QString program = toolPath;
    QStringList programArguments = arguments;
    if (asServerUser && m_runAsPostgresUser) {
        program = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(QStringLiteral("runuser"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
        if (program.isEmpty())
            return { failure(QStringLiteral("running as root, and %1 refuses root, but runuser is not found").arg(tool)), {} };
        programArguments = QStringList { QStringLiteral("-u"), serverUser, QStringLiteral("--"), toolPath } + arguments;
    }
    const QString commandLine = tool + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));

    QProcess process;
    process.setProcessEnvironment(toolEnvironment());
    // The postgres user cannot enter root's working directory; the cluster's parent it can.
    process.setWorkingDirectory(m_directory ? m_directory->path() : QDir::rootPath());
    if (input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, programArguments);
    if (!process.waitForStarted(10000))
        return { failure(QStringLiteral("could not run `%1`: %2").arg(commandLine, process.errorString())), {} };
    if (!input.isEmpty()) {
        process.write(input.toUtf8());
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return { failure(QStringLiteral("`%1` did not finish within %2 s").arg(commandLine, QString::number(timeoutMs / 1000))), {} };
    }
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        return { failure(QStringLiteral("`%1` crashed: %2").arg(commandLine, lastChars(errors))), output };
    if (process.exitCode() != 0)
        return { failure(
                     QStringLiteral("`%1` failed (exit code %2): %3")
                         .arg(commandLine, QString::number(process.exitCode()), lastChars(errors.trimmed().isEmpty() ? output : errors))),
                 output };
    return { {}, output };
}

QString ThrowawayPostgres::logTailSince(qint64 offset) const
{
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log at %1)").arg(logPath());
    log.seek(offset);
    return lastChars(QString::fromLocal8Bit(log.readAll()));
}

} // namespace fw
