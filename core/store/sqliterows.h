#pragma once

#include <QDateTime>
#include <QString>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace fw {

// Reads rows straight from the sqlite3 handle beneath a QSqlDatabase connection (see
// SqliteStatement), without a QVariant per value: for the scans that read hundreds of thousands
// of rows at once (SLA evaluation, KPI figures). Finalized on destruction.
class SqliteRows {
public:
    SqliteRows(sqlite3* database, const std::string& sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    void bind(int parameter, const QString& value); // 1-based
    void bind(int parameter, qint64 value);
    // The next row; false at the end or on an error (error() then says why).
    bool next();
    QString error() const { return m_error; }

    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    QDateTime time(int column) const; // the store's time format; NULL: invalid

private:
    sqlite3* m_database;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace fw
