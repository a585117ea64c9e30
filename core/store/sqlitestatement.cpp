#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace fw {

namespace {
    // Appends text as UTF-8 (out has room reserved): one plain pass for ASCII (ids, states, times,
    // most payloads), Qt's codec for anything else.
    void appendUtf8(std::string& out, const QString& text)
    {
        const auto* data = reinterpret_cast<const char16_t*>(text.constData());
        const std::size_t size = std::size_t(text.size());
        const std::size_t offset = out.size();
        out.resize(offset + size);
        char* target = out.data() + offset;
        for (std::size_t i = 0; i < size; ++i) {
            if (data[i] >= 0x80) {
                out.resize(offset);
                const QByteArray utf8 = text.toUtf8();
                out.append(utf8.constData(), std::size_t(utf8.size()));
                return;
            }
            target[i] = char(data[i]);
        }
    }
} // namespace

sqlite3* SqliteStatement::handleOf(const QSqlDatabase& database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3* database, const std::string& sql)
    : m_database(database)
{
    if (!m_database) {
        m_error = QStringLiteral("no SQLite connection");
    } else if (sqlite3_prepare_v2(m_database, sql.c_str(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_database));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqliteStatement::run(const SqlValue* values, int count)
{
    if (!m_statement)
        return false;
    // All texts go into one buffer first: reserved for the worst case, so the pointers bound
    // below stay valid until the statement has run.
    std::size_t worst = 0;
    for (int i = 0; i < count; ++i)
        worst += std::size_t(values[i].text.size()) * 3;
    m_utf8.clear();
    m_utf8.reserve(worst);
    m_spans.clear();
    for (int i = 0; i < count; ++i) {
        if (values[i].kind == SqlValue::Kind::Text) {
            const std::size_t offset = m_utf8.size();
            appendUtf8(m_utf8, values[i].text);
            m_spans.emplace_back(offset, m_utf8.size() - offset);
        }
    }
    int rc = SQLITE_OK;
    std::size_t text = 0;
    for (int i = 0; i < count && rc == SQLITE_OK; ++i) {
        switch (values[i].kind) {
        case SqlValue::Kind::Null:
            rc = sqlite3_bind_null(m_statement, i + 1);
            break;
        case SqlValue::Kind::Integer:
            rc = sqlite3_bind_int64(m_statement, i + 1, values[i].integer);
            break;
        case SqlValue::Kind::Text: {
            const auto [offset, length] = m_spans[text++];
            rc = sqlite3_bind_text(m_statement, i + 1, m_utf8.data() + offset, int(length), SQLITE_STATIC);
            break;
        }
        }
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_statement) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    const bool ok = rc == SQLITE_OK;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_database));
    sqlite3_reset(m_statement);
    return ok;
}

QString SqliteStatement::error() const
{
    return m_error;
}

} // namespace fw
