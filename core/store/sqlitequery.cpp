// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlitequery.h"

#include "common/clock.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace fw {

namespace {
    // Appends text as UTF-8 (out has room reserved): one plain pass for ASCII (ids, states, times,
    // most payloads), Qt's codec for anything else.
    void appendUtf8(std::string& out, const QString& text)
    {
        const auto* data = reinterpret_cast<const char16_t*>(text.constData());
        const std::size_t size = std::size_t(text.size());
        const std::size_t offset = out.size();
        out.resize(offset + size);
        char* target = out.data() + offset;
        for (std::size_t i = 0; i < size; ++i) {
            if (data[i] >= 0x80) {
                out.resize(offset);
                const QByteArray utf8 = text.toUtf8();
                out.append(utf8.constData(), std::size_t(utf8.size()));
                return;
            }
            target[i] = char(data[i]);
        }
    }
} // namespace

sqlite3* SqliteQuery::handleOf(const QSqlDatabase& database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteQuery::SqliteQuery(sqlite3* database, const char* sql)
    : m_database(database)
{
    prepare(sql, -1);
}

SqliteQuery::SqliteQuery(sqlite3* database, const std::string& sql)
    : m_database(database)
{
    prepare(sql.c_str(), int(sql.size()));
}

void SqliteQuery::prepare(const char* sql, int size)
{
    if (!m_database) {
        m_error = QStringLiteral("no SQLite connection");
    } else if (sqlite3_prepare_v2(m_database, sql, size, &m_statement, nullptr) != SQLITE_OK) {
        m_error = lastError();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteQuery::~SqliteQuery()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

QString SqliteQuery::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_database));
}

bool SqliteQuery::bound(int rc)
{
    if (rc == SQLITE_OK)
        return true;
    if (!m_bindFailed)
        m_error = QStringLiteral("cannot bind a parameter: ") + lastError();
    m_bindFailed = true;
    return false;
}

void SqliteQuery::bind(int index, qint64 value)
{
    if (m_statement)
        bound(sqlite3_bind_int64(m_statement, index, value));
}

void SqliteQuery::bind(int index, const QString& text)
{
    if (!m_statement)
        return;
    if (text.isNull()) {
        bound(sqlite3_bind_null(m_statement, index));
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    bound(sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

void SqliteQuery::bindUtf8(int index, std::string_view text)
{
    if (m_statement)
        bound(sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT));
}

bool SqliteQuery::next()
{
    if (!m_statement || m_bindFailed)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = lastError();
    return false;
}

bool SqliteQuery::run()
{
    if (!m_statement || m_bindFailed)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = lastError();
    sqlite3_reset(m_statement);
    return ok;
}

bool SqliteQuery::run(const SqlValue* values, int count)
{
    if (!m_statement)
        return false;
    // All texts go into one buffer first: reserved for the worst case, so the pointers bound
    // below stay valid until the statement has run.
    std::size_t worst = 0;
    for (int i = 0; i < count; ++i)
        worst += std::size_t(values[i].text.size()) * 3;
    m_utf8.clear();
    m_utf8.reserve(worst);
    m_spans.clear();
    for (int i = 0; i < count; ++i) {
        if (values[i].kind == SqlValue::Kind::Text) {
            const std::size_t offset = m_utf8.size();
            appendUtf8(m_utf8, values[i].text);
            m_spans.emplace_back(offset, m_utf8.size() - offset);
        }
    }
    int rc = SQLITE_OK;
    std::size_t text = 0;
    for (int i = 0; i < count && rc == SQLITE_OK; ++i) {
        switch (values[i].kind) {
        case SqlValue::Kind::Null:
            rc = sqlite3_bind_null(m_statement, i + 1);
            break;
        case SqlValue::Kind::Integer:
            rc = sqlite3_bind_int64(m_statement, i + 1, values[i].integer);
            break;
        case SqlValue::Kind::Text: {
            const auto [offset, length] = m_spans[text++];
            rc = sqlite3_bind_text(m_statement, i + 1, m_utf8.data() + offset, int(length), SQLITE_STATIC);
            break;
        }
        }
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_statement) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    const bool ok = rc == SQLITE_OK;
    if (!ok)
        m_error = lastError();
    sqlite3_reset(m_statement);
    return ok;
}

void SqliteQuery::reset()
{
    m_bindFailed = false;
    if (m_statement) {
        m_error.clear();
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

SqliteQuery::Type SqliteQuery::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

bool SqliteQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteQuery::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteQuery::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

std::string_view SqliteQuery::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return { data, std::size_t(sqlite3_column_bytes(m_statement, column)) };
}

QDateTime SqliteQuery::time(int column) const
{
    if (isNull(column))
        return {};
    const std::string_view text = utf8(column);
    if (text.size() == 24) { // the store's format is ASCII: widen without a UTF-8 decoder
        char16_t wide[24];
        for (std::size_t i = 0; i < 24; ++i)
            wide[i] = char16_t(static_cast<unsigned char>(text[i]));
        return fromStoreTimeText(QStringView(wide, 24));
    }
    return fromStoreTimeText(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

} // namespace fw
