// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "duration.h"
#include "problem.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>

namespace fw {

// Reads one JSON node while tracking its JSON pointer, and reports every type or shape problem to a
// shared list instead of stopping at the first. Readers of the catalog and order formats are
// written with it, so each message names the file, the pointer and the reason.
class JsonCursor {
public:
    JsonCursor(const nlohmann::json& node, QString file, QString pointer, Problems& problems);

    const nlohmann::json& node() const { return m_node; }
    const QString& pointer() const { return m_pointer; }
    const QString& file() const { return m_file; }
    Problems& problems() const { return m_problems; }

    void error(const QString& message) const;
    void errorAt(const char* key, const QString& message) const;

    bool expectObject() const; // reports and returns false when the node is not an object
    bool has(const char* key) const;
    JsonCursor child(const char* key) const; // the node must be an object that has key
    JsonCursor element(std::size_t index) const;

    // Fields of an object node. Required fields report when missing; all report wrong types.
    QString string(const char* key, bool required, const QString& fallback = {}) const;
    // Integers outside [minimum, maximum] are reported ("must be at most 2147483647, found ...").
    std::optional<qint64> integer(const char* key, bool required, qint64 minimum = 0,
                                  qint64 maximum = std::numeric_limits<int>::max()) const;
    std::optional<double> number(const char* key, bool required) const;
    bool boolean(const char* key, bool fallback) const;
    QStringList stringList(const char* key, bool required) const;
    QVariant scalarOrTree(const char* key) const; // any JSON value as QVariant (null when absent)
    QVariantMap object(const char* key) const; // a JSON object of any values, empty when absent
    // "1d4h30m" or ISO 8601 "P1DT4H30M" -> seconds; longer than maximumSeconds is reported.
    std::optional<qint64> duration(const char* key, bool required, qint64 maximumSeconds = kMaxDurationSeconds) const;

    // Calls visit(elementCursor, index) for each element of the array at key.
    // Returns false when the key is absent (reported when required) or not an array.
    bool forEach(const char* key, bool required, const std::function<void(const JsonCursor&, std::size_t)>& visit) const;

    // Reports every key not in allowed ("unknown field 'dependson'") so typos are never ignored.
    void rejectUnknownKeys(std::initializer_list<const char*> allowed) const;

private:
    const nlohmann::json* field(const char* key, bool required) const;
    QString childPointer(const char* key) const;

    const nlohmann::json& m_node;
    QString m_file;
    QString m_pointer;
    Problems& m_problems;
};

} // namespace fw
