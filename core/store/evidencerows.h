// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fw {

// What an order's evidence bundle (buildEvidenceBundle, core/report) is made from, as stored.
struct EvidenceOrderRow {
    QString id;
    QString accountId;
    QString accountName;
    QString state;
    QString requestedDate;
    QDateTime orderedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString catalogId;
    QString catalogVersion;
    int revision = 0;
};

struct EvidenceLineRow {
    QString id;
    QString product;
    QString scope;
    int quantity = 0;
    QString deliveryGroup;
    QStringList sourceItems;
    QString fields; // JSON object text: what the systems and operators recorded on the line
    QString removedBy; // the change order that removed it, empty while it stands
};

struct EvidenceStepRow {
    QString id;
    QString name;
    QString type; // callout, manualTask, pause, autoTask, milestone, ...
    QString lane;
    QString key; // the catalog step's key (a pause's key often names its signal)
    QString state;
    QStringList lines;
    QDateTime startedAt; // its first move to running or waiting (journal), else its first attempt
    QDateTime completedAt;
    QString compensates; // the step it undoes, for a compensation
};

struct EvidenceTaskRow {
    qint64 id = 0;
    QString stepId;
    QString queue;
    QString completedBy;
    QDateTime completedAt;
    QString data; // the form as JSON object text
    QString comment;
};

struct EvidenceSignalRow {
    QString name;
    QDateTime receivedAt;
    QString sentBy; // the actor of the journal's signal event, empty when unknown
};

struct EvidenceAttemptRow {
    QString stepId;
    int series = 0;
    int attempt = 0;
    QString idempotencyKey;
    QDateTime startedAt;
    QDateTime finishedAt;
    int httpStatus = 0; // 0: no answer
    QString outcome;
    QString certainty; // "definite" or "unknown"
    QString request;
    QString response;
    QString error;
};

struct EvidenceRows {
    EvidenceOrderRow order;
    std::vector<EvidenceLineRow> lines;
    std::vector<EvidenceStepRow> steps; // plan order
    std::vector<EvidenceTaskRow> tasks; // completed manual tasks, by completion time
    std::vector<EvidenceSignalRow> signalsReceived; // by time
    std::vector<EvidenceAttemptRow> attempts; // callout attempts, by time
};

// Reads an order's evidence rows in one read transaction; nullopt when there is no such order.
Result<std::optional<EvidenceRows>> readEvidenceRows(const QSqlDatabase& database, const QString& orderId);

} // namespace fw
