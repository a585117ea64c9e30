// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>

namespace fw {

struct OrderRuntime;

// Whether a waiting pause step may complete now: its signal received, its line field equal to the
// expected value, or its date reached. An error when its date template does not render to a date
// (the run loop then opens the step's fallout).
Result<bool> pauseSatisfied(const OrderRuntime& order, int step, const QDateTime& now);
// A time pause's date, from its template over the order's fields (a date means 00:00 UTC).
Result<QDateTime> pauseDate(const OrderRuntime& order, int step);

} // namespace fw
