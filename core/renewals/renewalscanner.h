// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/executioncontext.h"
#include "renewal.h"

#include <QDateTime>

namespace fw {

// Opens renewals as the engine's clock crosses each subscription's lead time (docs/assets.md,
// "Renewals"): before each run of the engine, at most once a minute of its clock, every root asset
// that is not disconnected and whose term ends within its renewal lead time gets one renewal row
// for that term end, journalled "renewal.opened" by the engine. The row is UNIQUE per asset and term
// end, so a second scan, another engine or a restart never opens it again; a renewed asset's next
// term opens its own renewal when that term's lead time comes.
class RenewalScanner final : public RunLoopParticipant {
public:
    explicit RenewalScanner(ExecutionContext& context);

    // Opens the renewals due on the clock's date now; returns those opened.
    Result<std::vector<Renewal>> scan();

    // RunLoopParticipant
    Status beforeRun() override;

private:
    ExecutionContext& m_context;
    QDateTime m_nextScan;
};

} // namespace fw
