// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl check: the full integrity check of a store (docs/store.md).
#include "cli.h"

#include "store/database.h"
#include "store/storecheck.h"

#include <QCommandLineParser>

namespace fw::cli {

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Checks the store (--db) in full: every page and index "
                                                   "(integrity_check) and every reference between rows "
                                                   "(foreign_key_check), reading only.\nExit 0 when it is sound, "
                                                   "1 when it is damaged (one line per problem), 2 when there is no "
                                                   "such store."),
                                         0))
        return *stop;
    const QString path = databasePath();
    const StoreCheckResult result = StoreCheck::run(path);
    if (result.ok()) {
        out() << path << ": " << Fwctl::tr("ok (%1 pages checked)").arg(result.pages) << '\n';
        return Ok;
    }
    for (const QString& problem : result.problems)
        err() << path << ": " << problem << '\n';
    if (!result.opened && result.problems.value(0) == QStringLiteral("no such file"))
        return BadInput;
    err() << path << ": " << Fwctl::tr("the store is damaged; %1").arg(Database::recoveryHint(path)) << '\n';
    return Failure;
}

} // namespace fw::cli
