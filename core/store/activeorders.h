// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

// An order a starting engine runs, and when it needs to be read into memory: its stored steps say
// whether it can move now, when it wants to run again, or whether only an event (a person at its
// manual task, an operator resolving its fallout, a signal or field for its pause) moves it.
struct ActiveOrder {
    enum class Wake {
        Now, // a step is ready or running (a callout to send again), none started yet, or it is being cancelled
        Look, // it must be read to know (a pause's condition or date)
        At, // a callout retry is due at `at`
        Event, // waits for a person or an operator: not read until an action concerns it
    };
    QString id;
    QString catalogId;
    QString catalogVersion;
    Wake wake = Wake::Look;
    QDateTime at; // Wake::At
};

// Reads the orders an engine runs (not finished, not a replica, not set aside) with what wakes
// them, from two scans (the orders, the steps that have started and not finished) instead of
// reading every order. Read-only.
class ActiveOrdersReader {
public:
    explicit ActiveOrdersReader(QSqlDatabase database);

    // In the order they were created; an error when the store cannot be read.
    Result<std::vector<ActiveOrder>> read() const;
    // Only the orders no step of which has started yet (orders.state 'pending': imported, not run),
    // all due now: one index search, so a starting engine moves them before it has read the others.
    Result<std::vector<ActiveOrder>> readNew() const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
