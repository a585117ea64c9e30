// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

namespace fw {

struct SyncSession;

// Copies catalogs published in the remote store that the local store lacks (docs/sync.md,
// "Publishing"). A catalog refused here is not an error of the round: its problem becomes the
// agent's last error and the copy goes on.
class CatalogCopier {
public:
    explicit CatalogCopier(SyncSession& session);

    Status copy();

private:
    SyncSession& m_session;
};

} // namespace fw
