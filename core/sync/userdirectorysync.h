#pragma once

#include "common/result.h"

namespace fw {

struct SyncSession;

// The users every workstation shares (docs/sync.md, "Users"): those changed in the remote store
// since the last pull replace this store's rows (the remote copy wins).
class UserDirectorySync {
public:
    explicit UserDirectorySync(SyncSession& session);

    Status pull();

private:
    SyncSession& m_session;
};

} // namespace fw
