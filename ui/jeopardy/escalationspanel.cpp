// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalationspanel.h"

#include "common/csvexportbutton.h"

#include "engine/engineservice.h"
#include "engine/escalationactions.h"
#include "escalationmodel.h"
#include "common/rowfiltermodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "common/actionmessagebar.h"
#include "common/permission.h"
#include "common/operationstable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace fw {

EscalationsPanel::EscalationsPanel(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EscalationModel(this))
    , m_filter(new RowFilterModel(EscalationModel::SortRole, this))
{
    setObjectName(QStringLiteral("escalationsPanel"));
    m_filter->setSourceModel(m_model);
    m_prompt = [](QWidget* parent, qint64 id) {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(parent, tr("Resolve Escalation %1").arg(id),
                                                            tr("What was done? (kept in the order's timeline)"), QString(), &ok);
        return ok ? text.trimmed() : QString();
    };

    m_table = createOperationsTable(this, QStringLiteral("escalationsTable"));
    m_table->setModel(m_filter);
    m_table->sortByColumn(EscalationModel::IdColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(EscalationModel::IdColumn, 50);
    header->resizeSection(EscalationModel::LevelColumn, 110);
    header->resizeSection(EscalationModel::OrderColumn, 150);
    header->resizeSection(EscalationModel::StepColumn, 200);
    header->resizeSection(EscalationModel::QueueColumn, 120);
    header->resizeSection(EscalationModel::StateColumn, 130);
    header->resizeSection(EscalationModel::AgeColumn, 80);
    header->resizeSection(EscalationModel::RaisedByColumn, 120);
    header->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT openOrderRequested(index.data(EscalationModel::OrderIdRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &EscalationsPanel::updateActions);

    m_take = new QPushButton(tr("&Take"), this);
    m_take->setObjectName(QStringLiteral("takeEscalationButton"));
    m_take->setToolTip(tr("Take the escalation: the other supervisors see that you are on it"));
    m_resolve = new QPushButton(tr("Re&solve\u2026"), this);
    m_resolve->setObjectName(QStringLiteral("resolveEscalationButton"));
    m_openOrder = new QPushButton(tr("Open &Order"), this);
    m_openOrder->setObjectName(QStringLiteral("escalationOpenOrderButton"));
    connect(m_take, &QPushButton::clicked, this, &EscalationsPanel::takeCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &EscalationsPanel::resolveCurrent);
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            Q_EMIT openOrderRequested(m_table->currentIndex().data(EscalationModel::OrderIdRole).toString());
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_take);
    actions->addWidget(m_resolve);
    actions->addStretch(1);
    actions->addWidget(new CsvExportButton(m_table, tr("escalations"), QStringLiteral("escalations.csv"), this));
    actions->addWidget(m_openOrder);

    auto* message = new ActionMessageBar(session, { QStringLiteral("take escalation"), QStringLiteral("resolve escalation") }, this);
    message->setObjectName(QStringLiteral("escalationActionMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(message);
    layout->addLayout(actions);

    connect(session, &StoreSession::snapshotApplied, this, [this] {
        m_model->setSnapshot(m_session->lastSnapshot());
        if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
        updateActions();
    });
    connect(session->identity(), &SessionUser::changed, this, &EscalationsPanel::updateActions);
    m_model->setSnapshot(session->lastSnapshot());
    updateActions();
}

void EscalationsPanel::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const QString state = current.data(EscalationModel::StateRole).toString();
    const QString claimedBy = current.data(EscalationModel::ClaimedByRole).toString();
    const SessionUser& user = *m_session->identity();
    permit(m_take, user, QStringLiteral("escalation.claim"), current.isValid() && state == QLatin1String("open"));
    permit(m_resolve, user, QStringLiteral("escalation.resolve"),
           current.isValid() && (state == QLatin1String("open") || claimedBy == m_session->user()));
    m_openOrder->setEnabled(current.isValid());
}

void EscalationsPanel::takeCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        EscalationActions(*m_session->service()).claim(current.data(EscalationModel::EscalationIdRole).toLongLong(), m_session->user());
}

void EscalationsPanel::resolveCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(EscalationModel::EscalationIdRole).toLongLong();
    const QString resolution = m_prompt(this, id);
    if (!resolution.isEmpty())
        EscalationActions(*m_session->service()).resolve(id, m_session->user(), resolution);
}

} // namespace fw
