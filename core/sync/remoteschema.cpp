// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "remoteschema.h"

#include "pgconnection.h"

#include <vector>

namespace fw {

// The workstation ids the connected database role registered (row-level security policies).
#define FW_MINE "(SELECT w.id FROM fw.workstations w WHERE w.login_role = session_user)"
#define FW_HOLDS_SNAPSHOT_LEASE                                                                                                            \
    "EXISTS (SELECT 1 FROM fw.leases l WHERE l.order_id = order_snapshots.order_id AND l.owner = order_snapshots.owner "                   \
    "AND l.fencing_token = order_snapshots.fencing_token AND l.owner IN " FW_MINE ")"

namespace {
    struct RemoteMigration {
        int version;
        const char* description;
        std::vector<const char*> statements;
    };

    const std::vector<RemoteMigration>& remoteMigrations()
    {
        static const std::vector<RemoteMigration> all {
            { 1,
              "workstations, catalogs, inbound orders, leases, the shared journal, snapshots, claims and commands",
              {
                  "CREATE TABLE fw.workstations (id text PRIMARY KEY, user_name text NOT NULL, host text NOT NULL, "
                  "first_seen timestamptz NOT NULL DEFAULT now(), last_seen timestamptz NOT NULL DEFAULT now())",
                  "CREATE TABLE fw.catalogs (id text NOT NULL, version text NOT NULL, name text NOT NULL, "
                  "document text NOT NULL, published_at timestamptz NOT NULL DEFAULT now(), "
                  "published_by text NOT NULL DEFAULT current_user, PRIMARY KEY (id, version))",
                  "CREATE TABLE fw.inbound_orders (id text PRIMARY KEY, document text NOT NULL, "
                  "published_at timestamptz NOT NULL DEFAULT now(), published_by text NOT NULL DEFAULT current_user)",
                  "CREATE SEQUENCE fw.fencing_tokens",
                  "CREATE TABLE fw.leases (order_id text PRIMARY KEY, owner text, fencing_token bigint NOT NULL DEFAULT 0, "
                  "expires_at timestamptz, acquired_at timestamptz, done boolean NOT NULL DEFAULT false, "
                  "queued_at timestamptz NOT NULL DEFAULT clock_timestamp())",
                  "CREATE INDEX leases_free ON fw.leases (queued_at) WHERE owner IS NULL AND NOT done",
                  "CREATE INDEX leases_held ON fw.leases (expires_at) WHERE owner IS NOT NULL AND NOT done",
                  "CREATE INDEX leases_owner ON fw.leases (owner) WHERE NOT done",
                  "CREATE FUNCTION fw.inbound_order_lease() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN "
                  "INSERT INTO fw.leases (order_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; "
                  "PERFORM pg_notify('fw_inbound', NEW.id); RETURN NEW; END $$",
                  "CREATE TRIGGER inbound_order_lease AFTER INSERT ON fw.inbound_orders FOR EACH ROW "
                  "EXECUTE FUNCTION fw.inbound_order_lease()",
                  "CREATE TABLE fw.events (seq bigserial PRIMARY KEY, workstation text NOT NULL, local_seq bigint NOT NULL, "
                  "order_id text NOT NULL, fencing_token bigint NOT NULL, at text NOT NULL, step_id text, kind text NOT NULL, "
                  "actor text NOT NULL, before_state text, after_state text, payload text, UNIQUE (workstation, local_seq))",
                  "CREATE INDEX events_order ON fw.events (order_id, seq)",
                  "CREATE SEQUENCE fw.snapshot_versions",
                  "CREATE TABLE fw.order_snapshots (order_id text PRIMARY KEY, owner text NOT NULL, "
                  "fencing_token bigint NOT NULL, version bigint NOT NULL, state text NOT NULL, snapshot text NOT NULL, "
                  "updated_at timestamptz NOT NULL DEFAULT now())",
                  "CREATE INDEX snapshots_version ON fw.order_snapshots (version)",
                  "CREATE TABLE fw.claims (item text PRIMARY KEY, order_id text NOT NULL, claimed_by text, workstation text, "
                  "claimed_at timestamptz, version integer NOT NULL DEFAULT 0)",
                  "CREATE TABLE fw.commands (id bigserial PRIMARY KEY, order_id text NOT NULL, request text NOT NULL, "
                  "actor text NOT NULL, issued_by text NOT NULL, local_id bigint NOT NULL, "
                  "issued_at timestamptz NOT NULL DEFAULT now(), state text NOT NULL DEFAULT 'pending', error text, "
                  "done_by text, done_at timestamptz, UNIQUE (issued_by, local_id))",
                  "CREATE INDEX commands_pending ON fw.commands (order_id) WHERE state = 'pending'",
                  "CREATE FUNCTION fw.command_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "PERFORM pg_notify('fw_commands', NEW.order_id); RETURN NEW; END $$",
                  "CREATE TRIGGER command_notify AFTER INSERT OR UPDATE OF state ON fw.commands FOR EACH ROW "
                  "EXECUTE FUNCTION fw.command_notify()",
              } },
            { 2,
              "idempotent pushes by each workstation's high-water mark, not a unique index on the journal's hot insert path",
              {
                  "ALTER TABLE fw.workstations ADD COLUMN pushed_through bigint NOT NULL DEFAULT 0",
                  "UPDATE fw.workstations w SET pushed_through = COALESCE((SELECT MAX(local_seq) FROM fw.events e "
                  "WHERE e.workstation = w.id), 0)",
                  "ALTER TABLE fw.events DROP CONSTRAINT events_workstation_local_seq_key",
              } },
            { 3,
              "integrity: workstations bound to their login role, row-level security on what each may change, "
              "append-only events of their writer under its lease, server-assigned fencing tokens, shared users, "
              "claims that expire when idle",
              {
                  // A workstation id belongs to the database role that registered it first (docs/sync.md,
                  // "Integrity"). Rows from before: unbound until their next heartbeat binds them.
                  "ALTER TABLE fw.workstations ADD COLUMN login_role text",
                  "ALTER TABLE fw.workstations ALTER COLUMN login_role SET DEFAULT session_user",
                  "ALTER TABLE fw.workstations ENABLE ROW LEVEL SECURITY",
                  "CREATE POLICY workstations_read ON fw.workstations FOR SELECT USING (true)",
                  "CREATE POLICY workstations_register ON fw.workstations FOR INSERT WITH CHECK (login_role = session_user)",
                  "CREATE POLICY workstations_own ON fw.workstations FOR UPDATE "
                  "USING (login_role = session_user OR login_role IS NULL) WITH CHECK (login_role = session_user)",
                  // Leases: take a free or expired one, keep one's own. The token is the server's.
                  "ALTER TABLE fw.leases ENABLE ROW LEVEL SECURITY",
                  "CREATE POLICY leases_read ON fw.leases FOR SELECT USING (true)",
                  "CREATE POLICY leases_register ON fw.leases FOR INSERT WITH CHECK (owner IN " FW_MINE ")",
                  "CREATE POLICY leases_take ON fw.leases FOR UPDATE USING (owner IN " FW_MINE
                  " OR (NOT done AND (owner IS NULL OR expires_at < now()))) WITH CHECK (owner IN " FW_MINE ")",
                  "CREATE FUNCTION fw.lease_token() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "IF TG_OP = 'INSERT' THEN "
                  "NEW.fencing_token := CASE WHEN NEW.owner IS NULL THEN 0 ELSE nextval('fw.fencing_tokens') END; "
                  "ELSIF NEW.owner IS DISTINCT FROM OLD.owner AND NEW.owner IS NOT NULL THEN "
                  "NEW.fencing_token := nextval('fw.fencing_tokens'); "
                  "ELSE NEW.fencing_token := OLD.fencing_token; END IF; RETURN NEW; END $$",
                  "CREATE TRIGGER lease_token BEFORE INSERT OR UPDATE ON fw.leases FOR EACH ROW EXECUTE FUNCTION fw.lease_token()",
                  // The shared journal: appended by its writer's role only, under the lease it holds (COPY
                  // does not work with row-level security, so a statement trigger checks the new rows).
                  // One pass over the new rows, grouped by (workstation, order, token) before the joins.
                  "CREATE FUNCTION fw.events_appended() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE bad record; BEGIN "
                  "SELECT k.workstation, k.order_id, k.fencing_token, w.login_role, "
                  "w.login_role IS DISTINCT FROM session_user AS foreign INTO bad "
                  "FROM (SELECT DISTINCT workstation, order_id, fencing_token FROM appended) k "
                  "LEFT JOIN fw.workstations w ON w.id = k.workstation "
                  "LEFT JOIN fw.leases l ON l.order_id = k.order_id AND l.owner = k.workstation AND l.fencing_token = k.fencing_token "
                  "WHERE w.login_role IS DISTINCT FROM session_user OR l.order_id IS NULL "
                  "ORDER BY w.login_role IS DISTINCT FROM session_user DESC LIMIT 1; "
                  "IF NOT FOUND THEN RETURN NULL; END IF; "
                  "IF bad.foreign THEN RAISE EXCEPTION 'events of workstation % may be appended only by its database role % "
                  "(this connection is %)', bad.workstation, COALESCE(bad.login_role, '(none: not registered)'), session_user "
                  "USING ERRCODE = '42501'; END IF; "
                  "RAISE EXCEPTION 'event of order % under fencing token %: workstation % does not hold that lease', "
                  "bad.order_id, bad.fencing_token, bad.workstation USING ERRCODE = '42501'; END $$",
                  "CREATE TRIGGER events_appended AFTER INSERT ON fw.events REFERENCING NEW TABLE AS appended "
                  "FOR EACH STATEMENT EXECUTE FUNCTION fw.events_appended()",
                  // Snapshots: written by the lease holder under its token.
                  "ALTER TABLE fw.order_snapshots ENABLE ROW LEVEL SECURITY",
                  "CREATE POLICY snapshots_read ON fw.order_snapshots FOR SELECT USING (true)",
                  "CREATE POLICY snapshots_write ON fw.order_snapshots FOR INSERT WITH CHECK (" FW_HOLDS_SNAPSHOT_LEASE ")",
                  "CREATE POLICY snapshots_rewrite ON fw.order_snapshots FOR UPDATE USING (EXISTS (SELECT 1 FROM fw.leases l "
                  "WHERE l.order_id = order_snapshots.order_id AND l.owner IN " FW_MINE ")) WITH CHECK (" FW_HOLDS_SNAPSHOT_LEASE ")",
                  // Claims: one's own, free ones, idle ones, and those on the orders one runs (completed or released there).
                  "ALTER TABLE fw.claims ADD COLUMN idle_until timestamptz",
                  "ALTER TABLE fw.claims ENABLE ROW LEVEL SECURITY",
                  "CREATE POLICY claims_read ON fw.claims FOR SELECT USING (true)",
                  "CREATE POLICY claims_make ON fw.claims FOR INSERT WITH CHECK (workstation IN " FW_MINE ")",
                  "CREATE POLICY claims_change ON fw.claims FOR UPDATE USING (claimed_by IS NULL OR workstation IN " FW_MINE
                  " OR idle_until < now() OR EXISTS (SELECT 1 FROM fw.leases l WHERE l.order_id = claims.order_id AND l.owner IN " FW_MINE
                  ")) WITH CHECK (workstation IN " FW_MINE " OR (claimed_by IS NULL AND workstation IS NULL))",
                  // Commands: sent in one's own name, answered by the workstation that runs the order.
                  "ALTER TABLE fw.commands ENABLE ROW LEVEL SECURITY",
                  "CREATE POLICY commands_read ON fw.commands FOR SELECT USING (true)",
                  "CREATE POLICY commands_send ON fw.commands FOR INSERT WITH CHECK (issued_by IN " FW_MINE ")",
                  "CREATE POLICY commands_answer ON fw.commands FOR UPDATE USING (EXISTS (SELECT 1 FROM fw.leases l "
                  "WHERE l.order_id = commands.order_id AND l.owner IN " FW_MINE ")) WITH CHECK (done_by IN " FW_MINE ")",
                  // Users, shared by every workstation, changed by an administrator's role (fw_user_admin).
                  "CREATE SEQUENCE fw.user_versions",
                  "CREATE TABLE fw.users (id text PRIMARY KEY, display_name text NOT NULL, roles text NOT NULL, "
                  "queues text NOT NULL DEFAULT '', active boolean NOT NULL DEFAULT true, "
                  "updated_at timestamptz NOT NULL DEFAULT now(), updated_by text NOT NULL, "
                  "updated_role text NOT NULL DEFAULT session_user, version bigint NOT NULL DEFAULT 0)",
                  "CREATE INDEX users_version ON fw.users (version)",
                  "CREATE FUNCTION fw.user_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "PERFORM pg_advisory_xact_lock(7270030); " // versions in commit order, so a puller skips none
                  "NEW.version := nextval('fw.user_versions'); NEW.updated_at := now(); NEW.updated_role := session_user; "
                  "RETURN NEW; END $$",
                  "CREATE TRIGGER user_changed BEFORE INSERT OR UPDATE ON fw.users FOR EACH ROW EXECUTE FUNCTION fw.user_changed()",
                  // Roles made with the GRANTs of an older build: what changed (fwctl sync-admin roles prints all).
                  "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fw_workstation') THEN "
                  "REVOKE UPDATE, DELETE, TRUNCATE ON fw.events FROM fw_workstation; "
                  "GRANT SELECT ON fw.users TO fw_workstation; END IF; "
                  "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fw_publisher') THEN "
                  "GRANT SELECT ON fw.schema_version TO fw_publisher; END IF; END $$",
              } },
            { 4,
              "pushes in parallel: events and snapshots carry their writing transaction's id, pulled in its order "
              "from ended transactions only, instead of one global push lock",
              {
                  // Rows from before: transaction 0, so a puller's cursor (0, seq) still stands where it was.
                  "ALTER TABLE fw.events ADD COLUMN tx xid8 NOT NULL DEFAULT '0'",
                  "ALTER TABLE fw.events ALTER COLUMN tx SET DEFAULT pg_current_xact_id()",
                  "CREATE INDEX events_commit_order ON fw.events (tx, seq)",
                  "ALTER TABLE fw.order_snapshots ADD COLUMN tx xid8 NOT NULL DEFAULT '0'",
                  "CREATE INDEX snapshots_commit_order ON fw.order_snapshots (tx, version)",
                  // A snapshot is rewritten in place (upsert): the server stamps it, whatever the statement sets.
                  "CREATE FUNCTION fw.snapshot_stamped() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "NEW.tx := pg_current_xact_id(); RETURN NEW; END $$",
                  "CREATE TRIGGER snapshot_stamped BEFORE INSERT OR UPDATE ON fw.order_snapshots FOR EACH ROW "
                  "EXECUTE FUNCTION fw.snapshot_stamped()",
              } },
            { 5,
              "the installed base: assets (one row per asset, its revision, the revision its last change was made on "
              "and the workstation that made it) and "
              "their history, synced like order snapshots",
              {
                  "CREATE SEQUENCE fw.asset_versions",
                  "CREATE TABLE fw.assets (id text PRIMARY KEY, account_id text NOT NULL, revision integer NOT NULL, "
                  "based_on integer NOT NULL DEFAULT 0, workstation text NOT NULL, order_id text, row text NOT NULL, "
                  "version bigint NOT NULL DEFAULT 0, "
                  "tx xid8 NOT NULL DEFAULT pg_current_xact_id(), updated_at timestamptz NOT NULL DEFAULT now())",
                  "CREATE INDEX assets_commit_order ON fw.assets (tx, version)",
                  "CREATE INDEX assets_account ON fw.assets (account_id)",
                  // Stamped by the server whatever the statement sets: the pull's order (tx, version).
                  "CREATE FUNCTION fw.asset_stamped() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "NEW.tx := pg_current_xact_id(); NEW.version := nextval('fw.asset_versions'); NEW.updated_at := now(); "
                  "RETURN NEW; END $$",
                  "CREATE TRIGGER asset_stamped BEFORE INSERT OR UPDATE ON fw.assets FOR EACH ROW EXECUTE FUNCTION fw.asset_stamped()",
                  "CREATE TABLE fw.asset_events (asset_id text NOT NULL REFERENCES fw.assets (id), seq integer NOT NULL, "
                  "workstation text NOT NULL, order_id text, at text NOT NULL, kind text NOT NULL, event text NOT NULL, "
                  "recorded_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (asset_id, seq))",
                  // Any workstation may change an asset (the revision decides, not a lease), in its own name; the
                  // history is append-only, each entry in its writer's name.
                  "ALTER TABLE fw.assets ENABLE ROW LEVEL SECURITY",
                  "CREATE POLICY assets_read ON fw.assets FOR SELECT USING (true)",
                  "CREATE POLICY assets_record ON fw.assets FOR INSERT WITH CHECK (workstation IN " FW_MINE ")",
                  "CREATE POLICY assets_change ON fw.assets FOR UPDATE USING (true) WITH CHECK (workstation IN " FW_MINE ")",
                  "ALTER TABLE fw.asset_events ENABLE ROW LEVEL SECURITY",
                  "CREATE POLICY asset_events_read ON fw.asset_events FOR SELECT USING (true)",
                  "CREATE POLICY asset_events_append ON fw.asset_events FOR INSERT WITH CHECK (workstation IN " FW_MINE ")",
                  // Roles made by an older build's `fwctl sync-admin roles`: the rights on the new tables.
                  "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fw_workstation') THEN "
                  "GRANT SELECT, INSERT, UPDATE ON fw.assets TO fw_workstation; "
                  "GRANT SELECT, INSERT ON fw.asset_events TO fw_workstation; "
                  "GRANT USAGE ON SEQUENCE fw.asset_versions TO fw_workstation; END IF; END $$",
              } },
        };
        return all;
    }

    constexpr const char* migrationLock = "SELECT pg_advisory_xact_lock(7270010)";
} // namespace

int RemoteSchema::latestVersion()
{
    return remoteMigrations().back().version;
}

Status RemoteSchema::migrate(PgConnection& connection)
{
    return migrateTo(connection, latestVersion());
}

Status RemoteSchema::migrateTo(PgConnection& connection, int target)
{
    // Current already: nothing to do, and a workstation role without DDL rights never tries.
    auto exists = connection.query(QStringLiteral("SELECT to_regclass('fw.schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists.value().value(0, 0) == QStringLiteral("t")) {
        auto current = connection.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM fw.schema_version"));
        if (!current)
            return current.error();
        if (current.value().number(0, 0) >= target && current.value().number(0, 0) <= latestVersion())
            return {};
    }
    if (Status done = connection.begin(); !done)
        return done.error();
    auto fail = [&](const QString& error) -> Status {
        connection.rollback();
        return failure(error);
    };
    for (const char* sql : { migrationLock, "CREATE SCHEMA IF NOT EXISTS fw",
                             "CREATE TABLE IF NOT EXISTS fw.schema_version (version integer PRIMARY KEY, "
                             "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())" }) {
        if (Status done = connection.execute(QString::fromLatin1(sql)); !done)
            return fail(done.message());
    }
    auto locked = connection.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM fw.schema_version"));
    if (!locked)
        return fail(locked.message());
    const int version = int(locked.value().number(0, 0));
    if (version > latestVersion())
        return fail(QStringLiteral("remote store schema version %1 is newer than this build supports (%2); use a newer build")
                        .arg(version)
                        .arg(latestVersion()));
    for (const auto& migration : remoteMigrations()) {
        if (migration.version <= version || migration.version > target)
            continue;
        for (const char* sql : migration.statements) {
            if (Status done = connection.execute(QString::fromLatin1(sql)); !done)
                return fail(QStringLiteral("remote migration %1 failed: %2").arg(migration.version).arg(done.message()));
        }
        if (Status done = connection.execute(QStringLiteral("INSERT INTO fw.schema_version (version, description) VALUES ($1, $2)"),
                                             { QString::number(migration.version), QString::fromLatin1(migration.description) });
            !done)
            return fail(done.message());
    }
    if (Status done = connection.commit(); !done)
        return done.error();
    return {};
}

QStringList RemoteSchema::roleGrants()
{
    // Safe to run again (roles made if missing, every right given afresh), so an upgrade runs it too.
    const auto role = [](const char* name) {
        return QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
            .arg(QLatin1String(name));
    };
    return {
        QStringLiteral("-- Run as the owner of schema fw (the role whose workstation created it), with CREATEROLE"),
        role("fw_workstation"),
        role("fw_publisher"),
        role("fw_user_admin"),
        QStringLiteral("GRANT USAGE ON SCHEMA fw TO fw_workstation, fw_publisher, fw_user_admin"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA fw FROM fw_workstation, fw_publisher, fw_user_admin"),
        QStringLiteral("-- fw_workstation: the sync protocol; row-level security limits its changes to its own workstation ids"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA fw TO fw_workstation"),
        QStringLiteral("GRANT INSERT, UPDATE ON fw.workstations, fw.leases, fw.order_snapshots, fw.claims, fw.commands, fw.assets "
                       "TO fw_workstation"),
        QStringLiteral("GRANT INSERT ON fw.events, fw.asset_events, fw.catalogs, fw.inbound_orders TO fw_workstation"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA fw TO fw_workstation"),
        QStringLiteral("-- fw_publisher: catalogs and inbound orders (fwctl publish, an upstream system)"),
        QStringLiteral("GRANT SELECT ON fw.schema_version, fw.catalogs, fw.inbound_orders TO fw_publisher"),
        QStringLiteral("GRANT INSERT ON fw.catalogs, fw.inbound_orders TO fw_publisher"),
        QStringLiteral("-- fw_user_admin: the users every workstation shares (fwctl users ... --remote)"),
        QStringLiteral("GRANT SELECT ON fw.schema_version, fw.users TO fw_user_admin"),
        QStringLiteral("GRANT INSERT, UPDATE ON fw.users TO fw_user_admin"),
        QStringLiteral("GRANT USAGE ON SEQUENCE fw.user_versions TO fw_user_admin"),
        QStringLiteral("-- one login per workstation (the first to register a workstation id keeps it), password via ~/.pgpass:"),
        QStringLiteral("--   CREATE ROLE ws_anna LOGIN IN ROLE fw_workstation;"),
        QStringLiteral("--   CREATE ROLE ops_admin LOGIN IN ROLE fw_workstation, fw_user_admin;"),
        QStringLiteral("--   CREATE ROLE erp_feed LOGIN IN ROLE fw_publisher;"),
    };
}

} // namespace fw

#undef FW_HOLDS_SNAPSHOT_LEASE
#undef FW_MINE
