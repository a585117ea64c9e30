// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fw {

class PgConnection;

// The remote store's tables (schema `fw`, docs/sync.md) and their forward migrations, recorded in
// fw.schema_version like the local store's. Every workstation migrates on connect; the migrations
// run under an advisory lock, so two workstations starting together do not both run one.
class RemoteSchema {
public:
    static int latestVersion();
    // Success when the schema is current (migrated if needed), else the reason.
    static Status migrate(PgConnection& connection);
    // Up to `version` only (tests of an upgrade from an older remote store).
    static Status migrateTo(PgConnection& connection, int version);
    // The GRANT statements for the protocol's roles (fw_workstation, fw_publisher).
    static QStringList roleGrants();
};

} // namespace fw
