// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <optional>

namespace fw {

class PgConnection;

// Bulk rows into PostgreSQL over a PgConnection by COPY ... FROM STDIN, in COPY's text format.
// Errors come back as "remote store: copy: REASON"; a connection that stalls is dropped as for
// any statement (PgConnection::isOpen() is then false).
class PgCopy {
public:
    explicit PgCopy(PgConnection& connection);

    // Runs `copySql` (COPY ... FROM STDIN) and sends rows in COPY's text format.
    Status copyIn(const QString& copySql, const QByteArray& rows);
    // The same in pieces, so the server stores rows while the caller encodes the next ones:
    // start, put any number of times, end (which reports any error).
    Status start(const QString& copySql);
    Status put(const QByteArray& rows);
    Status end();

    // One field of a COPY row: a text (a null QString is \N) or a number, written without a
    // QString of its own.
    struct Field {
        Field(const QString& text)
            : text(&text)
        {
        }
        Field(qint64 number)
            : number(number)
        {
        }
        const QString* text = nullptr;
        qint64 number = 0;
    };
    // Appends one COPY text row: fields separated by tabs, escaped; null QString fields as \N.
    static void appendRow(QByteArray& buffer, std::initializer_list<Field> fields);

private:
    PgConnection& m_connection;
};

} // namespace fw
