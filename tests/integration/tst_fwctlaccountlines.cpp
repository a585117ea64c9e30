// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Account-scope lines across orders through fwctl (issue 14, defect 10): a later order of the same
// account supplements the account's line with its own quantity, fulfils it and completes (it used
// to get no steps, so the engine cancelled it right after import).

#include "store/database.h"

#include "fwctlprocess.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
QString data(const char* name)
{
    return QStringLiteral(FW_TEST_DATA_DIR "/engine/account-lines/%1").arg(QLatin1String(name));
}
} // namespace

class TestFwctlAccountLines : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    test::FwctlRun fwctl(const QStringList& arguments) const { return test::runFwctlOn(m_path, arguments); }

private Q_SLOTS:
    void laterOrderOfTheAccountIsFulfilled()
    {
        m_path = m_dir.filePath(QStringLiteral("accounts.db"));
        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("catalog"), data("catalog.json") }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("order"), data("first-order.json") }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode,
                 0); // the owner's line has started
        const auto imported = fwctl({ QStringLiteral("import"), QStringLiteral("order"), data("second-order.json") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto ran = fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));

        for (const char* order : { "SO-ACC-1", "SO-ACC-2" }) {
            const auto status = fwctl({ QStringLiteral("status"), QLatin1String(order) });
            QCOMPARE(status.exitCode, 0);
            QVERIFY2(status.out.startsWith(QStringLiteral("Order %1: completed").arg(QLatin1String(order))), qPrintable(status.out));
        }
        const auto summary = fwctl({ QStringLiteral("summary"), QStringLiteral("SO-ACC-2"), QStringLiteral("--json") });
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
        QVERIFY2(!summary.out.contains(QStringLiteral("cancelled\": true")), qPrintable(summary.out));

        Database database(m_path);
        QVERIFY(database.openStore());
        QSqlQuery query(database.connection());
        // Each order's line carries its own items and quantity; the later one supplements the owner's.
        QVERIFY(query.exec(QStringLiteral("SELECT order_id, owner_order, quantity, source_items, fields FROM fulfillment_lines "
                                          "WHERE id = 'account.ACC-7.F_TENANT' ORDER BY order_id")));
        QStringList lines;
        while (query.next())
            lines << QStringList { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), query.value(4).toString() }
                         .join(QLatin1Char(' '));
        QCOMPARE(lines,
                 (QStringList { QStringLiteral(R"(SO-ACC-1 SO-ACC-1 7 ["S1","S2"] {"seats":7})"),
                                QStringLiteral(R"(SO-ACC-2 SO-ACC-1 3 ["S1"] {"seats":3})") }));
        QVERIFY(query.exec(QStringLiteral("SELECT plan_definition, state FROM steps WHERE order_id = 'SO-ACC-2'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString(), QStringLiteral("PD_ADD_SEATS completed"));
        QVERIFY(!query.next());
    }
};

QTEST_GUILESS_MAIN(TestFwctlAccountLines)
#include "tst_fwctlaccountlines.moc"
