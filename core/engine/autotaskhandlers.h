// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace fw {

// What an auto-task handler gets: its rendered parameters and the facts it may need.
struct AutoTaskRequest {
    QString orderId;
    QString stepId;
    QVariantMap params; // placeholders already rendered
    QDateTime now;
    std::function<QDateTime(const QString& stepKey)> completedAt; // invalid when that step has not completed
};

// What it produces; the engine applies it (fields to the step's lines, events to the journal).
struct AutoTaskOutcome {
    QString error; // empty: success; otherwise the step goes to fallout with this text
    QVariantMap fieldUpdates; // "line.fields.billingStartDate" -> "2026-12-07"
    QList<std::pair<QString, QVariantMap>> events; // name, payload
    bool ok() const { return error.isEmpty(); }
};

using AutoTaskHandler = std::function<AutoTaskOutcome(const AutoTaskRequest&)>;

// Auto tasks run C++ handlers registered by name. The built-ins (docs/catalog-format.md):
//   noop                                      does nothing
//   setField     {field, value}               sets a line field
//   computeDate  {field, from, addDays?, addMonths?, addYears?}
//                from: "now", "completion:<stepKey>" or an ISO date; stores an ISO date
//   emitEvent    {event, ...}                 writes a journal event with the other params
class AutoTaskRegistry {
public:
    static AutoTaskRegistry withBuiltIns();
    static const QStringList& builtInNames();

    void add(const QString& name, AutoTaskHandler handler) { m_handlers.insert(name, std::move(handler)); }
    const AutoTaskHandler* find(const QString& name) const;
    QStringList names() const;

private:
    QHash<QString, AutoTaskHandler> m_handlers;
};

} // namespace fw
