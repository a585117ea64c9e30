// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "command.h"

#include <QSqlDatabase>

#include <functional>

namespace fw {

// A supervisor's bulk fallout action (fallout.bulk-retry, fallout.bulk-skip) over the open cases of
// one signature (falloutSignature: the same problem), one queue, all, or the listed case ids
// ({signature | queue | all | cases, reason (skip), resume, dryRun}). Each case goes through `single`
// as fallout.retry or fallout.skip by the same actor (the bulk action's authority covers them); the
// answer has one line per case ("case 12 (order O-1, step ship): done"). resume: a retry resumes an
// order after its last case (default true); a skip resumes the orders it leaves without open cases
// only when asked ("order O-1 resumed: done"). Done when every case succeeded (or a dry run),
// Failed when some did not, Invalid when no case matches.
class BulkFallout {
public:
    explicit BulkFallout(QSqlDatabase database);
    CommandResult apply(const Command& command, const std::function<CommandResult(const Command&)>& single);

private:
    QSqlDatabase m_database;
};

} // namespace fw
