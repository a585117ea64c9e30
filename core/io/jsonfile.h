// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace fw {

// The largest input file (catalog, order, change order) any reader accepts.
inline constexpr qint64 kMaxInputFileBytes = qint64(64) * 1024 * 1024;

// The path that names standard input ("-", as command-line tools write it) and how problems name it.
inline const QString kStandardInputPath = QStringLiteral("-");
// "stdin" for kStandardInputPath, else the path: the file name of a problem.
QString inputLabel(const QString& path);

// Reads an input file: a regular file of at most kMaxInputFileBytes, or "-" for standard input
// (read once, up to the same limit; a second read of "-" in the process gets the same bytes). Otherwise reports
// "FILE:: cannot read file: ..." (missing, unreadable, a FIFO or device, a directory, too large)
// and returns nullopt. Never blocks on a FIFO.
std::optional<QByteArray> readInputFile(const QString& path, Problems& problems);

// Reads and parses a JSON file (see readInputFile and parseJsonBounded, common/jsonparse.h). On
// failure reports "FILE:: cannot read ...", "FILE:: malformed JSON at line L, column C: ...",
// "FILE:/pointer: number '1e400' is out of range (line L, column C)" or "FILE:: nested deeper than
// 512 levels (line L, column C)" and returns nullopt.
std::optional<nlohmann::json> readJsonFile(const QString& path, Problems& problems);
std::optional<nlohmann::json> parseJsonText(const QByteArray& text, const QString& fileLabel, Problems& problems);

} // namespace fw
