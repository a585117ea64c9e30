// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "sync/remoteschema.h"

#include "sync/pgconnection.h"

#include "identity/oslogin.h"
#include "store/database.h"
#include "store/storelocation.h"
#include "sync/syncagent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace fw::cli {

int runEvidence(const QStringList& arguments); // evidencecommand.cpp
Q_LOGGING_CATEGORY(fwctlLog, "fw.cli", QtInfoMsg)

const std::vector<Subcommand>& commands()
{
    static const std::vector<Subcommand> all {
        { QStringLiteral("validate"), QT_TRANSLATE_NOOP("fwctl", "Check a catalog file; one line per problem on stderr."), runValidate },
        { QStringLiteral("plan"), QT_TRANSLATE_NOOP("fwctl", "Decompose an order and print its orchestration plan."), runPlan },
        { QStringLiteral("demo"), QT_TRANSLATE_NOOP("fwctl", "Validate and plan every bundled sample (the headless demo)."), runDemo },
        { QStringLiteral("import"), QT_TRANSLATE_NOOP("fwctl", "Import a catalog or an order into the store (--db)."), runImport },
        { QStringLiteral("orders"), QT_TRANSLATE_NOOP("fwctl", "List the orders in the store (--db)."), runOrders },
        { QStringLiteral("timeline"), QT_TRANSLATE_NOOP("fwctl", "Print the journal of one order (--db)."), runTimeline },
        { QStringLiteral("unrunnable"), QT_TRANSLATE_NOOP("fwctl", "List the orders the engine cannot run, with the reason (--db)."),
          runUnrunnable },
        { QStringLiteral("run"), QT_TRANSLATE_NOOP("fwctl", "Run the plans of the active orders (--db)."), runRun },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("fwctl", "Show an order's state and steps; alone: orders by state, archived (--db)."),
          runStatus },
        { QStringLiteral("tasks"), QT_TRANSLATE_NOOP("fwctl", "List manual tasks (--db)."), runTasks },
        { QStringLiteral("task"), QT_TRANSLATE_NOOP("fwctl", "Claim, release or complete a manual task (--db)."), runTask },
        { QStringLiteral("signal"), QT_TRANSLATE_NOOP("fwctl", "Give an order an external signal (--db)."), runSignal },
        { QStringLiteral("fallout"), QT_TRANSLATE_NOOP("fwctl", "List or resolve fallout cases: retry, skip, cancel (--db)."), runFallout },
        { QStringLiteral("jeopardy"),
          QT_TRANSLATE_NOOP("fwctl", "Orders and steps at risk of missing their SLA; reassign or escalate (--db)."), runJeopardy },
        { QStringLiteral("escalations"), QT_TRANSLATE_NOOP("fwctl", "List, claim or resolve escalations to supervisors (--db)."),
          runEscalations },
        { QStringLiteral("change"), QT_TRANSLATE_NOOP("fwctl", "Preview or submit a change order to a running order (--db)."), runChange },
        { QStringLiteral("summary"),
          QT_TRANSLATE_NOOP("fwctl", "An order across its change orders and splits: items, paths, billing (--db)."), runSummary },
        { QStringLiteral("assets"), QT_TRANSLATE_NOOP("fwctl", "List an account's assets: --account ID (--db)."), runAssets },
        { QStringLiteral("asset"), QT_TRANSLATE_NOOP("fwctl", "Show an asset and its history (--db)."), runAsset },
        { QStringLiteral("renewals"),
          QT_TRANSLATE_NOOP("fwctl", "Renewals coming due by month, with their value at risk: --within 90d (--db)."), runRenewals },
        { QStringLiteral("renewal"), QT_TRANSLATE_NOOP("fwctl", "Claim, renew or decline a renewal (--db)."), runRenewal },
        { QStringLiteral("evidence"), QT_TRANSLATE_NOOP("fwctl", "An order's delivery evidence for audits: --json FILE|- (--db)."),
          runEvidence },
        { QStringLiteral("resume"), QT_TRANSLATE_NOOP("fwctl", "Resume an order held after fallout (--db)."), runResume },
        { QStringLiteral("set-field"), QT_TRANSLATE_NOOP("fwctl", "Set a line field of an order (--db)."), runSetField },
        { QStringLiteral("kpi"), QT_TRANSLATE_NOOP("fwctl", "Supervisor KPIs over a range of days: --from, --to, --json (--db)."), runKpi },
        { QStringLiteral("sync"),
          QT_TRANSLATE_NOOP("fwctl", "Sync the store with the remote store: --once, --follow, status (--db, --remote)."), runSync },
        { QStringLiteral("publish"), QT_TRANSLATE_NOOP("fwctl", "Publish a catalog or an order to the remote store (--remote)."),
          runPublish },
        { QStringLiteral("leases"), QT_TRANSLATE_NOOP("fwctl", "List which workstation runs which order (--remote)."), runLeases },
        { QStringLiteral("users"),
          QT_TRANSLATE_NOOP("fwctl", "List the store's users; an admin adds them and grants or revokes roles (--db)."), runUsers },
        { QStringLiteral("archive"),
          QT_TRANSLATE_NOOP("fwctl", "Move finished orders into the store's archive: --completed-before DATE (--db)."), runArchive },
        { QStringLiteral("check"), QT_TRANSLATE_NOOP("fwctl", "Check the store file in full: pages, indexes, references (--db)."),
          runCheck },
        { QStringLiteral("credentials"),
          QT_TRANSLATE_NOOP("fwctl", "List the named credentials the catalogs declare and whether a secret is set (--db, --json)."),
          runCredentials },
        { QStringLiteral("sync-admin"), QT_TRANSLATE_NOOP("fwctl", "Remote store administration: 'roles' prints the GRANTs."),
          runSyncAdmin },
    };
    return all;
}

namespace {
    // The options and streams of the command line being run: fresh for each (SessionScope).
    struct Session {
        QString databasePath = defaultStorePath(); // $FW_DB, else the workbench's store (store/storelocation.h)
        bool databaseGiven = storeFromEnvironment();
        bool databaseFromOption = false; // --db, not $FW_DB
        QString actingUser;
        RemoteOptions remote { qEnvironmentVariable("FW_REMOTE") };
        QStringList endpointOverrides;
        QTextStream* output = nullptr; // nullptr: stdout
        QTextStream* errors = nullptr; // nullptr: stderr
    };

    Session& session()
    {
        static Session current;
        return current;
    }
} // namespace

SessionScope::SessionScope(QTextStream* output, QTextStream* errors)
{
    session() = Session {};
    session().output = output;
    session().errors = errors;
}

SessionScope::~SessionScope()
{
    out().flush();
    err().flush();
    session() = Session {};
}

QString& databasePath()
{
    return session().databasePath;
}

std::unique_ptr<Database> openStore(StoreAccess access)
{
    qCDebug(fwctlLog).noquote() << "store" << databasePath()
                                << (session().databaseFromOption ? "(--db)"
                                        : storeFromEnvironment() ? "(FW_DB)"
                                                                 : "(the default)")
                                << (access == StoreAccess::Read ? "for reading" : "for writing");
    if (access == StoreAccess::Write && databasePath() == standardStorePath())
        QDir().mkpath(QFileInfo(databasePath()).absolutePath()); // the first use of the shared store
    auto database = std::make_unique<Database>(databasePath());
    if (const Status opened = access == StoreAccess::Read ? database->openForReading() : database->openStore(); !opened) {
        err() << "fwctl: " << opened.message() << '\n';
        return nullptr;
    }
    return database;
}

bool& databaseGiven()
{
    return session().databaseGiven;
}

void setDatabaseOption(const QString& path)
{
    session().databasePath = path;
    session().databaseGiven = true;
    session().databaseFromOption = true;
}

RemoteOptions& remoteOptions()
{
    return session().remote;
}

bool requireRemote(const QString& command, const QString& arguments)
{
    if (!remoteOptions().conninfo.isEmpty())
        return true;
    err() << command << ": "
          << Fwctl::tr("needs the remote store: --remote CONNINFO before the command (or FW_REMOTE), e.g. %1")
                 .arg(QStringLiteral("fwctl --remote 'host=db.example port=5432 dbname=fw user=anna' ")
                      + command.section(QLatin1Char(' '), 1) + (arguments.isEmpty() ? QString() : QLatin1Char(' ') + arguments))
          << '\n';
    return false;
}

std::optional<int> openRemote(const QString& command, PgConnection& connection)
{
    if (const Status opened = connection.open(); !opened) {
        err() << command << ": " << Fwctl::tr("offline: %1").arg(opened.message().simplified()) << '\n';
        return Offline;
    }
    if (const Status migrated = RemoteSchema::migrate(connection); !migrated) {
        err() << command << ": " << migrated.message() << '\n';
        return Failure;
    }
    return std::nullopt;
}

SyncSettings syncSettings()
{
    SyncSettings settings;
    settings.conninfo = remoteOptions().conninfo;
    settings.workstation = remoteOptions().workstation;
    settings.user = defaultUser();
    settings.leaseTtlSeconds = remoteOptions().leaseTtlSeconds;
    settings.capacity = remoteOptions().capacity;
    return settings;
}

QString& actingUser()
{
    return session().actingUser;
}

QString defaultUser()
{
    return actingUser().isEmpty() ? osLoginName() : actingUser();
}

QTextStream& out()
{
    static QTextStream standard(stdout);
    return session().output ? *session().output : standard;
}

QTextStream& err()
{
    static QTextStream standard(stderr);
    return session().errors ? *session().errors : standard;
}

void printColumns(const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), std::size_t(row.size())));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], row[i].size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[std::size_t(i)] + 2) : row[i];
        while (line.endsWith(QLatin1Char(' '))) // an empty last cell
            line.chop(1);
        out() << line << '\n';
    }
}

QString samplesDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates { QDir(appDir).filePath(QStringLiteral("../share/fulfillment-workbench/samples")),
                                   QStringLiteral(FW_SOURCE_SAMPLES_DIR) };
    for (const auto& candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

} // namespace fw::cli

#include <QCommandLineParser>

namespace fw::cli {

QCommandLineOption waitOption()
{
    const int fallback = qEnvironmentVariableIsSet("FWCTL_WAIT_SECONDS") ? qEnvironmentVariableIntValue("FWCTL_WAIT_SECONDS") : 30;
    return QCommandLineOption(QStringLiteral("wait"),
                              Fwctl::tr("How long to wait for the engine that carries the action out (a running engine "
                                        "on the store, or with --remote the workstation that owns the order)."),
                              QStringLiteral("SECONDS"), QString::number(fallback));
}

QCommandLineOption endpointOption()
{
    return QCommandLineOption(QStringLiteral("endpoint"),
                              Fwctl::tr("Send an endpoint's callouts elsewhere, e.g. carrier=http://127.0.0.1:9000/carrier "
                                        "(repeatable; also before the command)."),
                              QStringLiteral("ID=URL"));
}

QStringList& endpointOverrides()
{
    return session().endpointOverrides;
}

int waitSeconds(const QCommandLineParser& parser)
{
    return std::max(0, parser.value(QStringLiteral("wait")).toInt());
}

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& usage, int positionalCount)
{
    parser.setApplicationDescription(usage);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Fwctl::tr("Show this help."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), Fwctl::tr("Print diagnostics (as the global --verbose)."));
    parser.addOptions({ help, verbose });
    if (!parser.parse(arguments)) {
        err() << arguments.value(0) << ": " << parser.errorText() << "\n\n" << commandHelp(parser, arguments.value(0));
        return BadInput;
    }
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("fw.*.debug=true"));
    if (parser.isSet(help)) {
        out() << commandHelp(parser, arguments.value(0));
        return Ok;
    }
    if (parser.optionNames().contains(QStringLiteral("endpoint"))) {
        for (const QString& mapping : parser.values(QStringLiteral("endpoint"))) {
            if (mapping.indexOf(QLatin1Char('=')) <= 0) {
                err() << arguments.value(0) << ": " << Fwctl::tr("--endpoint expects ID=URL, got '%1'").arg(mapping) << '\n';
                return BadInput;
            }
            endpointOverrides() << mapping;
        }
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount) {
        err() << arguments.value(0) << ": "
              << Fwctl::tr("expected %1 argument(s), got %2").arg(positionalCount).arg(parser.positionalArguments().size()) << "\n\n"
              << commandHelp(parser, arguments.value(0));
        return BadInput;
    }
    return std::nullopt;
}

} // namespace fw::cli
