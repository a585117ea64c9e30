// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drilldowndialog.h"

#include "drillordermodel.h"
#include "kpimodels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

DrillDownDialog::DrillDownDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new DrillOrderModel(this))
{
    setObjectName(QStringLiteral("kpiDrillDown"));
    setWindowTitle(tr("Orders behind the figure"));
    m_title->setObjectName(QStringLiteral("kpiDrillTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);

    m_table->setObjectName(QStringLiteral("kpiDrillTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click or press Enter to open the order"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(DrillOrderModel::OrderIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openOrderRequested(id);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter belongs to the table (open the order), not to a default button.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

QString DrillDownDialog::title() const
{
    return m_title->text();
}

QString DrillDownDialog::describe(const KpiDrill& drill, const KpiRange& range, const QString& bucketLabel)
{
    const QString day = kpitext::day(drill.day);
    const QString span = tr("%1 to %2").arg(kpitext::day(range.from), kpitext::day(range.to));
    switch (drill.kind) {
    case KpiDrill::Kind::CycleBucket:
        return tr("Orders completed %1 with a cycle time of %2")
            .arg(span, bucketLabel.isEmpty() ? tr("bucket %1").arg(drill.bucket + 1) : bucketLabel);
    case KpiDrill::Kind::CompletedOn:
        return tr("Orders completed on %1").arg(day);
    case KpiDrill::Kind::FalloutOn:
        return tr("Orders finished on %1 that had fallout").arg(day);
    case KpiDrill::Kind::TouchlessOn:
        return tr("Orders completed on %1 without a person acting").arg(day);
    case KpiDrill::Kind::LaneLate:
        return drill.day.isValid() ? tr("Orders with a late step of lane %1 on %2").arg(drill.key, day)
                                   : tr("Orders with a late step of lane %1, %2").arg(drill.key, span);
    case KpiDrill::Kind::FalloutLane:
        return tr("Orders with fallout cases of lane %1, %2").arg(drill.key, span);
    case KpiDrill::Kind::FalloutSignature:
        return tr("Orders with fallout cases of signature %1, %2").arg(drill.key, span);
    case KpiDrill::Kind::Queue:
        return tr("Orders with open work in queue %1 now").arg(drill.key);
    }
    return {};
}

void DrillDownDialog::setResult(const KpiDrill& drill, const KpiRange& range, std::vector<DrillOrder> orders, const QString& bucketLabel)
{
    const int count = int(orders.size());
    m_model->setOrders(std::move(orders));
    m_title->setText(tr("%1: %n order(s)", nullptr, count).arg(describe(drill, range, bucketLabel)));
    m_table->resizeColumnsToContents();
    if (count > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

} // namespace fw
