#include "migrations.h"

#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace fw {

namespace {

    struct Migration {
        int version;
        const char* description;
        std::vector<const char*> statements;
    };

    const std::vector<Migration>& migrations()
    {
        static const std::vector<Migration> all {
            { 1,
              "catalogs, orders, fulfillment lines, plan steps and the event journal",
              {
                  "CREATE TABLE catalogs (id TEXT NOT NULL, version TEXT NOT NULL, name TEXT NOT NULL, "
                  "document TEXT NOT NULL, imported_at TEXT NOT NULL, PRIMARY KEY (id, version))",
                  "CREATE TABLE orders (id TEXT PRIMARY KEY, catalog_id TEXT NOT NULL, catalog_version TEXT NOT NULL, "
                  "account_id TEXT NOT NULL, account_name TEXT NOT NULL, state TEXT NOT NULL, requested_date TEXT, "
                  "ordered_at TEXT, document TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
                  "CREATE INDEX orders_account ON orders(account_id)",
                  "CREATE INDEX orders_state ON orders(state)",
                  "CREATE TABLE fulfillment_lines (order_id TEXT NOT NULL REFERENCES orders(id), id TEXT NOT NULL, "
                  "product TEXT NOT NULL, scope TEXT NOT NULL, owner_order TEXT NOT NULL, account_id TEXT NOT NULL, "
                  "source_items TEXT NOT NULL, rules TEXT NOT NULL, quantity INTEGER NOT NULL, attributes TEXT NOT NULL, "
                  "PRIMARY KEY (order_id, id))",
                  "CREATE INDEX lines_account ON fulfillment_lines(account_id, product, scope)",
                  "CREATE TABLE steps (order_id TEXT NOT NULL REFERENCES orders(id), seq INTEGER NOT NULL, id TEXT NOT NULL, "
                  "name TEXT NOT NULL, type TEXT NOT NULL, scope TEXT NOT NULL, lane TEXT NOT NULL, "
                  "plan_definition TEXT NOT NULL, step_key TEXT NOT NULL, lines TEXT NOT NULL, depends_on TEXT NOT NULL, "
                  "depth INTEGER NOT NULL, estimated_seconds INTEGER NOT NULL, point_of_no_return INTEGER NOT NULL, "
                  "state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, "
                  "PRIMARY KEY (order_id, id))",
                  "CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, order_id TEXT, "
                  "step_id TEXT, kind TEXT NOT NULL, actor TEXT NOT NULL, before_state TEXT, after_state TEXT, "
                  "payload TEXT, origin TEXT NOT NULL DEFAULT 'local')",
                  "CREATE INDEX journal_order ON journal(order_id, seq)",
              } },
            { 2,
              "engine: attempts and retry times on steps, line fields, tasks, fallout cases, signals",
              {
                  "ALTER TABLE steps ADD COLUMN first_attempt_at TEXT",
                  "ALTER TABLE steps ADD COLUMN next_attempt_at TEXT",
                  "ALTER TABLE steps ADD COLUMN completed_at TEXT",
                  "ALTER TABLE steps ADD COLUMN last_error TEXT",
                  "CREATE INDEX steps_state ON steps(state)",
                  "ALTER TABLE fulfillment_lines ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'",
                  "CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL REFERENCES orders(id), "
                  "step_id TEXT NOT NULL, queue TEXT NOT NULL, state TEXT NOT NULL, claimed_by TEXT, data TEXT, "
                  "comment TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (order_id, step_id))",
                  "CREATE INDEX tasks_queue ON tasks(queue, state)",
                  "CREATE TABLE fallout_cases (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL REFERENCES orders(id), "
                  "step_id TEXT NOT NULL, queue TEXT NOT NULL, state TEXT NOT NULL, classification TEXT NOT NULL, "
                  "error TEXT NOT NULL, attempts INTEGER NOT NULL, request TEXT, response TEXT, rule TEXT, "
                  "opened_at TEXT NOT NULL, resolved_at TEXT, resolution TEXT)",
                  "CREATE INDEX fallout_queue ON fallout_cases(queue, state)",
                  "CREATE TABLE signals (order_id TEXT NOT NULL REFERENCES orders(id), name TEXT NOT NULL, "
                  "received_at TEXT NOT NULL, PRIMARY KEY (order_id, name))",
              } },
            { 3,
              "orders on hold after fallout until an operator resumes them",
              {
                  "ALTER TABLE orders ADD COLUMN on_hold INTEGER NOT NULL DEFAULT 0",
              } },
            { 4,
              "callout attempts with idempotency keys, requests and responses",
              {
                  "CREATE TABLE attempts (order_id TEXT NOT NULL REFERENCES orders(id), step_id TEXT NOT NULL, "
                  "series INTEGER NOT NULL, attempt INTEGER NOT NULL, idempotency_key TEXT NOT NULL, started_at TEXT NOT NULL, "
                  "finished_at TEXT, http_status INTEGER, outcome TEXT, request TEXT, response TEXT, error TEXT, "
                  "PRIMARY KEY (order_id, step_id, series, attempt))",
                  "ALTER TABLE steps ADD COLUMN attempt_series INTEGER NOT NULL DEFAULT 1",
              } },
            { 5,
              "an operator-edited callout payload for the current attempt series",
              {
                  "ALTER TABLE steps ADD COLUMN payload_override TEXT",
              } },
            { 6,
              "no index on step states: nothing looks steps up by state, and every step transition paid for it",
              {
                  "DROP INDEX IF EXISTS steps_state",
              } },
        };
        return all;
    }

} // namespace

int latestSchemaVersion() { return migrations().back().version; }

int currentSchemaVersion(const QSqlDatabase& database)
{
    if (!database.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<QString> migrateSchema(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return QStringLiteral("cannot create schema_version: ") + query.lastError().text();
    const int current = currentSchemaVersion(database);
    if (current > latestSchemaVersion())
        return QStringLiteral("database schema version %1 is newer than this build supports (%2); use a newer build")
            .arg(current)
            .arg(latestSchemaVersion());
    for (const Migration& migration : migrations()) {
        if (migration.version <= current)
            continue;
        TransactionGuard transaction(database);
        if (!transaction.isActive())
            return QStringLiteral("cannot begin migration %1: ").arg(migration.version) + database.lastError().text();
        for (const char* statement : migration.statements) {
            if (!query.exec(QString::fromLatin1(statement)))
                return QStringLiteral("migration %1 failed: %2").arg(migration.version).arg(query.lastError().text());
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                     "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
        query.addBindValue(migration.version);
        query.addBindValue(QString::fromLatin1(migration.description));
        if (!query.exec() || !transaction.commit())
            return QStringLiteral("cannot record migration %1: %2").arg(migration.version).arg(query.lastError().text());
    }
    return std::nullopt;
}

} // namespace fw
