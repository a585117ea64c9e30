// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engineparticipant.h"

#include <memory>

class QLockFile;

namespace fw {

// Serves the store's request inbox (RequestInbox): fwctl commands that find this engine running
// leave their requests there, and every tick carries the pending ones out through the processor.
class RequestInboxParticipant final : public EngineParticipant {
public:
    RequestInboxParticipant();
    ~RequestInboxParticipant() override;

    QString name() const override { return QStringLiteral("fwctl requests"); }
    void start(EngineHost& host) override; // announces that this engine serves the store
    void tick(EngineHost& host) override;
    void stop() override;

private:
    std::unique_ptr<QLockFile> m_serving;
};

} // namespace fw
