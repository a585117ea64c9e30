// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalscanner.h"

#include "common/clock.h"
#include "common/logging.h"
#include "store/assetreader.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/renewalwriter.h"

namespace fw {

RenewalScanner::RenewalScanner(ExecutionContext& context)
    : m_context(context)
{
}

Result<std::vector<Renewal>> RenewalScanner::scan()
{
    const QDateTime now = m_context.clock().now();
    const QDate today = now.toUTC().date();
    const AssetReader assets(m_context.database().connection());
    const auto due = assets.renewalsDue(today);
    if (!due)
        return due.error();
    std::vector<Renewal> renewals;
    for (const Asset& root : *due) {
        const auto components = assets.children(root.id);
        if (!components)
            return components.error();
        if (auto renewal = renewalDue(root, *components, today))
            renewals.push_back(std::move(*renewal));
    }
    if (renewals.empty())
        return renewals;
    auto opened = RenewalWriter(m_context.database().connection()).open(renewals, now, ExecutionContext::engineActor);
    if (opened && !opened->empty())
        qCInfo(lcEngine, "renewals: %d opened", int(opened->size()));
    return opened;
}

Status RenewalScanner::beforeRun()
{
    const QDateTime now = m_context.clock().now();
    if (m_nextScan.isValid() && now < m_nextScan)
        return {};
    m_nextScan = now.addSecs(60);
    if (Status settled = m_context.writer().settle(); !settled)
        return settled; // the assets as the engine recorded them
    if (const auto opened = scan(); !opened) // a renewal not opened now is opened by a later scan
        qCWarning(lcEngine, "renewals not opened: %s", qPrintable(opened.message()));
    return {};
}

} // namespace fw
