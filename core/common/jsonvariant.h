// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <nlohmann/json_fwd.hpp>

namespace fw {

inline QString toQString(const std::string& text)
{
    return QString::fromStdString(text);
}
inline std::string utf8(const QString& text)
{
    return text.toStdString();
}

// A string list as a JSON array, and as the store's JSON array text ("[\"a\",\"b\"]") and back
// (text that is not an array of strings gives an empty list).
nlohmann::json toJsonArray(const QStringList& list);
QString toJsonArrayText(const QStringList& list);
QStringList fromJsonArrayText(const QString& text);

// JSON <-> QVariant (objects become QVariantMap, arrays QVariantList, integers qint64).
QVariant jsonToVariant(const nlohmann::json& value);
nlohmann::json variantToJson(const QVariant& value);

// A short description of a JSON value's type for error messages ("a string", "an array", ...).
QString jsonTypeName(const nlohmann::json& value);

} // namespace fw
