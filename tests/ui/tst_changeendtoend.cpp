// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// In-flight change through the workbench on a real engine: the multisite telecom order (SO-10002)
// runs against fw-stubs until its routers have shipped; the operator opens tests/data/change/
// remove-site-b.json in the order page's change dialog, previews it (compensations for the shipped
// router, the rest of site B discarded, three callouts), submits it, and the order page shows the
// result: item B and its children cancelled in the summary, the compensation and the discarded
// steps marked on the live plan graph, the change in the timeline.

#include "change/changeorderdialog.h"
#include "change/changecomposer.h"
#include "change/changepreviewpanel.h"
#include "change/stepchangemodel.h"
#include "change/plandiffwidget.h"
#include "common/clock.h"
#include "change/changepresentation.h"
#include "change/externaleffectmodel.h"
#include "orders/ordersummarymodels.h"
#include "workspace/storesession.h"
#include "timeline/timelinemodel.h"
#include "orders/orderpage.h"
#include "orders/ordersummarypanel.h"
#include "plan/planscenelookup.h"
#include "plan/plangraphwidget.h"
#include "plan/planscene.h"
#include "store/database.h"
#include "testteam.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
const QString orderId = QStringLiteral("SO-10002");
const QString routerDelivered = QStringLiteral("line:B.2.ROUTER_SHIPMENT/router-delivered");
const QString shipRouterUndo = QStringLiteral("line:B.2.ROUTER_SHIPMENT/ship-router~undo");

QString stateOf(const OrderDetail& detail, const QString& stepId)
{
    for (const StepStatus& step : detail.steps) {
        if (step.id == stepId)
            return step.state;
    }
    return {};
}

QString itemStatus(const QAbstractItemModel* model, const QString& item)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SummaryItemModel::ItemColumn).data().toString().trimmed() == item)
            return model->index(row, 0).data(SummaryItemModel::StatusRole).toString();
    }
    return {};
}
} // namespace

class TestChangeEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    StubServer m_stubs { 7 };
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
        Database database(m_dir.filePath(QStringLiteral("change.db")));
        QVERIFY(database.openStore());
        QVERIFY(test::addTeam(database.connection(), { QStringLiteral("anna") }));
        SystemClock clock;
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order-multisite.json"), QStringLiteral("t")).ok());
    }

    void previewSubmitAndSummary()
    {
        StoreSession session(m_dir.filePath(QStringLiteral("change.db")), QStringLiteral("anna"));
        for (const QString& system : StubServer::systems())
            session.setEndpointBaseUrl(system, QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(system));
        session.start(50);
        OrderPage page(&session, orderId);
        page.resize(1300, 800);
        page.show();
        // The routers ship; site B's waits for its delivery signal.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page.detail(), routerDelivered), QStringLiteral("waiting"), 30000);

        ChangeOrderDialog* dialog = page.openChangeDialog(QStringLiteral(FW_TEST_DATA_DIR "/change/remove-site-b.json"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->submitButton()->isEnabled(), 15000);
        const ChangePreview& preview = dialog->previewPanel()->preview();
        QCOMPARE(preview.changeId, QStringLiteral("CHG-2045"));
        QVERIFY(preview.accepted());
        QCOMPARE(preview.count(StepChangeKind::Compensation), 2);
        QCOMPARE(dialog->previewPanel()->effectModel()->rowCount(), 3);
        PlanScene* after = dialog->previewPanel()->planDiff()->after()->scene();
        const int undo = after->graph().nodeIndex(shipRouterUndo);
        QVERIFY(undo >= 0);
        QCOMPARE(after->graph().nodes[std::size_t(undo)].change, NodeChange::Compensation);
        PlanScene* before = dialog->previewPanel()->planDiff()->before()->scene();
        QCOMPARE(before->graph().nodes[std::size_t(before->graph().nodeIndex(routerDelivered))].change, NodeChange::Discarded);
        QVERIFY(stepState(*before, routerDelivered) == StepState::Waiting);

        QSignalSpy submitted(dialog, &ChangeOrderDialog::submitted);
        dialog->submitButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 15000);
        QVERIFY2(submitted.at(0).at(0).toBool(), qPrintable(submitted.at(0).at(1).toString()));
        // The outcome comes from the change order's record in the summary the dialog asks for.
        QTRY_VERIFY2_WITH_TIMEOUT(
            dialog->resultLabel()->text().startsWith(QStringLiteral("Done: change CHG-2045 of SO-10002: Applied (revision 1) \u2014 ")),
            qPrintable(dialog->resultLabel()->text()), 10000);
        QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("2 compensation")));
        QVERIFY(!dialog->submitButton()->isEnabled());

        page.showSummary();
        const QAbstractItemModel* items = page.summaryPanel()->itemModel();
        QTRY_COMPARE_WITH_TIMEOUT(itemStatus(items, QStringLiteral("B")), QStringLiteral("cancelled"), 15000);
        QCOMPARE(itemStatus(items, QStringLiteral("B.1")), QStringLiteral("cancelled"));
        QCOMPARE(itemStatus(items, QStringLiteral("B.2")), QStringLiteral("cancelled"));
        QVERIFY(itemStatus(items, QStringLiteral("A")) != QLatin1String("cancelled"));
        const QAbstractItemModel* changes = page.summaryPanel()->changeModel();
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->index(0, ChangeRecordModel::IdColumn).data().toString(), QStringLiteral("CHG-2045"));
        QCOMPARE(changes->index(0, 0).data(ChangeRecordModel::StateRole).toString(), QStringLiteral("applied"));

        // The live plan: the compensation is there and marked, the discarded step too.
        QTRY_VERIFY_WITH_TIMEOUT(page.graph()->scene()->graph().nodeIndex(shipRouterUndo) >= 0, 15000);
        const PlanGraph& live = page.graph()->scene()->graph();
        QCOMPARE(live.nodes[std::size_t(live.nodeIndex(shipRouterUndo))].change, NodeChange::Compensation);
        QCOMPARE(live.nodes[std::size_t(live.nodeIndex(routerDelivered))].change, NodeChange::Discarded);
        QCOMPARE(stateOf(page.detail(), routerDelivered), QStringLiteral("cancelled"));

        const TimelineModel* timeline = page.timelineModel();
        bool applied = false;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            if (timeline->index(row, TimelineModel::EventColumn).data().toString() == QLatin1String("Change order applied")) {
                applied = true;
                QVERIFY(timeline->index(row, TimelineModel::DetailsColumn).data().toString().contains(QStringLiteral("Venlo site")));
            }
        }
        QVERIFY(applied);
        dialog->close();
    }

    // Adding an item through the composer on a fresh copy of the order: into bundle A, a static IP
    // block picked by its product name from the order's catalog; the preview shows the new item's
    // steps as added, the change applies, and the summary lists the new item as added.
    void composesAnAddedItemAndAppliesIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("add.db"));
        {
            Database database(path);
            QVERIFY(database.openStore());
            QVERIFY(test::addTeam(database.connection(), { QStringLiteral("anna") }));
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
            QVERIFY(importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order-multisite.json"), QStringLiteral("t")).ok());
        }
        StoreSession session(path, QStringLiteral("anna"));
        session.start(50);
        OrderPage page(&session, orderId);
        page.resize(1300, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.detail().steps.empty(), 30000);

        ChangeOrderDialog* dialog = page.openChangeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->composer()->order().products.empty(), 15000); // the summary, with the catalog
        dialog->composer()->setIdentity(QStringLiteral("CHG-ADD-1"), QStringLiteral("customer"), QStringLiteral("one more IP block"));
        auto* add = dialog->composer()->findChild<QAction*>(QStringLiteral("changeAddAction%1").arg(int(ChangeActionDraft::Kind::Add)));
        QVERIFY(add);
        add->trigger();
        auto* where = dialog->findChild<QComboBox*>(QStringLiteral("newItemParent"));
        auto* product = dialog->findChild<QComboBox*>(QStringLiteral("newItemProduct"));
        QVERIFY(where && product);
        where->setCurrentIndex(where->findData(QStringLiteral("A")));
        product->setCurrentIndex(product->findText(QStringLiteral("Static IP Add-on")));
        QCOMPARE(product->currentData().toString(), QStringLiteral("STATIC_IP_ADDON"));
        auto* block = dialog->findChild<QComboBox*>(QStringLiteral("newItemAttribute_blockSize"));
        QVERIFY(block);
        block->setCurrentIndex(block->findText(QStringLiteral("/29")));
        QVERIFY2(dialog->document().contains(QStringLiteral("\"id\": \"A.4\"")), qPrintable(dialog->document()));

        dialog->preview();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->submitButton()->isEnabled(), 15000);
        const ChangePreview& preview = dialog->previewPanel()->preview();
        QVERIFY(preview.accepted());
        QVERIFY(preview.count(StepChangeKind::Added) >= 1);
        const StepChangeModel* steps = dialog->previewPanel()->stepModel();
        QStringList added;
        for (int row = 0; row < steps->rowCount(); ++row) {
            if (steps->index(row, 0).data(StepChangeModel::KindRole).toString() == toString(StepChangeKind::Added))
                added << steps->index(row, StepChangeModel::StepColumn).data().toString();
        }
        QVERIFY2(!added.isEmpty(), "the preview lists the new item's steps as added");

        QSignalSpy submitted(dialog, &ChangeOrderDialog::submitted);
        dialog->submitButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 15000);
        QVERIFY2(submitted.at(0).at(0).toBool(), qPrintable(submitted.at(0).at(1).toString()));

        page.showSummary();
        const QAbstractItemModel* items = page.summaryPanel()->itemModel();
        QTRY_VERIFY_WITH_TIMEOUT(!itemStatus(items, QStringLiteral("A.4")).isEmpty(), 15000);
        for (int row = 0; row < items->rowCount(); ++row) {
            if (items->index(row, SummaryItemModel::ItemColumn).data().toString().trimmed() != QLatin1String("A.4"))
                continue;
            QCOMPARE(items->index(row, SummaryItemModel::ProductColumn).data().toString(), QStringLiteral("Static IP Add-on"));
            QCOMPARE(items->index(row, SummaryItemModel::OrderedColumn).data().toString(), QStringLiteral("added"));
            QCOMPARE(items->index(row, SummaryItemModel::ChangedByColumn).data().toString(), QStringLiteral("CHG-ADD-1"));
        }
        dialog->close();
    }
};

QTEST_MAIN(TestChangeEndToEnd)
#include "tst_changeendtoend.moc"
