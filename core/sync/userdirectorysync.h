// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
