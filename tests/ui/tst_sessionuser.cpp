// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SessionUser: whom the workbench signs in (the explicit user alone, else the first known and active
// fallback), what the user's roles allow, and the reason a control shows when they do not.

#include "identity/oslogin.h"
#include "identity/userdirectory.h"
#include "users/sessionuser.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestSessionUser : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    void addUser(const QString& id, const QString& name, RoleSet roles, const QStringList& queues, bool active = true)
    {
        Database database(m_path);
        QVERIFY(database.openStore());
        QVERIFY(UserDirectory(database.connection())
                    .add({ id, name, roles, queues, active, {}, {} }, QStringLiteral("test"), QDateTime::currentDateTimeUtc()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("users.db"));
        addUser(QStringLiteral("olivia"), QStringLiteral("Olivia Ortiz"), { Role::Operator },
                { QStringLiteral("field-dispatch"), QStringLiteral("fitters") });
        addUser(QStringLiteral("rosa"), QStringLiteral("Rosa Lindqvist"), { Role::Resolver }, {});
        addUser(QStringLiteral("sam"), QStringLiteral("Sam Okafor"), { Role::Supervisor }, {});
        addUser(QStringLiteral("ada"), QStringLiteral("Ada Kowalski"), { Role::Admin }, {});
        addUser(QStringLiteral("duo"), QString(), { Role::Operator, Role::Resolver }, { QStringLiteral("fitters") });
        addUser(QStringLiteral("gone"), QStringLiteral("Gone Away"), { Role::Supervisor }, {}, false);
    }

    void signsInTheFirstKnownActiveCandidate_data()
    {
        QTest::addColumn<QString>("explicitId");
        QTest::addColumn<QStringList>("fallbacks");
        QTest::addColumn<QString>("signedIn"); // empty: nobody
        QTest::addColumn<QString>("problem");

        QTest::addRow("explicit") << "rosa" << QStringList { QStringLiteral("sam") } << "rosa"
                                  << "";
        QTest::addRow("explicit unknown: no fallback") << "ghost" << QStringList { QStringLiteral("sam") } << ""
                                                       << "'ghost' is not a user of this store";
        QTest::addRow("explicit deactivated: no fallback") << "gone" << QStringList { QStringLiteral("sam") } << ""
                                                           << "'gone' is deactivated";
        QTest::addRow("remembered") << "" << QStringList { QStringLiteral("ada"), QStringLiteral("olivia") } << "ada"
                                    << "";
        QTest::addRow("remembered user deactivated since")
            << "" << QStringList { QStringLiteral("gone"), QStringLiteral("olivia") } << "olivia"
            << "";
        QTest::addRow("nothing remembered: the default")
            << "" << QStringList { QString(), QStringLiteral("olivia"), osLoginName() } << "olivia"
            << "";
        QTest::addRow("the OS login last") << "" << QStringList { QStringLiteral("ghost"), osLoginName() } << osLoginName() << "";
        QTest::addRow("nobody") << "" << QStringList { QStringLiteral("ghost") } << ""
                                << "'ghost' is not a user";
    }

    void signsInTheFirstKnownActiveCandidate()
    {
        QFETCH(QString, explicitId);
        QFETCH(QStringList, fallbacks);
        QFETCH(QString, signedIn);
        QFETCH(QString, problem);
        SessionUser user(m_path);
        user.setCandidates(explicitId, fallbacks);
        QVERIFY(!user.isSignedIn()); // not before the store is open
        QVERIFY(!user.allows(QStringLiteral("signal")));
        QSignalSpy changed(&user, &SessionUser::changed);
        user.storeOpened();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(user.isSignedIn(), !signedIn.isEmpty());
        if (!signedIn.isEmpty())
            QCOMPARE(user.id(), signedIn);
        QVERIFY2(user.signInProblem().contains(problem), qPrintable(user.signInProblem()));
        if (signedIn.isEmpty())
            QVERIFY2(user.refusal(QStringLiteral("signal")).startsWith(QStringLiteral("Nobody is signed in")),
                     qPrintable(user.refusal(QStringLiteral("signal"))));
    }

    void refusalNamesTheRoleNeeded_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("refusal"); // empty: allowed

        QTest::addRow("operator claims") << "olivia"
                                         << "task.claim"
                                         << "";
        QTest::addRow("operator retries") << "olivia"
                                          << "fallout.retry"
                                          << "Needs the resolver role: Olivia Ortiz holds operator";
        QTest::addRow("resolver claims") << "rosa"
                                         << "task.claim"
                                         << "Needs the operator or supervisor role: Rosa Lindqvist holds resolver";
        QTest::addRow("resolver retries") << "rosa"
                                          << "fallout.retry"
                                          << "";
        QTest::addRow("resolver bulk") << "rosa"
                                       << "fallout.bulk-retry"
                                       << "Needs the supervisor role: Rosa Lindqvist holds resolver";
        QTest::addRow("supervisor bulk") << "sam"
                                         << "fallout.bulk-retry"
                                         << "";
        QTest::addRow("supervisor releases another's claim") << "sam"
                                                             << "task.release-other"
                                                             << "";
        QTest::addRow("operator releases another's claim") << "olivia"
                                                           << "task.release-other"
                                                           << "Needs the supervisor role: Olivia Ortiz holds operator";
        QTest::addRow("supervisor imports a catalog") << "sam"
                                                      << "catalog.import"
                                                      << "Needs the admin role: Sam Okafor holds supervisor";
        QTest::addRow("admin imports a catalog") << "ada"
                                                 << "catalog.import"
                                                 << "";
        QTest::addRow("admin signals") << "ada"
                                       << "signal"
                                       << "Needs the operator, resolver or supervisor role: Ada Kowalski holds admin";
        QTest::addRow("two roles, no display name") << "duo"
                                                    << "change.submit"
                                                    << "Needs the supervisor role: duo holds operator, resolver";
    }

    void refusalNamesTheRoleNeeded()
    {
        QFETCH(QString, id);
        QFETCH(QString, action);
        QFETCH(QString, refusal);
        SessionUser user(m_path);
        user.setCandidates(id, {});
        user.storeOpened();
        QCOMPARE(user.refusal(action), refusal);
        QCOMPARE(user.allows(action), refusal.isEmpty());
    }

    void taskActionsAreNarrowedByQueue()
    {
        SessionUser user(m_path);
        user.setCandidates(QStringLiteral("olivia"), {});
        user.storeOpened();
        QCOMPARE(user.taskRefusal(QStringLiteral("task.claim"), QStringLiteral("fitters")), QString());
        QCOMPARE(user.taskRefusal(QStringLiteral("task.claim"), QStringLiteral("it-onboarding")),
                 QStringLiteral("Queue it-onboarding is not one of Olivia Ortiz's queues (field-dispatch, fitters); "
                                "the supervisor role works every queue"));
        QCOMPARE(user.defaultQueues(), (QStringList { QStringLiteral("field-dispatch"), QStringLiteral("fitters") }));
        QVERIFY(user.switchTo(QStringLiteral("sam")).ok());
        QCOMPARE(user.taskRefusal(QStringLiteral("task.claim"), QStringLiteral("it-onboarding")), QString());
        QVERIFY(user.defaultQueues().isEmpty()); // a supervisor's inbox shows every queue
    }

    void switchingRefusesUnknownAndDeactivatedUsers()
    {
        SessionUser user(m_path);
        user.setCandidates(QStringLiteral("rosa"), {});
        user.storeOpened();
        QSignalSpy changed(&user, &SessionUser::changed);
        const Status ghost = user.switchTo(QStringLiteral("ghost"));
        QVERIFY(!ghost.ok());
        QCOMPARE(ghost.error().where, QStringLiteral("ghost"));
        QCOMPARE(ghost.error().why, QStringLiteral("'ghost' is not a user of this store (an admin adds users with 'fwctl users add')"));
        const Status gone = user.switchTo(QStringLiteral(" gone "));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.message(), QStringLiteral("gone: 'gone' is deactivated"));
        QCOMPARE(user.id(), QStringLiteral("rosa"));
        QCOMPARE(changed.count(), 0);
        QVERIFY(user.switchTo(QStringLiteral("ada")).ok());
        QCOMPARE(user.id(), QStringLiteral("ada"));
        QCOMPARE(changed.count(), 1);
    }

    // An admin changes the signed-in user's roles (or deactivates them): the next refresh says so.
    void refreshFollowsChangesToTheUser()
    {
        SessionUser user(m_path);
        user.setCandidates(QStringLiteral("duo"), {});
        user.storeOpened();
        QVERIFY(!user.allows(QStringLiteral("change.submit")));
        QSignalSpy changed(&user, &SessionUser::changed);
        user.refresh();
        QCOMPARE(changed.count(), 0); // nothing changed: no re-evaluation
        Database database(m_path);
        QVERIFY(database.openStore());
        UserDirectory users(database.connection());
        const auto found = users.lookup(QStringLiteral("duo"));
        QVERIFY(found.ok() && found->has_value());
        User duo = **found;
        duo.roles.insert(Role::Supervisor);
        QVERIFY(users.update(duo, QStringLiteral("test"), QDateTime::currentDateTimeUtc()));
        user.refresh();
        QCOMPARE(changed.count(), 1);
        QVERIFY(user.allows(QStringLiteral("change.submit")));
        duo.active = false;
        QVERIFY(users.update(duo, QStringLiteral("test"), QDateTime::currentDateTimeUtc()));
        user.refresh();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!user.allows(QStringLiteral("change.submit")));
        QCOMPARE(user.refusal(QStringLiteral("change.submit")),
                 QStringLiteral("duo is deactivated: choose another user with File > Switch User"));
    }
};

QTEST_GUILESS_MAIN(TestSessionUser)
#include "tst_sessionuser.moc"
