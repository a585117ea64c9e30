// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FalloutHistoryModel: one row per run of a step that fell out, oldest first; the selected case's
// row in bold; the last run, when it has not fallen out, says the step's state now.

#include "fallout/fallouthistorymodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace fw;

class TestFalloutHistoryModel : public QObject {
    Q_OBJECT

    static FalloutHistory history()
    {
        FalloutHistory h;
        FalloutTry engine;
        engine.number = 1;
        engine.startedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        engine.caseId = 7;
        engine.attempts = 3;
        engine.failedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 2), Qt::UTC);
        engine.error = QStringLiteral("HTTP 422: address rejected");
        engine.resolution = QStringLiteral("retried by anna");
        FalloutTry retry = engine;
        retry.number = 2;
        retry.retriedBy = QStringLiteral("anna");
        retry.retriedCase = 7;
        retry.payloadEdited = true;
        retry.caseId = 9;
        retry.attempts = 1;
        retry.error = QStringLiteral("HTTP 422: postal code rejected");
        retry.resolution.clear();
        h.tries = { engine, retry };
        h.stepState = QStringLiteral("fallout");
        return h;
    }

private Q_SLOTS:
    void rowsInOrderWithWhoAndError()
    {
        FalloutHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(history(), 9);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FalloutHistoryModel::ByColumn).data().toString(), QStringLiteral("engine"));
        QCOMPARE(model.index(0, FalloutHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Case 7: HTTP 422: address rejected"));
        QCOMPARE(model.index(1, FalloutHistoryModel::ByColumn).data().toString(), QStringLiteral("anna"));
        QCOMPARE(model.index(1, FalloutHistoryModel::PayloadColumn).data().toString(), QStringLiteral("edited"));
        QCOMPARE(model.index(1, FalloutHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("This case (9): HTTP 422: postal code rejected"));
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Then: retried by anna")));
        QCOMPARE(model.index(1, 0).data(FalloutHistoryModel::CaseIdRole).toLongLong(), 9);
    }

    void aRunThatWentOnSaysTheStateNow()
    {
        FalloutHistory h = history();
        FalloutTry last;
        last.number = 3;
        last.retriedBy = QStringLiteral("ben");
        last.fieldsFixed = true;
        h.tries.push_back(last);
        h.stepState = QStringLiteral("completed");
        FalloutHistoryModel model;
        model.setHistory(h, 7);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, FalloutHistoryModel::PayloadColumn).data().toString(), QStringLiteral("fields fixed"));
        QCOMPARE(model.index(2, FalloutHistoryModel::StartedColumn).data().toString(), QStringLiteral("\u2014"));
        QVERIFY(model.index(2, FalloutHistoryModel::OutcomeColumn).data().toString().startsWith(QStringLiteral("Now: ")));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // case 7 selected
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFalloutHistoryModel)
#include "tst_fallouthistorymodel.moc"
