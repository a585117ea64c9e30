// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migrations.h"

#include "common/logging.h"
#include "activesteps.h"
#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <string>
#include <vector>

namespace fw {

namespace {

    struct Migration {
        int version;
        const char* description;
        std::vector<std::string> statements;
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
            { 7,
              "operator requests handed to the running engine by other processes",
              {
                  "CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, "
                  "request TEXT NOT NULL, state TEXT NOT NULL, error TEXT, finished_at TEXT)",
                  "CREATE INDEX requests_pending ON requests(state, id)",
              } },
            { 8,
              "the orders view at scale: search terms (FTS5 trigram), counts by state kept by triggers, sort indexes",
              {
                  // Search over id, account and products: one lower-case text per order, keyed by orders.rowid.
                  "CREATE VIRTUAL TABLE order_search USING fts5(terms, tokenize = 'trigram', detail = 'none')",
                  "INSERT INTO order_search (rowid, terms) SELECT o.rowid, lower(o.id || ' ' || o.account_name || "
                  "COALESCE((SELECT ' ' || group_concat(DISTINCT l.product) FROM fulfillment_lines l "
                  "WHERE l.order_id = o.id), '')) FROM orders o",
                  "CREATE TRIGGER order_search_insert AFTER INSERT ON orders BEGIN "
                  "INSERT INTO order_search (rowid, terms) VALUES (NEW.rowid, lower(NEW.id || ' ' || NEW.account_name)); END",
                  "CREATE TRIGGER order_search_delete AFTER DELETE ON orders BEGIN "
                  "DELETE FROM order_search WHERE rowid = OLD.rowid; END",
                  "CREATE TRIGGER order_search_line AFTER INSERT ON fulfillment_lines BEGIN "
                  "UPDATE order_search SET terms = terms || ' ' || lower(NEW.product) "
                  "WHERE rowid = (SELECT rowid FROM orders WHERE id = NEW.order_id) AND instr(terms, lower(NEW.product)) = 0; END",
                  // Counts by state and hold for the status bar and the unfiltered count, without a scan.
                  "CREATE TABLE order_counts (state TEXT NOT NULL, on_hold INTEGER NOT NULL, n INTEGER NOT NULL, "
                  "PRIMARY KEY (state, on_hold)) WITHOUT ROWID",
                  "INSERT INTO order_counts (state, on_hold, n) SELECT state, on_hold, COUNT(*) FROM orders "
                  "WHERE true GROUP BY state, on_hold",
                  "CREATE TRIGGER order_counts_insert AFTER INSERT ON orders BEGIN "
                  "INSERT INTO order_counts (state, on_hold, n) VALUES (NEW.state, NEW.on_hold, 1) "
                  "ON CONFLICT (state, on_hold) DO UPDATE SET n = n + 1; END",
                  "CREATE TRIGGER order_counts_delete AFTER DELETE ON orders BEGIN "
                  "UPDATE order_counts SET n = n - 1 WHERE state = OLD.state AND on_hold = OLD.on_hold; END",
                  "CREATE TRIGGER order_counts_update AFTER UPDATE OF state, on_hold ON orders "
                  "WHEN OLD.state IS NOT NEW.state OR OLD.on_hold IS NOT NEW.on_hold BEGIN "
                  "UPDATE order_counts SET n = n - 1 WHERE state = OLD.state AND on_hold = OLD.on_hold; "
                  "INSERT INTO order_counts (state, on_hold, n) VALUES (NEW.state, NEW.on_hold, 1) "
                  "ON CONFLICT (state, on_hold) DO UPDATE SET n = n + 1; END",
                  // The sorts the view offers (each ends in id, so pages are stable), the state filter with
                  // the default sort, the lane filter (unfinished steps only) and a page's fallout counts.
                  "DROP INDEX IF EXISTS orders_state",
                  "CREATE INDEX orders_state_created ON orders(state, created_at, id)",
                  "CREATE INDEX orders_created ON orders(created_at, id)",
                  "CREATE INDEX orders_updated ON orders(updated_at, id)",
                  "CREATE INDEX orders_account_name ON orders(account_name, id)",
                  "CREATE INDEX orders_requested ON orders(requested_date, id)",
                  "CREATE INDEX steps_open_lane ON steps(lane, order_id) WHERE state NOT IN ('completed', 'skipped', 'cancelled')",
                  "CREATE INDEX fallout_order ON fallout_cases(order_id, state)",
              } },
            { 9,
              "the lane filter indexes only steps with work now (ready, running, waiting, retrying, fallout), "
              "not every pending step of every order",
              {
                  "DROP INDEX IF EXISTS steps_open_lane",
                  "CREATE INDEX steps_active_lane ON steps(lane, order_id) "
                  "WHERE state IN ('ready', 'running', 'waiting', 'retrying', 'fallout')",
              } },
            { 10,
              "sync with the remote store: replicas of other workstations' orders, the sync cursors, the leases "
              "held, conflicts, and commands waiting for the remote store",
              {
                  "ALTER TABLE orders ADD COLUMN replica_of TEXT",
                  "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                  "CREATE TABLE sync_leases (order_id TEXT PRIMARY KEY, fencing_token INTEGER NOT NULL, "
                  "expires_at TEXT NOT NULL)",
                  "CREATE TABLE sync_conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, order_id TEXT, "
                  "kind TEXT NOT NULL, detail TEXT NOT NULL, events TEXT, acknowledged INTEGER NOT NULL DEFAULT 0)",
                  "CREATE TABLE sync_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, order_id TEXT NOT NULL, "
                  "request TEXT NOT NULL, actor TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'queued', remote_id INTEGER, "
                  "error TEXT, finished_at TEXT)",
                  "CREATE INDEX sync_outbox_state ON sync_outbox(state, id)",
                  "ALTER TABLE journal ADD COLUMN remote_seq INTEGER",
                  "CREATE UNIQUE INDEX journal_remote ON journal(remote_seq) WHERE remote_seq IS NOT NULL",
              } },
            { 11,
              "KPI facts kept from the journal by KpiLedger (docs/kpi.md): finished orders, completed steps with their "
              "lane rollup per day, fallout cases with their signature, and the ledger's journal cursor",
              {
                  "CREATE TABLE kpi_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
                  "INSERT INTO kpi_state (key, value) VALUES ('journal_seq', 0)",
                  "CREATE TABLE kpi_orders (order_id TEXT PRIMARY KEY, account TEXT NOT NULL, state TEXT NOT NULL, "
                  "created_at TEXT NOT NULL, finished_at TEXT NOT NULL, finished_day TEXT NOT NULL, "
                  "cycle_seconds INTEGER NOT NULL, fallout_cases INTEGER NOT NULL, person_actions INTEGER NOT NULL, "
                  "touchless INTEGER NOT NULL)",
                  // Covering: KpiCalculator::compute reads the range from the index alone.
                  "CREATE INDEX kpi_orders_finished ON kpi_orders(finished_at, state, cycle_seconds, fallout_cases, touchless)",
                  "CREATE TABLE kpi_steps (order_id TEXT NOT NULL, step_id TEXT NOT NULL, plan_definition TEXT NOT NULL, "
                  "step_key TEXT NOT NULL, lane TEXT NOT NULL, finished_at TEXT NOT NULL, finished_day TEXT NOT NULL, "
                  "seconds INTEGER NOT NULL, estimated_seconds INTEGER NOT NULL, on_time INTEGER NOT NULL, "
                  "PRIMARY KEY (order_id, step_id))",
                  "CREATE INDEX kpi_steps_finished ON kpi_steps(finished_at)",
                  "CREATE INDEX kpi_steps_late ON kpi_steps(lane, finished_at) WHERE on_time = 0",
                  "CREATE TABLE kpi_lane_days (day TEXT NOT NULL, lane TEXT NOT NULL, done INTEGER NOT NULL, "
                  "on_time INTEGER NOT NULL, PRIMARY KEY (day, lane)) WITHOUT ROWID",
                  "CREATE TABLE kpi_fallout (order_id TEXT NOT NULL, step_id TEXT NOT NULL, opened_at TEXT NOT NULL, "
                  "lane TEXT NOT NULL, queue TEXT NOT NULL, signature TEXT NOT NULL, error TEXT NOT NULL, "
                  "PRIMARY KEY (order_id, step_id, opened_at))",
                  "CREATE INDEX kpi_fallout_opened ON kpi_fallout(opened_at)",
              } },
            { 12,
              "SLA jeopardy: the levels the monitor has raised (so each change is journalled once), escalations "
              "to supervisors, and order priority and jeopardy level for the views",
              {
                  "CREATE TABLE jeopardy (order_id TEXT NOT NULL, step_id TEXT NOT NULL DEFAULT '', level TEXT NOT NULL, "
                  "cause TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL, breach_at TEXT, forecast_at TEXT, "
                  "due_at TEXT, since TEXT NOT NULL, PRIMARY KEY (order_id, step_id))",
                  "CREATE TABLE escalations (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL, "
                  "step_id TEXT NOT NULL DEFAULT '', queue TEXT NOT NULL, level TEXT NOT NULL, reason TEXT NOT NULL, "
                  "note TEXT, raised_by TEXT NOT NULL, state TEXT NOT NULL, created_at TEXT NOT NULL, claimed_by TEXT, "
                  "resolved_by TEXT, resolution TEXT, resolved_at TEXT)",
                  "CREATE INDEX escalations_state ON escalations(state, queue)",
                  "CREATE UNIQUE INDEX escalations_one_open ON escalations(order_id, step_id) WHERE state <> 'resolved'",
                  "ALTER TABLE orders ADD COLUMN priority INTEGER NOT NULL DEFAULT 0",
                  "ALTER TABLE orders ADD COLUMN jeopardy TEXT NOT NULL DEFAULT ''",
              } },
            { 13,
              "in-flight change: change orders and order revisions, the order as amended, lines removed by a "
              "change, steps a change added (compensations, redone steps) and what it did to each",
              {
                  "CREATE TABLE change_orders (order_id TEXT NOT NULL, id TEXT NOT NULL, revision INTEGER NOT NULL, "
                  "state TEXT NOT NULL, document TEXT NOT NULL, requested_by TEXT NOT NULL, reason TEXT NOT NULL, "
                  "submitted_by TEXT NOT NULL, submitted_at TEXT NOT NULL, applied_at TEXT, outcome TEXT NOT NULL DEFAULT '', "
                  "preview TEXT, PRIMARY KEY (order_id, id))",
                  "CREATE INDEX change_orders_state ON change_orders(state)",
                  "ALTER TABLE orders ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                  "ALTER TABLE orders ADD COLUMN current_document TEXT",
                  "ALTER TABLE orders ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0",
                  "ALTER TABLE fulfillment_lines ADD COLUMN removed_by TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE fulfillment_lines ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                  "ALTER TABLE fulfillment_lines ADD COLUMN delivery_group TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE steps ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                  "ALTER TABLE steps ADD COLUMN change TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE steps ADD COLUMN change_reason TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE steps ADD COLUMN compensates TEXT NOT NULL DEFAULT ''",
              } },
            { 14,
              "callout outcomes: whether an answer came for each attempt ('definite') or the request may have been "
              "carried out unanswered ('unknown'), and the idempotency key a step's retry keeps after an unknown outcome",
              {
                  "ALTER TABLE attempts ADD COLUMN certainty TEXT",
                  "ALTER TABLE steps ADD COLUMN idempotency_key TEXT",
              } },
            { 15,
              "orders set aside: an order whose stored data cannot be read keeps its reason and is not run",
              {
                  "ALTER TABLE orders ADD COLUMN set_aside_reason TEXT",
              } },
            { 16,
              "store settings: the simulated clock's position of a store run in simulated time (StoreClock)",
              {
                  "CREATE TABLE store_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
              } },
            { 17,
              "users and roles (docs/roles.md): who may act on the store; requests keep the command's id and the "
              "processor's answer (done, queued, refused, invalid, failed)",
              {
                  "CREATE TABLE users (id TEXT PRIMARY KEY, display_name TEXT NOT NULL, roles TEXT NOT NULL, "
                  "queues TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL, "
                  "updated_by TEXT NOT NULL)",
                  "ALTER TABLE requests ADD COLUMN request_id TEXT",
                  "ALTER TABLE requests ADD COLUMN status TEXT",
              } },
            { 18,
              "claims say since when: tasks.claimed_at (when claimed) and claim_touched_at (the holder's last "
              "activity), so claims idle longer than claims.idleHours return to the queue; claims held now count from now",
              {
                  "ALTER TABLE tasks ADD COLUMN claimed_at TEXT",
                  "ALTER TABLE tasks ADD COLUMN claim_touched_at TEXT",
                  "UPDATE tasks SET claimed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                  "claim_touched_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE state = 'claimed'",
                  "CREATE INDEX tasks_claims ON tasks(state, claim_touched_at)",
              } },
            { 19,
              "a request the engine answered 'queued' keeps its sync_outbox row (requests.queued_id), so the fwctl "
              "command that handed it in can wait for the remote store's decision on a claim",
              {
                  "ALTER TABLE requests ADD COLUMN queued_id INTEGER",
              } },
            { 20,
              "orders search by words of one or two characters through the trigram index: every search text ends in "
              "two spaces, so each of its characters starts a trigram, and order_trigrams lists the trigrams",
              {
                  "DROP TRIGGER IF EXISTS order_search_insert",
                  "DROP TRIGGER IF EXISTS order_search_line",
                  "UPDATE order_search SET terms = rtrim(terms, ' ') || '  '",
                  "CREATE TRIGGER order_search_insert AFTER INSERT ON orders BEGIN "
                  "INSERT INTO order_search (rowid, terms) VALUES (NEW.rowid, lower(NEW.id || ' ' || NEW.account_name) || '  '); END",
                  "CREATE TRIGGER order_search_line AFTER INSERT ON fulfillment_lines BEGIN "
                  "UPDATE order_search SET terms = rtrim(terms, ' ') || ' ' || lower(NEW.product) || '  ' "
                  "WHERE rowid = (SELECT rowid FROM orders WHERE id = NEW.order_id) AND instr(terms, lower(NEW.product)) = 0; END",
                  "CREATE VIRTUAL TABLE order_trigrams USING fts5vocab(order_search, row)",
              } },
            { 21,
              "the index of steps with work now keeps its condition as ORs (store/activesteps.h): as an IN list SQLite "
              "built a temporary b-tree for it at every step written, a fifth of the engine's CPU",
              {
                  "DROP INDEX IF EXISTS steps_active_lane",
                  std::string("CREATE INDEX steps_active_lane ON steps(lane, order_id) WHERE ") + stepHasWork,
              } },
            { 22,
              "the task inbox pages through the open and claimed tasks by id: tasks_active lists just them, so a page "
              "reads its 200 rows instead of sorting every open task (issue 18)",
              {
                  "CREATE INDEX tasks_active ON tasks(id) WHERE state = 'open' OR state = 'claimed'",
              } },
            { 23,
              "an order's journal is indexed by order alone: seq is the rowid, which every index entry ends in "
              "already, so journal(order_id, seq) stored it twice (about 5% of the engine's CPU per transition)",
              {
                  "DROP INDEX IF EXISTS journal_order",
                  "CREATE INDEX journal_order ON journal(order_id)",
              } },
            { 24,
              "the installed base (issue 21): assets records what an account has once an order's fulfillment "
              "completes, one row per commercial item (a bundle's root asset with its components as child assets); "
              "asset_events is each asset's history. Ids are stable and rows carry a revision, so they sync like orders",
              {
                  "CREATE TABLE assets (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, product TEXT NOT NULL, "
                  "parent_asset TEXT, attributes TEXT NOT NULL DEFAULT '{}', quantity INTEGER NOT NULL, "
                  "delivery_group TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '{}', status TEXT NOT NULL, "
                  "term_start TEXT, term_end TEXT, renewal_lead_days INTEGER, source_order TEXT NOT NULL, "
                  "source_item TEXT NOT NULL, lines TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, "
                  "updated_at TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1, UNIQUE (source_order, source_item))",
                  "CREATE INDEX assets_account ON assets(account_id, product)",
                  "CREATE INDEX assets_parent ON assets(parent_asset) WHERE parent_asset IS NOT NULL",
                  "CREATE TABLE asset_events (asset_id TEXT NOT NULL REFERENCES assets(id), seq INTEGER NOT NULL, "
                  "at TEXT NOT NULL, kind TEXT NOT NULL, order_id TEXT, change_orders TEXT NOT NULL DEFAULT '[]', "
                  "actor TEXT NOT NULL, before TEXT, after TEXT, PRIMARY KEY (asset_id, seq))",
              } },
            { 25,
              "asset-based orders (issue 21): a fulfillment line keeps the action it fulfils, the asset it acts on and, "
              "for a change, what changed (kind, quantity delta, new total, changed attributes), so they survive a "
              "restart; lines_asset finds the open orders acting on an asset (one open order per asset); an asset event "
              "keeps the revision of the asset it made (1 for created)",
              {
                  "ALTER TABLE fulfillment_lines ADD COLUMN action TEXT NOT NULL DEFAULT 'add'",
                  "ALTER TABLE fulfillment_lines ADD COLUMN asset_ref TEXT",
                  "ALTER TABLE fulfillment_lines ADD COLUMN change_kind TEXT",
                  "ALTER TABLE fulfillment_lines ADD COLUMN quantity_delta INTEGER NOT NULL DEFAULT 0",
                  "ALTER TABLE fulfillment_lines ADD COLUMN total_quantity INTEGER NOT NULL DEFAULT 0",
                  "ALTER TABLE fulfillment_lines ADD COLUMN changed_attributes TEXT NOT NULL DEFAULT '[]'",
                  "CREATE INDEX lines_asset ON fulfillment_lines(asset_ref) WHERE asset_ref IS NOT NULL",
                  "ALTER TABLE asset_events ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
              } },
            { 26,
              "renewals (issue 21): an asset's recurring price (value at risk), and the renewal register, one row "
              "per root asset and term end (UNIQUE: a renewal opens once), with its state and who works it",
              {
                  "ALTER TABLE assets ADD COLUMN recurring_price REAL",
                  "ALTER TABLE assets ADD COLUMN currency TEXT",
                  "ALTER TABLE assets ADD COLUMN price_period TEXT",
                  "CREATE TABLE renewals (id INTEGER PRIMARY KEY AUTOINCREMENT, asset_id TEXT NOT NULL REFERENCES assets(id), "
                  "account_id TEXT NOT NULL, product TEXT NOT NULL, term_start TEXT NOT NULL, term_end TEXT NOT NULL, "
                  "term_months INTEGER NOT NULL, due_date TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open', claimed_by TEXT, "
                  "claimed_at TEXT, value REAL, currency TEXT, decided_by TEXT, decided_at TEXT, reason TEXT, "
                  "opened_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (asset_id, term_end))",
                  "CREATE INDEX renewals_due ON renewals(state, due_date)",
                  // the engine's scan (RenewalScanner, once a minute): root assets by term end
                  "CREATE INDEX assets_term_end ON assets(term_end) WHERE parent_asset IS NULL AND term_end IS NOT NULL",
              } },
            { 27,
              "assets sync with the remote store (issue 21): asset_outbox lists the assets changed here since their "
              "last push (filled by triggers, whoever writes the asset or its history), asset_sync the revision and "
              "history the remote store has of each asset and the workstation that wrote the copy here (empty: this one)",
              {
                  "CREATE TABLE asset_outbox (asset_id TEXT PRIMARY KEY, changes INTEGER NOT NULL DEFAULT 1)",
                  "CREATE TABLE asset_sync (asset_id TEXT PRIMARY KEY, revision INTEGER NOT NULL, event_seq INTEGER NOT NULL, "
                  "written_by TEXT NOT NULL DEFAULT '')",
                  "CREATE TRIGGER assets_to_outbox AFTER INSERT ON assets BEGIN INSERT INTO asset_outbox (asset_id) "
                  "VALUES (NEW.id) ON CONFLICT (asset_id) DO UPDATE SET changes = changes + 1; END",
                  "CREATE TRIGGER asset_changes_to_outbox AFTER UPDATE ON assets BEGIN INSERT INTO asset_outbox (asset_id) "
                  "VALUES (NEW.id) ON CONFLICT (asset_id) DO UPDATE SET changes = changes + 1; END",
                  "CREATE TRIGGER asset_events_to_outbox AFTER INSERT ON asset_events BEGIN INSERT INTO asset_outbox (asset_id) "
                  "VALUES (NEW.asset_id) ON CONFLICT (asset_id) DO UPDATE SET changes = changes + 1; END",
                  // Assets recorded before: all to be pushed once.
                  "INSERT INTO asset_outbox (asset_id) SELECT id FROM assets",
              } },
        };
        return all;
    }

} // namespace

int latestSchemaVersion()
{
    return migrations().back().version;
}

int currentSchemaVersion(const QSqlDatabase& database)
{
    if (!database.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status migrateSchema(QSqlDatabase& database)
{
    return migrateSchemaTo(database, latestSchemaVersion());
}

Status migrateSchemaTo(QSqlDatabase& database, int version)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return failure(query.lastError().text(), {}, QStringLiteral("create the schema_version table"));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return failure(query.lastError().text(), {}, QStringLiteral("read the schema version"));
    const int current = query.value(0).toInt();
    if (current > latestSchemaVersion())
        return failure(QStringLiteral("database schema version %1 is newer than this build supports (%2); use a newer build")
                           .arg(current)
                           .arg(latestSchemaVersion()));
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > version)
            continue;
        TransactionGuard transaction(database);
        if (!transaction.isActive())
            return failure(database.lastError().text(), {}, QStringLiteral("begin migration %1").arg(migration.version));
        for (const std::string& statement : migration.statements) {
            if (!query.exec(QString::fromStdString(statement)))
                return failure(query.lastError().text(), {}, QStringLiteral("apply migration %1").arg(migration.version));
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                     "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
        query.addBindValue(migration.version);
        query.addBindValue(QString::fromLatin1(migration.description));
        if (!query.exec() || !transaction.commit())
            return failure(query.lastError().text(), {}, QStringLiteral("record migration %1").arg(migration.version));
        if (current > 0) // an upgrade; a new store is made at once, said below
            qCInfo(lcStore, "store: migrated %s to schema version %d (%s)", qPrintable(database.databaseName()), migration.version,
                   migration.description);
    }
    if (current == 0)
        qCDebug(lcStore, "store: created %s at schema version %d", qPrintable(database.databaseName()), version);
    return {};
}

} // namespace fw
