// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace fw {

// Where a task or fallout case sits, as every store names it: its order and step.
struct StepAddress {
    QString orderId;
    QString stepId;
};

// What the sync looks up in the local store besides its ledger and journal: an order's document
// to register, whether a catalog version is here, a store setting, and the local ids of tasks and
// fallout cases that portable requests name by order and step. Each call is one statement; a
// failed one comes back as an Error naming what was looked up.
class SyncLookups {
public:
    explicit SyncLookups(QSqlDatabase database);

    // The document of an order this workstation runs (not a replica); an Error naming the order when
    // it has none.
    Result<QString> ownOrderDocument(const QString& orderId) const;
    Result<bool> hasCatalog(const QString& id, const QString& version) const;
    Result<QString> setting(const QString& name, const QString& fallback = {}) const; // store_settings
    // Whether `actor` holds the claim of task `taskId` here.
    Result<bool> holdsClaim(qint64 taskId, const QString& actor) const;
    // The order and step of a task or fallout case; an Error "task 7: no such task" when none.
    Result<StepAddress> taskAddress(qint64 taskId) const;
    Result<StepAddress> caseAddress(qint64 caseId) const;
    // The local id of an order's task at a step, or of the step's open fallout case.
    Result<qint64> taskAt(const StepAddress& address) const;
    Result<qint64> openCaseAt(const StepAddress& address) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
