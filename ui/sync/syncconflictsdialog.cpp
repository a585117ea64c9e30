// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncconflictsdialog.h"

#include "common/rowfiltermodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "syncconflictmodel.h"
#include "common/operationstable.h"
#include "common/permission.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

SyncConflictsDialog::SyncConflictsDialog(StoreSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sorted(new RowFilterModel(SyncConflictModel::SortRole, this))
    , m_table(createOperationsTable(this, QStringLiteral("syncConflictsTable")))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("syncConflictsDialog"));
    setWindowTitle(tr("Sync Conflicts"));
    m_sorted->setSourceModel(session->conflicts());
    m_summary->setObjectName(QStringLiteral("syncConflictsSummary"));
    m_summary->setWordWrap(true);

    m_table->setModel(m_sorted);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->sortByColumn(SyncConflictModel::TimeColumn, Qt::DescendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(SyncConflictModel::TimeColumn, 150);
    header->resizeSection(SyncConflictModel::OrderColumn, 150);
    header->resizeSection(SyncConflictModel::KindColumn, 150);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT openOrderRequested(index.data(SyncConflictModel::OrderIdRole).toString()); });

    m_detail->setObjectName(QStringLiteral("syncConflictDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(8);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3 + 16);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_acknowledge = buttons->addButton(tr("&Acknowledge"), QDialogButtonBox::ActionRole);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeConflictButton"));
    m_acknowledge->setToolTip(tr("Mark the selected conflicts as seen; they stay in the store's history"));
    m_acknowledgeAll = buttons->addButton(tr("Acknowledge A&ll"), QDialogButtonBox::ActionRole);
    m_acknowledgeAll->setObjectName(QStringLiteral("acknowledgeAllConflictsButton"));
    m_openOrder = buttons->addButton(tr("Open &Order"), QDialogButtonBox::ActionRole);
    m_openOrder->setObjectName(QStringLiteral("conflictOpenOrderButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acknowledge, &QPushButton::clicked, this, &SyncConflictsDialog::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, &SyncConflictsDialog::acknowledgeAll);
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT openOrderRequested(current.data(SyncConflictModel::OrderIdRole).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(980, 460);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncConflictsDialog::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SyncConflictsDialog::updateState);
    connect(session, &StoreSession::syncStatusChanged, this, &SyncConflictsDialog::updateState);
    connect(session->identity(), &SessionUser::changed, this, &SyncConflictsDialog::updateState);
    if (m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(0, 0));
    updateState();
}

QList<qint64> SyncConflictsDialog::selectedConflicts() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(SyncConflictModel::ConflictIdRole).toLongLong();
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_table->currentIndex().data(SyncConflictModel::ConflictIdRole).toLongLong();
    return ids;
}

void SyncConflictsDialog::acknowledgeSelected()
{
    if (!m_session->identity()->allows(QStringLiteral("sync.acknowledge")))
        return;
    for (qint64 id : selectedConflicts())
        m_session->acknowledgeConflict(id);
}

void SyncConflictsDialog::acknowledgeAll()
{
    if (!m_session->identity()->allows(QStringLiteral("sync.acknowledge")))
        return;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        m_session->acknowledgeConflict(m_sorted->index(row, 0).data(SyncConflictModel::ConflictIdRole).toLongLong());
}

void SyncConflictsDialog::updateState()
{
    const int open = m_sorted->rowCount();
    m_summary->setText(open == 0 ? tr("No open conflicts: everything this workstation did reached the other workstations, "
                                      "or was reported here and acknowledged.")
                                 : tr("%Ln conflict(s) between this workstation and the others. Nothing was dropped: each says "
                                      "what did not happen and who did what instead.",
                                      nullptr, open));
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && open > 0)
        m_table->setCurrentIndex(m_sorted->index(0, 0));
    const QModelIndex shown = m_table->currentIndex();
    m_detail->setText(shown.isValid() ? shown.siblingAtColumn(SyncConflictModel::DetailColumn).data().toString() : QString());
    const SessionUser& user = *m_session->identity(); // a supervisor's or an admin's
    permit(m_acknowledge, user, QStringLiteral("sync.acknowledge"), shown.isValid());
    permit(m_acknowledgeAll, user, QStringLiteral("sync.acknowledge"), open > 0);
    m_openOrder->setEnabled(shown.isValid() && !shown.data(SyncConflictModel::OrderIdRole).toString().isEmpty());
}

} // namespace fw
