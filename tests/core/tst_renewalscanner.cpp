// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renewals (docs/assets.md, "Renewals"): as the engine's clock crosses a subscription's lead time
// exactly one renewal opens, with its value at risk; ticking again, a restart (a new engine on the
// same store) and a second scan open no other; a disconnected asset, a component and an asset
// without a term open none. Renewing extends the asset's term by one term and records it; declining
// needs a reason and a supervisor; a renewal another user holds is theirs.

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "identity/userdirectory.h"
#include "renewals/renewal.h"
#include "renewals/renewalscanner.h"
#include "store/assetreader.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/renewalreader.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fw;

class TestRenewalScanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;
    int m_stores = 0;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    int renewalCount() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM renewals")).toInt(); }
    int openedJournalled() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'renewal.opened'")).toInt(); }

    static Asset asset(const char* id, const char* parent, int quantity, double price, int months = 12)
    {
        Asset a;
        a.id = QLatin1String(id);
        a.accountId = QStringLiteral("ACC-7");
        a.product = parent ? QStringLiteral("SEATS") : QStringLiteral("SUITE");
        a.parentAsset = parent ? QLatin1String(parent) : QString();
        a.quantity = quantity;
        a.termStart = QDate(2026, 12, 7);
        a.termEnd = a.termStart.addMonths(months);
        a.renewalLeadDays = 60;
        if (price > 0)
            a.price = { price, QStringLiteral("EUR"), QStringLiteral("month") };
        a.sourceOrder = QStringLiteral("SO-A1");
        a.sourceItem = a.id.section(u'/', 1);
        a.createdAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        return a;
    }
    // The installed base: a suite (20 EUR a month) with 100 seats (5 EUR each), a router without a
    // term, and a disconnected suite.
    void recordAssets()
    {
        std::vector<Asset> assets { asset("SO-A1/S1", nullptr, 1, 20), asset("SO-A1/S1-U", "SO-A1/S1", 100, 5),
                                    asset("SO-A1/X1", nullptr, 1, 99) };
        Asset router = asset("SO-A1/R1", nullptr, 1, 0);
        router.termStart = router.termEnd = QDate();
        assets.push_back(router);
        assets[2].status = Asset::Status::Disconnected;
        std::vector<AssetEvent> events;
        for (const Asset& a : assets)
            events.push_back({ a.id, 1, a.createdAt, QStringLiteral("created"), a.sourceOrder, {}, QStringLiteral("engine"), {}, {} });
        QVERIFY(AssetWriter(m_database->connection()).record(assets, events));
    }
    bool runEngine()
    {
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        return m_executor->load() && m_executor->runUntilIdle();
    }
    void addUser(const char* id, RoleSet roles)
    {
        QVERIFY(UserDirectory(m_database->connection())
                    .add({ QLatin1String(id), QLatin1String(id), roles, {}, true, {}, {} }, QStringLiteral("test"), m_clock.now()));
    }
    CommandResult act(const char* actor, const char* action, const QVariantMap& args)
    {
        CommandProcessor processor(*m_database, m_clock);
        return processor.process(Command::make(QLatin1String(actor), QLatin1String(action), args));
    }
    // Crosses the lead time of the suite's term (ends 2027-12-07, 60 days: due 2027-10-08) and opens its renewal.
    qint64 openRenewal()
    {
        m_clock.set(QDateTime(QDate(2027, 10, 8), QTime(6, 0), Qt::UTC));
        if (!runEngine())
            return 0;
        return scalar(QStringLiteral("SELECT id FROM renewals WHERE asset_id = 'SO-A1/S1'")).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("renewals-%1.db").arg(++m_stores)));
        QCOMPARE(m_database->openStore().message(), QString());
        recordAssets();
        addUser("olga", { Role::Operator });
        addUser("otto", { Role::Operator });
        addUser("sam", { Role::Supervisor });
        addUser("rita", { Role::Resolver });
    }
    void cleanup()
    {
        m_executor.reset();
        m_database.reset();
    }

    void opensOnceAsTheClockCrossesTheLeadTime()
    {
        QVERIFY(runEngine());
        QCOMPARE(renewalCount(), 0); // a year before the term ends
        m_clock.set(QDateTime(QDate(2027, 10, 7), QTime(23, 59), Qt::UTC)); // one day before it is due
        QVERIFY(m_executor->runUntilIdle());
        QCOMPARE(renewalCount(), 0);
        m_clock.set(QDateTime(QDate(2027, 10, 8), QTime(0, 1), Qt::UTC)); // due: 2027-12-07 - 60 days
        QVERIFY(m_executor->runUntilIdle());
        QCOMPARE(renewalCount(), 1);
        const auto renewals = RenewalReader(m_database->connection()).list({});
        QVERIFY(renewals);
        QCOMPARE(renewals->size(), std::size_t(1));
        const Renewal& renewal = renewals->front();
        QCOMPARE(renewal.assetId, QStringLiteral("SO-A1/S1")); // the root; not the seats, the router nor the disconnected suite
        QCOMPARE(toString(renewal.state), QStringLiteral("open"));
        QCOMPARE(renewal.termEnd, QDate(2027, 12, 7));
        QCOMPARE(renewal.dueDate, QDate(2027, 10, 8));
        QCOMPARE(renewal.termMonths, 12);
        QCOMPARE(renewal.value, 6240.0); // (20 x 1 + 5 x 100) x 12 months
        QCOMPARE(renewal.currency, QStringLiteral("EUR"));
        QCOMPARE(openedJournalled(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM journal WHERE kind = 'renewal.opened'")), QStringLiteral("engine"));

        // Ticking on, a day later and a minute after, opens nothing more.
        m_clock.advance(61 * 1000);
        QVERIFY(m_executor->runUntilIdle());
        m_clock.set(QDateTime(QDate(2027, 11, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(m_executor->runUntilIdle());
        QCOMPARE(renewalCount(), 1);
        // A restart: a new engine on the same store.
        m_executor.reset();
        QVERIFY(runEngine());
        QVERIFY(m_executor->renewals().scan());
        QCOMPARE(renewalCount(), 1);
        QCOMPARE(openedJournalled(), 1);
    }

    void disconnectedAssetOpensNone()
    {
        QVERIFY(
            QSqlQuery(m_database->connection()).exec(QStringLiteral("UPDATE assets SET status = 'disconnected' WHERE id = 'SO-A1/S1'")));
        m_clock.set(QDateTime(QDate(2027, 12, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(runEngine());
        QCOMPARE(renewalCount(), 0);
    }

    void anAssetAnotherWorkstationWroteOpensNoneHere()
    {
        // A copy pulled from another workstation: that workstation opens the renewal, not this one.
        QVERIFY(QSqlQuery(m_database->connection())
                    .exec(QStringLiteral("INSERT INTO asset_sync (asset_id, revision, event_seq, written_by) "
                                         "VALUES ('SO-A1/S1', 1, 1, 'ws-b')")));
        m_clock.set(QDateTime(QDate(2027, 12, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(runEngine());
        QCOMPARE(renewalCount(), 0);
    }

    void renewExtendsTheTerm()
    {
        const qint64 id = openRenewal();
        QVERIFY(id > 0);
        const QVariantMap args { { QStringLiteral("renewal"), id } };
        const CommandResult claimed = act("olga", "renewal.claim", args);
        QVERIFY2(claimed.ok(), qPrintable(claimed.message));
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || claimed_by FROM renewals")), QStringLiteral("claimed olga"));
        const CommandResult other = act("otto", "renewal.renew", args);
        QCOMPARE(CommandResult::statusName(other.status), QStringLiteral("invalid"));
        QCOMPARE(other.message, QStringLiteral("renewal %1 (asset SO-A1/S1) is claimed by olga").arg(id));

        m_clock.set(QDateTime(QDate(2027, 10, 20), QTime(11, 0), Qt::UTC));
        const CommandResult renewed = act("olga", "renewal.renew", args);
        QVERIFY2(renewed.ok(), qPrintable(renewed.message));
        QCOMPARE(renewed.message, QStringLiteral("renewal %1: asset SO-A1/S1 renewed until 2028-12-07").arg(id));
        const AssetReader assets(m_database->connection());
        for (const char* assetId : { "SO-A1/S1", "SO-A1/S1-U" }) { // the suite and its seats share the term
            const auto a = assets.asset(QLatin1String(assetId));
            QVERIFY(a && *a);
            QCOMPARE((*a)->termStart, QDate(2027, 12, 7));
            QCOMPARE((*a)->termEnd, QDate(2028, 12, 7));
            QCOMPARE((*a)->revision, 2);
            const auto history = assets.history(QLatin1String(assetId));
            QVERIFY(history);
            QCOMPARE(history->size(), std::size_t(2));
            QCOMPARE(history->back().kind, QStringLiteral("renewed"));
            QCOMPARE(history->back().actor, QStringLiteral("olga"));
            QCOMPARE(scalar(QStringLiteral("SELECT revision FROM asset_events WHERE asset_id = '%1' AND kind = 'renewed'")
                                .arg(QLatin1String(assetId))),
                     QStringLiteral("2")); // the revision the renewal made, for sync
        }
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || decided_by FROM renewals")), QStringLiteral("renewed olga"));
        QCOMPARE(CommandResult::statusName(act("olga", "renewal.renew", args).status), QStringLiteral("invalid")); // decided already

        // The next term's renewal opens when its own lead time comes, once.
        m_clock.set(QDateTime(QDate(2028, 10, 8), QTime(6, 0), Qt::UTC));
        QVERIFY(m_executor->runUntilIdle());
        QCOMPARE(renewalCount(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT term_end FROM renewals WHERE state = 'open'")), QStringLiteral("2028-12-07"));
    }

    // Disconnected after its renewal opened: it does not go on, it can be declined.
    void disconnectedSinceOpenedIsNotRenewed()
    {
        const qint64 id = openRenewal();
        QVERIFY(id > 0);
        QVERIFY(
            QSqlQuery(m_database->connection()).exec(QStringLiteral("UPDATE assets SET status = 'disconnected' WHERE id = 'SO-A1/S1'")));
        const CommandResult renewed = act("sam", "renewal.renew", { { QStringLiteral("renewal"), id } });
        QCOMPARE(CommandResult::statusName(renewed.status), QStringLiteral("invalid"));
        QCOMPARE(renewed.message, QStringLiteral("renewal %1: asset SO-A1/S1 is disconnected; decline the renewal instead").arg(id));
        QCOMPARE(scalar(QStringLiteral("SELECT term_end FROM assets WHERE id = 'SO-A1/S1'")), QStringLiteral("2027-12-07"));
        QVERIFY(act("sam", "renewal.decline",
                    { { QStringLiteral("renewal"), id }, { QStringLiteral("reason"), QStringLiteral("site closed") } })
                    .ok());
    }

    void declineNeedsAReasonAndASupervisor()
    {
        const qint64 id = openRenewal();
        QVERIFY(id > 0);
        QVariantMap args { { QStringLiteral("renewal"), id } };
        const CommandResult operatorDecline = act("olga", "renewal.decline", args);
        QCOMPARE(CommandResult::statusName(operatorDecline.status), QStringLiteral("refused"));
        QVERIFY2(operatorDecline.message.contains(
                     QStringLiteral("olga may not decline a renewal (renewal.decline): it needs the supervisor role")),
                 qPrintable(operatorDecline.message));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'command.refused'")), QStringLiteral("1"));
        QCOMPARE(CommandResult::statusName(act("sam", "renewal.decline", args).status), QStringLiteral("invalid")); // no reason
        args.insert(QStringLiteral("reason"), QStringLiteral("customer moves to a competitor"));
        const CommandResult declined = act("sam", "renewal.decline", args);
        QVERIFY2(declined.ok(), qPrintable(declined.message));
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || decided_by || ' ' || reason FROM renewals")),
                 QStringLiteral("declined sam customer moves to a competitor"));
        const auto asset = AssetReader(m_database->connection()).asset(QStringLiteral("SO-A1/S1"));
        QVERIFY(asset && *asset);
        QCOMPARE((*asset)->termEnd, QDate(2027, 12, 7)); // the term stays
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM asset_events WHERE asset_id = 'SO-A1/S1' ORDER BY seq DESC")),
                 QStringLiteral("renewal declined"));
    }

    void rolesWhoMayClaim_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addRow("operator") << QStringLiteral("olga") << int(CommandResult::Status::Done);
        QTest::addRow("supervisor") << QStringLiteral("sam") << int(CommandResult::Status::Done);
        QTest::addRow("resolver") << QStringLiteral("rita") << int(CommandResult::Status::Refused);
        QTest::addRow("unknown") << QStringLiteral("nobody") << int(CommandResult::Status::Refused);
    }
    void rolesWhoMayClaim()
    {
        QFETCH(QString, user);
        QFETCH(int, status);
        const qint64 id = openRenewal();
        QVERIFY(id > 0);
        const CommandResult result = act(user.toUtf8().constData(), "renewal.claim", { { QStringLiteral("renewal"), id } });
        QCOMPARE(int(result.status), status);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM renewals")),
                 status == int(CommandResult::Status::Done) ? QStringLiteral("claimed") : QStringLiteral("open"));
    }

    void unknownRenewal()
    {
        const CommandResult result = act("sam", "renewal.claim", { { QStringLiteral("renewal"), 42 } });
        QCOMPARE(CommandResult::statusName(result.status), QStringLiteral("invalid"));
        QCOMPARE(result.message, QStringLiteral("no renewal 42 in this store"));
    }

    void valueAtRisk_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("months");
        QTest::addColumn<double>("value");
        QTest::addRow("monthly, 12 months") << QStringLiteral("month") << 12 << 1200.0; // 10 x 10 x 12
        QTest::addRow("monthly, 36 months") << QStringLiteral("month") << 36 << 3600.0;
        QTest::addRow("yearly, 24 months") << QStringLiteral("year") << 24 << 200.0; // 10 x 10 / 12 x 24
    }
    void valueAtRisk()
    {
        QFETCH(QString, period);
        QFETCH(int, months);
        QFETCH(double, value);
        Asset root = asset("SO-B/S1", nullptr, 10, 10, months);
        root.price.period = period;
        const auto due = renewalDue(root, {}, root.termEnd);
        QVERIFY(due);
        QCOMPARE(due->termMonths, months);
        QCOMPARE(due->value, value);
        QVERIFY(!renewalDue(root, {}, root.termEnd.addDays(-61))); // not yet
        QVERIFY(!renewalDue(asset("SO-B/S1-U", "SO-B/S1", 1, 1), {}, root.termEnd)); // a component: its root's renewal
    }
};

QTEST_GUILESS_MAIN(TestRenewalScanner)
#include "tst_renewalscanner.moc"
