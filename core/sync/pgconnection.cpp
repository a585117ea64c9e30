#include "pgconnection.h"

#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>

namespace fw {

namespace {
    QString fromPg(const char* text) { return QString::fromUtf8(text).trimmed(); }
}

PgResult::PgResult(pg_result* result)
    : m_result(result, PQclear)
{
}

int PgResult::rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result.get()) : 0; }

QString PgResult::value(int row, int column) const
{
    if (!m_result || PQgetisnull(m_result.get(), row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

bool PgResult::isNull(int row, int column) const { return !m_result || PQgetisnull(m_result.get(), row, column); }

qint64 PgResult::affectedRows() const { return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0; }

PgConnection::PgConnection(QString conninfo)
    : m_conninfo(std::move(conninfo))
{
}

PgConnection::~PgConnection() { close(); }

QString PgConnection::masked(const QString& conninfo)
{
    static const QRegularExpression keyword(QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)"));
    static const QRegularExpression uri(QStringLiteral("(postgres(?:ql)?://[^:/@]*:)[^@]*@"));
    QString text = conninfo;
    text.replace(keyword, QStringLiteral("\\1****"));
    text.replace(uri, QStringLiteral("\\1****@"));
    return text;
}

std::optional<QString> PgConnection::open()
{
    close();
    const QByteArray info = m_conninfo.toUtf8();
    m_connection = PQconnectdb(info.constData());
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString reason = fromPg(PQerrorMessage(m_connection));
        close();
        return QStringLiteral("remote store %1: cannot connect: %2").arg(masked(m_conninfo), reason);
    }
    PQsetClientEncoding(m_connection, "UTF8");
    if (auto error = execute(QStringLiteral("SET client_min_messages = warning"))) {
        close();
        return error;
    }
    return std::nullopt;
}

void PgConnection::close()
{
    if (m_connection)
        PQfinish(m_connection);
    m_connection = nullptr;
}

bool PgConnection::isOpen() const { return m_connection && PQstatus(m_connection) == CONNECTION_OK; }

int PgConnection::socket() const { return m_connection ? PQsocket(m_connection) : -1; }

QString PgConnection::errorText(const char* what) const
{
    const QString reason = m_connection ? fromPg(PQerrorMessage(m_connection)) : QStringLiteral("not connected");
    return QStringLiteral("remote store: %1: %2").arg(QString::fromLatin1(what), reason);
}

std::variant<PgResult, QString> PgConnection::query(const QString& sql, const QStringList& parameters)
{
    if (!isOpen())
        return errorText("query");
    std::vector<QByteArray> values;
    values.reserve(std::size_t(parameters.size()));
    std::vector<const char*> pointers;
    for (const QString& p : parameters) {
        values.push_back(p.toUtf8());
        pointers.push_back(p.isNull() ? nullptr : values.back().constData());
    }
    const QByteArray text = sql.toUtf8();
    PGresult* raw = PQexecParams(m_connection, text.constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString reason = raw ? fromPg(PQresultErrorMessage(raw)) : fromPg(PQerrorMessage(m_connection));
        PQclear(raw);
        return QStringLiteral("remote store: ") + reason;
    }
    return PgResult(raw);
}

std::optional<QString> PgConnection::execute(const QString& sql, const QStringList& parameters)
{
    auto result = query(sql, parameters);
    if (auto* error = std::get_if<QString>(&result))
        return *error;
    return std::nullopt;
}

void PgConnection::rollback()
{
    if (isOpen())
        PQclear(PQexec(m_connection, "ROLLBACK"));
}

std::optional<QString> PgConnection::copyIn(const QString& copySql, const QByteArray& rows)
{
    if (auto error = copyStart(copySql))
        return error;
    if (auto error = copyPut(rows)) {
        copyEnd();
        return error;
    }
    return copyEnd();
}

std::optional<QString> PgConnection::copyStart(const QString& copySql)
{
    if (!isOpen())
        return errorText("copy");
    const QByteArray text = copySql.toUtf8();
    PGresult* start = PQexec(m_connection, text.constData());
    const bool ready = PQresultStatus(start) == PGRES_COPY_IN;
    const QString reason = ready ? QString() : fromPg(PQresultErrorMessage(start));
    PQclear(start);
    if (!ready)
        return QStringLiteral("remote store: copy: ") + reason;
    return std::nullopt;
}

std::optional<QString> PgConnection::copyPut(const QByteArray& rows)
{
    if (!rows.isEmpty() && PQputCopyData(m_connection, rows.constData(), int(rows.size())) != 1)
        return errorText("copy");
    return std::nullopt;
}

std::optional<QString> PgConnection::copyEnd()
{
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        return errorText("copy");
    std::optional<QString> error;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !error)
            error = QStringLiteral("remote store: copy: ") + fromPg(PQresultErrorMessage(result));
        PQclear(result);
    }
    return error;
}

void PgConnection::appendCopyRow(QByteArray& buffer, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            buffer.append('\t');
        const QString& field = fields[i];
        if (field.isNull()) {
            buffer.append("\\N");
            continue;
        }
        // Runs of plain bytes are copied whole; only the four special bytes are escaped.
        const QByteArray utf8 = field.toUtf8();
        const char* run = utf8.constData();
        const char* const end = run + utf8.size();
        for (const char* c = run; c != end; ++c) {
            const char* escaped = nullptr;
            switch (*c) {
            case '\\': escaped = "\\\\"; break;
            case '\t': escaped = "\\t"; break;
            case '\n': escaped = "\\n"; break;
            case '\r': escaped = "\\r"; break;
            default: continue;
            }
            buffer.append(run, c - run).append(escaped, 2);
            run = c + 1;
        }
        buffer.append(run, end - run);
    }
    buffer.append('\n');
}

std::vector<PgNotification> PgConnection::takeNotifications()
{
    std::vector<PgNotification> notifications;
    if (!m_connection)
        return notifications;
    PQconsumeInput(m_connection);
    while (PGnotify* notify = PQnotifies(m_connection)) {
        notifications.push_back({ QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra) });
        PQfreemem(notify);
    }
    return notifications;
}

bool PgConnection::waitForNotification(int timeoutMs)
{
    if (!isOpen())
        return false;
    pollfd descriptor { PQsocket(m_connection), POLLIN, 0 };
    if (poll(&descriptor, 1, timeoutMs) <= 0)
        return false;
    PQconsumeInput(m_connection);
    return true;
}

} // namespace fw
