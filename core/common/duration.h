#pragma once

#include <QString>

#include <optional>

namespace fw {

// Durations in catalogs are written as "1d", "4h", "30m", "45s" or combinations ("1d4h30m").
std::optional<qint64> parseDurationSeconds(const QString& text);
QString formatDuration(qint64 seconds);

} // namespace fw
