// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

#include <string>
#include <string_view>
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

// The one statement type for raw SQLite access: a prepared statement on the sqlite3 handle beneath
// a QSqlDatabase connection (same connection, same transaction), without QVariant per value.
// - Reading row by row (bind, next, the column getters): the KPI ledger and calculator read
//   hundreds of thousands of rows, where QSqlQuery's QVariant per value costs more than SQLite's
//   own work.
// - Bulk writes (run(values, count)): the engine's group commit (EngineWriter) binds a row of
//   SqlValues as UTF-8 and runs the statement to completion.
// Finalized on destruction, so keep one no longer than the transaction or read it was made for
// (Qt closes the connection without knowing about it). Every call that can fail says so (false,
// then error() tells why); a failed bind fails the next next()/run().
class SqliteQuery {
public:
    // The connection's sqlite3 handle; nullptr when it is not an open QSQLITE connection.
    static sqlite3* handleOf(const QSqlDatabase& database);

    SqliteQuery(sqlite3* database, const char* sql);
    SqliteQuery(sqlite3* database, const std::string& sql);
    ~SqliteQuery();
    SqliteQuery(const SqliteQuery&) = delete;
    SqliteQuery& operator=(const SqliteQuery&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Binds parameter `index` (1-based); texts are copied (SQLITE_TRANSIENT).
    void bind(int index, qint64 value);
    void bind(int index, const QString& text); // a null QString binds NULL
    void bindUtf8(int index, std::string_view text);
    // The next row: true while there is one. false at the end or on an error (then error() is set).
    bool next();
    // Runs a statement that returns no rows to completion; false on error.
    bool run();
    // Binds values[0..count) to parameters 1..count, runs the statement to completion and resets
    // it (the bulk writes). false on error.
    bool run(const SqlValue* values, int count);
    // Ready to run again with new bindings (and no error, unless the statement could not be prepared).
    void reset();

    enum class Type { Null, Integer, Real, Text, Blob };
    Type type(int column) const; // what the column holds in the current row
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const; // valid until the next next()/reset()
    QDateTime time(int column) const; // the store's time format; NULL: invalid

    QString error() const { return m_error; }

private:
    void prepare(const char* sql, int size);
    bool bound(int rc); // records a failed bind
    QString lastError() const;

    sqlite3* m_database;
    sqlite3_stmt* m_statement = nullptr;
    bool m_bindFailed = false;
    std::string m_utf8; // run(values): the bound texts of one run, UTF-8
    std::vector<std::pair<std::size_t, std::size_t>> m_spans; // offset and length of each text in m_utf8
    QString m_error;
};

} // namespace fw
