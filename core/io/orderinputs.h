// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

class QIODevice;

namespace fw {

// One order document to import, named for messages: a file's path, or "stdin:LINE" for a line of
// NDJSON. problems: it could not be read or parsed (then document is empty).
struct OrderInput {
    QString label;
    std::optional<nlohmann::json> document;
    Problems problems;
};

// The order documents of a bulk import, read one at a time so that 100,000 orders are never all in
// memory: files, directories (their *.json files, by name, not recursive) and "-", NDJSON (one order
// document per line; blank lines are skipped) read from `standardInput`, or one pretty-printed order
// document there (its first line is a lone "{", as pretty printers write it: it is read whole,
// labelled "stdin"). A path that cannot be read
// and a directory without *.json files each give one input with the problem.
class OrderInputs {
public:
    explicit OrderInputs(const QStringList& paths, QIODevice* standardInput = nullptr);
    ~OrderInputs();
    OrderInputs(const OrderInputs&) = delete;
    OrderInputs& operator=(const OrderInputs&) = delete;

    std::optional<OrderInput> next(); // nullopt at the end
    // How many inputs there are, when that is known before reading them (no NDJSON), else -1.
    int knownCount() const { return m_hasStream ? -1 : int(m_entries.size()); }

    static inline const QString stdinPath = QStringLiteral("-");

private:
    struct Entry {
        QString path; // a file, or "-"
        QString problem; // a path that gives no input file
    };
    std::optional<OrderInput> nextLine();
    OrderInput wholeDocument(QByteArray text); // text: the first line

    std::vector<Entry> m_entries;
    std::size_t m_position = 0;
    QIODevice* m_stdin;
    bool m_hasStream = false;
    int m_line = 0;
    bool m_documentSeen = false; // a line of NDJSON or the whole document has been read
};

} // namespace fw
