#pragma once

#include <QString>

#include <vector>

namespace fw {

// One thing wrong with an input file, located by a JSON pointer (RFC 6901; "" is the whole document).
struct Problem {
    QString file;
    QString pointer;
    QString message;

    // "FILE:/json/pointer: message", the form `fwctl` prints and tests compare.
    QString toString() const { return file + QLatin1Char(':') + pointer + QStringLiteral(": ") + message; }
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

// Escapes one JSON pointer reference token ("~" -> "~0", "/" -> "~1").
QString escapePointerToken(const QString& token);

} // namespace fw
