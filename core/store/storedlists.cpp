// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storedlists.h"

#include "common/jsonparse.h"

#include <QByteArray>

namespace fw {

// Stored JSON straight from the row's UTF-8 (no QString on the way).
nlohmann::json parseStoredUtf8(std::string_view text)
{
    JsonParseResult parsed = parseJsonBounded(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
    return parsed.ok() ? std::move(*parsed.value) : nlohmann::json(nlohmann::json::value_t::discarded);
}

namespace {
    // The common shape of a stored list of ids, ["a", "b"] in ASCII without escapes, read without a
    // JSON tree; false for anything else (the JSON parser decides then).
    bool plainIdList(std::string_view text, QStringList& ids)
    {
        std::size_t at = 0;
        const auto skipSpace = [&] {
            while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t'))
                ++at;
        };
        skipSpace();
        if (at >= text.size() || text[at] != '[')
            return false;
        ++at;
        skipSpace();
        if (at < text.size() && text[at] == ']') {
            ++at;
            skipSpace();
            return at == text.size();
        }
        while (true) {
            skipSpace();
            if (at >= text.size() || text[at] != '"')
                return false;
            const std::size_t begin = ++at;
            while (at < text.size() && text[at] != '"') {
                const auto c = static_cast<unsigned char>(text[at]);
                if (c == '\\' || c < 0x20 || c >= 0x80)
                    return false;
                ++at;
            }
            if (at >= text.size())
                return false;
            ids << QString::fromLatin1(text.data() + begin, qsizetype(at - begin));
            ++at;
            skipSpace();
            if (at >= text.size())
                return false;
            if (text[at] == ']') {
                ++at;
                skipSpace();
                return at == text.size();
            }
            if (text[at] != ',')
                return false;
            ++at;
        }
    }

} // namespace

// A stored list of ids (a step's lines and dependencies, a line's source items and rules): a JSON
// array of texts, else nullopt (damaged).
std::optional<QStringList> storedIdList(std::string_view text)
{
    QStringList ids;
    if (plainIdList(text, ids))
        return ids;
    ids.clear();
    const nlohmann::json array = parseStoredUtf8(text);
    if (!array.is_array())
        return std::nullopt;
    for (const nlohmann::json& id : array) {
        if (!id.is_string())
            return std::nullopt;
        ids << QString::fromStdString(id.get<std::string>());
    }
    return ids;
}

// A stored JSON object (a line's attributes and fields); "{}" without a parser.
nlohmann::json storedObject(std::string_view text)
{
    return text == "{}" ? nlohmann::json::object() : parseStoredUtf8(text);
}

} // namespace fw
