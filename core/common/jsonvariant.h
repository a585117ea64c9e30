#pragma once

#include <QString>
#include <QVariant>

#include <nlohmann/json_fwd.hpp>

namespace fw {

inline QString toQString(const std::string& text) { return QString::fromStdString(text); }

// JSON <-> QVariant (objects become QVariantMap, arrays QVariantList, integers qint64).
QVariant jsonToVariant(const nlohmann::json& value);
nlohmann::json variantToJson(const QVariant& value);

// A short description of a JSON value's type for error messages ("a string", "an array", ...).
QString jsonTypeName(const nlohmann::json& value);

} // namespace fw
