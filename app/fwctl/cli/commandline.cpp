// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "cli.h"
#include "common/result.h"

#include <QCoreApplication>

#include <optional>

namespace fw::cli {

namespace {
    int printUsage(QTextStream& stream)
    {
        stream << "Usage: fwctl COMMAND [OPTIONS]\n\n"
                  "Headless command-line interface of Fulfillment Workbench.\n\nCommands:\n";
        for (const auto& command : commands())
            stream << "  " << command.name.leftJustified(11) << command.summary << '\n';
        stream << "\nGlobal options (before the command):\n"
                  "  --db FILE             the store (SQLite) the commands use; default ./fulfillment.db\n"
                  "  --as USER             who acts: a known active user of the store (default: your login name;\n"
                  "                        'fwctl users list' shows them, an admin adds them with 'fwctl users add')\n"
                  "  --remote CONNINFO     the remote store (PostgreSQL; libpq 'host=... dbname=... user=...' or a\n"
                  "                        postgresql:// URI; default $FW_REMOTE); the password from ~/.pgpass.\n"
                  "                        With it, actions on another workstation's order go to that workstation.\n"
                  "  --workstation ID      this store's workstation id (default: made once and kept in the store)\n"
                  "  --lease-ttl SECONDS   how long an order stays ours without a sync round (default 60)\n"
                  "  --capacity N          active orders this workstation takes at most (default 500)\n"
                  "  --endpoint ID=URL     send a catalog endpoint's callouts elsewhere, for every command that\n"
                  "                        runs the engine (repeatable; e.g. inventory=http://127.0.0.1:8480/inventory)\n"
                  "\nRun 'fwctl COMMAND --help' for the options of a command.\n"
                  "Exit codes: 0 success, 1 failure, 2 invalid input or usage, 3 remote store unreachable.\n";
        stream.flush();
        return 0;
    }

    // Takes the global options off the front of the arguments; an error text for a bad one.
    Status takeGlobalOptions(QStringList& arguments)
    {
        static const QStringList names { QStringLiteral("--db"),          QStringLiteral("--as"),        QStringLiteral("--remote"),
                                         QStringLiteral("--workstation"), QStringLiteral("--lease-ttl"), QStringLiteral("--capacity"),
                                         QStringLiteral("--endpoint") };
        while (arguments.size() >= 2) {
            QString name = arguments[1];
            QString value;
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            if (equals > 0) {
                value = name.mid(equals + 1);
                name.truncate(equals);
            }
            if (!names.contains(name))
                return {};
            if (equals > 0) {
                arguments.removeAt(1);
            } else if (arguments.size() >= 3) {
                value = arguments[2];
                arguments.remove(1, 2);
            } else {
                return failure(QStringLiteral("%1 needs a value").arg(name));
            }
            bool numeric = false;
            const int number = value.toInt(&numeric);
            RemoteOptions& remote = remoteOptions();
            if (name == QStringLiteral("--db")) {
                databasePath() = value;
                databaseGiven() = true;
            } else if (name == QStringLiteral("--as")) {
                actingUser() = value;
            } else if (name == QStringLiteral("--remote")) {
                remote.conninfo = value;
            } else if (name == QStringLiteral("--endpoint")) {
                if (value.indexOf(QLatin1Char('=')) <= 0)
                    return failure(QStringLiteral("--endpoint expects ID=URL, got '%1'").arg(value));
                endpointOverrides() << value;
            } else if (name == QStringLiteral("--workstation")) {
                remote.workstation = value;
            } else if (!numeric || number < (name == QStringLiteral("--capacity") ? 0 : 1)) {
                return failure(QStringLiteral("%1 expects a number, got '%2'").arg(name, value));
            } else if (name == QStringLiteral("--lease-ttl")) {
                remote.leaseTtlSeconds = number;
            } else {
                remote.capacity = number;
            }
        }
        return {};
    }
} // namespace

int runCommandLine(QStringList arguments, QTextStream* output, QTextStream* errors)
{
    const SessionScope scope(output, errors); // options and streams of this command line only
    if (const Status taken = takeGlobalOptions(arguments); !taken) {
        err() << "fwctl: " << taken.message() << "\n\n";
        printUsage(err());
        return BadInput;
    }
    if (arguments.size() < 2 || arguments[1] == QStringLiteral("--help") || arguments[1] == QStringLiteral("-h")
        || arguments[1] == QStringLiteral("help")) {
        return arguments.size() < 2 ? (printUsage(err()), BadInput) : printUsage(out());
    }
    if (arguments[1] == QStringLiteral("--version")) {
        out() << "fwctl " << QStringLiteral(PROJECT_VERSION_STRING) << '\n';
        return Ok;
    }
    const QString name = arguments[1];
    for (const auto& command : commands()) {
        if (command.name == name) {
            arguments.removeAt(1);
            arguments[0] = QStringLiteral("fwctl ") + name;
            return command.run(arguments);
        }
    }
    err() << "fwctl: unknown command '" << name << "'\n\n";
    printUsage(err());
    return BadInput;
}

} // namespace fw::cli
