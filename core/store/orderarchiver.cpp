// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderarchiver.h"

#include "common/clock.h"
#include "database.h"
#include "kpiledger.h"
#include "queryerror.h"
#include "transactionguard.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    // The tables that hold an order's rows besides `orders` and `journal`: children of orders
    // first-to-last in insert order (deleted last-to-first). kpi_* stay in the store.
    const char* const orderTables[]
        = { "fulfillment_lines", "steps", "tasks", "fallout_cases", "signals", "attempts", "jeopardy", "escalations", "change_orders" };

    // An order the archive may take: finished before ?1, run by this store only, not the owner of an
    // account-scoped line, and with no journal entry the KPI ledger or the sync push has not read (?2).
    const QLatin1String movable("o.state IN ('completed', 'cancelled') AND o.updated_at < ?1 AND o.replica_of IS NULL "
                                "AND NOT EXISTS (SELECT 1 FROM main.sync_leases s WHERE s.order_id = o.id) "
                                "AND NOT EXISTS (SELECT 1 FROM main.fulfillment_lines l WHERE l.order_id = o.id "
                                "AND l.scope = 'account' AND l.owner_order = o.id) "
                                "AND NOT EXISTS (SELECT 1 FROM main.journal j WHERE j.order_id = o.id AND j.seq > ?2)");

    // The archived copy is the store's order as it stands (a rerun after a crash, or an order that
    // changed after its copy was written, is copied again instead).
    const QLatin1String identical("EXISTS (SELECT 1 FROM archive.orders a WHERE a.id = o.id AND a.state = o.state "
                                  "AND a.updated_at = o.updated_at AND o.state IN ('completed', 'cancelled'))");

    Result<QSqlQuery> exec(const QSqlDatabase& database, const QString& sql, const QVariantList& values, const QString& what)
    {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (Status ran = runQuery(query, sql, values, what); !ran)
            return ran.error();
        return query;
    }

    Result<qint64> single(const QSqlDatabase& database, const QString& sql, const QVariantList& values, const QString& what)
    {
        auto query = exec(database, sql, values, what);
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toLongLong() : 0;
    }

    // The table's columns in the store (the archive has the same schema version), less `skip`.
    Result<QString> columnsOf(const QSqlDatabase& database, const char* table, const QString& skip = {})
    {
        auto query = exec(database, QStringLiteral("SELECT name FROM pragma_table_info(?, 'main')"), { QString::fromLatin1(table) },
                          QStringLiteral("read the columns of %1").arg(QLatin1String(table)));
        if (!query)
            return query.error();
        QStringList names;
        while (query->next()) {
            if (query->value(0).toString() != skip)
                names << query->value(0).toString();
        }
        return names.join(QStringLiteral(", "));
    }

    QVariant storeTime(const QDateTime& time)
    {
        return toStoreTime(time);
    }
} // namespace

OrderArchiver::OrderArchiver(Database& store, QString archivePath, const Clock& clock)
    : m_store(store)
    , m_archivePath(std::move(archivePath))
    , m_clock(clock)
{
}

OrderArchiver::~OrderArchiver()
{
    detach();
}

Status OrderArchiver::attach()
{
    if (m_attached)
        return {};
    // The store itself as its archive would delete the orders it copies.
    const QFileInfo archiveFile(m_archivePath);
    if (archiveFile.exists() && archiveFile.canonicalFilePath() == QFileInfo(m_store.path()).canonicalFilePath())
        return failure(QStringLiteral("the archive must be another file than the store"), m_archivePath,
                       QStringLiteral("open the archive"));
    {
        // A store in its own right: created (0600) or checked and migrated like any store.
        Database archive(m_archivePath);
        if (const Status opened = archive.openStore(); !opened)
            return opened.error().in(QStringLiteral("open the archive"));
        if (archive.schemaVersion() != m_store.schemaVersion())
            return failure(
                QStringLiteral("the archive has schema version %1, the store %2").arg(archive.schemaVersion()).arg(m_store.schemaVersion()),
                m_archivePath, QStringLiteral("open the archive"));
    }
    const QSqlDatabase db = m_store.connection();
    for (const QString& statement : { QStringLiteral("ATTACH DATABASE ? AS archive"), QStringLiteral("PRAGMA archive.synchronous = FULL"),
                                      QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS archive_batch (id TEXT PRIMARY KEY)") }) {
        const QVariantList values = statement.startsWith(QLatin1String("ATTACH")) ? QVariantList { m_archivePath } : QVariantList {};
        if (auto done = exec(db, statement, values, QStringLiteral("attach the archive")); !done)
            return done.error().in(QStringLiteral("attach the archive"), m_archivePath);
        if (statement.startsWith(QLatin1String("ATTACH")))
            m_attached = true;
    }
    return {};
}

void OrderArchiver::detach()
{
    if (!m_attached)
        return;
    QSqlQuery query(m_store.connection());
    query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.archive_batch"));
    query.exec(QStringLiteral("DETACH DATABASE archive"));
    m_attached = false;
}

Result<qint64> OrderArchiver::pickBatch(const QDateTime& finishedBefore, int limit)
{
    const QSqlDatabase db = m_store.connection();
    if (auto cleared = exec(db, QStringLiteral("DELETE FROM temp.archive_batch"), {}, QStringLiteral("pick orders to archive")); !cleared)
        return cleared.error();
    // What the KPI ledger and (with a remote store) the sync push have read of the journal.
    auto read = single(db,
                       QStringLiteral("SELECT MIN(COALESCE((SELECT value FROM main.kpi_state WHERE key = 'journal_seq'), 0), "
                                      "COALESCE((SELECT CAST(value AS INTEGER) FROM main.sync_state WHERE key = 'pushed_through'), "
                                      "9223372036854775807))"),
                       {}, QStringLiteral("read the journal cursors"));
    if (!read)
        return read.error();
    const QString sql = QStringLiteral("INSERT INTO temp.archive_batch (id) SELECT o.id FROM main.orders o WHERE ") + movable
        + QStringLiteral(" ORDER BY o.updated_at, o.id LIMIT ?3");
    if (auto picked = exec(db, sql, { storeTime(finishedBefore), *read, limit }, QStringLiteral("pick orders to archive")); !picked)
        return picked.error();
    return single(db, QStringLiteral("SELECT COUNT(*) FROM temp.archive_batch"), {}, QStringLiteral("pick orders to archive"));
}

Status OrderArchiver::copyBatch(const QString& actor, const QDateTime& finishedBefore)
{
    const QSqlDatabase db = m_store.connection();
    const QString what = QStringLiteral("copy orders into the archive");
    const QString inBatch = QStringLiteral(" WHERE order_id IN (SELECT id FROM temp.archive_batch)");
    QStringList statements;
    // An earlier copy of these orders (an interrupted run's) is replaced.
    statements << QStringLiteral("DELETE FROM archive.journal") + inBatch;
    for (auto table = std::rbegin(orderTables); table != std::rend(orderTables); ++table)
        statements << QStringLiteral("DELETE FROM archive.%1").arg(QLatin1String(*table)) + inBatch;
    statements << QStringLiteral("DELETE FROM archive.orders WHERE id IN (SELECT id FROM temp.archive_batch)");
    const auto columns = [&](const char* table, const QString& skip = {}) { return columnsOf(db, table, skip); };
    const auto orderColumns = columns("orders");
    const auto catalogColumns = columns("catalogs");
    if (!orderColumns || !catalogColumns)
        return orderColumns ? catalogColumns.error() : orderColumns.error();
    statements << QStringLiteral("INSERT OR IGNORE INTO archive.catalogs (%1) SELECT %1 FROM main.catalogs c WHERE EXISTS (SELECT 1 FROM "
                                 "main.orders o JOIN temp.archive_batch b ON b.id = o.id WHERE o.catalog_id = c.id AND "
                                 "o.catalog_version = c.version)")
                      .arg(*catalogColumns);
    statements << QStringLiteral(
                      "INSERT INTO archive.orders (%1) SELECT %1 FROM main.orders WHERE id IN (SELECT id FROM temp.archive_batch)")
                      .arg(*orderColumns);
    for (const char* table : orderTables) {
        const auto names = columns(table);
        if (!names)
            return names.error();
        statements << QStringLiteral("INSERT INTO archive.%1 (%2) SELECT %2 FROM main.%1").arg(QLatin1String(table), *names) + inBatch;
    }
    const auto journalColumns = columns("journal", QStringLiteral("seq"));
    if (!journalColumns)
        return journalColumns.error();
    statements << QStringLiteral("INSERT INTO archive.journal (%1) SELECT %1 FROM main.journal").arg(*journalColumns) + inBatch
            + QStringLiteral(" ORDER BY seq");
    // When and by whom, on each archived order's timeline.
    const nlohmann::json payload { { "finishedBefore", toStoreTime(finishedBefore).toStdString() },
                                   { "store", m_store.path().toStdString() } };
    statements << QStringLiteral("INSERT INTO archive.journal (at, order_id, kind, actor, payload) SELECT ?, id, 'order.archived', ?, ? "
                                 "FROM temp.archive_batch ORDER BY id");
    for (const QString& statement : statements) {
        const QVariantList values = statement.contains(QLatin1String("'order.archived'"))
            ? QVariantList { storeTime(m_clock.now()), actor, QString::fromStdString(payload.dump()) }
            : QVariantList {};
        if (auto done = exec(db, statement, values, what); !done)
            return done.error();
    }
    return {};
}

Result<qint64> OrderArchiver::removeBatch(const QString& actor, const QDateTime& finishedBefore)
{
    const QSqlDatabase db = m_store.connection();
    const QString what = QStringLiteral("remove archived orders from the store");
    // Only what the archive holds as the store has it.
    if (auto kept = exec(db,
                         QStringLiteral("DELETE FROM temp.archive_batch WHERE NOT EXISTS (SELECT 1 FROM main.orders o WHERE "
                                        "o.id = archive_batch.id AND ")
                             + identical + QLatin1Char(')'),
                         {}, what);
        !kept)
        return kept.error();
    auto ids = exec(db, QStringLiteral("SELECT id FROM temp.archive_batch ORDER BY id"), {}, what);
    if (!ids)
        return ids.error();
    QStringList removed;
    while (ids->next())
        removed << ids->value(0).toString();
    if (removed.isEmpty())
        return 0;
    const QString inBatch = QStringLiteral(" WHERE order_id IN (SELECT id FROM temp.archive_batch)");
    QStringList statements { QStringLiteral("DELETE FROM main.journal") + inBatch };
    for (auto table = std::rbegin(orderTables); table != std::rend(orderTables); ++table)
        statements << QStringLiteral("DELETE FROM main.%1").arg(QLatin1String(*table)) + inBatch;
    statements << QStringLiteral("DELETE FROM main.orders WHERE id IN (SELECT id FROM temp.archive_batch)");
    for (const QString& statement : statements) {
        if (auto done = exec(db, statement, {}, what); !done)
            return done.error();
    }
    const nlohmann::json payload { { "archive", m_archivePath.toStdString() },
                                   { "finishedBefore",
                                     finishedBefore.isValid() ? toStoreTime(finishedBefore).toStdString() : std::string() },
                                   { "orders", removed.size() },
                                   { "first", removed.first().toStdString() },
                                   { "last", removed.last().toStdString() } };
    if (auto journalled = exec(db, QStringLiteral("INSERT INTO main.journal (at, kind, actor, payload) VALUES (?, 'store.archived', ?, ?)"),
                               { storeTime(m_clock.now()), actor, QString::fromStdString(payload.dump()) }, what);
        !journalled)
        return journalled.error();
    return qint64(removed.size());
}

Result<qint64> OrderArchiver::copy(const QDateTime& finishedBefore, const QString& actor, int limit)
{
    if (const Status attached = attach(); !attached)
        return attached.error();
    QSqlDatabase db = m_store.connection();
    // The KPI facts of orders finished meanwhile are written before the orders leave.
    if (const auto caughtUp = KpiLedger::catchUp(db); !caughtUp)
        return caughtUp.error().in(QStringLiteral("archive orders"));
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), m_store.path(), QStringLiteral("archive orders"));
    const auto picked = pickBatch(finishedBefore, limit);
    if (!picked)
        return picked.error();
    if (*picked == 0)
        return 0;
    if (const Status copied = copyBatch(actor, finishedBefore); !copied)
        return copied.error().in(QStringLiteral("archive orders"), m_archivePath);
    if (!transaction.commit())
        return failure(QStringLiteral("the commit failed"), m_archivePath, QStringLiteral("copy orders into the archive"));
    return *picked;
}

Result<qint64> OrderArchiver::removeArchived(const QString& actor, const QDateTime& finishedBefore)
{
    if (const Status attached = attach(); !attached)
        return attached.error();
    QSqlDatabase db = m_store.connection();
    qint64 removed = 0;
    for (;;) {
        TransactionGuard transaction(db);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), m_store.path(), QStringLiteral("archive orders"));
        // Orders both here and (identical) in the archive: an interrupted run's, or the batch just copied.
        if (auto cleared = exec(db, QStringLiteral("DELETE FROM temp.archive_batch"), {}, QStringLiteral("archive orders")); !cleared)
            return cleared.error();
        if (auto picked = exec(db,
                               QStringLiteral("INSERT INTO temp.archive_batch (id) SELECT o.id FROM main.orders o WHERE ") + identical
                                   + QStringLiteral(" LIMIT ?"),
                               { batchSize }, QStringLiteral("find orders already archived"));
            !picked)
            return picked.error();
        const auto done = removeBatch(actor, finishedBefore);
        if (!done)
            return done.error();
        if (*done == 0)
            return removed;
        if (!transaction.commit())
            return failure(QStringLiteral("the commit failed"), m_store.path(), QStringLiteral("remove archived orders from the store"));
        removed += *done;
    }
}

Status OrderArchiver::countKept(const QDateTime& finishedBefore, ArchiveOutcome& outcome)
{
    const QSqlDatabase db = m_store.connection();
    const QVariantList before { storeTime(finishedBefore) };
    const auto active
        = single(db, QStringLiteral("SELECT COUNT(*) FROM main.orders WHERE updated_at < ? AND state NOT IN ('completed', 'cancelled')"),
                 before, QStringLiteral("count the orders kept"));
    const auto shared
        = single(db,
                 QStringLiteral("SELECT COUNT(*) FROM main.orders o WHERE o.updated_at < ? AND o.state IN ('completed', 'cancelled') "
                                "AND (o.replica_of IS NOT NULL OR EXISTS (SELECT 1 FROM main.sync_leases s WHERE s.order_id = o.id))"),
                 before, QStringLiteral("count the orders kept"));
    const auto owners
        = single(db,
                 QStringLiteral("SELECT COUNT(*) FROM main.orders o WHERE o.updated_at < ? AND o.state IN ('completed', 'cancelled') "
                                "AND o.replica_of IS NULL AND EXISTS (SELECT 1 FROM main.fulfillment_lines l WHERE "
                                "l.order_id = o.id AND l.scope = 'account' AND l.owner_order = o.id)"),
                 before, QStringLiteral("count the orders kept"));
    for (const auto* counted : { &active, &shared, &owners }) {
        if (!*counted)
            return counted->error();
    }
    outcome.keptActive = *active;
    outcome.keptShared = *shared;
    outcome.keptAccountLines = *owners;
    return {};
}

Result<ArchiveOutcome> OrderArchiver::archive(const QDateTime& finishedBefore, const QString& actor)
{
    ArchiveOutcome outcome;
    outcome.archivePath = m_archivePath;
    const auto finish = [this](auto result) {
        detach();
        return result;
    };
    // First what an interrupted run left in both files, then batch by batch: copy, remove.
    const auto healed = removeArchived(actor, {});
    if (!healed)
        return finish(Result<ArchiveOutcome>(healed.error()));
    outcome.healed = *healed;
    for (;;) {
        const auto copied = copy(finishedBefore, actor, batchSize);
        if (!copied)
            return finish(Result<ArchiveOutcome>(copied.error()));
        if (*copied == 0)
            break;
        QSqlDatabase db = m_store.connection();
        TransactionGuard transaction(db);
        if (!transaction.isActive())
            return finish(Result<ArchiveOutcome>(
                failure(QStringLiteral("cannot begin a transaction"), m_store.path(), QStringLiteral("archive orders"))));
        auto ids = exec(db, QStringLiteral("SELECT id FROM temp.archive_batch ORDER BY id LIMIT 5"), {}, QStringLiteral("archive orders"));
        while (ids && ids->next() && outcome.firstArchived.size() < 5)
            outcome.firstArchived << ids->value(0).toString();
        const auto removed = removeBatch(actor, finishedBefore);
        if (!removed)
            return finish(Result<ArchiveOutcome>(removed.error()));
        if (!transaction.commit())
            return finish(Result<ArchiveOutcome>(
                failure(QStringLiteral("the commit failed"), m_store.path(), QStringLiteral("remove archived orders from the store"))));
        outcome.archived += *removed;
        if (*removed == 0)
            break; // every one changed between the two transactions: left for the next run (their copies are replaced then)
    }
    if (const Status counted = countKept(finishedBefore, outcome); !counted)
        return finish(Result<ArchiveOutcome>(counted.error()));
    return finish(Result<ArchiveOutcome>(outcome));
}

} // namespace fw
