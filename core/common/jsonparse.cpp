// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonparse.h"

#include "jsonvariant.h"
#include "problem.h"

#include <algorithm>
#include <vector>

namespace fw {

namespace {
    // nlohmann reports a byte offset; people want a line and a column.
    std::pair<int, int> textLineAndColumn(const QByteArray& text, std::size_t byteOffset)
    {
        int line = 1;
        int column = 1;
        const auto end = std::min<std::size_t>(byteOffset, static_cast<std::size_t>(text.size()));
        for (std::size_t i = 0; i + 1 < end; ++i) {
            if (text[static_cast<qsizetype>(i)] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return { line, column };
    }

    QString syntaxReason(const std::string& what)
    {
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing
        // object - unexpected '}'; expected string literal" -> keep what follows the location.
        const QString full = QString::fromStdString(what);
        const int colon = full.indexOf(QStringLiteral(": "));
        return colon >= 0 ? full.mid(colon + 2) : full;
    }

    // Builds the tree with nlohmann's own DOM builder, and on the way tracks the JSON pointer of
    // the value being read and the nesting depth, which it refuses past kMaxJsonDepth.
    class BoundedSax {
    public:
        using json = nlohmann::json;

        BoundedSax(json& root, const QByteArray& text)
            : m_dom(root, false)
            , m_text(text)
        {
        }

        bool null() { return value(m_dom.null()); }
        bool boolean(bool b) { return value(m_dom.boolean(b)); }
        bool number_integer(json::number_integer_t n) { return value(m_dom.number_integer(n)); }
        bool number_unsigned(json::number_unsigned_t n) { return value(m_dom.number_unsigned(n)); }
        bool number_float(json::number_float_t n, const json::string_t& s) { return value(m_dom.number_float(n, s)); }
        bool string(json::string_t& s) { return value(m_dom.string(s)); }
        bool binary(json::binary_t& b) { return value(m_dom.binary(b)); }
        bool start_object(std::size_t n) { return open(false) && m_dom.start_object(n); }
        bool start_array(std::size_t n) { return open(true) && m_dom.start_array(n); }
        bool key(json::string_t& k)
        {
            m_frames.back().key = k;
            return m_dom.key(k);
        }
        bool end_object() { return close(m_dom.end_object()); }
        bool end_array() { return close(m_dom.end_array()); }

        bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& ex)
        {
            if (ex.id == 406) { // out_of_range.406: a number beyond double ("1e400"); located at its first character
                const auto [line, column] = textLineAndColumn(m_text, position + 1 - std::min(position, lastToken.size()));
                m_pointer = pointer();
                QString number = QString::fromStdString(lastToken);
                if (number.size() > 40) // a number of 100,000 digits is not repeated in full
                    number = number.left(37) + QStringLiteral("...");
                m_message = QStringLiteral("number '%1' is out of range (line %2, column %3)").arg(number).arg(line).arg(column);
            } else {
                const auto [line, column] = textLineAndColumn(m_text, position);
                m_message = QStringLiteral("malformed JSON at line %1, column %2: %3").arg(line).arg(column).arg(syntaxReason(ex.what()));
            }
            return false;
        }

        bool tooDeep() const { return m_tooDeep; }
        const QString& failurePointer() const { return m_pointer; }
        const QString& failureMessage() const { return m_message; }
        void setDepthFailure(std::size_t position)
        {
            const auto [line, column] = textLineAndColumn(m_text, position);
            m_message = QStringLiteral("nested deeper than %1 levels (line %2, column %3)").arg(kMaxJsonDepth).arg(line).arg(column);
        }

    private:
        struct Frame {
            bool array = false;
            std::size_t index = 0;
            std::string key;
        };

        bool value(bool accepted)
        {
            if (!m_frames.empty() && m_frames.back().array)
                ++m_frames.back().index;
            return accepted;
        }
        bool open(bool array)
        {
            if (m_frames.size() >= static_cast<std::size_t>(kMaxJsonDepth)) {
                m_tooDeep = true;
                return false;
            }
            m_frames.push_back({ array, 0, {} });
            return true;
        }
        bool close(bool accepted)
        {
            m_frames.pop_back();
            return value(accepted);
        }
        QString pointer() const
        {
            QString text;
            for (const Frame& frame : m_frames)
                text += QLatin1Char('/')
                    + (frame.array ? QString::number(frame.index) : escapePointerToken(QString::fromStdString(frame.key)));
            return text;
        }

        nlohmann::detail::json_sax_dom_parser<json> m_dom;
        const QByteArray& m_text;
        std::vector<Frame> m_frames;
        bool m_tooDeep = false;
        QString m_pointer;
        QString m_message;
    };

    // The byte offset just past the bracket that opens level kMaxJsonDepth + 1 (strings skipped).
    std::size_t offsetPastDepthLimit(const QByteArray& text)
    {
        int depth = 0;
        bool inString = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > kMaxJsonDepth)
                    return static_cast<std::size_t>(i + 1);
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
        return static_cast<std::size_t>(text.size());
    }
} // namespace

JsonParseResult parseJsonBounded(const QByteArray& text)
{
    JsonParseResult result;
    nlohmann::json root;
    BoundedSax sax(root, text);
    const bool parsed = nlohmann::json::sax_parse(text.constBegin(), text.constEnd(), &sax);
    if (parsed) {
        result.value = std::move(root);
        return result;
    }
    if (sax.tooDeep())
        sax.setDepthFailure(offsetPastDepthLimit(text));
    result.pointer = sax.failurePointer();
    result.message = sax.failureMessage();
    return result;
}

namespace {
    Error malformedOption(const QString& option, const JsonParseResult& parsed)
    {
        return failure((parsed.pointer.isEmpty() ? QString() : parsed.pointer + QStringLiteral(": ")) + parsed.message, option);
    }
} // namespace

Result<QVariant> jsonValueOption(const QString& option, const QString& text)
{
    const JsonParseResult parsed = parseJsonBounded(text.toUtf8());
    if (!parsed.ok())
        return malformedOption(option, parsed);
    return jsonToVariant(*parsed.value);
}

Result<QVariantMap> jsonObjectOption(const QString& option, const QString& text)
{
    const JsonParseResult parsed = parseJsonBounded(text.toUtf8());
    if (!parsed.ok())
        return malformedOption(option, parsed);
    if (!parsed.value->is_object())
        return failure(option + QStringLiteral(" must be a JSON object, found %1").arg(jsonTypeName(*parsed.value)));
    return jsonToVariant(*parsed.value).toMap();
}

} // namespace fw
