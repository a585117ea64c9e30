// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "unrunnableordersdialog.h"

#include "unrunnableordermodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

UnrunnableOrdersDialog::UnrunnableOrdersDialog(UnrunnableOrderModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("unrunnableOrdersDialog"));
    setWindowTitle(tr("Orders That Cannot Run"));
    m_summary->setObjectName(QStringLiteral("unrunnableSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("unrunnableTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(UnrunnableOrderModel::OrderColumn, 160);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* help = new QLabel(tr("The engine runs every other order. An order set aside has stored data that cannot be read: "
                               "repair its rows and clear its reason (see the store documentation). An order whose catalog "
                               "is missing runs once the catalog is imported and the store opened again."),
                            this);
    help->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(760, 460);
    connect(model, &QAbstractItemModel::modelReset, this, &UnrunnableOrdersDialog::updateSummary);
    updateSummary();
}

void UnrunnableOrdersDialog::updateSummary()
{
    m_summary->setText(m_model->count() == 0       ? tr("Every order can run.")
                           : m_model->count() == 1 ? tr("1 order cannot run.")
                                                   : tr("%1 orders cannot run.").arg(QLocale().toString(m_model->count())));
}

} // namespace fw
