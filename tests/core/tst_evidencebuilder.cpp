// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// assembleEvidence from hand-made rows: when a line counts as delivered, which step is the billing
// start, which pause a signal released, and how the JSON shows what has not happened yet.

#include "report/evidencebuilder.h"
#include "report/evidencejson.h"
#include "store/evidencerows.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 12, 1), QTime(hour, 0), Qt::UTC);
}

EvidenceStepRow step(const QString& id, const QString& type, const QString& lane, const QString& state, const QStringList& lines,
                     int started, int completed)
{
    EvidenceStepRow s;
    s.id = id;
    s.name = id.section(QLatin1Char('/'), -1);
    s.key = s.name;
    s.type = type;
    s.lane = lane;
    s.state = state;
    s.lines = lines;
    s.startedAt = started >= 0 ? at(started) : QDateTime();
    s.completedAt = completed >= 0 ? at(completed) : QDateTime();
    return s;
}

// One order, lines L1 (two steps) and L2 (billing), as the cases below vary it.
EvidenceRows baseRows()
{
    EvidenceRows rows;
    rows.order.id = QStringLiteral("SO-1");
    rows.order.state = QStringLiteral("in-progress");
    rows.lines.push_back({ QStringLiteral("L1"),
                           QStringLiteral("ROUTER"),
                           QStringLiteral("lineItem"),
                           1,
                           QStringLiteral("SITE-1"),
                           { QStringLiteral("1") },
                           QStringLiteral("{}"),
                           QString() });
    rows.lines.push_back({ QStringLiteral("L2"),
                           QStringLiteral("BILLING"),
                           QStringLiteral("bundle"),
                           1,
                           QString(),
                           { QStringLiteral("1") },
                           QStringLiteral("{\"billingStartDate\":\"2026-12-02\",\"other\":1}"),
                           QString() });
    rows.steps.push_back(step(QStringLiteral("L1/ship"), QStringLiteral("callout"), QStringLiteral("shipping"), QStringLiteral("completed"),
                              { QStringLiteral("L1") }, 8, 9));
    rows.steps.push_back(step(QStringLiteral("L1/delivered"), QStringLiteral("pause"), QStringLiteral("shipping"),
                              QStringLiteral("completed"), { QStringLiteral("L1") }, 9, 12));
    rows.steps.push_back(step(QStringLiteral("L2/set-start"), QStringLiteral("autoTask"), QStringLiteral("billing"),
                              QStringLiteral("completed"), { QStringLiteral("L2") }, 12, 12));
    rows.steps.push_back(step(QStringLiteral("L2/start-billing"), QStringLiteral("callout"), QStringLiteral("billing"),
                              QStringLiteral("completed"), { QStringLiteral("L2") }, 13, 14));
    EvidenceAttemptRow failed;
    failed.stepId = QStringLiteral("L2/start-billing");
    failed.attempt = 1;
    failed.outcome = QStringLiteral("retry");
    failed.startedAt = at(13);
    EvidenceAttemptRow answered = failed;
    answered.attempt = 2;
    answered.outcome = QStringLiteral("success");
    answered.httpStatus = 201;
    answered.response = QStringLiteral("{\"subscriptionId\":\"SUB-1\"}");
    rows.attempts = { failed, answered };
    rows.signalsReceived.push_back({ QStringLiteral("delivered"), at(12), QStringLiteral("carrier") });
    return rows;
}
} // namespace

class TestEvidenceBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliveries_data()
    {
        QTest::addColumn<QString>("change"); // what the case does to the base rows
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("completed");
        QTest::addRow("all steps done") << QString() << QStringLiteral("delivered") << true;
        QTest::addRow("a step still waiting") << QStringLiteral("waiting") << QStringLiteral("in progress") << false;
        QTest::addRow("nothing started") << QStringLiteral("pending") << QStringLiteral("pending") << false;
        QTest::addRow("removed by a change order") << QStringLiteral("removed") << QStringLiteral("removed by CO-7") << true;
        QTest::addRow("a cancelled step does not count") << QStringLiteral("cancelled") << QStringLiteral("delivered") << true;
    }
    void deliveries()
    {
        QFETCH(QString, change);
        QFETCH(QString, status);
        QFETCH(bool, completed);
        EvidenceRows rows = baseRows();
        if (change == QLatin1String("waiting")) {
            rows.steps[1].state = QStringLiteral("waiting");
            rows.steps[1].completedAt = {};
        } else if (change == QLatin1String("pending")) {
            for (int i : { 0, 1 }) {
                rows.steps[std::size_t(i)].state = QStringLiteral("pending");
                rows.steps[std::size_t(i)].startedAt = {};
                rows.steps[std::size_t(i)].completedAt = {};
            }
        } else if (change == QLatin1String("removed")) {
            rows.lines[0].removedBy = QStringLiteral("CO-7");
        } else if (change == QLatin1String("cancelled")) {
            rows.steps.push_back(step(QStringLiteral("L1/extra"), QStringLiteral("callout"), QStringLiteral("shipping"),
                                      QStringLiteral("cancelled"), { QStringLiteral("L1") }, 10, -1));
        }
        const EvidenceBundle bundle = assembleEvidence(rows, {}, at(20));
        QCOMPARE(bundle.deliveries.size(), 2u);
        const EvidenceBundle::Delivery& router = bundle.deliveries[0];
        QCOMPARE(router.status, status);
        QCOMPARE(router.completedAt.isValid(), completed);
        if (completed)
            QCOMPARE(router.completedAt, at(12));
        QCOMPARE(router.startedAt, change == QLatin1String("pending") ? QDateTime() : at(8));
    }

    // The billing start: a billing lane's completed callout before an earlier auto task; without a
    // callout the earliest billing step; nothing while none completed.
    void billingStart_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("callout");
        QTest::addRow("the callout, its answered attempt") << QString() << QStringLiteral("L2/start-billing") << 1;
        QTest::addRow("no callout: the earliest billing step") << QStringLiteral("no callout") << QStringLiteral("L2/set-start") << -1;
        QTest::addRow("nothing billed yet") << QStringLiteral("none") << QString() << -1;
        QTest::addRow("lane name in capitals") << QStringLiteral("Billing lane") << QStringLiteral("L2/start-billing") << 1;
    }
    void billingStart()
    {
        QFETCH(QString, change);
        QFETCH(QString, step);
        QFETCH(int, callout);
        EvidenceRows rows = baseRows();
        if (change == QLatin1String("no callout"))
            rows.steps.pop_back();
        if (change == QLatin1String("none")) {
            rows.steps[2].state = QStringLiteral("ready");
            rows.steps[3].state = QStringLiteral("pending");
        }
        if (change == QLatin1String("Billing lane")) {
            rows.steps[2].lane = QStringLiteral("Recurring-Billing");
            rows.steps[3].lane = QStringLiteral("Recurring-Billing");
        }
        const EvidenceBundle bundle = assembleEvidence(rows, {}, at(20));
        QCOMPARE(bundle.billing.step, step);
        QCOMPARE(bundle.billing.callout, callout);
        QCOMPARE(bundle.billing.startDate, QStringLiteral("2026-12-02")); // the line field, whatever the steps
        QCOMPARE(bundle.billing.line, QStringLiteral("L2"));
        const nlohmann::json json = evidenceToJson(bundle);
        QVERIFY(json["billingStart"].is_object());
        QCOMPARE(json["billingStart"]["callout"].is_null(), callout < 0);
    }

    void signalsReleasePauses_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QString>("pause");
        QTest::addRow("by the pause's key") << QStringLiteral("delivered") << QStringLiteral("L1/delivered");
        QTest::addRow("else the first pause done after it") << QStringLiteral("parcel-in") << QStringLiteral("L1/delivered");
    }
    void signalsReleasePauses()
    {
        QFETCH(QString, signal);
        QFETCH(QString, pause);
        EvidenceRows rows = baseRows();
        rows.signalsReceived[0].name = signal;
        rows.steps[1].completedAt = at(12).addSecs(1);
        const EvidenceBundle bundle = assembleEvidence(rows, {}, at(20));
        QCOMPARE(bundle.confirmations.size(), 1u);
        QCOMPARE(bundle.confirmations[0].kind, QStringLiteral("signal"));
        QCOMPARE(bundle.confirmations[0].step, pause);
        QCOMPARE(bundle.confirmations[0].by, QStringLiteral("carrier"));
    }

    // What has not happened is null in the JSON, not an empty string or a made-up time.
    void notYetIsNull()
    {
        EvidenceRows rows = baseRows();
        rows.lines.clear();
        rows.steps.clear();
        rows.attempts.clear();
        rows.signalsReceived.clear();
        const nlohmann::json json = evidenceToJson(assembleEvidence(rows, {}, at(20)));
        QVERIFY(json["billingStart"].is_null());
        QVERIFY(json["order"]["completedAt"].is_null());
        QVERIFY(json["deliveries"].empty());
        QVERIFY(json["generatedAt"] == "2026-12-01T20:00:00.000Z");
    }
};

QTEST_GUILESS_MAIN(TestEvidenceBuilder)
#include "tst_evidencebuilder.moc"
