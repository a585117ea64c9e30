// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace fw {

// The value at an RFC 6901 JSON pointer ("" is the document, "/items/0/id"), or null when the
// pointer is malformed or names nothing. Never throws (nlohmann's json_pointer does).
const nlohmann::json* findJsonPointer(const nlohmann::json& document, const QString& pointer);

// Whether text is a well-formed JSON pointer: "" or "/"-separated tokens, "~" only as "~0" or "~1".
bool isJsonPointer(const QString& text);

} // namespace fw
