// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FalloutQueuePage's bulk actions: which cases they take, their buttons, the dialog.
#include "falloutqueuepage.h"

#include "bulkfalloutdialog.h"
#include "falloutcasemodel.h"
#include "common/permission.h"
#include "common/rowfiltermodel.h"
#include "workspace/storesession.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace fw {

std::vector<FalloutSummary> FalloutQueuePage::bulkCases() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() <= 1) {
        rows.clear();
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows << m_filter->index(row, 0);
    }
    std::vector<FalloutSummary> cases;
    for (const QModelIndex& index : std::as_const(rows)) {
        if (const FalloutSummary* c = m_session->falloutCase(index.data(FalloutCaseModel::CaseIdRole).toLongLong()))
            cases.push_back(*c);
    }
    return cases;
}

void FalloutQueuePage::updateBulkButtons()
{
    if (!m_bulkRetry)
        return;
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const int count = selected > 1 ? selected : m_filter->rowCount();
    const QString scope = selected > 1 ? tr("selected") : tr("shown");
    m_bulkRetry->setText(tr("Retry %1 %2\u2026").arg(count).arg(scope));
    m_bulkRetry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)); // setText replaced it with the text's mnemonic
    m_bulkSkip->setText(tr("Skip %1 %2\u2026").arg(count).arg(scope));
    setOwnToolTip(m_bulkRetry,
                  tr("Dry run first, then retry every %1 case, each with its own result (%2)")
                      .arg(scope, m_bulkRetry->shortcut().toString(QKeySequence::NativeText)));
    setOwnToolTip(m_bulkSkip, tr("Dry run first, then skip every %1 case with one reason").arg(scope));
    permit(m_bulkRetry, *m_session->identity(), QStringLiteral("fallout.bulk-retry"), count > 0);
    permit(m_bulkSkip, *m_session->identity(), QStringLiteral("fallout.bulk-skip"), count > 0);
}

void FalloutQueuePage::runBulk(int action)
{
    std::vector<FalloutSummary> cases = bulkCases();
    if (cases.empty())
        return;
    BulkFalloutDialog dialog(m_session, BulkFalloutDialog::Action(action), std::move(cases), this);
    dialog.exec();
}

void FalloutQueuePage::bulkRetry()
{
    runBulk(int(BulkFalloutDialog::Action::Retry));
}

void FalloutQueuePage::bulkSkip()
{
    runBulk(int(BulkFalloutDialog::Action::Skip));
}

} // namespace fw
