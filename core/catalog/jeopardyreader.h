// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"

namespace fw {

class JsonCursor;

// The structure of jeopardy rules and business calendars (docs/catalog-format.md, "Jeopardy
// rules and business calendars"): thresholds, actions, match fields, days, hours, time zones,
// holidays. References (queues, lanes, steps, calendars) are CatalogValidator's.
JeopardyRule readJeopardyRule(const JsonCursor& cursor);
BusinessCalendarSpec readBusinessCalendar(const JsonCursor& cursor);

} // namespace fw
