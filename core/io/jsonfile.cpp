#include "jsonfile.h"

#include <QFile>

namespace fw {

namespace {
    // nlohmann reports a byte offset; people want a line and a column.
    std::pair<int, int> lineAndColumn(const QByteArray& text, std::size_t byteOffset)
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

    QString parserReason(const std::string& what)
    {
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing
        // object - unexpected '}'; expected string literal" -> keep what follows the location.
        const QString full = QString::fromStdString(what);
        const int colon = full.indexOf(QStringLiteral(": "));
        return colon >= 0 ? full.mid(colon + 2) : full;
    }
} // namespace

std::optional<nlohmann::json> parseJsonText(const QByteArray& text, const QString& fileLabel, Problems& problems)
{
    try {
        return nlohmann::json::parse(text.constBegin(), text.constEnd());
    } catch (const nlohmann::json::parse_error& error) {
        const auto [line, column] = lineAndColumn(text, error.byte);
        problems.push_back({ fileLabel, QString(),
                             QStringLiteral("malformed JSON at line %1, column %2: %3")
                                 .arg(line)
                                 .arg(column)
                                 .arg(parserReason(error.what())) });
        return std::nullopt;
    }
}

std::optional<nlohmann::json> readJsonFile(const QString& path, Problems& problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.push_back({ path, QString(), QStringLiteral("cannot read file: %1").arg(file.errorString()) });
        return std::nullopt;
    }
    return parseJsonText(file.readAll(), path, problems);
}

} // namespace fw
