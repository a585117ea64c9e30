// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonvariant.h"

#include "jsonparse.h"

#include <nlohmann/json.hpp>

#include <limits>

namespace fw {

namespace {
    // Values nested deeper than this become null instead of exhausting the stack. Input parsed by
    // parseJsonBounded (common/jsonparse.h) never comes near it.
    constexpr int kMaxVariantDepth = 4 * kMaxJsonDepth;

    QVariant jsonToVariantAt(const nlohmann::json& value, int depth);
    nlohmann::json variantToJsonAt(const QVariant& value, int depth);
} // namespace

QVariant jsonToVariant(const nlohmann::json& value)
{
    return jsonToVariantAt(value, 0);
}
nlohmann::json variantToJson(const QVariant& value)
{
    return variantToJsonAt(value, 0);
}

namespace {
    QVariant jsonToVariantAt(const nlohmann::json& value, int depth)
    {
        if (depth > kMaxVariantDepth)
            return {};
        switch (value.type()) {
        case nlohmann::json::value_t::null:
        case nlohmann::json::value_t::discarded:
            return {};
        case nlohmann::json::value_t::boolean:
            return value.get<bool>();
        case nlohmann::json::value_t::number_integer:
            return QVariant::fromValue<qint64>(value.get<qint64>());
        case nlohmann::json::value_t::number_unsigned:
            if (value.get<quint64>() > quint64(std::numeric_limits<qint64>::max())) // not wrapped to a negative number
                return static_cast<double>(value.get<quint64>());
            return QVariant::fromValue<qint64>(static_cast<qint64>(value.get<quint64>()));
        case nlohmann::json::value_t::number_float:
            return value.get<double>();
        case nlohmann::json::value_t::string:
            return toQString(value.get_ref<const std::string&>());
        case nlohmann::json::value_t::array: {
            QVariantList list;
            list.reserve(static_cast<qsizetype>(value.size()));
            for (const auto& element : value)
                list.append(jsonToVariantAt(element, depth + 1));
            return list;
        }
        case nlohmann::json::value_t::object: {
            QVariantMap map;
            for (auto it = value.begin(); it != value.end(); ++it)
                map.insert(toQString(it.key()), jsonToVariantAt(it.value(), depth + 1));
            return map;
        }
        case nlohmann::json::value_t::binary:
            break;
        }
        return {};
    }

    nlohmann::json variantToJsonAt(const QVariant& value, int depth)
    {
        if (depth > kMaxVariantDepth)
            return nullptr;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            return nullptr;
        case QMetaType::Bool:
            return value.toBool();
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return value.toLongLong();
        case QMetaType::Double:
        case QMetaType::Float:
            return value.toDouble();
        case QMetaType::QVariantList:
        case QMetaType::QStringList: {
            auto array = nlohmann::json::array();
            for (const QVariant& element : value.toList())
                array.push_back(variantToJsonAt(element, depth + 1));
            return array;
        }
        case QMetaType::QVariantMap: {
            auto object = nlohmann::json::object();
            const QVariantMap map = value.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                object[it.key().toStdString()] = variantToJsonAt(it.value(), depth + 1);
            return object;
        }
        default:
            return value.toString().toStdString();
        }
    }

} // namespace

QString jsonTypeName(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return QStringLiteral("null");
    case nlohmann::json::value_t::boolean:
        return QStringLiteral("a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return QStringLiteral("an integer");
    case nlohmann::json::value_t::number_float:
        return QStringLiteral("a number");
    case nlohmann::json::value_t::string:
        return QStringLiteral("a string");
    case nlohmann::json::value_t::array:
        return QStringLiteral("an array");
    case nlohmann::json::value_t::object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("an unsupported value");
    }
}

nlohmann::json toJsonArray(const QStringList& list)
{
    auto array = nlohmann::json::array();
    for (const QString& s : list)
        array.push_back(s.toStdString());
    return array;
}

QString toJsonArrayText(const QStringList& list)
{
    return QString::fromStdString(toJsonArray(list).dump());
}

QStringList fromJsonArrayText(const QString& text)
{
    QStringList list;
    const auto array = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!array.is_array())
        return list;
    for (const auto& element : array) {
        if (element.is_string())
            list << toQString(element.get<std::string>());
    }
    return list;
}

} // namespace fw
