// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QStringList>

class QIODevice;

namespace fw {

// How a CSV file is written (outside CsvWriter so that it can be a default argument in its own class).
struct CsvOptions {
    bool byteOrderMark = false; // start with EF BB BF: Excel then reads the file as UTF-8
};

// The one CSV writer of every export (orders, tasks, fallout, jeopardy, escalations, timeline, order
// summary): RFC 4180 (fields with a comma, quote or line break quoted, quotes doubled, CRLF line ends),
// UTF-8, and safe to open in a spreadsheet: a cell that starts with = + - @, a tab or a carriage
// return gets a single quote in front (OWASP "CSV injection"), so "=HYPERLINK(...)" stays text. Plain
// numbers ("-3", "+1.5") are left as they are. Optionally starts the file with a UTF-8 byte-order mark,
// which Excel needs to read the file as UTF-8.
class CsvWriter {
public:
    using Options = CsvOptions;

    explicit CsvWriter(QIODevice& out, Options options = {});

    // Writes one row (the byte-order mark first, when asked for, before the first row).
    Status writeRow(const QStringList& fields);
    qint64 rowsWritten() const { return m_rows; }

    static QString neutralised(const QString& text); // the OWASP prefix, when the text needs it
    static QString quoted(const QString& text); // RFC 4180 quoting, when the text needs it
    static QString field(const QString& text) { return quoted(neutralised(text)); }
    static QString line(const QStringList& fields); // the fields and CRLF

private:
    QIODevice& m_out;
    Options m_options;
    qint64 m_rows = 0;
};

} // namespace fw
