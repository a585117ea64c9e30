#include "sqlitequery.h"

#include "common/clock.h"

#include <sqlite3.h>

namespace fw {

SqliteQuery::SqliteQuery(sqlite3* database, const char* sql)
    : m_database(database)
{
    if (!m_database) {
        m_error = QStringLiteral("no SQLite connection");
    } else if (sqlite3_prepare_v2(m_database, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_database));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteQuery::~SqliteQuery()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SqliteQuery::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
}

void SqliteQuery::bind(int index, const QString& text)
{
    if (!m_statement)
        return;
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteQuery::bindUtf8(int index, std::string_view text)
{
    if (m_statement)
        sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

bool SqliteQuery::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_database));
    return false;
}

bool SqliteQuery::run()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_database));
    sqlite3_reset(m_statement);
    return ok;
}

void SqliteQuery::reset()
{
    if (m_statement) {
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
