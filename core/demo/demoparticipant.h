// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/worker/engineparticipant.h"

#include <QHash>
#include <QString>

#include <memory>

namespace fw {

class ScriptedOperator;

struct DemoOptions {
    QString samplesDirectory; // the bundled samples: every catalog, and `copies` of every order
    int copies = 25;
    // Non-empty: a new demo store also gets two weeks of history, its callouts sent here
    // (endpoint id -> base URL of the stand-in systems).
    QHash<QString, QString> historyEndpoints;
    int colleaguesPercent = 0; // the share of orders the scripted colleagues keep moving
    int ordersPerTick = 2; // at most this many orders moved per tick
};

// The demo, plugged into a running engine like any participant (EngineService::addParticipant):
// before the orders load it fills an empty store with the samples (and their history), and every
// tick its scripted colleagues move a share of the orders along (tasks done, signals sent, fields
// reported), a few orders at a time so the views stay lively. Fallout and the other orders are
// left for the person at the workbench. Nothing of it lives in the engine's own classes.
class DemoParticipant final : public EngineParticipant {
public:
    explicit DemoParticipant(DemoOptions options);
    ~DemoParticipant() override;

    QString name() const override { return QStringLiteral("create the demo store"); }
    // Fills an empty store; a store with orders is kept as operators left it. The history runs an
    // engine of its own on a thread of its own (its callouts need an event loop): the engine's
    // thread waits for it without running a nested one.
    Status prepare(EngineHost& host) override;
    void tick(EngineHost& host) override;

private:
    DemoOptions m_options;
    std::unique_ptr<ScriptedOperator> m_colleague;
    std::size_t m_cursor = 0;
};

} // namespace fw
