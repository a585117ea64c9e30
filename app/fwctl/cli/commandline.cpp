// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "cli.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <optional>

namespace fw::cli {

namespace {
    // Takes the global options off the front of the arguments; an error text for a bad one.
    Status takeGlobalOptions(QStringList& arguments)
    {
        static const QStringList names { QStringLiteral("--db"),          QStringLiteral("--as"),        QStringLiteral("--remote"),
                                         QStringLiteral("--workstation"), QStringLiteral("--lease-ttl"), QStringLiteral("--capacity"),
                                         QStringLiteral("--endpoint") };
        while (arguments.size() >= 2) {
            if (arguments[1] == QLatin1String("--verbose")) {
                // Debug output of every fw.* category; QT_LOGGING_RULES, read after these rules, still decides.
                QLoggingCategory::setFilterRules(QStringLiteral("fw.*.debug=true"));
                arguments.removeAt(1);
                continue;
            }
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
                return failure(Fwctl::tr("%1 needs a value").arg(name));
            }
            bool numeric = false;
            const int number = value.toInt(&numeric);
            RemoteOptions& remote = remoteOptions();
            if (name == QStringLiteral("--db")) {
                setDatabaseOption(value);
            } else if (name == QStringLiteral("--as")) {
                actingUser() = value;
            } else if (name == QStringLiteral("--remote")) {
                remote.conninfo = value;
            } else if (name == QStringLiteral("--endpoint")) {
                if (value.indexOf(QLatin1Char('=')) <= 0)
                    return failure(Fwctl::tr("--endpoint expects ID=URL, got '%1'").arg(value));
                endpointOverrides() << value;
            } else if (name == QStringLiteral("--workstation")) {
                remote.workstation = value;
            } else if (!numeric || number < (name == QStringLiteral("--capacity") ? 0 : 1)) {
                return failure(Fwctl::tr("%1 expects a number, got '%2'").arg(name, value));
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
    err() << "fwctl: " << Fwctl::tr("unknown command '%1'").arg(name) << "\n\n";
    printUsage(err());
    return BadInput;
}

} // namespace fw::cli
