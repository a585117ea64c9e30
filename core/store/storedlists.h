// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace fw {

// Stored JSON read straight from a row's UTF-8 text (no QString on the way), bounded like every
// stored document (store/storedjson.h): a damaged text gives a discarded value, never a throw.
nlohmann::json parseStoredUtf8(std::string_view text);

// A stored list of ids (a step's lines and dependencies, a line's source items and rules): a JSON
// array of texts, else nullopt (damaged). The common ASCII shape is read without a JSON tree.
std::optional<QStringList> storedIdList(std::string_view text);

// A stored JSON object (a line's attributes and fields); "{}" without a parser.
nlohmann::json storedObject(std::string_view text);

} // namespace fw
