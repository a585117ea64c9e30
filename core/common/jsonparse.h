// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <optional>

namespace fw {

// Deepest nesting of arrays and objects any JSON input may have. Deeper documents are refused
// before a tree is built, so nothing that walks a tree recursively can run out of stack.
inline constexpr int kMaxJsonDepth = 512;

// The outcome of parsing JSON text: the value, or where and why it was refused. Parsing never
// throws: syntax errors, numbers out of range ("1e400") and nesting past kMaxJsonDepth are
// reported as a message ("malformed JSON at line 3, column 5: ...", "number '1e400' is out of
// range (line 7, column 24)", "nested deeper than 512 levels (line 1, column 513)") with the JSON
// pointer of the value concerned ("" when it is the document or unknown).
struct JsonParseResult {
    std::optional<nlohmann::json> value;
    QString pointer;
    QString message;

    bool ok() const { return value.has_value(); }
};

[[nodiscard]] JsonParseResult parseJsonBounded(const QByteArray& text);

// A command-line option's JSON (fwctl --data, --fields, --payload, set-field VALUE). A failure's
// message reads "--data: /x: number '1e400' is out of range (line 1, column 11)" or
// "--data must be a JSON object, found an array".
Result<QVariant> jsonValueOption(const QString& option, const QString& text);
Result<QVariantMap> jsonObjectOption(const QString& option, const QString& text);

} // namespace fw
