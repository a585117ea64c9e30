// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

// One run of a step that fell out: the engine's own first run, or an operator's retry of a case,
// and how it ended (the case it fell out as, or the step's state now).
struct FalloutTry {
    int number = 0; // 1: the engine's first run; 2, 3, ...: the retries, in order
    QDateTime startedAt; // the first attempt, or the retry (invalid: not known)
    QString retriedBy; // who retried; empty for the engine's first run
    qint64 retriedCase = 0; // the case this retry resolved (0: the first run)
    bool payloadEdited = false; // the retry sent an operator-edited request
    bool fieldsFixed = false; // the retry corrected line fields first
    int attempts = 0; // the automatic attempts it made (as its case counted them; 0: not known)
    qint64 caseId = 0; // the case it fell out as (0: it has not fallen out)
    QDateTime failedAt; // when that case was opened
    QString error; // the case's error
    QString resolution; // what became of the case ("retried by anna", "skipped by ..."); empty while open
    bool operator==(const FalloutTry&) const = default;
};

// The attempt history of one step across all its fallout cases, oldest first, and the step's state
// now (for the last run, when it has not fallen out again).
struct FalloutHistory {
    std::vector<FalloutTry> tries;
    QString stepState;
};

// Reads the history from the fallout cases of the step, the retries in the journal (who, edited
// payload, field fixes) and the step's callout attempts (when its first run began). Read-only.
Result<FalloutHistory> readFalloutHistory(const QSqlDatabase& database, const QString& orderId, const QString& stepId);

} // namespace fw
