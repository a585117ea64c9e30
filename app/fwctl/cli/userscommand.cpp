// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl users: who may act on the store, with which roles and queues (docs/roles.md).

#include "cli.h"

#include "commands/commandprocessor.h"
#include "identity/userdirectory.h"
#include "store/database.h"
#include "store/storeclock.h"
#include "sync/pgconnection.h"
#include "sync/remoteusers.h"
#include "store/syncledger.h"

#include <QCommandLineParser>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    int listUsers(bool json)
    {
        const auto database = openStore(StoreAccess::Read);
        if (!database)
            return Failure;
        auto rows = nlohmann::json::array();
        const Result<std::vector<User>> read = UserDirectory(database->connection()).all();
        if (!read) {
            err() << "users: " << read.message() << '\n';
            return Failure;
        }
        const std::vector<User>& users = *read;
        qsizetype idWidth = 4;
        qsizetype nameWidth = 4;
        qsizetype rolesWidth = 5;
        for (const User& user : users) {
            idWidth = std::max(idWidth, user.id.size());
            nameWidth = std::max(nameWidth, user.displayName.size());
            rolesWidth = std::max(rolesWidth, user.roles.toText().size());
        }
        if (!json)
            out() << Fwctl::tr("USER").leftJustified(idWidth) << "  " << Fwctl::tr("NAME").leftJustified(nameWidth) << "  "
                  << Fwctl::tr("ROLES").leftJustified(rolesWidth) << "  " << Fwctl::tr("QUEUES") << '\n';
        for (const User& user : users) {
            if (json) {
                nlohmann::json queues = nlohmann::json::array();
                for (const QString& queue : user.queues)
                    queues.push_back(queue.toStdString());
                nlohmann::json roles = nlohmann::json::array();
                for (const QString& role : user.roles.names())
                    roles.push_back(role.toStdString());
                rows.push_back({ { "id", user.id.toStdString() },
                                 { "name", user.displayName.toStdString() },
                                 { "roles", roles },
                                 { "queues", queues },
                                 { "active", user.active } });
                continue;
            }
            out() << user.id.leftJustified(idWidth) << "  " << user.displayName.leftJustified(nameWidth) << "  "
                  << user.roles.toText().leftJustified(rolesWidth) << "  "
                  << (user.queues.isEmpty() ? QStringLiteral("-") : user.queues.join(QLatin1Char(',')))
                  << (user.active ? QString() : QStringLiteral("  ") + Fwctl::tr("(deactivated)")) << '\n';
        }
        if (json)
            out() << QString::fromStdString(rows.dump(2)) << '\n';
        return Ok;
    }

    // Users are shared through the remote store (docs/sync.md, "Users"): with --remote a change is
    // written there too (as a role in fw_user_admin), so every workstation gets it on its next
    // round. The processor decides first, on this store, whether the acting user may.
    int changeShared(const QString& command, Database& database, const Command& request, const QString& userId)
    {
        PgConnection connection(remoteOptions().conninfo);
        if (const auto stop = openRemote(command, connection)) {
            err() << command << ": " << Fwctl::tr("nothing changed (--local changes only this store)") << '\n';
            return *stop;
        }
        RemoteUsers remote(connection);
        if (const Status writable = remote.writeRefusal(); !writable) {
            err() << command << ": " << Fwctl::tr("refused: %1").arg(writable.message()) << "; " << Fwctl::tr("nothing changed") << '\n';
            return BadInput;
        }
        // The change applies to the shared state: the remote copy first replaces this store's.
        qint64 basedOn = 0;
        const Result<std::optional<User>> shared = remote.find(userId, &basedOn);
        if (!shared) {
            err() << command << ": " << shared.message() << "; " << Fwctl::tr("nothing changed") << '\n';
            return Failure;
        }
        UserDirectory users(database.connection());
        if (const std::optional<User>& current = *shared) {
            if (const Status replaced = users.replaceFromRemote(*current); !replaced) {
                err() << command << ": " << replaced.message() << '\n';
                return Failure;
            }
        }
        const auto clock = StoreClock::forStore(database.connection());
        const CommandResult result = CommandProcessor(database, *clock).process(request);
        if (!result.ok())
            return report(command, result);
        const auto read = users.lookup(userId);
        if (!read) {
            err() << command << ": " << read.message() << '\n';
            return Failure;
        }
        const std::optional<User>& changed = *read;
        if (!changed) {
            err() << command << ": " << Fwctl::tr("user %1 is not in the store after the change").arg(userId) << '\n';
            return Failure;
        }
        if (const Status written = remote.write(*changed, request.actor, basedOn); !written) {
            err() << command << ": "
                  << Fwctl::tr("changed in %1 but not in the remote store: %2; %3")
                         .arg(database.path(), written.message(),
                              request.action == QStringLiteral("user.add")
                                  ? Fwctl::tr("'fwctl users change %1 --remote' shares this store's copy").arg(userId)
                                  : Fwctl::tr("run the command again: it starts from the remote store's copy"))
                  << '\n';
            return Failure;
        }
        const int code = report(command, result);
        out() << command << ": " << Fwctl::tr("shared through the remote store; every workstation has it after its next sync round")
              << '\n';
        return code;
    }

} // namespace

int runUsers(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Fwctl::tr("list (the default), add, grant, revoke, change, deactivate or activate."));
    parser.addPositionalArgument(QStringLiteral("[NAME]"), Fwctl::tr("The user's login name (all but list)."));
    const QCommandLineOption roles(QStringLiteral("roles"),
                                   Fwctl::tr("add, grant, revoke: roles joined by commas (operator, resolver, supervisor, admin)."),
                                   QStringLiteral("R1,R2"));
    const QCommandLineOption queues(QStringLiteral("queues"), Fwctl::tr("add, change: the task queues the user works."),
                                    QStringLiteral("Q1,Q2"));
    const QCommandLineOption name(QStringLiteral("name"), Fwctl::tr("add, change: the display name."), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("list: print JSON."));
    const QCommandLineOption local(QStringLiteral("local"),
                                   Fwctl::tr("On a store that syncs: change only this store, not the users shared "
                                             "through the remote store (until the remote store next changes the user)."));
    parser.addOptions({ roles, queues, name, json, local });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Lists the store's users, or (an admin) adds one, grants or revokes "
                                                   "roles, changes queues or name, deactivates or activates one.\n"
                                                   "Roles: operator (tasks of their queues), resolver (fallout, fields), "
                                                   "supervisor (reassign, escalate, change orders, bulk actions, all queues), "
                                                   "admin (catalogs, users, remote settings)."),
                                         -1))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString command = arguments.value(0);
    const QString action = positional.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list"))
        return listUsers(parser.isSet(json));
    static const QStringList actions { QStringLiteral("add"),    QStringLiteral("grant"),      QStringLiteral("revoke"),
                                       QStringLiteral("change"), QStringLiteral("deactivate"), QStringLiteral("activate") };
    if (!actions.contains(action)) {
        err() << command << ": " << Fwctl::tr("unknown action '%1' (list, %2)").arg(action, actions.join(QStringLiteral(", "))) << '\n';
        return BadInput;
    }
    if (positional.size() < 2) {
        err() << command << ' ' << action << ": " << Fwctl::tr("which user? (fwctl users %1 NAME)").arg(action) << '\n';
        return BadInput;
    }
    QVariantMap args { { QStringLiteral("user"), positional.at(1) } };
    // The roles of grant and revoke may also follow the name: fwctl users grant anna supervisor
    const QString roleList = parser.isSet(roles) ? parser.value(roles) : positional.value(2);
    QString processorAction = QStringLiteral("user.change");
    if (action == QLatin1String("add") || action == QLatin1String("grant") || action == QLatin1String("revoke")) {
        if (roleList.isEmpty()) {
            err() << command << ' ' << action << ": " << Fwctl::tr("--roles is required (operator, resolver, supervisor, admin)") << '\n';
            return BadInput;
        }
        args.insert(action == QLatin1String("add") ? QStringLiteral("roles") : action, roleList);
        if (action == QLatin1String("add"))
            processorAction = QStringLiteral("user.add");
    }
    if (action == QLatin1String("deactivate"))
        processorAction = QStringLiteral("user.deactivate");
    if (action == QLatin1String("activate"))
        args.insert(QStringLiteral("active"), true);
    if (parser.isSet(queues))
        args.insert(QStringLiteral("queues"), parser.value(queues));
    if (parser.isSet(name))
        args.insert(QStringLiteral("name"), parser.value(name));
    const auto database = openStore();
    if (!database)
        return Failure;
    const Command request = cliCommand(defaultUser(), processorAction, args);
    if (!parser.isSet(local)) {
        if (!remoteOptions().conninfo.isEmpty())
            return changeShared(command + QLatin1Char(' ') + action, *database, request, positional.at(1));
        const QString workstation = SyncLedger(database->connection()).value(QStringLiteral("workstation")).valueOr(QString());
        if (!workstation.isEmpty()) {
            err() << command << ' ' << action << ": "
                  << Fwctl::tr("this store syncs through a remote store (workstation %1), where the users are shared: give --remote "
                               "CONNINFO (a role in fw_user_admin) so every workstation gets the change, or --local to change only this "
                               "store (until the remote store next changes %2); nothing changed")
                         .arg(workstation, positional.at(1))
                  << '\n';
            return BadInput;
        }
    }
    const auto clock = StoreClock::forStore(database->connection());
    return report(command, CommandProcessor(*database, *clock).process(request));
}

} // namespace fw::cli
