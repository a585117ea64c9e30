// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "renewals/renewal.h"

#include <QSqlDatabase>

#include <vector>

namespace fw {

// Writes the renewal register (schema v26, docs/assets.md "Renewals"): each call one transaction
// with its journal entry ("renewal.opened", "renewal.claimed", "renewal.renewed", "renewal.declined")
// and, for a decision, the asset's new term and history.
class RenewalWriter {
public:
    explicit RenewalWriter(QSqlDatabase database);

    // Opens the renewals (INSERT OR IGNORE on (asset, term end): one already there stays as it is
    // and is not journalled again). Returns those opened now, with their ids.
    Result<std::vector<Renewal>> open(const std::vector<Renewal>& renewals, const QDateTime& now, const QString& actor);
    // An open renewal (or one the user holds) becomes claimed by user.
    Status claim(const Renewal& renewal, const QString& user, const QDateTime& now);
    // Renewed: the asset and its components whose term ends with the renewal's get the next term
    // (term_start = the old end, term_end + termMonths), revision + 1, history "renewed".
    Status renew(const Renewal& renewal, const QString& user, const QDateTime& now);
    // Declined with a reason; the asset keeps its term and gets the history entry "renewal declined".
    Status decline(const Renewal& renewal, const QString& user, const QString& reason, const QDateTime& now);

private:
    Status decide(const Renewal& renewal, Renewal::State to, const QString& user, const QString& reason, const QDateTime& now);

    QSqlDatabase m_database;
};

} // namespace fw
