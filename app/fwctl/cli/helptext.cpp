// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl's help: the top-level usage (commands and global options in one aligned column) and each
// command's help, whose usage line names the command ("Usage: fwctl import [options] ...").

#include "cli.h"

#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fw::cli {

namespace {
    constexpr int helpWidth = 79;

    // "  NAME   text that wraps at helpWidth, continued under the text" for each entry, one column.
    void printTable(QTextStream& stream, const std::vector<std::pair<QString, QString>>& entries, int column)
    {
        for (const auto& [name, text] : entries) {
            QString line = QStringLiteral("  ") + name.leftJustified(column - 2);
            if (name.size() > column - 4) {
                stream << line.trimmed().prepend(QStringLiteral("  ")) << '\n';
                line = QString(column, QLatin1Char(' '));
            }
            int used = 0;
            for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (used > 0 && column + used + 1 + word.size() > helpWidth) {
                    stream << line << '\n';
                    line = QString(column, QLatin1Char(' '));
                    used = 0;
                }
                if (used > 0) {
                    line += QLatin1Char(' ');
                    ++used;
                }
                line += word;
                used += int(word.size());
            }
            stream << line << '\n';
        }
    }

    std::vector<std::pair<QString, QString>> globalOptions()
    {
        return {
            { QStringLiteral("--db FILE"),
              Fwctl::tr("The store (SQLite) the commands use (default: $FW_DB, else the workbench's store %1).")
                  .arg(QStringLiteral("~/.local/share/fulfillment-workbench/fulfillment.db")) },
            { QStringLiteral("--as USER"),
              Fwctl::tr("Who acts: a known active user of the store (default: your login name; 'fwctl users list' shows them, an "
                        "admin adds them with 'fwctl users add').") },
            { QStringLiteral("--remote CONNINFO"),
              Fwctl::tr("The remote store (PostgreSQL; libpq 'host=... dbname=... user=...' or a postgresql:// URI; default "
                        "$FW_REMOTE); the password from ~/.pgpass. With it, actions on another workstation's order go to that "
                        "workstation.") },
            { QStringLiteral("--workstation ID"), Fwctl::tr("This store's workstation id (default: made once and kept in the store).") },
            { QStringLiteral("--lease-ttl SECONDS"), Fwctl::tr("How long an order stays ours without a sync round (default 60).") },
            { QStringLiteral("--capacity N"), Fwctl::tr("Active orders this workstation takes at most (default 500).") },
            { QStringLiteral("--endpoint ID=URL"),
              Fwctl::tr("Send a catalog endpoint's callouts elsewhere, for every command that runs the engine (repeatable; e.g. "
                        "inventory=http://127.0.0.1:8480/inventory).") },
            { QStringLiteral("--verbose"),
              Fwctl::tr("Print diagnostics (the fw.* logging categories' debug messages; QT_LOGGING_RULES overrides).") },
            { QStringLiteral("--version"), Fwctl::tr("Print the version.") },
            { QStringLiteral("-h, --help"), Fwctl::tr("Print this help; 'fwctl COMMAND --help' prints a command's.") },
        };
    }
} // namespace

int printUsage(QTextStream& stream)
{
    stream << Fwctl::tr("Usage: fwctl [GLOBAL OPTIONS] COMMAND [OPTIONS]") << "\n\n"
           << Fwctl::tr("Headless command-line interface of Fulfillment Workbench.") << "\n\n"
           << Fwctl::tr("Commands:") << '\n';
    std::vector<std::pair<QString, QString>> commandList;
    for (const auto& command : commands())
        commandList.emplace_back(command.name, command.summary());
    const auto options = globalOptions();
    int column = 0;
    for (const auto& entries : { commandList, options })
        for (const auto& entry : entries)
            column = std::max(column, int(entry.first.size()) + 4);
    printTable(stream, commandList, column);
    stream << '\n' << Fwctl::tr("Global options (before the command):") << '\n';
    printTable(stream, options, column);
    stream << '\n'
           << Fwctl::tr("A FILE argument of - reads standard input.") << '\n'
           << Fwctl::tr("Exit codes: 0 success, 1 failure, 2 invalid input or usage, 3 remote store\nunreachable.") << '\n';
    stream.flush();
    return Ok;
}

QString commandHelp(const QCommandLineParser& parser, const QString& command)
{
    // Qt's text starts "Usage: PROGRAM [options] ARGUMENTS" (translated by Qt's own catalogue when
    // qt6-translations-l10n is installed: "Aufruf: PROGRAM [Optionen] ARGUMENTS"); fwctl names the
    // command instead and says the rest in the user's language. The arguments follow the first ']'.
    QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    if (!lines.isEmpty()) {
        QString& usage = lines.first();
        const qsizetype options = usage.indexOf(QLatin1Char(']'));
        const QString rest = options < 0 ? QString() : usage.mid(options + 1);
        usage = Fwctl::tr("Usage: %1 [options]%2").arg(command, rest);
    }
    for (QString& line : lines) {
        if (line == QLatin1String("Options:"))
            line = Fwctl::tr("Options:");
        else if (line == QLatin1String("Arguments:"))
            line = Fwctl::tr("Arguments:");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace fw::cli
