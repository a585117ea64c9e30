// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"

#include <QDateTime>
#include <QString>

namespace fw {

// How jeopardy reasons spell figures (English, as the reasons are stored; a GUI shows them translated:
// core/common/enginetext.h).
// Durations: "45s", "12m", "5h", "3h 05m", "2d", "1d 4h" (never negative: "0s").
QString formatSlaDuration(qint64 seconds);
// Instants in UTC without the year: "26 Nov 14:20 UTC".
QString formatSlaInstant(const QDateTime& time);
// A threshold as written in a catalog: "120%" or a duration ("8h", "1h 30m").
QString formatThreshold(const JeopardyThreshold& threshold);

} // namespace fw
