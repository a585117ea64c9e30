// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pgconnection.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <vector>

namespace fw {

namespace {
    QString fromPg(const char* text)
    {
        return QString::fromUtf8(text).trimmed();
    }

    // The keywords the conninfo sets itself, and its `options` value.
    QStringList givenKeywords(const QString& conninfo, QString* options)
    {
        QStringList keywords;
        const QByteArray text = conninfo.toUtf8();
        char* message = nullptr;
        PQconninfoOption* parsed = PQconninfoParse(text.constData(), &message);
        PQfreemem(message);
        if (!parsed)
            return keywords; // PQconnectdbParams reports what is wrong with it
        for (PQconninfoOption* option = parsed; option->keyword; ++option) {
            if (!option->val)
                continue;
            keywords << QString::fromLatin1(option->keyword);
            if (qstrcmp(option->keyword, "options") == 0)
                *options = QString::fromUtf8(option->val);
        }
        PQconninfoFree(parsed);
        return keywords;
    }
}

PgResult::PgResult(pg_result* result)
    : m_result(result, PQclear)
{
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}
int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

QString PgResult::value(int row, int column) const
{
    if (!m_result || PQgetisnull(m_result.get(), row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column);
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

PgConnection::PgConnection(QString conninfo, PgSessionSettings session)
    : m_conninfo(std::move(conninfo))
    , m_session(std::move(session))
{
}

PgConnection::~PgConnection()
{
    close();
}

QString PgConnection::masked(const QString& conninfo)
{
    static const QRegularExpression keyword(QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)"));
    static const QRegularExpression uri(QStringLiteral("(postgres(?:ql)?://[^:/@]*:)[^@]*@"));
    QString text = conninfo;
    text.replace(keyword, QStringLiteral("\\1****"));
    text.replace(uri, QStringLiteral("\\1****@"));
    return text;
}

Status PgConnection::open()
{
    close();
    // Our defaults first, then the conninfo expanded from dbname: libpq keeps the last value of a
    // keyword, so one the conninfo names wins.
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    const auto add = [&](const char* keyword, int value) {
        keywords.emplace_back(keyword);
        values.push_back(QByteArray::number(value));
    };
    if (m_session.connectTimeoutSeconds > 0)
        add("connect_timeout", m_session.connectTimeoutSeconds);
    const bool keepalives = m_session.keepalivesIdleSeconds > 0;
    add("keepalives", keepalives ? 1 : 0);
    if (keepalives) {
        add("keepalives_idle", m_session.keepalivesIdleSeconds);
        add("keepalives_interval", qMax(1, m_session.keepalivesIntervalSeconds));
        add("keepalives_count", qMax(1, m_session.keepalivesCount));
    }
    if (m_session.tcpUserTimeoutMs > 0)
        add("tcp_user_timeout", m_session.tcpUserTimeoutMs);
    if (!m_session.applicationName.isEmpty()) {
        keywords.emplace_back("application_name");
        values.push_back(m_session.applicationName.toUtf8());
    }
    if (!m_session.password.isEmpty()) {
        keywords.emplace_back("password");
        values.push_back(m_session.password.toUtf8());
    }
    keywords.emplace_back("dbname");
    values.push_back(m_conninfo.toUtf8());
    std::vector<const char*> keywordPointers;
    std::vector<const char*> valuePointers;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    if (const Status connected = connectWithin(keywordPointers, valuePointers); !connected) {
        close();
        return failure(QStringLiteral("remote store %1: cannot connect: %2").arg(masked(m_conninfo), connected.message()));
    }
    PQsetClientEncoding(m_connection, "UTF8");
    // Non-blocking sends, so a stalled link cannot hold a send forever (flush() waits with a limit).
    PQsetnonblocking(m_connection, 1);
    if (Status set = execute(QStringLiteral("SET client_min_messages = warning")); !set) {
        close();
        return set;
    }
    if (Status applied = applySessionTimeouts(); !applied) {
        close();
        return applied;
    }
    return {};
}

Status PgConnection::applySessionTimeouts()
{
    QString options;
    givenKeywords(m_conninfo, &options);
    QStringList names;
    QStringList parameters;
    const auto add = [&](const char* name, int value) {
        const QString setting = QString::fromLatin1(name);
        if (options.contains(setting))
            return; // the conninfo's options set it
        names << QStringLiteral("set_config($%1, $%2, false)").arg(parameters.size() + 1).arg(parameters.size() + 2);
        parameters << setting << QString::number(qMax(0, value));
    };
    add("statement_timeout", m_session.statementTimeoutMs);
    add("lock_timeout", m_session.lockTimeoutMs);
    add("idle_in_transaction_session_timeout", m_session.idleInTransactionTimeoutMs);
    if (names.isEmpty())
        return {};
    return execute(QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")), parameters);
}

bool PgConnection::isEncrypted() const
{
    return isOpen() && PQsslInUse(m_connection) == 1;
}

bool PgConnection::isLocal() const
{
    if (!isOpen())
        return false;
    const QString host = QString::fromLocal8Bit(PQhost(m_connection));
    return host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1");
}

QString PgConnection::tlsProtocol() const
{
    if (!isEncrypted())
        return {};
    return QString::fromLatin1(PQsslAttribute(m_connection, "protocol"));
}

void PgConnection::close()
{
    if (m_connection)
        PQfinish(m_connection);
    m_connection = nullptr;
}

bool PgConnection::isOpen() const
{
    return m_connection && PQstatus(m_connection) == CONNECTION_OK;
}

int PgConnection::socket() const
{
    return m_connection ? PQsocket(m_connection) : -1;
}

QString PgConnection::errorText(const char* what) const
{
    const QString reason = m_connection ? fromPg(PQerrorMessage(m_connection)) : QStringLiteral("not connected");
    return QStringLiteral("remote store: %1: %2").arg(QString::fromLatin1(what), reason);
}

Result<PgResult> PgConnection::query(const QString& sql, const QStringList& parameters)
{
    if (!isOpen())
        return failure(errorText("query"));
    std::vector<QByteArray> values;
    values.reserve(std::size_t(parameters.size()));
    std::vector<const char*> pointers;
    for (const QString& p : parameters) {
        values.push_back(p.toUtf8());
        pointers.push_back(p.isNull() ? nullptr : values.back().constData());
    }
    const QByteArray text = sql.toUtf8();
    if (!PQsendQueryParams(m_connection, text.constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 0))
        return failure(errorText("query"));
    if (Status flushed = flush("query"); !flushed)
        return flushed.error();
    // Like PQexecParams: the last result, or the first error.
    PGresult* raw = nullptr;
    QString reason;
    for (;;) {
        const Result<PGresult*> next = awaitResult("query");
        if (!next) {
            PQclear(raw);
            return next.error();
        }
        PGresult* result = *next;
        if (!result)
            break;
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && reason.isEmpty())
            reason = fromPg(PQresultErrorMessage(result));
        PQclear(raw);
        raw = result;
    }
    if (!raw && reason.isEmpty())
        reason = fromPg(PQerrorMessage(m_connection));
    if (!reason.isEmpty()) {
        PQclear(raw);
        return failure(QStringLiteral("remote store: ") + reason);
    }
    return PgResult(raw);
}

Status PgConnection::execute(const QString& sql, const QStringList& parameters)
{
    Result<PgResult> result = query(sql, parameters);
    if (!result)
        return result.error();
    return {};
}

void PgConnection::rollback()
{
    if (isOpen())
        (void)execute(QStringLiteral("ROLLBACK"));
}

} // namespace fw
