// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace fw {

// The longest duration any input may give: about a century (36600d). Longer ones are refused, so
// that no duration overflows when turned into milliseconds or added to a date.
inline constexpr qint64 kMaxDurationSeconds = qint64(36600) * 86400;

// The longest request timeout: timeouts are kept as int milliseconds (24d20h31m23s).
inline constexpr qint64 kMaxTimeoutSeconds = 2147483;

// Durations in catalogs are written as "1d", "4h", "30m", "45s" or combinations ("1d4h30m"), or in
// ISO 8601 form ("PT15M", "P1D", "P1DT2H30M", "P2W"; not years or months, which have no fixed
// length). Returns nullopt when text is not a duration or is longer than kMaxDurationSeconds.
std::optional<qint64> parseDurationSeconds(const QString& text);

// Why text is not a duration of at most maximumSeconds, "" when it is one:
// "'5 minutes' is not a duration (write e.g. ...)", "'99999999999999999999d' is longer than 36600d".
QString durationProblem(const QString& text, qint64 maximumSeconds = kMaxDurationSeconds);

QString formatDuration(qint64 seconds);

} // namespace fw
