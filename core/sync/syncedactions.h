#pragma once

#include <QString>

namespace fw {

class Executor;
class SyncAgent;
struct OperatorRequest;

// An operator action on a workstation that syncs (docs/sync.md, "Commands" and "Claims"):
// - a task claim is decided in the remote store first; the loser is told who holds it and since
//   when. Offline, a claim on an order this engine runs is applied here and asserted when the
//   remote store is back (a lost one becomes a conflict);
// - an action on a replica is queued for the order's owner;
// - anything else is applied by this engine, and a completed or released task frees its claim.
class SyncedActions {
public:
    struct Outcome {
        enum class Kind { Applied, Queued, Failed } kind = Kind::Applied;
        QString message; // the error (Failed), who it was sent to (Queued), or what was done (Applied, may be empty)
        qint64 queuedId = 0; // Queued: the sync_outbox row whose answer comes later
    };
    static Outcome perform(SyncAgent& agent, Executor& executor, const OperatorRequest& request);
};

} // namespace fw
