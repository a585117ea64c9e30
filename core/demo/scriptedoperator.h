// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/catalog.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantMap>

namespace fw {

class CommandProcessor;
class Database;
class Executor;
class SyncLink;

// Plays the people and partners an order waits for: completes its open manual tasks with example
// form data, sends the signals its pauses wait for, and reports the line fields they wait for. The
// demo store uses it to keep orders moving while the workbench is watched; the end-to-end test of
// every sample drives its orders with it. It acts like everyone else, through the CommandProcessor,
// as users of the store it adds the first time: its user (operator and supervisor, so every
// queue), "partner" (signals) and "broker" (line fields, a resolver).
class ScriptedOperator {
public:
    struct Round {
        QStringList actions; // "task schedule-technician", "signal router-delivered", "field line.fields.x"
        bool waitsForTime = false; // a time pause is open: only the clock can move it
        QString error; // an action the engine refused
    };

    explicit ScriptedOperator(QString user = QStringLiteral("demo-operator"));

    // One round over one loaded order, every action a command through `processor` (the engine's:
    // with a remote store its claims are decided there, like anyone's).
    Round actOn(CommandProcessor& processor, const Executor& executor, Database& database, const QString& orderId) const;
    // The same through a processor of its own over `executor` (tests, the demo's history). sync: the
    // workstation's sync link when the store syncs.
    Round actOn(Executor& executor, Database& database, const QString& orderId, SyncLink* sync = nullptr) const;

    // Valid example values for a form: text, 3, -18.5, true, a date, a date-time, the first option.
    static QVariantMap exampleFormData(const ManualTaskSpec& spec);

    static inline const QString partner = QStringLiteral("partner"); // gives the signals pauses wait for
    static inline const QString broker = QStringLiteral("broker"); // reports the line fields pauses wait for

private:
    // Adds the users it acts as, when the store does not know them yet.
    Status enrol(Database& database, const QDateTime& now) const;
    QString m_user;
    mutable bool m_enrolled = false; // its users are in the store: not looked up again
};

} // namespace fw
