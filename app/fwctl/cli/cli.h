// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace fw {
class HttpCalloutTransport;
class Database;
class PgConnection;
class StoreAssetLookup;
struct AssetState;
}

namespace fw::cli {

// fwctl's own messages (help, usage, errors, headings) are Fwctl::tr("..."): the context "fwctl"
// of translations/fwctl_<lang>.ts, loaded for the locale at start (main.cpp).
class Fwctl {
    Q_DECLARE_TR_FUNCTIONS(fwctl)
};

// Exit codes every command keeps to (scripts rely on them).
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2, Offline = 3 };

struct Subcommand {
    QString name;
    const char* summaryText; // QT_TRANSLATE_NOOP("fwctl", ...): translated when shown
    std::function<int(const QStringList& arguments)> run; // arguments[0] is "fwctl COMMAND"
    QString summary() const { return Fwctl::tr(summaryText); }
};

const std::vector<Subcommand>& commands();

// Where the running command line prints (stdout and stderr unless runCommandLine was given streams).
QTextStream& out();
QTextStream& err();
// Prints rows of cells to out() in aligned columns, two spaces apart; the last column is not padded.
void printColumns(const std::vector<QStringList>& rows);

// The options and output streams of one command line (runCommandLine): from their defaults while
// it lives, flushed and back to the defaults when it ends, so one process can run several.
class SessionScope {
public:
    SessionScope(QTextStream* output, QTextStream* errors);
    ~SessionScope();
    SessionScope(const SessionScope&) = delete;
    SessionScope& operator=(const SessionScope&) = delete;
};

// Where the sample catalogs are: installed share dir, then the source tree.
QString samplesDirectory();

// The commands, one file each.
int runValidate(const QStringList& arguments);
int runPlan(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runOrders(const QStringList& arguments);
int runTimeline(const QStringList& arguments);
int runUnrunnable(const QStringList& arguments);
int runRun(const QStringList& arguments);
int runStatus(const QStringList& arguments);
int runTasks(const QStringList& arguments);
int runTask(const QStringList& arguments);
int runSignal(const QStringList& arguments);
int runFallout(const QStringList& arguments);
int runResume(const QStringList& arguments);
int runSetField(const QStringList& arguments);
int runSync(const QStringList& arguments); // synccommands.cpp
int runLeases(const QStringList& arguments);
int runSyncAdmin(const QStringList& arguments);
int runPublish(const QStringList& arguments); // publishcommand.cpp
int runJeopardy(const QStringList& arguments); // jeopardycommand.cpp
int runEscalations(const QStringList& arguments);
int runKpi(const QStringList& arguments); // kpicommand.cpp
int runChange(const QStringList& arguments); // changecommand.cpp
int runSummary(const QStringList& arguments);
int runCheck(const QStringList& arguments); // checkcommand.cpp
int runUsers(const QStringList& arguments); // userscommand.cpp
int runArchive(const QStringList& arguments); // archivecommand.cpp
int runAssets(const QStringList& arguments); // assetcommands.cpp
int runAsset(const QStringList& arguments);
int runRenewals(const QStringList& arguments); // renewalcommands.cpp
int runRenewal(const QStringList& arguments);
int runCredentials(const QStringList& arguments); // credentialscommand.cpp
// Hands the transport the credentials' secrets this fwctl has (FW_CREDENTIAL_<NAME>, then the
// credentials file; docs/credentials.md): false, the reason printed naming the file, when the
// file is refused (others may read it, malformed).
bool attachCredentials(const QString& command, fw::HttpCalloutTransport& transport);
// The store's archive, opened, when the order is archived there (the read commands fall back to it);
// nullptr when it is not; failed (after printing why) when the archive cannot be read.
// `fwctl status` without an order: the store's orders by state and what its archive holds.
int printStoreStatus(const QString& command, fw::Database& store);
std::unique_ptr<fw::Database> archiveHolding(const QString& command, const fw::Database& store, const QString& orderId, bool& failed);

// The store file given with the global option "--db FILE", else $FW_DB, else the store the workbench
// uses too: ~/.local/share/fulfillment-workbench/fulfillment.db (store/storelocation.h).
QString& databasePath();
// Opens (checks and migrates) that store; prints the error and returns null when it cannot (a
// missing file becomes a new store; an empty or damaged one is refused: exit Failure). Read: a
// store this user cannot write is opened read-only, for the commands that only list.
enum class StoreAccess { Write, Read };
std::unique_ptr<class fw::Database> openStore(StoreAccess access = StoreAccess::Write);
// Who acts (the global option --as USER), else the OS login name (osLoginName). The command
// processor checks that it is a known active user with the role the action needs.
QString defaultUser();
QString& actingUser(); // the global --as; empty when not given
// Whether --db or $FW_DB named the store (commands for which the store is optional).
bool& databaseGiven();
void setDatabaseOption(const QString& path); // the global --db

// The installed base an order acting on assets (assetRef) is planned against by plan and publish:
// the store's (--db, $FW_DB, else the workbench's store when its file exists), opened for reading.
// Without a store lookup() is empty and every asset is unknown (a problem naming the asset).
class PlanningAssets {
public:
    PlanningAssets();
    ~PlanningAssets();
    // false (the reason printed): a store was named and cannot be opened.
    bool open(const QString& command);
    std::function<std::optional<struct fw::AssetState>(const QString&)> lookup();
    // Why reading an asset failed while planning, if it did.
    fw::Status status() const;

private:
    std::unique_ptr<fw::Database> m_store;
    std::unique_ptr<class fw::StoreAssetLookup> m_assets;
};

// fwctl's own diagnostics (--verbose): which store it opens and why.
Q_DECLARE_LOGGING_CATEGORY(fwctlLog)

// The remote store's global options: --remote CONNINFO (else $FW_REMOTE), --workstation ID,
// --lease-ttl SECONDS, --capacity N.
struct RemoteOptions {
    QString conninfo; // empty: no remote store
    QString workstation; // empty: the store's own id
    int leaseTtlSeconds = 60;
    int capacity = 500;
};
RemoteOptions& remoteOptions();
// Prints that the command needs --remote and returns false when none was given.
bool requireRemote(const QString& command, const QString& arguments = {}); // arguments: the rest of the example's command line
// Opens `connection` on the remote store (--remote) and brings its schema up to date; nullopt,
// or the exit code after saying why (Offline when it cannot be reached).
std::optional<int> openRemote(const QString& command, fw::PgConnection& connection);

} // namespace fw::cli

class QCommandLineOption;
class QCommandLineParser;
namespace fw {
class Clock;
class CommandProcessor;
class Executor;
struct Command;
struct CommandResult;
struct SyncSettings;
}
namespace fw::cli {
// The sync settings the global options give (the user: defaultUser()).
fw::SyncSettings syncSettings();

// runcommand.cpp, shared with `sync --follow`: one pass of a running engine (orders imported
// meanwhile, the request inbox, everything that can move; problems printed), the --endpoint
// ID=URL overrides (false after printing a bad one), and SIGINT/SIGTERM as a stop request.
fw::Result<int> engineTick(const QString& command, fw::Executor& executor, fw::CommandProcessor& processor, fw::Database& database,
                           const fw::Clock& clock);
bool setEndpoints(const QString& command, fw::Executor& executor, const QStringList& mappings);
void stopOnSignals();
bool stopRequested();

// The --endpoint ID=URL option (repeatable) of every command that may run an engine, and the
// overrides given with it or as a global option before the command; parseArguments collects
// them and refuses a malformed one. withEngine, run and sync --follow apply them.
QCommandLineOption endpointOption();
QStringList& endpointOverrides();

// The --wait SECONDS option of operator actions (default $FWCTL_WAIT_SECONDS, else 30) and its value.
QCommandLineOption waitOption();
int waitSeconds(const QCommandLineParser& parser);
// remoteactions.cpp: with --remote, an action on a replica (an order another workstation owns)
// is queued for its owner and fwctl waits up to waitSeconds for the owner's answer; a claim is
// decided in the remote store first. nullopt when the action is not for a replica: run it here.
std::optional<int> runOnOwner(const QString& command, fw::Database& database, const fw::Command& request, int waitSeconds);

// Leaves the request in the store's inbox for the engine that holds the store and waits (up to
// waitSeconds: --wait) for its outcome; prints the error (runcommand.cpp).
int handToRunningEngine(const QString& command, fw::Database& database, const fw::Command& request, const fw::Clock& clock,
                        int waitSeconds);

// Carries an operator action out through the command processor: on an engine of its own when none
// runs on the store, else through the store's request inbox for the running engine; with --remote
// an action on another workstation's order goes to its owner. Prints the answer (commandpath.cpp).
struct CliAction {
    QString action;
    QVariantMap args;
    QString actor;
};
int withEngine(const QString& command, const CliAction& action, int waitSeconds);
int withEngine(const QString& command, const fw::Command& request, int waitSeconds);
// A command given on this command line by `actor` (origin: CLI, this workstation).
fw::Command cliCommand(const QString& actor, const QString& action, const QVariantMap& args);
// Prints the processor's answer (a refusal as "COMMAND: refused: ...") and returns the exit code:
// Ok for done or queued, BadInput for refused or invalid, Failure when the store failed.
int report(const QString& command, const fw::CommandResult& result);
int exitCodeOf(const fw::CommandResult& result);
// report() for the answer to `request` (what the command prints itself is left out).
int answer(const QString& command, const fw::Command& request, fw::CommandResult result);

// The top-level help (helptext.cpp): commands and global options in one aligned column.
int printUsage(QTextStream& stream);
// A command's help: Qt's text with the usage line naming the command ("Usage: fwctl import
// [options] catalog|order FILE...") and the headings in the user's language.
QString commandHelp(const QCommandLineParser& parser, const QString& command);

// Parses a command's arguments; prints help (returns Ok) or the error (returns BadInput) when the
// command should stop, nullopt when it should go on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& usage, int positionalCount);
}
