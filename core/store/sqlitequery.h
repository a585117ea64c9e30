#pragma once

#include <QDateTime>
#include <QString>

#include <string>
#include <string_view>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace fw {

// A prepared statement on the sqlite3 handle beneath a QSqlDatabase connection that is read row
// by row (SqliteStatement only runs statements to completion): the KPI ledger and calculator
// read hundreds of thousands of rows, where QSqlQuery's QVariant per value costs more than
// SQLite's own work. Finalized on destruction; keep one no longer than the connection's
// transaction or read it was made for.
class SqliteQuery {
public:
    SqliteQuery(sqlite3* database, const char* sql);
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
    // Ready to run again with new bindings.
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
    sqlite3* m_database;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace fw
