#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace fw {

namespace {
    QAtomicInteger<quint64> nextInstance = 0;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("fw-store-%1-").arg(nextInstance.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    // Only this thread's connection can be closed here; other threads close theirs when they end.
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (database.open())
        configure(database);
    return database;
}

std::optional<QString> Database::configure(QSqlDatabase& database) const
{
    QSqlQuery query(database);
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                                QStringLiteral("PRAGMA foreign_keys=ON") };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return m_path + QStringLiteral(": ") + query.lastError().text();
    }
    return std::nullopt;
}

std::optional<QString> Database::open()
{
    QSqlDatabase database = connection();
    if (!database.isOpen())
        return m_path + QStringLiteral(": cannot open database: ") + database.lastError().text();
    if (auto error = configure(database))
        return error;
    if (auto error = migrateSchema(database))
        return m_path + QStringLiteral(": ") + *error;
    return std::nullopt;
}

int Database::schemaVersion() const { return currentSchemaVersion(connection()); }

} // namespace fw
