#pragma once

#include "command.h"

#include <QSqlDatabase>

#include <functional>

namespace fw {

// A supervisor's bulk fallout action (fallout.bulk-retry, fallout.bulk-skip) over the open cases of
// one signature (falloutSignature: the same problem), one queue, or all ({signature | queue | all,
// reason (skip), dryRun}). Each case goes through `single` as fallout.retry or fallout.skip by the
// same actor; the answer has one line per case ("case 12 (order O-1, step ship): done").
// Done when every case succeeded (or a dry run), Failed when some did not, Invalid when no case matches.
class BulkFallout {
public:
    explicit BulkFallout(QSqlDatabase database);
    CommandResult apply(const Command& command, const std::function<CommandResult(const Command&)>& single);

private:
    QSqlDatabase m_database;
};

} // namespace fw
