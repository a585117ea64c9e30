// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enginetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

namespace fw {

namespace {
    struct CompiledTemplate {
        const char* source = nullptr;
        QString head; // the literal text before the first placeholder: a quick test before the expression
        QString tail; // and after the last
        QRegularExpression expression;
        std::vector<int> groupOfArgument; // %1 -> its capturing group (0: does not occur)
        qsizetype literalLength = 0;
    };

    CompiledTemplate compileTemplate(const char* source)
    {
        CompiledTemplate compiled;
        compiled.source = source;
        const QString text = QString::fromUtf8(source);
        QString pattern = QStringLiteral("^");
        QString literal;
        bool placeholderSeen = false;
        int groups = 0;
        // "%1 kept", "%1 child items": a count and words. Its %1 takes a number only, so that a note
        // that ends in such a word ("router added") is no engine text.
        static const QRegularExpression countShape(QStringLiteral("^%1 [a-z ]+$"));
        const bool count = countShape.match(text).hasMatch();
        const auto flush = [&] {
            pattern += QRegularExpression::escape(literal);
            compiled.literalLength += literal.size();
            if (!placeholderSeen)
                compiled.head = literal;
            compiled.tail = literal;
            literal.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] != QLatin1Char('%') || i + 1 >= text.size() || !text[i + 1].isDigit()) {
                literal += text[i];
                continue;
            }
            qsizetype end = i + 1;
            while (end < text.size() && text[end].isDigit())
                ++end;
            const int argument = text.mid(i + 1, end - i - 1).toInt();
            flush();
            placeholderSeen = true;
            if (compiled.groupOfArgument.size() < std::size_t(argument))
                compiled.groupOfArgument.resize(std::size_t(argument), 0);
            int& group = compiled.groupOfArgument[std::size_t(argument - 1)];
            if (group) {
                pattern += QStringLiteral("\\g{%1}").arg(group); // the same name again
            } else {
                group = ++groups;
                pattern += count ? QStringLiteral("(\\d+)") : QStringLiteral("(.+?)");
            }
            i = end - 1;
        }
        flush();
        if (!placeholderSeen)
            compiled.head = compiled.tail = text;
        compiled.expression = QRegularExpression(pattern + u'$', QRegularExpression::DotMatchesEverythingOption);
        return compiled;
    }

    const std::vector<CompiledTemplate>& compiledTemplates()
    {
        static const std::vector<CompiledTemplate> compiled = [] {
            std::vector<CompiledTemplate> all;
            all.reserve(engineTextTemplates().size());
            for (const char* source : engineTextTemplates())
                all.push_back(compileTemplate(source));
            std::stable_sort(all.begin(), all.end(),
                             [](const CompiledTemplate& a, const CompiledTemplate& b) { return a.literalLength > b.literalLength; });
            return all;
        }();
        return compiled;
    }
} // namespace

std::optional<EngineTextMatch> matchEngineText(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const CompiledTemplate& candidate : compiledTemplates()) {
        if (!text.startsWith(candidate.head) || !text.endsWith(candidate.tail))
            continue;
        const QRegularExpressionMatch match = candidate.expression.match(text);
        if (!match.hasMatch())
            continue;
        EngineTextMatch result;
        result.source = candidate.source;
        for (const int group : candidate.groupOfArgument)
            result.arguments << (group ? match.captured(group) : QString());
        return result;
    }
    return std::nullopt;
}

} // namespace fw
