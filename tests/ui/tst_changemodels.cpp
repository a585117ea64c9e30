// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// In-flight change in the workbench's models (no widgets): the JSON a composed change order
// becomes, the step changes and external effects of a preview, the before/after plan graphs with
// their change badges, the order summary's tables, and the timeline's words for change events.

#include "changetestdata.h"
#include "plangraph/changegraph.h"
#include "change/changeorderdraft.h"
#include "change/changepresentation.h"
#include "change/externaleffectmodel.h"
#include "plangraph/ordergraph.h"
#include "orders/ordersummarymodels.h"
#include "common/rowfiltermodel.h"
#include "change/stepchangemodel.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

Q_DECLARE_METATYPE(fw::ChangeActionDraft)

namespace {
ChangeActionDraft action(ChangeActionDraft::Kind kind, const QString& item = {})
{
    ChangeActionDraft a;
    a.kind = kind;
    a.item = item;
    return a;
}

int rowOf(const QAbstractItemModel& model, int role, const QVariant& value)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(role) == value)
            return row;
    }
    return -1;
}
} // namespace

class TestChangeModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void draftJson_data()
    {
        QTest::addColumn<ChangeActionDraft>("action");
        QTest::addColumn<QString>("expected"); // the action's JSON

        QTest::addRow("cancel order") << action(ChangeActionDraft::Kind::CancelOrder) << QStringLiteral(R"({"action":"cancelOrder"})");
        QTest::addRow("remove") << action(ChangeActionDraft::Kind::Remove, QStringLiteral("B"))
                                << QStringLiteral(R"({"action":"remove","item":"B"})");
        ChangeActionDraft quantity = action(ChangeActionDraft::Kind::Quantity, QStringLiteral("S1-U"));
        quantity.quantity = 300;
        QTest::addRow("quantity") << quantity << QStringLiteral(R"({"action":"quantity","item":"S1-U","quantity":300})");
        ChangeActionDraft attributes = action(ChangeActionDraft::Kind::Attributes, QStringLiteral(" B.1 "));
        attributes.attributes = { { QStringLiteral("bandwidth"), QStringLiteral("1G") },
                                  { QStringLiteral("vlan"), QString() },
                                  { QStringLiteral("  "), QStringLiteral("ignored: no key") } };
        QTest::addRow("attributes") << attributes
                                    << QStringLiteral(
                                           R"({"action":"attributes","item":"B.1","attributes":{"bandwidth":"1G","vlan":null}})");
        ChangeActionDraft group = action(ChangeActionDraft::Kind::DeliveryGroup);
        group.group = QStringLiteral("VENLO");
        group.address.line1 = QStringLiteral("Noorderpoort 21");
        group.address.city = QStringLiteral("Venlo");
        group.address.postalCode = QStringLiteral("5916");
        group.address.country = QStringLiteral("NL");
        group.requestedDate = QStringLiteral("2026-12-22");
        QTest::addRow("delivery group")
            << group
            << QStringLiteral(
                   R"({"action":"deliveryGroup","group":"VENLO","address":{"line1":"Noorderpoort 21","city":"Venlo","postalCode":"5916","country":"NL"},"requestedDate":"2026-12-22"})");
        ChangeActionDraft dateOnly = action(ChangeActionDraft::Kind::DeliveryGroup);
        dateOnly.group = QStringLiteral("ROTTERDAM");
        dateOnly.requestedDate = QStringLiteral("2027-01-04");
        QTest::addRow("date only") << dateOnly
                                   << QStringLiteral(R"({"action":"deliveryGroup","group":"ROTTERDAM","requestedDate":"2027-01-04"})");
    }

    // The document the engine reads (docs/change-orders.md): the documented field order, blank
    // optional fields left out, each action in its kind's shape.
    void draftJson()
    {
        QFETCH(ChangeActionDraft, action);
        QFETCH(QString, expected);
        ChangeOrderDraft draft;
        draft.id = QStringLiteral("CHG-7");
        draft.order = QStringLiteral("SO-10002");
        draft.reason = QStringLiteral("site closes");
        draft.actions = { action };
        const QString json = draft.toJson();
        const auto parsed = nlohmann::ordered_json::parse(json.toStdString());
        QCOMPARE(QString::fromStdString(parsed.dump()),
                 QStringLiteral(R"({"formatVersion":1,"id":"CHG-7","order":"SO-10002","reason":"site closes","actions":[)") + expected
                     + QStringLiteral("]}"));
        QVERIFY(draft.incomplete().isEmpty());
        QVERIFY(!ChangeOrderDraft::summary(action).isEmpty());
    }

    // A change file read back into the composer writes the same actions again.
    void draftFromFile_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file :
             { "add-ip-block", "address-change", "bandwidth-b", "cancel-order", "more-seats", "remove-site-b", "third-site" })
            QTest::addRow("%s", file) << QString::fromLatin1(file);
    }
    void draftFromFile()
    {
        QFETCH(QString, file);
        QFile in(QStringLiteral(FW_TEST_DATA_DIR "/change/%1.json").arg(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray text = in.readAll();
        const auto draft = ChangeOrderDraft::fromJson(QString::fromUtf8(text));
        QVERIFY2(draft, qPrintable(draft.message()));
        auto original = nlohmann::json::parse(text.toStdString());
        for (auto& action : original["actions"]) { // the composer writes a new item's quantity, 1 by default
            if (action["action"] == "add" && !action["item"].contains("quantity"))
                action["item"]["quantity"] = 1;
        }
        const auto again = nlohmann::json::parse(draft->toJson().toStdString());
        QCOMPARE(QString::fromStdString(again["actions"].dump()), QString::fromStdString(original["actions"].dump()));
        QCOMPARE(draft->id, QString::fromStdString(original["id"].get<std::string>()));
    }

    void draftFromFileRefusesWhatItCannotShow()
    {
        // Moving an item to another delivery group with its attributes: not an action the composer has.
        const auto draft = ChangeOrderDraft::fromJson(QStringLiteral(
            R"({"id":"CHG-1","order":"SO-1","actions":[{"action":"remove","item":"B"},{"action":"attributes","item":"A.1","deliveryGroup":"VENLO"}]})"));
        QVERIFY(!draft);
        QVERIFY2(draft.message().contains(QStringLiteral("action 2 cannot be composed here")), qPrintable(draft.message()));
        QVERIFY(!ChangeOrderDraft::fromJson(QStringLiteral("[1, 2]")));
    }

    void draftIncomplete()
    {
        ChangeOrderDraft draft;
        draft.order = QStringLiteral("SO-10002");
        QCOMPARE(draft.incomplete(),
                 QStringList({ QStringLiteral("The change order needs an id."), QStringLiteral("Add at least one action.") }));
        draft.id = QStringLiteral("CHG-1");
        draft.actions = { action(ChangeActionDraft::Kind::Remove), action(ChangeActionDraft::Kind::CancelOrder),
                          action(ChangeActionDraft::Kind::DeliveryGroup) };
        draft.actions[2].group = QStringLiteral("VENLO");
        QCOMPARE(draft.incomplete(),
                 QStringList({ QStringLiteral("Action 1: choose an item."),
                               QStringLiteral("Action 2: cancelling the order must be the only action."),
                               QStringLiteral("Action 3: give a new address, a requested date or both.") }));
        QVERIFY(draft.cancelsOrder());
    }

    void stepChanges()
    {
        StepChangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ChangePreview preview = test::removeSiteB();
        model.setPreview(preview, { { QStringLiteral("logistics"), QStringLiteral("Logistics") } });
        QCOMPARE(model.rowCount(), int(preview.steps.size()));
        const int discarded = rowOf(model, StepChangeModel::KindRole, QStringLiteral("discarded"));
        QCOMPARE(model.index(discarded, StepChangeModel::StepColumn).data().toString(), QStringLiteral("Router delivered"));
        QCOMPARE(model.index(discarded, StepChangeModel::LaneColumn).data().toString(), QStringLiteral("Logistics"));
        QCOMPARE(model.index(discarded, StepChangeModel::StateColumn).data().toString(), QStringLiteral("Waiting \u2192 Cancelled"));
        QCOMPARE(model.index(discarded, StepChangeModel::ChangeColumn).data().toString(), QStringLiteral("\u00d7 Discarded"));
        const int compensation = rowOf(model, StepChangeModel::KindRole, QStringLiteral("compensation"));
        QCOMPARE(model.index(compensation, StepChangeModel::StateColumn).data().toString(), QStringLiteral("new \u2192 Pending"));
        QCOMPARE(model.index(compensation, StepChangeModel::ReasonColumn).data().toString(),
                 QStringLiteral("undoes 'Ship router': line B.2.ROUTER_SHIPMENT removed"));
        QCOMPARE(model.index(compensation, StepChangeModel::ChangeColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 ChangePresentation::color(NodeChange::Compensation));
        QCOMPARE(model.index(1, StepChangeModel::LaneColumn).data().toString(), QStringLiteral("Logistics"));
        const int billing = rowOf(model, StepChangeModel::KindRole, QStringLiteral("amended"));
        QCOMPARE(model.index(billing, StepChangeModel::LaneColumn).data().toString(), QStringLiteral("billing")); // no name: the id
        // The engine's reason already says what the compensation undoes (core/change/reconcilersteps.cpp): not said twice.
        ChangePreview formed = preview;
        formed.steps[std::size_t(compensation)].reason = QStringLiteral("undoes 'Ship router': line B.2.ROUTER_SHIPMENT removed");
        model.setPreview(formed, {});
        QCOMPARE(model.index(compensation, StepChangeModel::ReasonColumn).data().toString(),
                 QStringLiteral("undoes 'Ship router': line B.2.ROUTER_SHIPMENT removed"));
        model.setPreview(preview, { { QStringLiteral("logistics"), QStringLiteral("Logistics") } });

        RowFilterModel changedOnly(StepChangeModel::SortRole);
        changedOnly.setSourceModel(&model);
        changedOnly.setRoleFilter(StepChangeModel::IsChangeRole, true);
        QCOMPARE(changedOnly.rowCount(), int(preview.steps.size()) - preview.count(StepChangeKind::Kept));
        for (int row = 0; row < changedOnly.rowCount(); ++row)
            QVERIFY(changedOnly.index(row, 0).data(StepChangeModel::KindRole).toString() != QLatin1String("kept"));
    }

    void externalEffects()
    {
        ExternalEffectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEffects(test::removeSiteB().effects);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ExternalEffectModel::RequestColumn).data().toString(), QStringLiteral("POST carrier /returns"));
        QCOMPARE(model.index(0, ExternalEffectModel::StepColumn).data().toString(), QStringLiteral("Return router"));
        QCOMPARE(model.index(0, ExternalEffectModel::KindColumn).data().toString(), QStringLiteral("\u21ba Compensation"));
        const QString payload = model.index(0, 0).data(ExternalEffectModel::PayloadRole).toString();
        QVERIFY2(payload.contains(QStringLiteral("\n    \"shipmentId\": \"SHP-42\"")), qPrintable(payload));
        QCOMPARE(ExternalEffectModel::prettyPayload(QStringLiteral("not json")), QStringLiteral("not json"));
    }

    // After: every step of the preview with its badge; before: the order's plan with badges on
    // what the change amends, discards, or compensates.
    void graphBadges()
    {
        const ChangePreview preview = test::removeSiteB();
        const OrderDetail detail = test::multisiteDetail();
        const PlanGraph after = planGraphAfterChange(preview, detail.lanes);
        QCOMPARE(after.nodes.size(), preview.steps.size());
        for (const StepChange& step : preview.steps)
            QCOMPARE(after.nodes[std::size_t(after.nodeIndex(step.id))].change, nodeChangeOf(step.kind));
        const PlanGraphNode& undo = after.nodes[std::size_t(after.nodeIndex(QStringLiteral("line:B.2.ROUTER_SHIPMENT/ship-router~undo")))];
        QCOMPARE(undo.changeNote, QStringLiteral("Undoes 'Ship router': line B.2.ROUTER_SHIPMENT removed"));
        QCOMPARE(undo.dependsOn.size(), std::size_t(1));
        QCOMPARE(after.lanes.size(), std::size_t(3)); // logistics, billing, and "field" that only the change uses
        QCOMPARE(after.lanes[2].name, QStringLiteral("field"));
        const std::vector<NodeStatus> statuses = statusesAfterChange(preview);
        QVERIFY(statuses[2].state == StepState::Cancelled);

        const PlanGraph before = planGraphBeforeChange(detail, preview);
        QCOMPARE(before.nodes.size(), detail.steps.size());
        const auto changeOf
            = [&before](const char* id) { return before.nodes[std::size_t(before.nodeIndex(QString::fromLatin1(id)))].change; };
        QCOMPARE(changeOf("line:B.2.ROUTER_SHIPMENT/ship-router"), NodeChange::Compensation);
        QCOMPARE(changeOf("line:B.2.ROUTER_SHIPMENT/router-delivered"), NodeChange::Discarded);
        QCOMPARE(changeOf("plan:PD_MONTHLY_BILLING/first-invoice"), NodeChange::Amended);
        QCOMPARE(changeOf("line:B.2.ROUTER_SHIPMENT/reserve-router"), NodeChange::None);
    }

    // The live order graph marks what earlier change orders did (StepStatus.change, compensates).
    void orderGraphMarksChanges()
    {
        OrderDetail detail = test::multisiteDetail();
        StepStatus undo = detail.steps[1];
        undo.id = QStringLiteral("line:B.2.ROUTER_SHIPMENT/ship-router~undo");
        undo.name = QStringLiteral("Return router");
        undo.change = QStringLiteral("compensation");
        undo.compensates = QStringLiteral("line:B.2.ROUTER_SHIPMENT/ship-router");
        detail.steps.push_back(undo);
        detail.steps[2].change = QStringLiteral("discarded");
        const PlanGraph graph = planGraphFromOrder(detail);
        QCOMPARE(graph.nodes.back().change, NodeChange::Compensation);
        QCOMPARE(graph.nodes.back().changeNote, QStringLiteral("Undoes 'Ship router'"));
        QCOMPARE(graph.nodes[2].change, NodeChange::Discarded);
        QCOMPARE(graph.nodes[0].change, NodeChange::None);
    }

    void summaryItems()
    {
        SummaryItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderSummaryReport report = test::multisiteSummary();
        model.setItems(report.items);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, SummaryItemModel::ItemColumn).data().toString(), QStringLiteral("\u2003A.1")); // a child, indented
        report.items[1].deliveryGroup.clear(); // follows its parent A
        model.setItems(report.items);
        QCOMPARE(model.index(1, SummaryItemModel::GroupColumn).data().toString(), QStringLiteral("ROTTERDAM"));
        QVERIFY(model.index(1, SummaryItemModel::GroupColumn).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model.index(0, SummaryItemModel::GroupColumn).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(2, SummaryItemModel::NowColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(2, SummaryItemModel::NowColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 ChangePresentation::color(NodeChange::Amended)); // ordered 1, now 2
        QVERIFY(!model.index(1, SummaryItemModel::NowColumn).data(Qt::ForegroundRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int i : { 3, 4 }) { // change order CHG-2045 removes B with its children
            report.items[std::size_t(i)].status = QStringLiteral("cancelled");
            report.items[std::size_t(i)].quantityNow = 0;
            report.items[std::size_t(i)].changedBy = { QStringLiteral("CHG-2045") };
        }
        model.setItems(report.items);
        QCOMPARE(reset.count(), 0); // same items: repainted in place
        QCOMPARE(changed.count(), 1);
        const QModelIndex status = model.index(3, SummaryItemModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Cancelled"));
        QCOMPARE(status.data(SummaryItemModel::StatusRole).toString(), QStringLiteral("cancelled"));
        QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(), ChangePresentation::itemStatusColor(QStringLiteral("cancelled")));
        QVERIFY(ChangePresentation::itemStatusColor(QStringLiteral("cancelled"))
                != ChangePresentation::itemStatusColor(QStringLiteral("active")));
        QCOMPARE(model.index(0, SummaryItemModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 ChangePresentation::itemStatusColor(QStringLiteral("active")));
        QCOMPARE(model.index(3, SummaryItemModel::NowColumn).data().toString(), QStringLiteral("removed"));
        QCOMPARE(model.index(3, SummaryItemModel::ChangedByColumn).data().toString(), QStringLiteral("CHG-2045"));
        QVERIFY(model.index(3, SummaryItemModel::ItemColumn).data(Qt::FontRole).value<QFont>().strikeOut());

        report.items.pop_back();
        model.setItems(report.items);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
    }

    // +50 seats on 250 delivered (issue 19): the status says how much is delivered and what is
    // still to come, not "Delivered"; products read by name with the code in the tooltip.
    void summaryPartialDelivery_data()
    {
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("pending");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("label");
        QTest::addRow("added seats pending") << 250 << 50 << "active"
                                             << "250 of 300 delivered, +50 pending";
        QTest::addRow("added seats running") << 250 << 0 << "active"
                                             << "250 of 300 delivered, +50 in progress";
        QTest::addRow("some running, some pending") << 250 << 20 << "active"
                                                    << "250 of 300 delivered, +30 in progress, +20 pending";
        QTest::addRow("all delivered") << 300 << 0 << "delivered"
                                       << "Delivered";
        QTest::addRow("nothing delivered") << 0 << 50 << "active"
                                           << "Active";
    }
    void summaryPartialDelivery()
    {
        QFETCH(int, delivered);
        QFETCH(int, pending);
        QFETCH(QString, status);
        QFETCH(QString, label);
        ItemPosition seats;
        seats.item = QStringLiteral("S1-U");
        seats.product = QStringLiteral("USER_LICENCE");
        seats.productName = QStringLiteral("Named user licences");
        seats.quantityOrdered = 250;
        seats.quantityNow = 300;
        seats.quantityDelivered = delivered;
        seats.quantityPending = pending;
        seats.status = status;
        SummaryItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({ seats });
        QCOMPARE(model.index(0, SummaryItemModel::StatusColumn).data().toString(), label);
        QCOMPARE(model.index(0, SummaryItemModel::ProductColumn).data().toString(), QStringLiteral("Named user licences"));
        QCOMPARE(model.index(0, SummaryItemModel::ProductColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Product code USER_LICENCE"));
    }

    void summarySplitsAndChangeOrders()
    {
        SplitPathModel splits;
        QAbstractItemModelTester splitTester(&splits, QAbstractItemModelTester::FailureReportingMode::QtTest);
        splits.setSplits(test::multisiteSummary().splits);
        QCOMPARE(splits.rowCount(), 2);
        QCOMPARE(splits.index(0, SplitPathModel::ProgressColumn).data().toString(), QStringLiteral("5 of 10 steps"));
        QCOMPARE(splits.index(0, SplitPathModel::ProgressColumn).data(SplitPathModel::ProgressRole).toDouble(), 0.5);
        QCOMPARE(splits.index(1, SplitPathModel::ItemsColumn).data().toString(), QStringLiteral("B, B.1"));

        ChangeRecordModel records;
        QAbstractItemModelTester recordTester(&records, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChangeOrderRecord record;
        record.id = QStringLiteral("CHG-2045");
        record.revision = 1;
        record.state = QStringLiteral("refused");
        record.requestedBy = QStringLiteral("account manager");
        record.submittedBy = QStringLiteral("anna");
        record.outcome = QStringLiteral("refused: step 'Ship router' passed its point of no return");
        records.setRecords({ record });
        QCOMPARE(records.rowCount(), 1);
        QCOMPARE(records.index(0, ChangeRecordModel::StateColumn).data().toString(), QStringLiteral("Refused"));
        QCOMPARE(records.index(0, ChangeRecordModel::StateColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 ChangePresentation::color(NodeChange::Refused));
        QCOMPARE(records.index(0, ChangeRecordModel::SubmittedByColumn).data().toString(), QStringLiteral("anna (for account manager)"));
        QCOMPARE(records.index(0, ChangeRecordModel::OutcomeColumn).data().toString(), record.outcome);
    }

    void timelineWordsForChanges()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStepInfo({}, { { QStringLiteral("ship"), QStringLiteral("Ship router") } });
        const auto event = [](qint64 seq, const char* kind, const char* step, const char* before, const char* after, const char* payload) {
            JournalEvent e;
            e.seq = seq;
            e.kind = QString::fromLatin1(kind);
            e.stepId = QString::fromLatin1(step);
            e.actor = QStringLiteral("anna");
            e.beforeState = QString::fromLatin1(before);
            e.afterState = QString::fromLatin1(after);
            e.payload = QString::fromUtf8(payload);
            return e;
        };
        model.setEvents({
            event(
                1, "change.applied", "", "0", "1",
                R"J({"change":"CHG-2045","revision":1,"outcome":"2 kept, 1 discarded, 1 compensation","items":[{"item":"B","detail":"removed (with 2 child items)"}],"requestedBy":"account manager","reason":"the Venlo site closes"})J"),
            event(2, "step.added", "ship~undo", "", "pending",
                  R"({"change":"CHG-2045","kind":"compensation","reason":"line B.2 removed","compensates":"ship"})"),
            event(3, "step.state", "delivered", "waiting", "cancelled", R"({"change":"CHG-2045","reason":"line B.2 removed"})"),
            event(4, "change.refused", "", "", "",
                  R"({"change":"CHG-2046","outcome":"refused: step 'Ship router' passed its point of no return"})"),
            event(5, "step.state", "ship", "running", "completed", ""),
        });
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, TimelineModel::EventColumn), QStringLiteral("Change order applied"));
        QCOMPARE(text(0, TimelineModel::DetailsColumn),
                 QStringLiteral("CHG-2045 (revision 1): 2 kept, 1 discarded, 1 compensation; item B removed (with 2 child items) \u2014 "
                                "the Venlo site closes (asked by account manager)"));
        QCOMPARE(text(1, TimelineModel::EventColumn), QStringLiteral("Compensation step added"));
        QCOMPARE(text(1, TimelineModel::DetailsColumn), QStringLiteral("CHG-2045: undoes Ship router (line B.2 removed)"));
        QCOMPARE(text(2, TimelineModel::EventColumn), QStringLiteral("Step discarded by a change"));
        QCOMPARE(text(2, TimelineModel::DetailsColumn), QStringLiteral("CHG-2045: line B.2 removed"));
        QCOMPARE(text(3, TimelineModel::EventColumn), QStringLiteral("Change order refused"));
        QVERIFY(model.index(3, 0).data(TimelineModel::IsFailureRole).toBool());
        QCOMPARE(text(4, TimelineModel::EventColumn), QStringLiteral("Step: Completed"));
        for (int row = 0; row < 4; ++row)
            QVERIFY(model.index(row, 0).data(TimelineModel::IsChangeRole).toBool());
        QVERIFY(!model.index(4, 0).data(TimelineModel::IsChangeRole).toBool());
    }
};

QTEST_MAIN(TestChangeModels)
#include "tst_changemodels.moc"
