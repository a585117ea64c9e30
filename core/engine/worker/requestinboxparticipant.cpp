// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requestinboxparticipant.h"

#include "common/clock.h"
#include "engine/requestinbox.h"
#include "store/database.h"

#include <QLockFile>

namespace fw {

RequestInboxParticipant::RequestInboxParticipant() = default;
RequestInboxParticipant::~RequestInboxParticipant() = default;

void RequestInboxParticipant::start(EngineHost& host)
{
    m_serving = RequestInbox::serve(host.storePath());
}

void RequestInboxParticipant::tick(EngineHost& host)
{
    if (CommandProcessor* processor = host.processor())
        RequestInbox(host.database().connection()).processPending(*processor, host.clock().now());
}

void RequestInboxParticipant::stop()
{
    m_serving.reset();
}

} // namespace fw
