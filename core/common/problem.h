// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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

// One Problem::toString() per line: what an action that failed on bad input reports.
inline QString problemsText(const Problems& problems)
{
    QString text;
    for (const Problem& problem : problems)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + problem.toString();
    return text;
}

// Escapes one JSON pointer reference token ("~" -> "~0", "/" -> "~1").
QString escapePointerToken(const QString& token);

} // namespace fw
