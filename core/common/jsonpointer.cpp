// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonpointer.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace fw {

namespace {
    // "a~1b~0c" -> "a/b~c"; nullopt for "~" followed by anything but 0 or 1.
    std::optional<std::string> unescapedToken(const QString& token)
    {
        std::string out;
        const std::string raw = token.toStdString();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '~') {
                out += raw[i];
                continue;
            }
            if (i + 1 >= raw.size() || (raw[i + 1] != '0' && raw[i + 1] != '1'))
                return std::nullopt;
            out += raw[i + 1] == '0' ? '~' : '/';
            ++i;
        }
        return out;
    }

    // An array index token: digits without leading zeros, below size.
    std::optional<std::size_t> arrayIndex(const std::string& token, std::size_t size)
    {
        if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0'))
            return std::nullopt;
        std::size_t index = 0;
        for (const char c : token) {
            if (c < '0' || c > '9')
                return std::nullopt;
            index = index * 10 + std::size_t(c - '0');
        }
        if (index >= size)
            return std::nullopt;
        return index;
    }
} // namespace

bool isJsonPointer(const QString& text)
{
    if (text.isEmpty())
        return true;
    if (!text.startsWith(QLatin1Char('/')))
        return false;
    const QStringList tokens = text.mid(1).split(QLatin1Char('/'));
    for (const QString& token : tokens) {
        if (!unescapedToken(token))
            return false;
    }
    return true;
}

const nlohmann::json* findJsonPointer(const nlohmann::json& document, const QString& pointer)
{
    if (!isJsonPointer(pointer))
        return nullptr;
    const nlohmann::json* node = &document;
    if (pointer.isEmpty())
        return node;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (const QString& token : tokens) {
        const std::string key = *unescapedToken(token);
        if (node->is_object()) {
            const auto it = node->find(key);
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            const auto index = arrayIndex(key, node->size());
            if (!index)
                return nullptr;
            node = &(*node)[*index];
        } else {
            return nullptr;
        }
    }
    return node;
}

} // namespace fw
