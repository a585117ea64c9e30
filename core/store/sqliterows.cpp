#include "sqliterows.h"

#include "common/clock.h"

#include <sqlite3.h>

namespace fw {

SqliteRows::SqliteRows(sqlite3* database, const std::string& sql)
    : m_database(database)
{
    if (!database) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(database, sql.c_str(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(database));
        m_statement = nullptr;
    }
}

SqliteRows::~SqliteRows()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SqliteRows::bind(int parameter, const QString& value)
{
    if (!m_statement)
        return;
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, parameter, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteRows::bind(int parameter, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, parameter, value);
}

bool SqliteRows::next()
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

qint64 SqliteRows::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

double SqliteRows::real(int column) const { return sqlite3_column_double(m_statement, column); }

bool SqliteRows::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

QString SqliteRows::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QDateTime SqliteRows::time(int column) const
{
    if (isNull(column))
        return {};
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    if (size == 24) { // the store's format is ASCII: widen without a UTF-8 decoder
        char16_t wide[24];
        for (int i = 0; i < 24; ++i)
            wide[i] = char16_t(static_cast<unsigned char>(data[i]));
        return fromStoreTimeText(QStringView(wide, 24));
    }
    return fromStoreTimeText(QString::fromUtf8(data, size));
}

} // namespace fw
