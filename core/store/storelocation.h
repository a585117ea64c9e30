// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

// Where the store lives when no --db names one, the same for the workbench and fwctl whatever
// their application names: fulfillment.db in the XDG data directory,
// $XDG_DATA_HOME/fulfillment-workbench/ (by default ~/.local/share/fulfillment-workbench/).
QString standardStorePath();

// The store a program uses without --db: $FW_DB when it is set and not empty, else
// standardStorePath(). (--db wins over both; the caller checks it first.)
QString defaultStorePath();

// Whether the default store was named by $FW_DB rather than taken from the XDG data directory.
bool storeFromEnvironment();

} // namespace fw
