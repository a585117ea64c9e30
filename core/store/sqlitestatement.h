#pragma once

#include <QString>

#include <string>
#include <utility>
#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace fw {

// A value for a statement parameter: NULL, an integer or a text. Texts share the engine's
// (implicitly shared) strings, so queuing a value copies no characters.
struct SqlValue {
    enum class Kind : quint8 { Null, Integer, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    QString text;

    static SqlValue of(qint64 value) { return { Kind::Integer, value, {} }; }
    // A null QString is SQL NULL (as with QSqlQuery), an empty one is ''.
    static SqlValue of(const QString& value) { return value.isNull() ? SqlValue {} : SqlValue { Kind::Text, 0, value }; }
    // Empty text is stored as NULL (optional columns).
    static SqlValue nullable(const QString& value) { return value.isEmpty() ? SqlValue {} : SqlValue { Kind::Text, 0, value }; }
};

// A prepared statement on the sqlite3 handle beneath a QSqlDatabase connection (same connection,
// same transaction), for the engine's bulk writes: values are bound as UTF-8 without going
// through QVariant. Finalized on destruction, so keep one no longer than the transaction it
// writes in (Qt closes the connection without knowing about it).
class SqliteStatement {
public:
    // The connection's sqlite3 handle; nullptr when it is not an open QSQLITE connection.
    static sqlite3* handleOf(const QSqlDatabase& database);

    SqliteStatement(sqlite3* database, const std::string& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Binds values[0..count) to parameters 1..count, runs the statement to completion and resets
    // it. false on error (error() says why).
    bool run(const SqlValue* values, int count);
    QString error() const;

private:
    sqlite3* m_database;
    sqlite3_stmt* m_statement = nullptr;
    std::string m_utf8; // the bound texts of one run, UTF-8
    std::vector<std::pair<std::size_t, std::size_t>> m_spans; // offset and length of each text in m_utf8
    QString m_error;
};

} // namespace fw
