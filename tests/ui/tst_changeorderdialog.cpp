// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The change order dialog on hand-made values (no engine): what it composes for each action kind
// through its widgets, a refused preview (Submit disabled, the refusal named), an accepted one
// (Submit until the change is edited), the badges of the after graph, the payloads of the external
// effects, and the confirmation before a whole order is cancelled.

#include "change/changeactioneditor.h"
#include "change/changecomposer.h"
#include "change/changeorderdialog.h"
#include "change/changepreviewpanel.h"
#include "change/plandiffwidget.h"
#include "changetestdata.h"
#include "change/changepresentation.h"
#include "plan/planscenelookup.h"
#include "plan/plangraphwidget.h"
#include "plangraph/changegraph.h"
#include "plan/planscene.h"
#include "plan/stepnodeitem.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <functional>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Adds an action through the composer's Add Action menu, as an operator would.
void addAction(ChangeOrderDialog& dialog, ChangeActionDraft::Kind kind)
{
    child<QAction>(dialog.composer(), QStringLiteral("changeAddAction%1").arg(int(kind)).toLatin1().constData())->trigger();
}

void choose(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

// The actions of the dialog's document, as compact JSON.
QString actionsOf(const ChangeOrderDialog& dialog)
{
    const auto json = nlohmann::ordered_json::parse(dialog.document().toStdString());
    return QString::fromStdString(json["actions"].dump());
}

void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    QTimer::singleShot(0, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(button)->click();
    });
}
} // namespace

class TestChangeOrderDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<ChangeOrderDialog> newDialog()
    {
        auto dialog = std::make_unique<ChangeOrderDialog>(nullptr, QStringLiteral("anna"), QStringLiteral("SO-10002"));
        dialog->setOrderDetail(test::multisiteDetail());
        dialog->setSummary(test::multisiteSummary());
        return dialog;
    }

private Q_SLOTS:
    void composesEachActionKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        using Kind = ChangeActionDraft::Kind;
        QTest::addRow("cancel") << int(Kind::CancelOrder) << QStringLiteral(R"([{"action":"cancelOrder"}])");
        QTest::addRow("remove") << int(Kind::Remove) << QStringLiteral(R"([{"action":"remove","item":"B"}])");
        QTest::addRow("quantity") << int(Kind::Quantity) << QStringLiteral(R"([{"action":"quantity","item":"A.3","quantity":5}])");
        QTest::addRow("attributes") << int(Kind::Attributes)
                                    << QStringLiteral(R"([{"action":"attributes","item":"B.1","attributes":{"bandwidth":"1G"}}])");
        QTest::addRow("delivery group")
            << int(Kind::DeliveryGroup)
            << QStringLiteral(
                   R"([{"action":"deliveryGroup","group":"VENLO","address":{"line1":"Noorderpoort 21","city":"Venlo","postalCode":"5916","country":"NL"},"requestedDate":"2026-12-22"}])");
    }

    void composesEachActionKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        auto dialog = newDialog();
        child<QLineEdit>(dialog.get(), "changeId")->setText(QStringLiteral("CHG-9"));
        child<QLineEdit>(dialog.get(), "changeReason")->setText(QStringLiteral("customer call"));
        addAction(*dialog, ChangeActionDraft::Kind(kind));
        auto* item = child<QComboBox>(dialog.get(), "changeItem");
        switch (ChangeActionDraft::Kind(kind)) {
        case ChangeActionDraft::Kind::CancelOrder:
            QVERIFY(child<QLabel>(dialog.get(), "changeCancelWarning")->isVisibleTo(dialog.get()));
            QVERIFY(!item->isVisibleTo(dialog.get()));
            break;
        case ChangeActionDraft::Kind::Remove:
            choose(item, QStringLiteral("B"));
            break;
        case ChangeActionDraft::Kind::Quantity:
            choose(item, QStringLiteral("A.3"));
            QCOMPARE(child<QSpinBox>(dialog.get(), "changeQuantity")->value(), 2); // the item's total now
            child<QSpinBox>(dialog.get(), "changeQuantity")->setValue(5);
            break;
        case ChangeActionDraft::Kind::Attributes: {
            choose(item, QStringLiteral("B.1"));
            QTest::mouseClick(child<QPushButton>(dialog.get(), "changeAddAttribute"), Qt::LeftButton);
            auto* table = child<QTableWidget>(dialog.get(), "changeAttributes");
            table->item(0, 0)->setText(QStringLiteral("bandwidth"));
            table->item(0, 1)->setText(QStringLiteral("1G"));
            break;
        }
        case ChangeActionDraft::Kind::DeliveryGroup:
            QVERIFY(!item->isVisibleTo(dialog.get()));
            choose(child<QComboBox>(dialog.get(), "changeGroup"), QStringLiteral("VENLO"));
            QVERIFY(child<QLabel>(dialog.get(), "changeGroupHint")->text().contains(QStringLiteral("Celsiusweg 7")));
            child<QLineEdit>(dialog.get(), "changeAddressLine1")->setText(QStringLiteral("Noorderpoort 21"));
            child<QLineEdit>(dialog.get(), "changeAddressCity")->setText(QStringLiteral("Venlo"));
            child<QLineEdit>(dialog.get(), "changeAddressPostalCode")->setText(QStringLiteral("5916"));
            child<QLineEdit>(dialog.get(), "changeAddressCountry")->setText(QStringLiteral("NL"));
            child<QCheckBox>(dialog.get(), "changeDateEnabled")->setChecked(true);
            child<QDateEdit>(dialog.get(), "changeDate")->setDate(QDate(2026, 12, 22));
            break;
        }
        QCOMPARE(actionsOf(*dialog), expected);
        const auto json = nlohmann::ordered_json::parse(dialog->document().toStdString());
        QCOMPARE(QString::fromStdString(json["id"].get<std::string>()), QStringLiteral("CHG-9"));
        QCOMPARE(QString::fromStdString(json["order"].get<std::string>()), QStringLiteral("SO-10002"));
        QCOMPARE(QString::fromStdString(json["reason"].get<std::string>()), QStringLiteral("customer call"));
        QCOMPARE(child<QPlainTextEdit>(dialog.get(), "changeJson")->toPlainText(), dialog->document()); // what the operator reads
    }

    // A new item from the order's catalog: into bundle A, products by name (the code as tooltip),
    // the product's attributes with the catalog's values, an id no item has; the JSON is an "add".
    void addsAnItemFromTheCatalog()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Add);
        auto* where = child<QComboBox>(dialog.get(), "newItemParent");
        auto* product = child<QComboBox>(dialog.get(), "newItemProduct");
        QVERIFY(where->isVisibleTo(dialog.get()));
        QVERIFY(!child<QComboBox>(dialog.get(), "changeItem")->isVisibleTo(dialog.get()));
        QCOMPARE(product->itemText(0), QStringLiteral("Business Fiber Bundle")); // every commercial product, by name
        QCOMPARE(product->count(), 4);
        QCOMPARE(child<QLineEdit>(dialog.get(), "newItemId")->text(), QStringLiteral("1"));
        QVERIFY(child<QComboBox>(dialog.get(), "newItemGroup")->isVisibleTo(dialog.get()));
        QCOMPARE(where->itemText(where->findData(QStringLiteral("A"))), QStringLiteral("Bundle A \u2014 Business Fiber Bundle"));

        choose(where, QStringLiteral("A"));
        QCOMPARE(product->count(), 3); // what the bundle takes
        QVERIFY(!child<QComboBox>(dialog.get(), "newItemGroup")->isVisibleTo(dialog.get())); // it ships with its bundle
        choose(product, QStringLiteral("STATIC_IP_ADDON"));
        QCOMPARE(product->currentText(), QStringLiteral("Static IP Add-on"));
        QCOMPARE(product->itemData(product->currentIndex(), Qt::ToolTipRole).toString(), QStringLiteral("STATIC_IP_ADDON"));
        QCOMPARE(child<QLineEdit>(dialog.get(), "newItemId")->text(), QStringLiteral("A.2")); // A.1 is taken
        auto* block = child<QComboBox>(dialog.get(), "newItemAttribute_blockSize");
        QCOMPARE(block->itemText(0), QStringLiteral("(not set)")); // optional
        choose(block, QStringLiteral("/29"));
        child<QSpinBox>(dialog.get(), "newItemQuantity")->setValue(2);
        QCOMPARE(actionsOf(*dialog),
                 QStringLiteral(R"([{"action":"add","item":{"id":"A.2","product":"STATIC_IP_ADDON","parentItem":"A","quantity":2,)"
                                R"("attributes":{"blockSize":"/29"}}}])"));
        const auto* list = child<QListWidget>(dialog.get(), "changeActionList");
        QCOMPARE(list->item(0)->text(), QStringLiteral("1. Add Static IP Add-on \u00d72 to bundle A (Business Fiber Bundle) as item A.2"));

        // A taken id is caught before the engine is asked.
        child<QLineEdit>(dialog.get(), "newItemId")->setText(QStringLiteral("A.3"));
        QVERIFY(dialog->composer()
                    ->draft()
                    .incomplete(&dialog->composer()->order())
                    .contains(QStringLiteral("Action 1: the order already has an item A.3; give the new item another id.")));
    }

    // A new site: a bundle added by one action takes the items of the next ones.
    void addsIntoABundleAddedByTheSameChange()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Add);
        choose(child<QComboBox>(dialog.get(), "newItemProduct"), QStringLiteral("BUSINESS_FIBER_BUNDLE"));
        choose(child<QComboBox>(dialog.get(), "newItemGroup"), QStringLiteral("VENLO"));
        addAction(*dialog, ChangeActionDraft::Kind::Add);
        auto* where = child<QComboBox>(dialog.get(), "newItemParent");
        QVERIFY(where->findData(QStringLiteral("1")) >= 0);
        choose(where, QStringLiteral("1"));
        choose(child<QComboBox>(dialog.get(), "newItemProduct"), QStringLiteral("FIBER_ACCESS"));
        QCOMPARE(child<QLineEdit>(dialog.get(), "newItemId")->text(), QStringLiteral("1.1"));
        choose(child<QComboBox>(dialog.get(), "newItemAttribute_bandwidth"), QStringLiteral("1G")); // required: no "(not set)"
        child<QLineEdit>(dialog.get(), "newItemAttribute_contractTermMonths")->setText(QStringLiteral("36"));
        QCOMPARE(
            actionsOf(*dialog),
            QStringLiteral(R"([{"action":"add","item":{"id":"1","product":"BUSINESS_FIBER_BUNDLE","quantity":1,"deliveryGroup":"VENLO"}},)"
                           R"({"action":"add","item":{"id":"1.1","product":"FIBER_ACCESS","parentItem":"1","quantity":1,)"
                           R"("attributes":{"bandwidth":"1G","contractTermMonths":36}}}])"));
        QVERIFY(dialog->composer()->draft().incomplete(&dialog->composer()->order()).isEmpty());
    }

    // The catalog says contractTermMonths is an integer: the file says 36, which the engine accepts,
    // not "36"; text attributes stay text.
    void attributesAreTypedByTheCatalog()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Attributes);
        choose(child<QComboBox>(dialog.get(), "changeItem"), QStringLiteral("A.1"));
        auto* table = child<QTableWidget>(dialog.get(), "changeAttributes");
        for (const auto& [key, value] : { std::pair { "contractTermMonths", "36" }, std::pair { "bandwidth", "10G" } }) {
            QTest::mouseClick(child<QPushButton>(dialog.get(), "changeAddAttribute"), Qt::LeftButton);
            table->item(table->rowCount() - 1, 0)->setText(QString::fromLatin1(key));
            table->item(table->rowCount() - 1, 1)->setText(QString::fromLatin1(value));
        }
        QCOMPARE(actionsOf(*dialog),
                 QStringLiteral(R"([{"action":"attributes","item":"A.1","attributes":{"contractTermMonths":36,"bandwidth":"10G"}}])"));
    }

    void itemsAreListedByProductName()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Remove);
        auto* item = child<QComboBox>(dialog.get(), "changeItem");
        const int b = item->findData(QStringLiteral("B"));
        QCOMPARE(item->itemText(b), QStringLiteral("B \u2014 Business Fiber Bundle"));
        QCOMPARE(item->itemData(b, Qt::ToolTipRole).toString(), QStringLiteral("Product code BUSINESS_FIBER_BUNDLE"));
        choose(item, QStringLiteral("B"));
        QCOMPARE(child<QListWidget>(dialog.get(), "changeActionList")->item(0)->text(),
                 QStringLiteral("1. Remove item B (Business Fiber Bundle)"));
    }

    void twoActionsAndRemovingOne()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Remove);
        choose(child<QComboBox>(dialog.get(), "changeItem"), QStringLiteral("A.3"));
        addAction(*dialog, ChangeActionDraft::Kind::Quantity);
        choose(child<QComboBox>(dialog.get(), "changeItem"), QStringLiteral("A.1"));
        QCOMPARE(actionsOf(*dialog),
                 QStringLiteral(R"([{"action":"remove","item":"A.3"},{"action":"quantity","item":"A.1","quantity":1}])"));
        dialog->composer()->removeCurrentAction();
        QCOMPARE(actionsOf(*dialog), QStringLiteral(R"([{"action":"remove","item":"A.3"}])"));
        QCOMPARE(child<QComboBox>(dialog.get(), "changeItem")->currentData().toString(),
                 QStringLiteral("A.3")); // the remaining action shown
    }

    // Nothing to preview yet: the panel says what is missing instead of asking the engine.
    void incompleteChangeIsNotPreviewed()
    {
        auto dialog = newDialog();
        dialog->preview();
        QVERIFY(dialog->previewPanel()->banner()->text().contains(QStringLiteral("Add at least one action.")));
        QVERIFY(!dialog->submitButton()->isEnabled());
    }

    void refusalDisablesSubmit()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Remove);
        dialog->preview();
        QVERIFY(!dialog->submitButton()->isEnabled()); // waiting for the engine
        dialog->showPreview(test::removeSiteBRefused());
        QVERIFY(!dialog->submitButton()->isEnabled());
        const QString banner = dialog->previewPanel()->banner()->text();
        QVERIFY2(banner.contains(QStringLiteral("cannot be submitted")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("<b>Ship router</b>")) && banner.contains(QStringLiteral("<b>B.2.ROUTER_SHIPMENT</b>")),
                 qPrintable(banner));
        QVERIFY(banner.contains(QStringLiteral("item B cannot be removed")));

        ChangePreview problem;
        problem.problems = { { QStringLiteral("composed change CHG-1"), QStringLiteral("/actions/0/item"),
                               QStringLiteral("unknown item 'Z' in order SO-10002") } };
        dialog->preview();
        dialog->showPreview(problem);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->previewPanel()->banner()->text().contains(QStringLiteral("/actions/0/item: unknown item 'Z' in order SO-10002")));
    }

    void acceptedPreviewSubmitsUntilEdited()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Remove);
        dialog->preview();
        dialog->showPreview(test::removeSiteB());
        QVERIFY(dialog->submitButton()->isEnabled());
        QVERIFY(dialog->previewPanel()->banner()->text().contains(QStringLiteral("Change CHG-2045 to order SO-10002")));
        QVERIFY(dialog->previewPanel()
                    ->findChild<QLabel*>(QStringLiteral("changeItems"))
                    ->text()
                    .contains(QStringLiteral("removed (with 2 child items)")));
        child<QLineEdit>(dialog.get(), "changeReason")->setText(QStringLiteral("edited after the preview"));
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->submitButton()->toolTip().contains(QStringLiteral("Preview again")));
    }

    void waitsForInFlightReplies()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Remove);
        dialog->preview();
        ChangePreview preview = test::removeSiteB();
        preview.inFlight = { QStringLiteral("line:B.2.ROUTER_SHIPMENT/ship-router") };
        dialog->showPreview(preview);
        QVERIFY(dialog->submitButton()->isEnabled());
        QVERIFY(dialog->previewPanel()->banner()->text().contains(
            QStringLiteral("Waits for the replies of line:B.2.ROUTER_SHIPMENT/ship-router")));
    }

    void afterGraphBadgesMatchStepKinds()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Remove);
        dialog->preview();
        const ChangePreview preview = test::removeSiteB();
        dialog->showPreview(preview);
        PlanDiffWidget* diff = dialog->previewPanel()->planDiff();
        QCOMPARE(diff->mode(), PlanDiffWidget::Mode::After);
        PlanScene* after = diff->after()->scene();
        QCOMPARE(after->graph().nodes.size(), preview.steps.size());
        for (const StepChange& step : preview.steps) {
            const int index = after->graph().nodeIndex(step.id);
            QVERIFY2(index >= 0, qPrintable(step.id));
            QCOMPARE(after->graph().nodes[std::size_t(index)].change, nodeChangeOf(step.kind));
            QVERIFY(stepState(*after, step.id) == stepStateFromString(step.stateAfter));
        }
        PlanScene* before = diff->before()->scene();
        QCOMPARE(before->graph().nodes.size(), std::size_t(4));
        QVERIFY(stepState(*before, QStringLiteral("line:B.2.ROUTER_SHIPMENT/router-delivered")) == StepState::Waiting);
        diff->setMode(PlanDiffWidget::Mode::SideBySide);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(diff->before()->isVisible() && diff->after()->isVisible());
        QVERIFY(!diff->after()->grab().isNull()); // the badges paint
        diff->setMode(PlanDiffWidget::Mode::Before);
        QVERIFY(diff->before()->isVisible() && !diff->after()->isVisible());
    }

    void effectsListShowsPayload()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::Remove);
        dialog->preview();
        dialog->showPreview(test::removeSiteB());
        ChangePreviewPanel* panel = dialog->previewPanel();
        QCOMPARE(panel->tabs()->tabText(2), QStringLiteral("External effects (2)"));
        QCOMPARE(panel->effectTable()->model()->rowCount(), 2);
        QString text = panel->payloadView()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("POST carrier /returns\n\n{")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\"shipmentId\": \"SHP-42\"")));
        panel->effectTable()->selectRow(1);
        text = panel->payloadView()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("POST billing /invoices")), qPrintable(text));
        QCOMPARE(panel->tabs()->tabText(1), QStringLiteral("Steps (4 changed)"));
        QCOMPARE(child<QTableView>(panel, "changeStepTable")->model()->rowCount(), 4); // changed only
        child<QCheckBox>(panel, "changeChangedOnly")->setChecked(false);
        QCOMPARE(child<QTableView>(panel, "changeStepTable")->model()->rowCount(), 6);
    }

    void cancellingTheOrderAsksFirst()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::CancelOrder);
        dialog->preview();
        ChangePreview preview = test::removeSiteB();
        preview.cancelsOrder = true;
        dialog->showPreview(preview);
        QVERIFY(dialog->submitButton()->isEnabled());
        QString asked;
        answerNextMessageBox(QMessageBox::No, &asked);
        dialog->submitButton()->click();
        QVERIFY2(asked.contains(QStringLiteral("Cancel the whole order SO-10002?")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("(2 callout"))); // "callouts" with the English translation loaded
        QVERIFY(dialog->resultLabel()->text().isEmpty()); // not submitted
        answerNextMessageBox(QMessageBox::Yes, &asked);
        dialog->submitButton()->click();
        QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Submitting change CHG-2045\u2026"));
        QVERIFY(!dialog->submitButton()->isEnabled()); // once
    }

    // A file replaces the composed change; its text is what Preview sends.
    void loadsAChangeFile()
    {
        auto dialog = newDialog();
        QVERIFY(dialog->loadFile(QStringLiteral(FW_TEST_DATA_DIR "/change/remove-site-b.json")));
        QVERIFY(dialog->document().contains(QStringLiteral("\"CHG-2045\"")));
        QVERIFY(!dialog->composer()->isEnabled() || !child<QTabWidget>(dialog.get(), "changeSourceTabs")->isTabEnabled(0));
        child<QPushButton>(dialog.get(), "changeComposeInstead")->click();
        QVERIFY(!dialog->document().contains(QStringLiteral("\"CHG-2045\"")));
        QVERIFY(!dialog->loadFile(QStringLiteral(FW_TEST_DATA_DIR "/change/no-such-file.json")));
        QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("no-such-file.json")));
    }

    // A change file read into the composer: its actions to edit, for this order; one the composer
    // cannot show is refused with the action named, and the composed change stays as it was.
    void composesAChangeFile()
    {
        auto dialog = newDialog();
        QVERIFY(dialog->composeFile(QStringLiteral(FW_TEST_DATA_DIR "/change/add-ip-block.json")));
        QCOMPARE(dialog->composer()->actionCount(), 1);
        QCOMPARE(child<QLineEdit>(dialog.get(), "changeId")->text(), QStringLiteral("CHG-2050"));
        QCOMPARE(child<QComboBox>(dialog.get(), "newItemParent")->currentData().toString(), QStringLiteral("A"));
        QCOMPARE(child<QComboBox>(dialog.get(), "newItemProduct")->currentText(), QStringLiteral("Static IP Add-on"));
        QCOMPARE(child<QComboBox>(dialog.get(), "newItemAttribute_blockSize")->currentText(), QStringLiteral("/29"));
        QCOMPARE(actionsOf(*dialog),
                 QStringLiteral(R"([{"action":"add","item":{"id":"A.4","product":"STATIC_IP_ADDON","parentItem":"A","quantity":1,)"
                                R"("attributes":{"blockSize":"/29"}}}])"));
        QVERIFY(dialog->document().contains(QStringLiteral("\"order\": \"SO-10002\"")));
        QTemporaryFile move;
        QVERIFY(move.open());
        move.write(R"({"id":"CHG-1","order":"SO-10002","actions":[{"action":"attributes","item":"A.1","deliveryGroup":"VENLO"}]})");
        move.close();
        QVERIFY(!dialog->composeFile(move.fileName()));
        QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("action 1 cannot be composed here")),
                 qPrintable(dialog->resultLabel()->text()));
        QCOMPARE(dialog->composer()->actionCount(), 1);
        // A new site: a delivery group created by one action, a bundle added to it by the next.
        QVERIFY(dialog->composeFile(QStringLiteral(FW_TEST_DATA_DIR "/change/third-site.json")));
        QCOMPARE(dialog->composer()->actionCount(), 6);
        QVERIFY(dialog->composer()->draft().incomplete(&dialog->composer()->order()).isEmpty());
    }

    void createsADeliveryGroupForANewItem()
    {
        auto dialog = newDialog();
        addAction(*dialog, ChangeActionDraft::Kind::DeliveryGroup);
        child<QCheckBox>(dialog.get(), "changeNewGroup")->setChecked(true);
        QVERIFY(!child<QComboBox>(dialog.get(), "changeGroup")->isEnabled());
        child<QLineEdit>(dialog.get(), "changeNewGroupId")->setText(QStringLiteral("EINDHOVEN"));
        QVERIFY(dialog->composer()
                    ->draft()
                    .incomplete(&dialog->composer()->order())
                    .contains(QStringLiteral("Action 1: a new delivery group needs an address.")));
        child<QLineEdit>(dialog.get(), "changeAddressLine1")->setText(QStringLiteral("Kastanjelaan 4"));
        child<QLineEdit>(dialog.get(), "changeAddressCity")->setText(QStringLiteral("Eindhoven"));
        addAction(*dialog, ChangeActionDraft::Kind::Add);
        choose(child<QComboBox>(dialog.get(), "newItemGroup"), QStringLiteral("EINDHOVEN"));
        QCOMPARE(
            actionsOf(*dialog),
            QStringLiteral(
                R"([{"action":"deliveryGroup","group":"EINDHOVEN","new":true,"address":{"line1":"Kastanjelaan 4","city":"Eindhoven"}},)"
                R"({"action":"add","item":{"id":"1","product":"BUSINESS_FIBER_BUNDLE","quantity":1,"deliveryGroup":"EINDHOVEN"}}])"));
        QVERIFY(dialog->composer()->draft().incomplete(&dialog->composer()->order()).isEmpty());
        child<QLineEdit>(dialog.get(), "changeId")->setText(QStringLiteral("CHG-9"));
        QCOMPARE(child<QListWidget>(dialog.get(), "changeActionList")->item(0)->text(),
                 QStringLiteral("1. New delivery group EINDHOVEN: new address"));
    }
};

QTEST_MAIN(TestChangeOrderDialog)
#include "tst_changeorderdialog.moc"
