// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "renewals/renewal.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace fw {

// Which renewals to list: due on or before dueBy (invalid: any), in one of states (empty: any).
struct RenewalFilter {
    QDate dueBy;
    std::vector<Renewal::State> states;
    QString accountId; // empty: every account
};

// Reads the renewal register (schema v26, docs/assets.md "Renewals").
class RenewalReader {
public:
    explicit RenewalReader(QSqlDatabase database);

    // The renewals the filter selects, by due date, then id.
    Result<std::vector<Renewal>> list(const RenewalFilter& filter) const;
    // One renewal; nullopt when there is none with that id.
    Result<std::optional<Renewal>> find(qint64 id) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
