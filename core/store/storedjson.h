// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/jsonparse.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace fw {

// JSON text read back from the store, parsed like any other input (parseJsonBounded: never throws,
// bounded depth): a document cut short, a number out of range (1e400) or nesting too deep (a row
// synced from elsewhere) gives a discarded value (is_discarded()), so one damaged row is reported
// (and its order set aside) rather than aborting the process.
inline nlohmann::json parseStoredJson(const QString& text)
{
    JsonParseResult parsed = parseJsonBounded(text.toUtf8());
    return parsed.ok() ? std::move(*parsed.value) : nlohmann::json(nlohmann::json::value_t::discarded);
}

} // namespace fw

namespace fw {

// object[key] as text when object is an object and the member a string, else empty: reading a
// stored document never throws on a member of the wrong type.
inline QString storedString(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

} // namespace fw
