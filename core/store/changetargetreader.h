// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fw {

// An order's row as a change order sees it.
struct ChangeTargetRow {
    QString state;
    QString replicaOf; // another workstation's order: the workstation; empty for an own order
};

struct CurrentOrderDocument {
    QString document; // the order as last amended (current_document), else as imported
    int revision = 0;
};

// Reads what a change order is prepared against (prepareStoredChange): the order's state, its
// current document and revision, and the state of a change order already recorded for it.
// Read-only; nullopt when there is no such row.
class ChangeTargetReader {
public:
    explicit ChangeTargetReader(QSqlDatabase database);

    Result<std::optional<ChangeTargetRow>> order(const QString& orderId) const;
    Result<std::optional<CurrentOrderDocument>> currentDocument(const QString& orderId) const;
    Result<std::optional<QString>> changeState(const QString& orderId, const QString& changeId) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
