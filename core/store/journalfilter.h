// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/journal.h"

#include <QDateTime>
#include <QString>

namespace fw {

// Which entries of an order's journal a timeline shows: the workbench timeline's filters and
// `fwctl timeline --failures --lane --actor --since`. Empty fields let everything through.
struct JournalFilter {
    bool failuresOnly = false; // only isFailure() entries
    QString lane; // the lane id or name of the entry's step (entries without a step never match)
    QString actor; // who acted, exactly as journalled ("engine", "anna")
    QDateTime since; // entries at or after this instant

    // laneId, laneName: the lane of the event's step (empty for an event without a step).
    bool matches(const JournalEvent& event, const QString& laneId, const QString& laneName) const;

    // What went wrong: a step into fallout or retrying, an order held, jeopardy raised, a change
    // order refused. The workbench colours these and its "Failures only" box shows only them.
    static bool isFailure(const JournalEvent& event);

    // --since: an ISO 8601 date (its start, UTC) or date-time ("2026-03-01", "2026-03-01T08:00:00Z";
    // without an offset: UTC), or a duration before `now` ("30m", "2h", "3d", "1d4h", "PT2H"). The
    // error says what was expected.
    static Result<QDateTime> parseSince(const QString& text, const QDateTime& now);
};

} // namespace fw
