// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetchangedialog.h"

#include "assetattributefields.h"
#include "assetorderlinemodel.h"
#include "assetorderstepmodel.h"
#include "assetpresentation.h"
#include "common/operationstable.h"
#include "common/whenready.h"
#include "domain/catalog.h"
#include "engine/engineservice.h"
#include "store/database.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fw {

namespace {
    struct LoadedContext {
        QString error;
        AssetOrderContext context;
    };

    LoadedContext loadContext(const QString& storePath, const QString& assetId)
    {
        Database database(storePath);
        auto context = readAssetOrderContext(database.connection(), assetId);
        if (!context)
            return { context.message(), {} };
        return { {}, std::move(*context) };
    }

    AssetOrderPreview previewOn(const QString& storePath, const nlohmann::json& document, const QString& label)
    {
        Database database(storePath);
        return previewAssetOrder(database, document, label);
    }

    const QString draftLabel = QStringLiteral("new order");
} // namespace

AssetChangeDialog::AssetChangeDialog(StoreSession* session, const QString& assetId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_assetId(assetId)
    , m_asset(new QLabel(tr("Loading asset %1\u2026").arg(assetId), this))
    , m_action(new QComboBox(this))
    , m_orderId(new QLineEdit(this))
    , m_forms(new QStackedWidget(this))
    , m_quantity(new QSpinBox(this))
    , m_attributeForm(nullptr)
    , m_attributes(new AssetAttributeFields(this))
    , m_siteLine1(new QLineEdit(this))
    , m_sitePostalCode(new QLineEdit(this))
    , m_siteCity(new QLineEdit(this))
    , m_siteCountry(new QLineEdit(this))
    , m_noFields(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_lines(new AssetOrderLineModel(this))
    , m_lineTable(createOperationsTable(this, QStringLiteral("assetOrderLineTable")))
    , m_steps(new AssetOrderStepModel(this))
    , m_stepTree(new QTreeView(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_submit(new QPushButton(tr("&Submit Order"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("assetChangeDialog"));
    setWindowTitle(tr("Change Asset %1").arg(assetId));
    m_asset->setWordWrap(true);
    m_asset->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("assetAction"));
    m_action->setAccessibleName(tr("Action"));
    m_orderId->setObjectName(QStringLiteral("assetOrderId"));
    m_orderId->setAccessibleName(tr("Order id"));
    m_quantity->setObjectName(QStringLiteral("assetQuantity"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setRange(1, 1000000);
    m_quantity->setGroupSeparatorShown(true);
    m_siteLine1->setAccessibleName(tr("Street (line 1)"));
    m_sitePostalCode->setAccessibleName(tr("Postal code"));
    m_siteCity->setAccessibleName(tr("City"));
    m_siteCountry->setAccessibleName(tr("Country"));
    m_siteCountry->setMaxLength(2);
    m_problems->setObjectName(QStringLiteral("assetOrderProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_lineTable->setModel(m_lines);
    m_lineTable->setAccessibleName(tr("Lines of the new order"));
    m_lineTable->setSortingEnabled(false);
    m_stepTree->setObjectName(QStringLiteral("assetOrderStepTree"));
    m_stepTree->setAccessibleName(tr("Plan steps by lane"));
    m_stepTree->setModel(m_steps);
    m_stepTree->setUniformRowHeights(true);
    m_stepTree->setAlternatingRowColors(true);
    m_preview->setAccessibleName(tr("Preview the order"));
    m_submit->setAccessibleName(tr("Submit the order"));
    m_cancel->setAccessibleName(tr("Cancel without ordering"));
    m_preview->setDefault(true);

    auto* changePage = new QWidget(m_forms);
    m_attributeForm = new QFormLayout(changePage);
    m_attributeForm->setContentsMargins(0, 0, 0, 0);
    m_attributeForm->addRow(tr("&Quantity:"), m_quantity);
    auto* movePage = new QWidget(m_forms);
    auto* moveForm = new QFormLayout(movePage);
    moveForm->setContentsMargins(0, 0, 0, 0);
    moveForm->addRow(tr("&Street:"), m_siteLine1);
    moveForm->addRow(tr("Postal &code:"), m_sitePostalCode);
    moveForm->addRow(tr("C&ity:"), m_siteCity);
    moveForm->addRow(tr("Co&untry:"), m_siteCountry);
    m_noFields->setWordWrap(true);
    m_forms->addWidget(changePage);
    m_forms->addWidget(movePage);
    m_forms->addWidget(m_noFields);

    auto* form = new QFormLayout;
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Order id:"), m_orderId);

    auto* previewSplit = new QSplitter(Qt::Vertical, this);
    previewSplit->addWidget(m_lineTable);
    previewSplit->addWidget(m_stepTree);
    previewSplit->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_asset);
    layout->addLayout(form);
    layout->addWidget(m_forms);
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("Preview: the lines with their change, and the plan by lane"), this));
    layout->addWidget(previewSplit, 1);
    layout->addWidget(buttons);
    resize(820, 600);

    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        const QString action = m_action->currentData().toString();
        m_forms->setCurrentIndex(action == QLatin1String("change") ? 0 : action == QLatin1String("move") ? 1 : 2);
        for (int page = 0; page < m_forms->count(); ++page) // only the shown form takes room
            m_forms->widget(page)->setSizePolicy(QSizePolicy::Preferred,
                                                 page == m_forms->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_forms->updateGeometry();
        m_noFields->setText(tr("%1 changes nothing else about the asset.").arg(AssetPresentation::actionLabel(action)));
        if (m_ready)
            m_orderId->setText(suggestedAssetOrderId(m_context.asset, action, QDateTime::currentDateTimeUtc()));
        draftEdited();
    });
    for (QLineEdit* edit : { m_orderId, m_siteLine1, m_sitePostalCode, m_siteCity, m_siteCountry })
        connect(edit, &QLineEdit::textEdited, this, &AssetChangeDialog::draftEdited);
    connect(m_quantity, &QSpinBox::valueChanged, this, &AssetChangeDialog::draftEdited);
    connect(m_attributes, &AssetAttributeFields::edited, this, &AssetChangeDialog::draftEdited);
    connect(m_preview, &QPushButton::clicked, this, &AssetChangeDialog::preview);
    connect(m_submit, &QPushButton::clicked, this, &AssetChangeDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_session, &StoreSession::actionFinished, this, &AssetChangeDialog::onActionFinished);
    connect(m_session->identity(), &SessionUser::changed, this, &AssetChangeDialog::updateButtons);
    updateButtons();
    whenReady(this, QtConcurrent::run(loadContext, m_session->storePath(), assetId), [this](const LoadedContext& loaded) {
        if (!loaded.error.isEmpty()) {
            m_asset->setText(tr("Asset %1 cannot be changed: %2").arg(m_assetId, loaded.error));
            return;
        }
        showContext(loaded.context);
    });
}

void AssetChangeDialog::showContext(const AssetOrderContext& context)
{
    m_context = context;
    const Asset& asset = m_context.asset;
    const QString product = m_context.product && !m_context.product->name.isEmpty() ? m_context.product->name : asset.product;
    QStringList facts { tr("%1 \u00d7%2").arg(product, QLocale().toString(asset.quantity)), AssetPresentation::statusLabel(asset.status) };
    if (!asset.attributes.isEmpty())
        facts << AssetPresentation::attributesText(asset.attributes);
    if (!asset.site.isEmpty())
        facts << AssetPresentation::siteText(asset.site);
    m_asset->setText(
        tr("<b>%1</b> of %2: %3")
            .arg(asset.id.toHtmlEscaped(), m_context.account.name.toHtmlEscaped(), facts.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped()));
    {
        const QSignalBlocker blocker(m_action);
        for (const QString& action : allowedAssetActions(asset.status))
            m_action->addItem(AssetPresentation::actionLabel(action), action);
    }
    m_quantity->setValue(asset.quantity);
    if (m_context.product)
        m_attributes->build(*m_context.product, asset.attributes, m_attributeForm, this);
    m_ready = true;
    if (m_action->count() == 0) {
        m_action->setEnabled(false);
        m_noFields->setText(tr("Asset %1 is disconnected: nothing can be done with it any more.").arg(asset.id));
        m_forms->setCurrentWidget(m_noFields);
    } else {
        m_action->setCurrentIndex(0);
        Q_EMIT m_action->currentIndexChanged(0); // the form and the suggested id for the first action
    }
    updateButtons();
    Q_EMIT contextLoaded();
}

void AssetChangeDialog::setAction(const QString& action)
{
    m_action->setCurrentIndex(m_action->findData(action));
}

void AssetChangeDialog::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

void AssetChangeDialog::setAttributeValue(const QString& name, const QVariant& value)
{
    m_attributes->setValue(name, value);
    draftEdited();
}

void AssetChangeDialog::setNewSite(const QString& line1, const QString& postalCode, const QString& city, const QString& country)
{
    m_siteLine1->setText(line1);
    m_sitePostalCode->setText(postalCode);
    m_siteCity->setText(city);
    m_siteCountry->setText(country);
    draftEdited();
}

void AssetChangeDialog::setOrderId(const QString& orderId)
{
    m_orderId->setText(orderId);
    draftEdited();
}

AssetOrderDraft AssetChangeDialog::draft() const
{
    AssetOrderDraft draft;
    draft.orderId = m_orderId->text();
    draft.action = m_action->currentData().toString();
    draft.accountName = m_context.account.name;
    draft.accountRegion = m_context.account.region;
    draft.accountCountry = m_context.account.country;
    draft.accountSegment = m_context.account.segment;
    draft.orderedAt = QDateTime::currentDateTimeUtc();
    if (draft.action == QLatin1String("change")) {
        draft.quantity = m_quantity->value();
        draft.attributes = m_attributes->values();
    } else if (draft.action == QLatin1String("move")) {
        draft.siteId = QStringLiteral("NEW-SITE");
        draft.siteAddress = { { QStringLiteral("line1"), m_siteLine1->text() },
                              { QStringLiteral("postalCode"), m_sitePostalCode->text() },
                              { QStringLiteral("city"), m_siteCity->text() },
                              { QStringLiteral("country"), m_siteCountry->text().toUpper() } };
    }
    return draft;
}

QString AssetChangeDialog::fieldName(const QString& pointer) const
{
    if (pointer == QLatin1String("/id"))
        return tr("Order id");
    if (pointer.startsWith(QLatin1String("/items/0/attributes/")))
        return tr("Attribute %1").arg(pointer.mid(20));
    if (pointer.startsWith(QLatin1String("/items/0/quantity")))
        return tr("Quantity");
    if (pointer.startsWith(QLatin1String("/deliveryGroups")) || pointer.startsWith(QLatin1String("/items/0/deliveryGroup")))
        return tr("New site");
    if (pointer.startsWith(QLatin1String("/items/0")))
        return tr("Action");
    return tr("Order");
}

void AssetChangeDialog::showProblems(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        // A problem of the catalog (a plan that cannot be made) names the catalog, not a field.
        const QString field = problem.file == draftLabel ? fieldName(problem.pointer) : tr("Catalog");
        lines << QStringLiteral("<b>%1</b>: %2").arg(field.toHtmlEscaped(), problem.message.toHtmlEscaped());
    }
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_problems->setStyleSheet(problems.empty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_problems->setVisible(!problems.empty());
}

void AssetChangeDialog::draftEdited()
{
    if (!m_previewed.is_null()) {
        m_previewed = nlohmann::json();
        m_lines->setLines({});
        m_steps->setSteps({});
    }
    updateButtons();
}

void AssetChangeDialog::preview()
{
    if (!m_ready || m_busy)
        return;
    const ComposedAssetOrder composed = composeAssetOrder(draft(), m_context.asset, draftLabel);
    if (!composed.ok()) {
        showProblems(composed.problems);
        m_lines->setLines({});
        m_steps->setSteps({});
        Q_EMIT previewShown(false);
        return;
    }
    m_busy = true;
    updateButtons();
    const nlohmann::json document = composed.document;
    whenReady(this, QtConcurrent::run(previewOn, m_session->storePath(), document, draftLabel),
              [this, document](const AssetOrderPreview& preview) {
                  m_busy = false;
                  showProblems(preview.problems);
                  m_lines->setLines(preview.lines);
                  m_steps->setSteps(preview.steps);
                  m_stepTree->expandAll();
                  m_stepTree->resizeColumnToContents(0);
                  m_lineTable->resizeColumnsToContents();
                  m_previewed = preview.accepted() ? document : nlohmann::json();
                  updateButtons();
                  Q_EMIT previewShown(preview.accepted());
              });
}

void AssetChangeDialog::submit()
{
    if (m_previewed.is_null() || m_busy || !m_session->identity()->allows(QStringLiteral("order.import")))
        return;
    const QString orderId = QString::fromStdString(m_previewed.value("id", std::string()));
    const QString path
        = m_files.filePath(orderId.isEmpty() ? QStringLiteral("order.json")
                                             : QString(orderId).replace(QLatin1Char('/'), QLatin1Char('_')) + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(m_previewed.dump(2))) < 0) {
        showProblems({ Problem { draftLabel, QString(), tr("cannot write %1: %2").arg(path, file.errorString()) } });
        return;
    }
    file.close();
    m_busy = true;
    m_submitAction = QStringLiteral("import order %1").arg(path);
    updateButtons();
    m_session->service()->importFile(QStringLiteral("order"), path, m_session->user());
}

void AssetChangeDialog::onActionFinished(const QString& action, bool ok, const QString& message)
{
    if (m_submitAction.isEmpty() || !action.startsWith(m_submitAction))
        return;
    m_submitAction.clear();
    m_busy = false;
    if (ok) {
        const QString orderId = QString::fromStdString(m_previewed.value("id", std::string()));
        Q_EMIT orderSubmitted(orderId);
        accept();
        return;
    }
    showProblems({ Problem { draftLabel, QString(), tr("the engine did not import the order: %1").arg(message) } });
    updateButtons();
    Q_EMIT submitFailed(message);
}

void AssetChangeDialog::updateButtons()
{
    const QString refusal = m_session->identity()->refusal(QStringLiteral("order.import"));
    m_preview->setEnabled(m_ready && !m_busy && m_action->count() > 0);
    m_submit->setEnabled(!m_previewed.is_null() && !m_busy && refusal.isEmpty());
    m_submit->setToolTip(!refusal.isEmpty()          ? refusal
                             : m_previewed.is_null() ? tr("Preview the order first: Submit sends exactly what the preview shows.")
                                                     : QString());
}

} // namespace fw
