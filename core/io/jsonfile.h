#pragma once

#include "common/problem.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace fw {

// Reads and parses a JSON file. On failure reports "FILE:: cannot read ..." or
// "FILE:: malformed JSON at line L, column C: ..." and returns nullopt.
std::optional<nlohmann::json> readJsonFile(const QString& path, Problems& problems);
std::optional<nlohmann::json> parseJsonText(const QByteArray& text, const QString& fileLabel, Problems& problems);

} // namespace fw
