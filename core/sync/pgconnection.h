#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

struct pg_conn;
struct pg_result;

namespace fw {

// One result of a statement: rows of text values (libpq's text format).
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);

    int rows() const;
    int columns() const;
    QString value(int row, int column) const; // a null QString for SQL NULL
    qint64 number(int row, int column) const { return value(row, column).toLongLong(); }
    bool isNull(int row, int column) const;
    qint64 affectedRows() const;

private:
    std::shared_ptr<pg_result> m_result;
};

// A LISTEN notification: its channel and payload.
struct PgNotification {
    QString channel;
    QString payload;
};

// A connection to PostgreSQL through libpq, the remote store's only door. Parameters go as text
// ($1, $2 ...; a null QString is SQL NULL), never spliced into SQL. Bulk data goes by COPY.
// Errors come back as text: "remote store: REASON"; after one, isOpen() tells whether the
// connection itself was lost (the caller goes offline) or only the statement failed.
class PgConnection {
public:
    explicit PgConnection(QString conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    std::optional<QString> open();
    void close();
    bool isOpen() const;
    const QString& conninfo() const { return m_conninfo; }
    // The conninfo with any password masked, for messages and logs.
    static QString masked(const QString& conninfo);

    std::variant<PgResult, QString> query(const QString& sql, const QStringList& parameters = {});
    std::optional<QString> execute(const QString& sql, const QStringList& parameters = {});
    // Runs `copySql` (COPY ... FROM STDIN) and sends rows in COPY's text format.
    std::optional<QString> copyIn(const QString& copySql, const QByteArray& rows);
    // The same in pieces, so the server stores rows while the caller encodes the next ones:
    // copyStart, copyPut any number of times, copyEnd (which reports any error).
    std::optional<QString> copyStart(const QString& copySql);
    std::optional<QString> copyPut(const QByteArray& rows);
    std::optional<QString> copyEnd();
    // Appends one COPY text row: fields separated by tabs, escaped; null QString fields as \N.
    static void appendCopyRow(QByteArray& buffer, const QStringList& fields);

    std::optional<QString> begin() { return execute(QStringLiteral("BEGIN")); }
    std::optional<QString> commit() { return execute(QStringLiteral("COMMIT")); }
    void rollback();

    // Notifications received so far (reads what the socket has, does not wait).
    std::vector<PgNotification> takeNotifications();
    // Waits up to timeoutMs for the server to send something (a notification); true if it did.
    bool waitForNotification(int timeoutMs);
    int socket() const;

private:
    QString errorText(const char* what) const;

    QString m_conninfo;
    pg_conn* m_connection = nullptr;
};

} // namespace fw
