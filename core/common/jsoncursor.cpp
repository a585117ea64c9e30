// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsoncursor.h"

#include "duration.h"
#include "jsonvariant.h"

#include <QSet>

namespace fw {

QString escapePointerToken(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"));
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return escaped;
}

JsonCursor::JsonCursor(const nlohmann::json& node, QString file, QString pointer, Problems& problems)
    : m_node(node)
    , m_file(std::move(file))
    , m_pointer(std::move(pointer))
    , m_problems(problems)
{
}

void JsonCursor::error(const QString& message) const
{
    m_problems.push_back({ m_file, m_pointer, message });
}

void JsonCursor::errorAt(const char* key, const QString& message) const
{
    m_problems.push_back({ m_file, childPointer(key), message });
}

QString JsonCursor::childPointer(const char* key) const
{
    return m_pointer + QLatin1Char('/') + escapePointerToken(QString::fromUtf8(key));
}

bool JsonCursor::expectObject() const
{
    if (m_node.is_object())
        return true;
    error(QStringLiteral("expected an object, found %1").arg(jsonTypeName(m_node)));
    return false;
}

bool JsonCursor::has(const char* key) const
{
    return m_node.is_object() && m_node.contains(key);
}

JsonCursor JsonCursor::child(const char* key) const
{
    return JsonCursor(m_node.at(key), m_file, childPointer(key), m_problems);
}

JsonCursor JsonCursor::element(std::size_t index) const
{
    return JsonCursor(m_node.at(index), m_file, m_pointer + QLatin1Char('/') + QString::number(index), m_problems);
}

const nlohmann::json* JsonCursor::field(const char* key, bool required) const
{
    if (!m_node.is_object())
        return nullptr;
    const auto it = m_node.find(key);
    if (it == m_node.end()) {
        if (required)
            errorAt(key, QStringLiteral("required field is missing"));
        return nullptr;
    }
    return &*it;
}

QString JsonCursor::string(const char* key, bool required, const QString& fallback) const
{
    const auto* value = field(key, required);
    if (!value)
        return fallback;
    if (!value->is_string()) {
        errorAt(key, QStringLiteral("expected a string, found %1").arg(jsonTypeName(*value)));
        return fallback;
    }
    QString text = toQString(value->get_ref<const std::string&>());
    if (required && text.trimmed().isEmpty())
        errorAt(key, QStringLiteral("must not be empty"));
    return text;
}

std::optional<qint64> JsonCursor::integer(const char* key, bool required, qint64 minimum, qint64 maximum) const
{
    const auto* value = field(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()) {
        errorAt(key, QStringLiteral("expected an integer, found %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    // Above qint64 (unsigned in nlohmann) or above maximum: never narrowed, so never wrapped.
    if (value->is_number_unsigned() && value->get<quint64>() > static_cast<quint64>(maximum)) {
        errorAt(key, QStringLiteral("must be at most %1, found %2").arg(maximum).arg(value->get<quint64>()));
        return std::nullopt;
    }
    const auto result = value->get<qint64>();
    if (result > maximum) {
        errorAt(key, QStringLiteral("must be at most %1, found %2").arg(maximum).arg(result));
        return std::nullopt;
    }
    if (result < minimum) {
        errorAt(key, QStringLiteral("must be at least %1, found %2").arg(minimum).arg(result));
        return std::nullopt;
    }
    return result;
}

std::optional<double> JsonCursor::number(const char* key, bool required) const
{
    const auto* value = field(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        errorAt(key, QStringLiteral("expected a number, found %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->get<double>();
}

bool JsonCursor::boolean(const char* key, bool fallback) const
{
    const auto* value = field(key, false);
    if (!value)
        return fallback;
    if (!value->is_boolean()) {
        errorAt(key, QStringLiteral("expected true or false, found %1").arg(jsonTypeName(*value)));
        return fallback;
    }
    return value->get<bool>();
}

QStringList JsonCursor::stringList(const char* key, bool required) const
{
    QStringList result;
    forEach(key, required, [&result](const JsonCursor& element, std::size_t) {
        if (element.node().is_string())
            result << toQString(element.node().get_ref<const std::string&>());
        else
            element.error(QStringLiteral("expected a string, found %1").arg(jsonTypeName(element.node())));
    });
    return result;
}

QVariant JsonCursor::scalarOrTree(const char* key) const
{
    const auto* value = field(key, false);
    return value ? jsonToVariant(*value) : QVariant();
}

QVariantMap JsonCursor::object(const char* key) const
{
    const auto* value = field(key, false);
    if (!value)
        return {};
    if (!value->is_object()) {
        errorAt(key, QStringLiteral("expected an object, found %1").arg(jsonTypeName(*value)));
        return {};
    }
    return jsonToVariant(*value).toMap();
}

std::optional<qint64> JsonCursor::duration(const char* key, bool required, qint64 maximumSeconds) const
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return std::nullopt;
    const QString problem = durationProblem(text, maximumSeconds);
    if (!problem.isEmpty()) {
        errorAt(key, problem);
        return std::nullopt;
    }
    return parseDurationSeconds(text);
}

bool JsonCursor::forEach(const char* key, bool required, const std::function<void(const JsonCursor&, std::size_t)>& visit) const
{
    const auto* value = field(key, required);
    if (!value)
        return false;
    if (!value->is_array()) {
        errorAt(key, QStringLiteral("expected an array, found %1").arg(jsonTypeName(*value)));
        return false;
    }
    const JsonCursor array = child(key);
    for (std::size_t i = 0; i < value->size(); ++i)
        visit(array.element(i), i);
    return true;
}

void JsonCursor::rejectUnknownKeys(std::initializer_list<const char*> allowed) const
{
    if (!m_node.is_object())
        return;
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        bool known = false;
        for (const char* name : allowed) {
            if (it.key() == name) {
                known = true;
                break;
            }
        }
        if (!known) {
            const QString key = toQString(it.key());
            m_problems.push_back(
                { m_file, m_pointer + QLatin1Char('/') + escapePointerToken(key), QStringLiteral("unknown field '%1'").arg(key) });
        }
    }
}

} // namespace fw
