// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "order/assetorderdraft.h"
#include "store/assetorderpreview.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace fw {

class AssetAttributeFields;
class AssetOrderLineModel;
class AssetOrderStepModel;
class StoreSession;

// "Change..." on an asset (docs/user-guide.md, "Account page"): composes an asset-based order
// (composeAssetOrder) with an action the asset's status allows: for a change the new quantity and
// the product's attributes (as the catalog defines them), for a move the new site; the order id
// is suggested and editable. Preview plans it against the store's installed base
// (previewAssetOrder, on a pool thread): the lines with their delta and the plan's steps by lane,
// or the problems, each naming its field. Submit (only for the previewed draft, with the user's
// order.import role) imports it through the engine like File > Import Order, then reports the new
// order (orderSubmitted) for the page to open.
class AssetChangeDialog final : public QDialog {
    Q_OBJECT

public:
    AssetChangeDialog(StoreSession* session, const QString& assetId, QWidget* parent = nullptr);

    void setAction(const QString& action); // one of the allowed actions
    void setQuantity(int quantity);
    void setAttributeValue(const QString& name, const QVariant& value);
    void setNewSite(const QString& line1, const QString& postalCode, const QString& city, const QString& country);
    void setOrderId(const QString& orderId);
    AssetOrderDraft draft() const;
    void preview();
    void submit();

    QComboBox* actionCombo() const { return m_action; }
    QLineEdit* orderIdEdit() const { return m_orderId; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* submitButton() const { return m_submit; }
    QLabel* problemsLabel() const { return m_problems; }
    AssetOrderLineModel* lineModel() const { return m_lines; }
    AssetOrderStepModel* stepModel() const { return m_steps; }

Q_SIGNALS:
    void contextLoaded(); // the asset and its product are known: the form is ready
    void previewShown(bool accepted);
    void orderSubmitted(const QString& orderId); // the engine imported it
    void submitFailed(const QString& message);

private:
    void showContext(const AssetOrderContext& context);
    QString fieldName(const QString& pointer) const;
    void showProblems(const Problems& problems);
    void draftEdited();
    void updateButtons();
    void onActionFinished(const QString& action, bool ok, const QString& message);

    StoreSession* m_session;
    QString m_assetId;
    AssetOrderContext m_context;
    bool m_ready = false;
    bool m_busy = false;
    nlohmann::json m_previewed; // the document the accepted preview shown is of
    QString m_submitAction; // "import order <path>" while the engine imports it
    QTemporaryDir m_files; // the composed order's file for the engine's import
    QLabel* m_asset;
    QComboBox* m_action;
    QLineEdit* m_orderId;
    QStackedWidget* m_forms;
    QSpinBox* m_quantity;
    QFormLayout* m_attributeForm;
    AssetAttributeFields* m_attributes;
    QLineEdit* m_siteLine1;
    QLineEdit* m_sitePostalCode;
    QLineEdit* m_siteCity;
    QLineEdit* m_siteCountry;
    QLabel* m_noFields;
    QLabel* m_problems;
    AssetOrderLineModel* m_lines;
    QTableView* m_lineTable;
    AssetOrderStepModel* m_steps;
    QTreeView* m_stepTree;
    QPushButton* m_preview;
    QPushButton* m_submit;
    QPushButton* m_cancel;
};

} // namespace fw
