// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>

namespace fw {

class Database;

// Gives a new demo store an installed base from earlier years whose subscriptions come up for
// renewal (docs/assets.md, "Renewals"): SaaS suites and fibre bundles of the sample accounts and a
// few more, priced, with terms ending over the next five months. Those already within their lead
// time are opened in the register (one claimed by a colleague), the rest are upcoming; a
// disconnected site has none.
Status addDemoRenewals(Database& database, const QDateTime& now);

} // namespace fw
