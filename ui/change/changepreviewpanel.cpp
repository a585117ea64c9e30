// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changepreviewpanel.h"

#include "plangraph/changegraph.h"
#include "changepresentation.h"
#include "externaleffectmodel.h"
#include "plangraph/ordergraph.h"
#include "common/enginetexttranslation.h"
#include "common/rowfiltermodel.h"
#include "common/statepresentation.h"
#include "stepchangemodel.h"
#include "plandiffwidget.h"
#include "common/operationstable.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

ChangePreviewPanel::ChangePreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_items(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_diff(new PlanDiffWidget(this))
    , m_steps(new StepChangeModel(this))
    , m_stepFilter(new RowFilterModel(StepChangeModel::SortRole, this))
    , m_stepTable(createOperationsTable(this, QStringLiteral("changeStepTable")))
    , m_changedOnly(new QCheckBox(tr("&Changed steps only"), this))
    , m_effects(new ExternalEffectModel(this))
    , m_effectTable(createOperationsTable(this, QStringLiteral("changeEffectTable")))
    , m_payload(new QPlainTextEdit(this))
{
    m_banner->setObjectName(QStringLiteral("changeBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    m_items->setObjectName(QStringLiteral("changeItems"));
    m_items->setWordWrap(true);
    m_items->setTextFormat(Qt::RichText);
    m_items->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_items->setContentsMargins(4, 0, 4, 0);

    m_stepFilter->setSourceModel(m_steps);
    m_stepTable->setModel(m_stepFilter);
    m_stepTable->sortByColumn(StepChangeModel::StepColumn, Qt::AscendingOrder);
    m_stepTable->horizontalHeader()->resizeSection(StepChangeModel::ChangeColumn, 130);
    m_stepTable->horizontalHeader()->resizeSection(StepChangeModel::StepColumn, 220);
    m_stepTable->horizontalHeader()->resizeSection(StepChangeModel::LaneColumn, 120);
    m_stepTable->horizontalHeader()->resizeSection(StepChangeModel::StateColumn, 170);
    m_changedOnly->setObjectName(QStringLiteral("changeChangedOnly"));
    m_changedOnly->setChecked(true);
    connect(m_changedOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_stepFilter->setRoleFilter(StepChangeModel::IsChangeRole, on ? QVariant(true) : QVariant()); });
    m_stepFilter->setRoleFilter(StepChangeModel::IsChangeRole, true);
    auto* stepsPage = new QWidget(this);
    auto* stepsLayout = new QVBoxLayout(stepsPage);
    stepsLayout->setContentsMargins(0, 4, 0, 0);
    stepsLayout->addWidget(m_changedOnly);
    stepsLayout->addWidget(m_stepTable, 1);

    m_effectTable->setModel(m_effects);
    m_effectTable->setSortingEnabled(false);
    m_effectTable->horizontalHeader()->resizeSection(ExternalEffectModel::KindColumn, 130);
    m_effectTable->horizontalHeader()->resizeSection(ExternalEffectModel::StepColumn, 180);
    m_payload->setObjectName(QStringLiteral("changeEffectPayload"));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Select a callout to see the payload it will send"));
    connect(m_effectTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChangePreviewPanel::showPayload);
    auto* effectsPage = new QSplitter(Qt::Horizontal, this);
    effectsPage->addWidget(m_effectTable);
    effectsPage->addWidget(m_payload);
    effectsPage->setSizes({ 520, 420 });

    m_tabs->setObjectName(QStringLiteral("changePreviewTabs"));
    m_tabs->setAccessibleName(tr("Preview"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_diff, tr("Plan"));
    m_tabs->addTab(stepsPage, tr("Steps"));
    m_tabs->addTab(effectsPage, tr("External effects"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_items);
    layout->addWidget(m_tabs, 1);
    clear(tr("Compose a change or open a change file, then Preview to see what it does to the running order."));
}

void ChangePreviewPanel::clear(const QString& message)
{
    m_preview = ChangePreview();
    m_banner->setStyleSheet(QString());
    m_banner->setText(message.toHtmlEscaped());
    m_items->clear();
    m_items->hide();
    m_steps->setPreview(m_preview);
    m_effects->setEffects({});
    m_payload->clear();
    m_diff->clear();
    m_tabs->setTabText(1, tr("Steps"));
    m_tabs->setTabText(2, tr("External effects"));
    m_tabs->setEnabled(false);
}

void ChangePreviewPanel::setPreview(const ChangePreview& preview, const OrderDetail& detail, const QHash<QString, QString>& productNames)
{
    m_preview = preview;
    showBanner();
    QStringList items;
    for (const ItemChange& item : preview.items) {
        QString detail = translatedEngineText(item.detail);
        if (const QString name = productNames.value(item.product); !name.isEmpty()) // the engine names the product by its id
            detail.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(item.product))), name);
        items << tr("<b>%1</b> %2").arg(item.item.toHtmlEscaped(), detail.toHtmlEscaped());
    }
    if (preview.cancelsOrder)
        items.prepend(tr("<b>The whole order is cancelled.</b>"));
    m_items->setText(items.join(QStringLiteral("<br>")));
    m_items->setVisible(!items.isEmpty());

    QHash<QString, QString> laneNames;
    for (const auto& [id, name] : detail.lanes)
        laneNames.insert(id, name);
    m_steps->setPreview(preview, laneNames);
    m_effects->setEffects(preview.effects);
    m_payload->clear();
    if (!preview.effects.empty())
        m_effectTable->selectRow(0);
    const int changed = int(preview.steps.size()) - preview.count(StepChangeKind::Kept);
    m_tabs->setTabText(1, tr("Steps (%1 changed)").arg(changed));
    m_tabs->setTabText(2, tr("External effects (%1)").arg(preview.effects.size()));
    m_tabs->setEnabled(!preview.steps.empty());
    if (preview.steps.empty())
        m_diff->clear();
    else
        m_diff->setGraphs(planGraphBeforeChange(detail, preview), nodeStatusesOf(detail), planGraphAfterChange(preview, detail.lanes),
                          statusesAfterChange(preview));
}

void ChangePreviewPanel::showBanner()
{
    const ChangePreview& p = m_preview;
    const auto style = [this](NodeChange tone) {
        const QColor color = ChangePresentation::color(tone);
        QColor back = color;
        back.setAlpha(36);
        m_banner->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-left: 5px solid %1; border-radius: 3px; "
                                               "background: rgba(%2, %3, %4, 36); }")
                                    .arg(color.name())
                                    .arg(back.red())
                                    .arg(back.green())
                                    .arg(back.blue()));
    };
    QStringList lines;
    if (!p.accepted()) {
        style(NodeChange::Refused);
        lines << tr("<b style='color:%1'>This change cannot be submitted.</b>").arg(ChangePresentation::color(NodeChange::Refused).name());
        for (const PonrRefusal& r : p.refusals)
            lines << tr("\u2022 Point of no return: step <b>%1</b> (%2), line <b>%3</b>: %4")
                         .arg(r.stepName.toHtmlEscaped(), r.stepId.toHtmlEscaped(), r.line.toHtmlEscaped(),
                              translatedEngineText(r.message).toHtmlEscaped());
        for (const Problem& problem : p.problems)
            lines << QStringLiteral("\u2022 ")
                    + Problem { problem.file, problem.pointer, translatedEngineText(problem.message) }.toString().toHtmlEscaped();
        m_banner->setText(lines.join(QStringLiteral("<br>")));
        return;
    }
    QStringList counts;
    for (StepChangeKind kind : { StepChangeKind::Amended, StepChangeKind::Added, StepChangeKind::Discarded, StepChangeKind::Compensation,
                                 StepChangeKind::Kept }) {
        if (const int n = p.count(kind)) {
            const NodeChange change = nodeChangeOf(kind);
            counts << QStringLiteral("<span style='color:%1'><b>%2 %3</b></span>")
                          .arg(ChangePresentation::color(change).name(), ChangePresentation::glyph(change).toHtmlEscaped(),
                               translatedEngineText(QStringLiteral("%1 %2").arg(n).arg(toString(kind)))
                                   .toHtmlEscaped()); // "5 amended", as the engine counts
        }
    }
    lines << tr("<b>Change %1 to order %2 (revision %3)</b> &nbsp; %4")
                 .arg(p.changeId.toHtmlEscaped(), p.orderId.toHtmlEscaped())
                 .arg(p.revision)
                 .arg(counts.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
    lines << tr("%n callout(s) will be sent.", nullptr, int(p.effects.size()));
    if (p.forecastBefore.isValid() && p.forecastAfter.isValid())
        lines.back() += QLatin1Char(' ')
            + tr("Forecast completion %1 \u2192 %2.")
                  .arg(StatePresentation::timeText(p.forecastBefore), StatePresentation::timeText(p.forecastAfter));
    if (!p.inFlight.isEmpty()) {
        style(NodeChange::Compensation);
        lines << tr("Waits for the replies of %1: the change is applied once they are in.")
                     .arg(p.inFlight.join(QStringLiteral(", ")).toHtmlEscaped());
    } else {
        style(NodeChange::Added);
    }
    m_banner->setText(lines.join(QStringLiteral("<br>")));
}

void ChangePreviewPanel::showPayload()
{
    const QModelIndex current = m_effectTable->currentIndex();
    if (!current.isValid()) {
        m_payload->clear();
        return;
    }
    const ExternalEffect& effect = m_preview.effects[std::size_t(current.row())];
    m_payload->setPlainText(ExternalEffectModel::requestLine(effect) + QStringLiteral("\n\n")
                            + current.data(ExternalEffectModel::PayloadRole).toString());
}

} // namespace fw
