// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "common/logging.h"

#include <sqlite3.h>

#include "identity/oslogin.h"
#include "identity/userdirectory.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fw {

namespace {
    QAtomicInteger<quint64> nextInstance = 0;

    bool isFileStore(const QString& path)
    {
        return !path.isEmpty() && path != QStringLiteral(":memory:") && !path.startsWith(QStringLiteral("file:"));
    }

    // SQLite's words for a file that is not a store or is damaged.
    bool looksDamaged(const QString& error)
    {
        return error.contains(QStringLiteral("not a database")) || error.contains(QStringLiteral("malformed"))
            || error.contains(QStringLiteral("corrupt"));
    }
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("fw-store-%1-").arg(nextInstance.fetchAndAddRelaxed(1)))
{
    // SQLite's memory statistics take a process-wide mutex on every allocation, which the engine's
    // connection and its committer's (BatchCommitter) would contend for. Only possible before SQLite's
    // first use (else SQLITE_MISUSE, and the statistics stay on).
    static const bool statisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(statisticsOff);
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
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (m_readOnly) {
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI").arg(busyTimeoutMs));
        // A WAL store needs its -shm file even to read; in a directory we cannot write, without
        // one, SQLite can only read it as immutable (no writer can be running: nobody can write there).
        const bool immutable
            = !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable() && !QFileInfo::exists(m_path + QStringLiteral("-shm"));
        database.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                                 + (immutable ? QStringLiteral("?immutable=1") : QStringLiteral("?mode=ro")));
    }
    // A failed configuration shows again, and is reported, when open() checks the connection.
    if (database.open())
        static_cast<void>(configure(database));
    return database;
}

Status Database::configure(QSqlDatabase& database) const
{
    QSqlQuery query(database);
    const QStringList pragmas = m_readOnly ? QStringList { QStringLiteral("PRAGMA foreign_keys=ON") } : writerPragmas();
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return failure(query.lastError().text());
    }
    return {};
}

QStringList Database::writerPragmas()
{
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA journal_mode=WAL"),
                          QStringLiteral("PRAGMA synchronous=FULL") };
    // Tests simulate a full disk with a page limit (SQLITE_FULL, as a full disk gives); see docs/store.md.
    if (const QByteArray limit = qgetenv("FW_TEST_STORE_MAX_PAGES"); !limit.isEmpty())
        pragmas << QStringLiteral("PRAGMA max_page_count=%1").arg(limit.toLongLong());
    return pragmas;
}

bool Database::writable(const QString& path)
{
    if (!isFileStore(path))
        return true;
    const QFileInfo file(path);
    const QFileInfo directory(file.absolutePath());
    return directory.isWritable() && (!file.exists() || file.isWritable());
}

QString Database::recoveryHint(const QString& path)
{
    return QStringLiteral("restore the store from a backup, or salvage what is readable with "
                          "'sqlite3 %1 .recover | sqlite3 recovered.db' and use recovered.db (docs/store.md)")
        .arg(path);
}

Status Database::prepareFile() const
{
    if (!isFileStore(m_path))
        return {};
    const QFileInfo file(m_path);
    if (file.exists()) {
        if (file.isDir())
            return failure(QStringLiteral("is a directory, not a store"));
        // A store always has its header page in the file itself; an empty file is not a store
        // (unless its content still waits in the -wal file).
        if (file.size() == 0 && QFileInfo(m_path + QStringLiteral("-wal")).size() == 0)
            return failure(QStringLiteral("the file is empty (0 bytes), not a store: delete it to start a new store there, or "
                                          "restore the store from a backup"));
        return {};
    }
    // A new store: created here with mode 0600 before SQLite opens it, so no other user can read it.
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return {}; // another process created it meanwhile
        return failure(QStringLiteral("cannot create the store: ") + QString::fromLocal8Bit(std::strerror(errno)));
    }
    ::close(fd);
    return {};
}

Status Database::openChecked(const std::function<void()>& readable)
{
    if (const Status prepared = prepareFile(); !prepared)
        return failure(prepared.error().why, m_path);
    QSqlDatabase database = connection();
    if (!database.isOpen())
        return failure(QStringLiteral("cannot open database: ") + database.lastError().text(), m_path);
    if (const Status configured = configure(database); !configured) {
        const QString why = configured.error().why;
        if (looksDamaged(why))
            return failure(QStringLiteral("not a readable store (") + why + QStringLiteral("); ") + recoveryHint(m_path), m_path);
        return failure(why, m_path);
    }
    if (readable && currentSchemaVersion(database) == latestSchemaVersion())
        readable();
    // A quick structural check of every page (no index cross-check: that is `fwctl check`).
    QSqlQuery check(database);
    QStringList problems;
    if (!check.exec(QStringLiteral("PRAGMA quick_check(3)"))) {
        problems << check.lastError().text();
    } else {
        while (check.next()) {
            // One row may hold several lines, under a "*** in database main ***" heading.
            for (const QString& line : check.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line != QStringLiteral("ok") && !line.startsWith(QStringLiteral("*** ")))
                    problems << line.trimmed();
            }
        }
    }
    if (!problems.isEmpty())
        return failure(QStringLiteral("the store is damaged (quick_check: ") + problems.join(QStringLiteral("; "))
                           + QStringLiteral("); nothing was changed: ") + recoveryHint(m_path),
                       m_path);
    return {};
}

Status Database::openStore(const std::function<void()>& readable)
{
    if (isFileStore(m_path) && !writable(m_path))
        return failure(QStringLiteral("the store is read-only for this user (file or directory permissions); this "
                                      "command writes to it: make it writable, or use a copy"),
                       m_path);
    if (Status checked = openChecked(readable); !checked) {
        qCDebug(lcStore, "store: cannot open %s: %s", qPrintable(m_path), qPrintable(checked.message()));
        return checked;
    }
    QSqlDatabase database = connection();
    if (const Status migrated = migrateSchema(database); !migrated) {
        qCDebug(lcStore, "store: cannot migrate %s: %s", qPrintable(m_path), qPrintable(migrated.message()));
        return failure(migrated.message(), m_path);
    }
    qCDebug(lcStore, "store: opened %s for writing, schema version %d", qPrintable(m_path), currentSchemaVersion(database));
    // A new store (or one from before users) gets its first user: an admin named after the OS login.
    if (const Status first = UserDirectory(database).ensureFirstUser(osLoginName(), QDateTime::currentDateTimeUtc()); !first)
        return failure(first.message(), m_path);
    return {};
}

Status Database::openForReading()
{
    if (writable(m_path))
        return openStore();
    if (!QFileInfo::exists(m_path))
        return failure(QStringLiteral("no such store"), m_path);
    m_readOnly = true;
    if (Status checked = openChecked(); !checked)
        return checked;
    const int version = currentSchemaVersion(connection());
    if (version != latestSchemaVersion())
        return failure(QStringLiteral("the store is read-only for this user and at schema version %1; this build reads "
                                      "version %2: open it once with write permission to bring it up to date")
                           .arg(version)
                           .arg(latestSchemaVersion()),
                       m_path);
    return {};
}

int Database::schemaVersion() const
{
    return currentSchemaVersion(connection());
}

} // namespace fw
