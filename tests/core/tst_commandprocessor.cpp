// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one command path: for each role an action it may take and one it may not, the refusal naming
// the user, the action and the missing role or queue, and refusals journalled; user administration
// and bulk fallout as commands.

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "engine/requestinbox.h"
#include "identity/oslogin.h"
#include "identity/userdirectory.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "sync/syncagent.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestCommandProcessor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<CommandProcessor> m_processor;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    qint64 taskOf(const char* order) const
    {
        return scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = '%1'").arg(QLatin1String(order))).toLongLong();
    }
    qint64 caseOf(const char* order) const
    {
        return scalar(
                   QStringLiteral("SELECT MAX(id) FROM fallout_cases WHERE state = 'open' AND order_id = '%1'").arg(QLatin1String(order)))
            .toLongLong();
    }
    CommandResult act(const QString& actor, const QString& action, const QVariantMap& args)
    {
        return m_processor->process(Command::make(actor, action, args));
    }
    void importOrder(const char* source, const char* from, const char* id)
    {
        QFile file(QStringLiteral(FW_TEST_DATA_DIR "/engine/") + QLatin1String(source));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString path = m_dir.filePath(QLatin1String(id) + QStringLiteral(".json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.readAll().replace(from, id));
        out.close();
        QVERIFY(StoreImporter(*m_database, m_clock).importOrder(path, QStringLiteral("t")).ok());
    }
    void addUser(const char* id, RoleSet roles, const QStringList& queues = {}, bool active = true)
    {
        QVERIFY(UserDirectory(m_database->connection())
                    .add({ QLatin1String(id), QLatin1String(id), roles, queues, active, {}, {} }, QStringLiteral("test"), m_clock.now()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("commands.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        QVERIFY(StoreImporter(*m_database, m_clock)
                    .importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t"))
                    .ok());
        for (const char* id : { "KIT-1", "KIT-2", "KIT-3" })
            importOrder("order.json", "KIT-1", id);
        for (const char* id : { "BROKEN-1", "BROKEN-2", "BROKEN-3" })
            importOrder("order-broken.json", "BROKEN-1", id);
        addUser("olive", { Role::Operator }, { QStringLiteral("workshop") });
        addUser("otto", { Role::Operator }, { QStringLiteral("workshop") });
        addUser("oscar", { Role::Operator }, { QStringLiteral("packing") });
        addUser("rita", { Role::Resolver });
        addUser("sam", { Role::Supervisor });
        addUser("ada", { Role::Admin });
        addUser("dora", { Role::Operator }, { QStringLiteral("workshop") }, false);
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        QVERIFY(m_executor->load());
        QVERIFY(m_executor->runUntilIdle().ok());
        m_processor = std::make_unique<CommandProcessor>(*m_database, m_clock);
        m_processor->setExecutor(m_executor.get());
        QVERIFY(taskOf("KIT-1") > 0);
        QVERIFY(caseOf("BROKEN-1") > 0);
    }

    void theFirstUserOfANewStoreIsAnAdminNamedAfterTheLogin()
    {
        const auto users = UserDirectory(m_database->connection()).all();
        QVERIFY2(users.ok(), qPrintable(users.message()));
        QVERIFY(!users->empty());
        const auto first = UserDirectory(m_database->connection()).lookup(osLoginName());
        QVERIFY2(first.ok() && first->has_value(), qPrintable(first.message()));
        QVERIFY((*first)->holds(Role::Admin));
    }

    void anOperatorWorksTasksOfTheirQueuesOnly()
    {
        const CommandResult claimed
            = act(QStringLiteral("olive"), QStringLiteral("task.claim"), { { QStringLiteral("task"), taskOf("KIT-1") } });
        QVERIFY2(claimed.status == CommandResult::Status::Done, qPrintable(claimed.message));
        QCOMPARE(scalar(QStringLiteral("SELECT claimed_by FROM tasks WHERE id = %1").arg(taskOf("KIT-1"))), QStringLiteral("olive"));

        const CommandResult otherQueue
            = act(QStringLiteral("oscar"), QStringLiteral("task.claim"), { { QStringLiteral("task"), taskOf("KIT-2") } });
        QCOMPARE(otherQueue.status, CommandResult::Status::Refused);
        QCOMPARE(otherQueue.message,
                 QStringLiteral("oscar may not claim a task (task.claim) of queue 'workshop': oscar works packing "
                                "(the supervisor role works every queue)"));
    }

    void anOperatorMayNotResolveFallout()
    {
        const CommandResult refused
            = act(QStringLiteral("olive"), QStringLiteral("fallout.retry"), { { QStringLiteral("case"), caseOf("BROKEN-1") } });
        QCOMPARE(refused.status, CommandResult::Status::Refused);
        QCOMPARE(
            refused.message,
            QStringLiteral("olive may not retry a fallout case (fallout.retry): it needs the resolver role, and olive holds operator"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM fallout_cases WHERE id = %1").arg(caseOf("BROKEN-1"))), QStringLiteral("open"));
    }

    void aResolverResolvesFalloutButWorksNoTasks()
    {
        const qint64 fallout = caseOf("BROKEN-1");
        const CommandResult skipped
            = act(QStringLiteral("rita"), QStringLiteral("fallout.skip"),
                  { { QStringLiteral("case"), fallout }, { QStringLiteral("reason"), QStringLiteral("fixed by hand") } });
        QVERIFY2(skipped.status == CommandResult::Status::Done, qPrintable(skipped.message));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM fallout_cases WHERE id = %1").arg(fallout)), QStringLiteral("resolved"));

        const CommandResult refused
            = act(QStringLiteral("rita"), QStringLiteral("task.claim"), { { QStringLiteral("task"), taskOf("KIT-2") } });
        QCOMPARE(refused.status, CommandResult::Status::Refused);
        QVERIFY2(refused.message.contains(QStringLiteral("it needs the operator or supervisor role, and rita holds resolver")),
                 qPrintable(refused.message));
    }

    void aSupervisorReleasesAnyClaimButImportsNoCatalog()
    {
        const qint64 task = taskOf("KIT-1"); // olive holds it
        const CommandResult colleague = act(QStringLiteral("otto"), QStringLiteral("task.release"), { { QStringLiteral("task"), task } });
        QCOMPARE(colleague.status, CommandResult::Status::Refused);
        QVERIFY2(colleague.message.startsWith(QStringLiteral("otto may not release a task another user holds (task.release-other): it "
                                                             "needs the supervisor role")),
                 qPrintable(colleague.message));
        QCOMPARE(scalar(QStringLiteral("SELECT claimed_by FROM tasks WHERE id = %1").arg(task)), QStringLiteral("olive"));

        const CommandResult escalated = act(QStringLiteral("sam"), QStringLiteral("jeopardy.escalate"),
                                            { { QStringLiteral("order"), QStringLiteral("KIT-3") },
                                              { QStringLiteral("queue"), QStringLiteral("workshop") },
                                              { QStringLiteral("note"), QStringLiteral("customer called twice") } });
        QVERIFY2(escalated.status == CommandResult::Status::Done, qPrintable(escalated.message));
        const CommandResult released = act(QStringLiteral("sam"), QStringLiteral("task.release"), { { QStringLiteral("task"), task } });
        QVERIFY2(released.status == CommandResult::Status::Done, qPrintable(released.message));
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || COALESCE(claimed_by, '-') FROM tasks WHERE id = %1").arg(task)),
                 QStringLiteral("open -"));

        const CommandResult refused = act(QStringLiteral("sam"), QStringLiteral("catalog.import"),
                                          { { QStringLiteral("path"), QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json") } });
        QCOMPARE(refused.status, CommandResult::Status::Refused);
        QCOMPARE(refused.message,
                 QStringLiteral("sam may not import a catalog (catalog.import): it needs the admin role, and sam holds supervisor"));
    }

    void anAdminManagesUsersButResolvesNoFallout()
    {
        const CommandResult added = act(QStringLiteral("ada"), QStringLiteral("user.add"),
                                        { { QStringLiteral("user"), QStringLiteral("nina") },
                                          { QStringLiteral("roles"), QStringLiteral("operator") },
                                          { QStringLiteral("queues"), QStringLiteral("workshop,packing") } });
        QVERIFY2(added.status == CommandResult::Status::Done, qPrintable(added.message));
        const auto nina = UserDirectory(m_database->connection()).lookup(QStringLiteral("nina")).valueOr(std::nullopt);
        QVERIFY(nina && nina->queues == QStringList({ QStringLiteral("workshop"), QStringLiteral("packing") }));
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM journal WHERE kind = 'user.added' AND payload LIKE '%nina%'")),
                 QStringLiteral("ada"));

        const CommandResult refused
            = act(QStringLiteral("ada"), QStringLiteral("fallout.cancel"),
                  { { QStringLiteral("case"), caseOf("BROKEN-2") }, { QStringLiteral("reason"), QStringLiteral("x") } });
        QCOMPARE(refused.status, CommandResult::Status::Refused);
        QVERIFY(refused.message.contains(QStringLiteral("needs the resolver role, and ada holds admin")));
    }

    void unknownAndDeactivatedUsersMayDoNothing()
    {
        const CommandResult unknown
            = act(QStringLiteral("zed"), QStringLiteral("signal"),
                  { { QStringLiteral("order"), QStringLiteral("KIT-2") }, { QStringLiteral("name"), QStringLiteral("picked-up") } });
        QCOMPARE(unknown.status, CommandResult::Status::Refused);
        QCOMPARE(unknown.message,
                 QStringLiteral("zed may not give an order a signal: 'zed' is not a user of this store (an admin adds users "
                                "with 'fwctl users add')"));
        const CommandResult deactivated
            = act(QStringLiteral("dora"), QStringLiteral("task.claim"), { { QStringLiteral("task"), taskOf("KIT-2") } });
        QCOMPARE(deactivated.status, CommandResult::Status::Refused);
        QCOMPARE(deactivated.message, QStringLiteral("dora may not claim a task: the user is deactivated"));
    }

    void refusalsAreJournalled()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'command.refused'")).toInt(), 8);
        QCOMPARE(scalar(QStringLiteral("SELECT order_id || ' ' || json_extract(payload, '$.action') FROM journal WHERE kind = "
                                       "'command.refused' AND actor = 'oscar'")),
                 QStringLiteral("KIT-2 task.claim"));
        QVERIFY(
            scalar(QStringLiteral("SELECT json_extract(payload, '$.reason') FROM journal WHERE kind = 'command.refused' AND actor = 'zed'"))
                .contains(QStringLiteral("not a user")));
    }

    void bulkFalloutIsASupervisorsCommandWithALinePerCase()
    {
        const QVariantMap byQueue { { QStringLiteral("queue"), QStringLiteral("intake-fallout") }, { QStringLiteral("dryRun"), true } };
        const CommandResult refused = act(QStringLiteral("rita"), QStringLiteral("fallout.bulk-retry"), byQueue);
        QCOMPARE(refused.status, CommandResult::Status::Refused);

        const CommandResult dryRun = act(QStringLiteral("sam"), QStringLiteral("fallout.bulk-retry"), byQueue);
        QVERIFY2(dryRun.status == CommandResult::Status::Done, qPrintable(dryRun.message));
        QCOMPARE(dryRun.message.split(QLatin1Char('\n')).size(), 2); // BROKEN-2 and BROKEN-3
        QVERIFY2(dryRun.message.contains(QStringLiteral("(order BROKEN-2, step line:1.F_BROKEN/bad): would retry")),
                 qPrintable(dryRun.message));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fallout_cases WHERE state = 'open'")).toInt(), 2);

        const CommandResult skipped
            = act(QStringLiteral("sam"), QStringLiteral("fallout.bulk-skip"),
                  { { QStringLiteral("all"), true }, { QStringLiteral("reason"), QStringLiteral("vendor fixed it") } });
        QVERIFY2(skipped.status == CommandResult::Status::Done, qPrintable(skipped.message));
        QCOMPARE(skipped.message.count(QStringLiteral(": done")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fallout_cases WHERE state = 'open'")).toInt(), 0);
        QCOMPARE(act(QStringLiteral("sam"), QStringLiteral("fallout.bulk-skip"),
                     { { QStringLiteral("all"), true }, { QStringLiteral("reason"), QStringLiteral("x") } })
                     .message,
                 QStringLiteral("no open fallout case matches the selection"));
    }

    // fwctl checks before it hands a command to a running engine; the engine checks again (roles may
    // have changed meanwhile, or the command came by another road).
    void theEngineChecksRequestsFromItsInboxToo()
    {
        RequestInbox inbox(m_database->connection());
        const auto id = inbox.enqueue(
            Command::make(QStringLiteral("oscar"), QStringLiteral("task.claim"), { { QStringLiteral("task"), taskOf("KIT-2") } }),
            m_clock.now());
        QVERIFY2(id, qPrintable(id.message()));
        QCOMPARE(inbox.processPending(*m_processor, m_clock.now()), 1);
        const auto outcome = inbox.outcome(*id);
        QVERIFY(outcome && outcome->finished);
        QCOMPARE(outcome->result.status, CommandResult::Status::Refused);
        QVERIFY(outcome->result.message.startsWith(QStringLiteral("oscar may not claim a task (task.claim) of queue 'workshop'")));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM requests WHERE id = %1").arg(*id)), QStringLiteral("refused"));
    }

    // docs/roles.md is the table users read: every action of Permissions::table() is in it, with its roles.
    void theRolesDocumentListsEveryAction()
    {
        QFile document(QStringLiteral(FW_TEST_DATA_DIR "/../../docs/roles.md"));
        QVERIFY(document.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(document.readAll());
        for (const Permission& permission : Permissions::table()) {
            const QRegularExpression row(
                QStringLiteral("\\n\\|[^\\n]*`%1`[^\\n]*\\| ([a-z, ]+) \\|").arg(QRegularExpression::escape(permission.action)));
            const auto match = row.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(permission.action));
            QCOMPARE(match.captured(1).trimmed(), permission.roles.names().join(QStringLiteral(", ")));
        }
    }

    // With a remote store the users are changed there (docs/sync.md, "Users"), not in one store's copy.
    void aWorkstationThatSyncsChangesNoUserOfItsOwn()
    {
        SyncSettings settings;
        settings.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=fw connect_timeout=1"); // never opened
        SyncAgent agent(*m_database, m_clock, settings);
        CommandProcessor synced(*m_database, m_clock);
        synced.setExecutor(m_executor.get());
        synced.setSync(&agent);
        const CommandResult result = synced.process(
            Command::make(QStringLiteral("ada"), QStringLiteral("user.add"),
                          { { QStringLiteral("user"), QStringLiteral("zoe") }, { QStringLiteral("roles"), QStringLiteral("operator") } }));
        QCOMPARE(result.status, CommandResult::Status::Invalid);
        QVERIFY2(result.message.contains(QStringLiteral("'fwctl users ... --remote CONNINFO' as a database role in fw_user_admin")),
                 qPrintable(result.message));
        const auto zoe = UserDirectory(m_database->connection()).lookup(QStringLiteral("zoe"));
        QVERIFY2(zoe.ok() && !zoe->has_value(), qPrintable(zoe.message()));
    }

    void theLastAdminKeepsTheRole()
    {
        // ada and the store's first user are admins: revoking both leaves none, which is refused.
        const QString login = osLoginName();
        QVERIFY(act(QStringLiteral("ada"), QStringLiteral("user.change"),
                    { { QStringLiteral("user"), login }, { QStringLiteral("revoke"), QStringLiteral("admin") } })
                    .ok());
        const CommandResult last
            = act(QStringLiteral("ada"), QStringLiteral("user.change"),
                  { { QStringLiteral("user"), QStringLiteral("ada") }, { QStringLiteral("revoke"), QStringLiteral("admin") } });
        QCOMPARE(last.status, CommandResult::Status::Invalid);
        QVERIFY(last.message.contains(QStringLiteral("last active admin")));
    }

    void aTargetThatCannotBeReadFailsTheCommand()
    {
        // What authorization needs cannot be read (the store fails; here its tasks table is gone for
        // a moment): the command fails naming the task and the reason, nothing is carried out.
        const qint64 task = taskOf("KIT-2");
        QSqlQuery damage(m_database->connection());
        QVERIFY(damage.exec(QStringLiteral("ALTER TABLE tasks RENAME TO tasks_gone")));
        const CommandResult result = act(QStringLiteral("ada"), QStringLiteral("task.claim"), { { QStringLiteral("task"), task } });
        QVERIFY(damage.exec(QStringLiteral("ALTER TABLE tasks_gone RENAME TO tasks")));
        QCOMPARE(result.status, CommandResult::Status::Failed);
        QVERIFY2(result.message.startsWith(QStringLiteral("read task %1: no such table: tasks").arg(task)), qPrintable(result.message));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM tasks WHERE id = %1").arg(task)), QStringLiteral("open"));
    }
};

QTEST_GUILESS_MAIN(TestCommandProcessor)
#include "tst_commandprocessor.moc"
