#include "remoteschema.h"

#include "pgconnection.h"

#include <vector>

namespace fw {

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
        };
        return all;
    }

    constexpr const char* migrationLock = "SELECT pg_advisory_xact_lock(7270010)";
} // namespace

int RemoteSchema::latestVersion() { return remoteMigrations().back().version; }

std::optional<QString> RemoteSchema::migrate(PgConnection& connection)
{
    // Current already: nothing to do, and a workstation role without DDL rights never tries.
    auto exists = connection.query(QStringLiteral("SELECT to_regclass('fw.schema_version') IS NOT NULL"));
    if (auto* error = std::get_if<QString>(&exists))
        return *error;
    if (std::get<PgResult>(exists).value(0, 0) == QStringLiteral("t")) {
        auto current = connection.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM fw.schema_version"));
        if (auto* error = std::get_if<QString>(&current))
            return *error;
        if (std::get<PgResult>(current).number(0, 0) == latestVersion())
            return std::nullopt;
    }
    if (auto error = connection.begin())
        return error;
    auto fail = [&](const QString& error) -> std::optional<QString> {
        connection.rollback();
        return error;
    };
    for (const char* sql : { migrationLock, "CREATE SCHEMA IF NOT EXISTS fw",
                             "CREATE TABLE IF NOT EXISTS fw.schema_version (version integer PRIMARY KEY, "
                             "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())" }) {
        if (auto error = connection.execute(QString::fromLatin1(sql)))
            return fail(error.value());
    }
    auto locked = connection.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM fw.schema_version"));
    if (auto* error = std::get_if<QString>(&locked))
        return fail(*error);
    const int version = int(std::get<PgResult>(locked).number(0, 0));
    if (version > latestVersion())
        return fail(QStringLiteral("remote store schema version %1 is newer than this build supports (%2); use a newer build")
                        .arg(version)
                        .arg(latestVersion()));
    for (const auto& migration : remoteMigrations()) {
        if (migration.version <= version)
            continue;
        for (const char* sql : migration.statements) {
            if (auto error = connection.execute(QString::fromLatin1(sql)))
                return fail(QStringLiteral("remote migration %1 failed: %2").arg(migration.version).arg(*error));
        }
        if (auto error = connection.execute(QStringLiteral("INSERT INTO fw.schema_version (version, description) VALUES ($1, $2)"),
                                            { QString::number(migration.version), QString::fromLatin1(migration.description) }))
            return fail(*error);
    }
    return connection.commit();
}

QStringList RemoteSchema::roleGrants()
{
    return {
        QStringLiteral("CREATE ROLE fw_workstation NOLOGIN"),
        QStringLiteral("GRANT USAGE ON SCHEMA fw TO fw_workstation"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA fw TO fw_workstation"),
        QStringLiteral("GRANT INSERT, UPDATE ON fw.workstations, fw.leases, fw.events, fw.order_snapshots, fw.claims, "
                       "fw.commands TO fw_workstation"),
        QStringLiteral("GRANT INSERT ON fw.catalogs, fw.inbound_orders TO fw_workstation"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA fw TO fw_workstation"),
        QStringLiteral("CREATE ROLE fw_publisher NOLOGIN"),
        QStringLiteral("GRANT USAGE ON SCHEMA fw TO fw_publisher"),
        QStringLiteral("GRANT SELECT ON fw.catalogs, fw.inbound_orders TO fw_publisher"),
        QStringLiteral("GRANT INSERT ON fw.catalogs, fw.inbound_orders TO fw_publisher"),
        QStringLiteral("-- a workstation login: CREATE ROLE ws_anna LOGIN IN ROLE fw_workstation; password via ~/.pgpass"),
    };
}

} // namespace fw
