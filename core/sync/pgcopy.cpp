// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PgCopy: COPY ... FROM STDIN, whole or in pieces, and the COPY text encoding of rows.
#include "pgcopy.h"

#include "pgconnection.h"

#include <libpq-fe.h>

#include <charconv>

namespace fw {

PgCopy::PgCopy(PgConnection& connection)
    : m_connection(connection)
{
}

namespace {
    QString fromPgCopy(const char* text)
    {
        return QString::fromUtf8(text).trimmed();
    }
}

Status PgCopy::copyIn(const QString& copySql, const QByteArray& rows)
{
    if (Status started = start(copySql); !started)
        return started;
    if (Status sent = put(rows); !sent) {
        (void)end(); // ends the failed COPY; the error to report is the put's
        return sent;
    }
    return end();
}

Status PgCopy::start(const QString& copySql)
{
    if (!m_connection.isOpen())
        return failure(m_connection.errorText("copy"));
    const QByteArray text = copySql.toUtf8();
    if (!PQsendQuery(m_connection.m_connection, text.constData()))
        return failure(m_connection.errorText("copy"));
    if (Status flushed = m_connection.flush("copy"); !flushed)
        return flushed;
    const Result<PGresult*> start = m_connection.awaitResult("copy");
    if (!start)
        return start.error();
    PGresult* result = *start;
    const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
    const QString reason
        = ready ? QString() : fromPgCopy(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection.m_connection));
    PQclear(result);
    if (!ready) {
        while (m_connection.isOpen()) { // the rest of the failed statement's results
            const Result<PGresult*> rest = m_connection.awaitResult("copy");
            if (!rest || !*rest)
                break;
            PQclear(*rest);
        }
        return failure(QStringLiteral("remote store: copy: ") + reason);
    }
    return {};
}

Status PgCopy::put(const QByteArray& rows)
{
    if (rows.isEmpty())
        return {};
    if (!m_connection.isOpen())
        return failure(m_connection.errorText("copy"));
    for (;;) {
        const int queued = PQputCopyData(m_connection.m_connection, rows.constData(), int(rows.size()));
        if (queued == 1)
            break;
        if (queued < 0)
            return failure(m_connection.errorText("copy"));
        if (Status flushed = m_connection.flush("copy"); !flushed) // buffers full: send some, then try again
            return flushed;
    }
    return {};
}

Status PgCopy::end()
{
    if (!m_connection.isOpen())
        return failure(m_connection.errorText("copy"));
    for (;;) {
        const int queued = PQputCopyEnd(m_connection.m_connection, nullptr);
        if (queued == 1)
            break;
        if (queued < 0)
            return failure(m_connection.errorText("copy"));
        if (Status flushed = m_connection.flush("copy"); !flushed)
            return flushed;
    }
    if (Status flushed = m_connection.flush("copy"); !flushed)
        return flushed;
    Status ended;
    for (;;) {
        const Result<PGresult*> next = m_connection.awaitResult("copy");
        if (!next)
            return next.error();
        PGresult* result = *next;
        if (!result)
            break;
        if (PQresultStatus(result) != PGRES_COMMAND_OK && ended.ok())
            ended = failure(QStringLiteral("remote store: copy: ") + fromPgCopy(PQresultErrorMessage(result)));
        PQclear(result);
    }
    return ended;
}

namespace {
    // Appends UTF-8 bytes escaped for COPY's text format: runs of plain bytes are copied whole; only
    // the four special bytes are escaped.
    void appendCopyEscaped(QByteArray& buffer, const char* run, const char* const end)
    {
        for (const char* c = run; c != end; ++c) {
            const char* escaped = nullptr;
            switch (*c) {
            case '\\':
                escaped = "\\\\";
                break;
            case '\t':
                escaped = "\\t";
                break;
            case '\n':
                escaped = "\\n";
                break;
            case '\r':
                escaped = "\\r";
                break;
            default:
                continue;
            }
            buffer.append(run, c - run).append(escaped, 2);
            run = c + 1;
        }
        buffer.append(run, end - run);
    }

    // Appends a text field. Most fields are ASCII (ids, states, times, payloads): those are written
    // in one pass straight from the QString's UTF-16, without a UTF-8 copy of their own.
    void appendCopyText(QByteArray& buffer, const QString& field)
    {
        const qsizetype at = buffer.size();
        buffer.resize(at + 2 * field.size()); // room for every character escaped
        char* out = buffer.data() + at;
        const char16_t* c = reinterpret_cast<const char16_t*>(field.constData());
        for (const char16_t* const end = c + field.size(); c != end; ++c) {
            switch (*c) {
            case u'\\':
                *out++ = '\\';
                *out++ = '\\';
                continue;
            case u'\t':
                *out++ = '\\';
                *out++ = 't';
                continue;
            case u'\n':
                *out++ = '\\';
                *out++ = 'n';
                continue;
            case u'\r':
                *out++ = '\\';
                *out++ = 'r';
                continue;
            default:
                break;
            }
            if (*c >= 0x80) { // not ASCII: the whole field through Qt's UTF-8 codec
                buffer.resize(at);
                const QByteArray utf8 = field.toUtf8();
                appendCopyEscaped(buffer, utf8.constData(), utf8.constData() + utf8.size());
                return;
            }
            *out++ = char(*c);
        }
        buffer.resize(out - buffer.constData());
    }
} // namespace

void PgCopy::appendRow(QByteArray& buffer, std::initializer_list<Field> fields)
{
    bool first = true;
    for (const Field& field : fields) {
        if (!first)
            buffer.append('\t');
        first = false;
        if (!field.text) {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, field.number).ptr;
            buffer.append(digits, end - digits);
        } else if (field.text->isNull()) {
            buffer.append("\\N", 2);
        } else {
            appendCopyText(buffer, *field.text);
        }
    }
    buffer.append('\n');
}

} // namespace fw
