// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Roles through fwctl: for each role an action it may take (exit 0) and one it may not (exit 2,
// "fwctl CMD: refused: USER may not ... it needs the X role"), users managed by the store's admin,
// refusals journalled, and --as naming a user the store does not know.

#include "common/clock.h"
#include "engine/executor.h"
#include "identity/oslogin.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include "fwctlprocess.h"

#include <QFile>

#include <array>
#include <tuple>
#include <vector>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using Run = test::FwctlRun;

class TestFwctlRoles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Run as(const QString& user, const QStringList& arguments) const
    {
        return test::runFwctlOn(m_path, QStringList { QStringLiteral("--as"), user } + arguments);
    }
    QString scalar(const QString& sql) const
    {
        Database database(m_path);
        if (!database.openStore())
            return {};
        QSqlQuery query(database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    QString caseOf(const char* order) const
    {
        return scalar(
            QStringLiteral("SELECT MAX(id) FROM fallout_cases WHERE state = 'open' AND order_id = '%1'").arg(QLatin1String(order)));
    }
    QString taskOf(const char* order) const
    {
        return scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = '%1'").arg(QLatin1String(order)));
    }
    static void expectRefusal(const Run& run, const QString& expected)
    {
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("roles.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        SystemClock clock;
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
        using Copies = std::tuple<const char*, const char*, std::vector<const char*>>;
        for (const auto& [source, from, ids] : { Copies { "order.json", "KIT-1", { "KIT-1", "KIT-2" } },
                                                 Copies { "order-broken.json", "BROKEN-1", { "BROKEN-1", "BROKEN-2" } } }) {
            QFile file(QStringLiteral(FW_TEST_DATA_DIR "/engine/") + QLatin1String(source));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            for (const char* id : ids) {
                const QString path = m_dir.filePath(QLatin1String(id) + QStringLiteral(".json"));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(QByteArray(text).replace(from, id));
                out.close();
                QVERIFY(importer.importOrder(path, QStringLiteral("t")).ok());
            }
        }
        Executor executor(database, clock);
        QVERIFY(executor.load());
        QVERIFY(executor.runUntilIdle().ok());
    }

    // The store's first user is its admin, named after the login: they add the team.
    void theAdminAddsTheTeam()
    {
        const Run list = test::runFwctlOn(m_path, { QStringLiteral("users") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.startsWith(QStringLiteral("USER ")), qPrintable(list.out));
        QVERIFY2(list.out.section(QLatin1Char('\n'), 1, 1).startsWith(osLoginName() + QLatin1Char(' ')), qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("operator,resolver,supervisor,admin")));
        using Person = std::array<const char*, 4>; // id, roles, queues, display name
        for (const Person& user : { Person { "olive", "operator", "workshop", "Olive Oyl" }, Person { "rita", "resolver", "", "" },
                                    Person { "sam", "supervisor", "", "Sam Stone" }, Person { "ada", "admin", "", "" } }) {
            QStringList arguments { QStringLiteral("users"), QStringLiteral("add"), QLatin1String(user[0]), QStringLiteral("--roles"),
                                    QLatin1String(user[1]) };
            if (*user[2])
                arguments << QStringLiteral("--queues") << QLatin1String(user[2]);
            if (*user[3])
                arguments << QStringLiteral("--name") << QLatin1String(user[3]);
            const Run added = test::runFwctlOn(m_path, arguments);
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT display_name || ' ' || roles || ' ' || queues FROM users WHERE id = 'olive'")),
                 QStringLiteral("Olive Oyl operator workshop"));
    }

    void anOperator()
    {
        const Run claimed = as(QStringLiteral("olive"), { QStringLiteral("task"), QStringLiteral("claim"), taskOf("KIT-1") });
        QVERIFY2(claimed.exitCode == 0, qPrintable(claimed.err));
        expectRefusal(
            as(QStringLiteral("olive"), { QStringLiteral("fallout"), QStringLiteral("retry"), caseOf("BROKEN-1") }),
            QStringLiteral("fwctl fallout: refused: olive may not retry a fallout case (fallout.retry): it needs the resolver role, "
                           "and olive holds operator"));
    }

    void aResolver()
    {
        const Run skipped = as(
            QStringLiteral("rita"),
            { QStringLiteral("fallout"), QStringLiteral("skip"), caseOf("BROKEN-1"), QStringLiteral("--reason"), QStringLiteral("fixed") });
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err));
        expectRefusal(
            as(QStringLiteral("rita"), { QStringLiteral("task"), QStringLiteral("claim"), taskOf("KIT-2") }),
            QStringLiteral("fwctl task: refused: rita may not claim a task (task.claim): it needs the operator or supervisor role, "
                           "and rita holds resolver"));
    }

    void aSupervisor()
    {
        const Run urgent = as(QStringLiteral("sam"),
                              { QStringLiteral("jeopardy"), QStringLiteral("priority"), QStringLiteral("KIT-2"), QStringLiteral("urgent"),
                                QStringLiteral("--note"), QStringLiteral("customer escalated") });
        QVERIFY2(urgent.exitCode == 0, qPrintable(urgent.err));
        QCOMPARE(scalar(QStringLiteral("SELECT priority FROM orders WHERE id = 'KIT-2'")), QStringLiteral("2"));
        const Run dryRun = as(QStringLiteral("sam"),
                              { QStringLiteral("fallout"), QStringLiteral("retry"), QStringLiteral("--all"), QStringLiteral("--dry-run") });
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
        QCOMPARE(dryRun.out, QStringLiteral("case %1 (order BROKEN-2, step line:1.F_BROKEN/bad): would retry\n").arg(caseOf("BROKEN-2")));
        expectRefusal(
            as(QStringLiteral("sam"),
               { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json") }),
            QStringLiteral("fwctl import: refused: sam may not import a catalog (catalog.import): it needs the admin role, and sam "
                           "holds supervisor"));
    }

    void anAdmin()
    {
        const Run granted = as(QStringLiteral("ada"),
                               { QStringLiteral("users"), QStringLiteral("grant"), QStringLiteral("rita"), QStringLiteral("operator") });
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        QCOMPARE(granted.out, QStringLiteral("rita: operator,resolver\n"));
        expectRefusal(as(QStringLiteral("ada"),
                         { QStringLiteral("fallout"), QStringLiteral("skip"), QStringLiteral("--queue"), QStringLiteral("intake-fallout"),
                           QStringLiteral("--reason"), QStringLiteral("x") }),
                      QStringLiteral("fwctl fallout: refused: ada may not skip fallout cases in bulk (fallout.bulk-skip): it needs the "
                                     "supervisor role, and ada holds admin"));
        expectRefusal(
            as(QStringLiteral("olive"), { QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("sam") }),
            QStringLiteral("fwctl users: refused: olive may not deactivate a user (user.deactivate): it needs the admin role, and "
                           "olive holds operator"));
    }

    void strangersAndFormerColleaguesMayNotAct()
    {
        expectRefusal(
            as(QStringLiteral("zed"), { QStringLiteral("signal"), QStringLiteral("KIT-1"), QStringLiteral("picked-up") }),
            QStringLiteral("fwctl signal: refused: zed may not give an order a signal: 'zed' is not a user of this store (an admin "
                           "adds users with 'fwctl users add')"));
        QCOMPARE(as(QStringLiteral("ada"), { QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("olive") }).exitCode, 0);
        expectRefusal(as(QStringLiteral("olive"), { QStringLiteral("task"), QStringLiteral("release"), taskOf("KIT-1") }),
                      QStringLiteral("fwctl task: refused: olive may not release a task: the user is deactivated"));
        const Run list = test::runFwctlOn(m_path, { QStringLiteral("users"), QStringLiteral("list") });
        QVERIFY(list.out.contains(QStringLiteral("(deactivated)")));
    }

    void refusalsAreInTheJournal()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'command.refused'")), QStringLiteral("7"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT actor || ' ' || json_extract(payload, '$.action') || ' ' || json_extract(payload, '$.origin') "
                                  "FROM journal WHERE kind = 'command.refused' AND order_id = 'BROKEN-1'")),
            QStringLiteral("olive fallout.retry cli"));
        const Run timeline = test::runFwctlOn(m_path, { QStringLiteral("timeline"), QStringLiteral("BROKEN-1") });
        QVERIFY2(timeline.out.contains(QStringLiteral("command.refused")), qPrintable(timeline.out));
    }
};

QTEST_GUILESS_MAIN(TestFwctlRoles)
#include "tst_fwctlroles.moc"
