#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fw {

// The embedded SQLite store. One QSqlDatabase connection per thread (Qt SQL's rule): connection()
// opens this thread's connection on first use with WAL journaling, synchronous=FULL, foreign
// keys and a busy timeout. open() also brings the schema up to date (see migrations.h).
class Database {
public:
    explicit Database(QString path); // ":memory:" is allowed for tests (single-threaded only)
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the calling thread's connection and migrates the schema. nullopt on success,
    // otherwise "PATH: reason".
    std::optional<QString> open();

    QSqlDatabase connection() const; // this thread's connection (opened lazily)
    const QString& path() const { return m_path; }
    int schemaVersion() const;

private:
    std::optional<QString> configure(QSqlDatabase& database) const;

    QString m_path;
    QString m_connectionPrefix;
};

} // namespace fw
