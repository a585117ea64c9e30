// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncpresentation.h"

#include "common/enginetexttranslation.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace fw {

namespace {
    int clampedCount(qint64 n)
    {
        return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
    }
    QString localTime(const QDateTime& time, const QString& format)
    {
        return QLocale().toString(time.toLocalTime(), format);
    }
} // namespace

SyncPresentation::Tone SyncPresentation::toneOf(const SyncStatus& status, const QDateTime& now, int leaseTtlSeconds)
{
    if (status.online)
        return status.catchingUp ? Tone::Syncing : Tone::Online;
    if (status.refused)
        return Tone::Refused;
    if (!status.offlineSince.isValid())
        return Tone::Connecting;
    return status.offlineSince.secsTo(now) > leaseTtlSeconds ? Tone::OfflinePastLease : Tone::Offline;
}

QColor SyncPresentation::colorOf(Tone tone)
{
    // Mid tones, readable as a dot on light and on dark palettes.
    switch (tone) {
    case Tone::Online:
        return QColor(0x43, 0xa0, 0x47);
    case Tone::Syncing:
        return QColor(0x1e, 0x88, 0xe5);
    case Tone::Offline:
        return QColor(0xfb, 0x8c, 0x00);
    case Tone::OfflinePastLease:
    case Tone::Refused:
        return QColor(0xe5, 0x39, 0x35);
    case Tone::Connecting:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString SyncPresentation::statusText(const SyncStatus& status)
{
    const QString dot = QStringLiteral(" \u00b7 ");
    if (status.online && status.catchingUp)
        return tr("Syncing") + dot + tr("%1 to pull").arg(QLocale().toString(status.backlog));
    if (status.online) {
        QString text = status.lastSync.isValid()
            ? tr("Online") + dot + tr("synced %1").arg(localTime(status.lastSync, QStringLiteral("HH:mm:ss")))
            : tr("Online");
        if (status.queuedCommands > 0)
            text += dot + tr("%n command(s) waiting for an answer", nullptr, status.queuedCommands);
        if (status.link == QLatin1String("unencrypted"))
            text += dot + tr("unencrypted");
        return text;
    }
    if (status.refused)
        return tr("Refused by the remote store") + dot + tr("%Ln event(s) queued", nullptr, clampedCount(status.queuedEvents));
    if (!status.offlineSince.isValid())
        return tr("Connecting to the remote store\u2026");
    QString text = tr("Offline since %1").arg(localTime(status.offlineSince, QStringLiteral("HH:mm")));
    text += dot + tr("%Ln event(s) queued", nullptr, clampedCount(status.queuedEvents));
    if (status.queuedCommands > 0)
        text += dot + tr("%Ln command(s) queued", nullptr, status.queuedCommands);
    if (status.queuedAssets > 0)
        text += dot + tr("%Ln asset change(s) queued", nullptr, clampedCount(status.queuedAssets));
    return text;
}

QString SyncPresentation::conflictsText(int openConflicts)
{
    return tr("%Ln conflict(s)", nullptr, openConflicts);
}

QString SyncPresentation::toolTip(const SyncStatus& status, Tone tone)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Workstation: %1").arg(status.workstation.isEmpty() ? tr("(not known yet)") : status.workstation)
          << tr("Orders run here (leases held): %1").arg(locale.toString(status.leasesHeld))
          << tr("Events pushed: %1 \u00b7 pulled: %2").arg(locale.toString(status.pushedEvents), locale.toString(status.pulledEvents));
    if (status.lastSync.isValid())
        lines << tr("Last sync: %1").arg(localTime(status.lastSync, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (tone == Tone::OfflinePastLease)
        lines << tr("Offline for longer than the lease time: other workstations may take over this workstation's orders.");
    else if (tone == Tone::Offline)
        lines << tr("The engine keeps running the orders it holds; its work is sent when the remote store is back.");
    else if (tone == Tone::Refused)
        lines << tr("The remote store does not accept this workstation as it is set up (the reason is below): nothing is "
                    "sent until the workstation or the database role is changed (File > Remote Store\u2026).");
    if (status.link == QLatin1String("unencrypted"))
        lines << tr("The link is not encrypted: anyone on the network can read and change what is sent. Connect with "
                    "sslmode=verify-full and the CA's file (File > Remote Store\u2026).");
    else if (status.link.startsWith(QLatin1String("unencrypted")))
        lines << tr("The link is not encrypted, but stays on this machine.");
    else if (!status.link.isEmpty())
        lines << tr("The link is encrypted (%1).").arg(status.link);
    if (!status.lastError.isEmpty())
        lines << tr("Last error: %1").arg(translatedEngineText(status.lastError));
    if (status.openConflicts > 0)
        lines << tr("Click to see the conflicts.");
    return lines.join(QLatin1Char('\n'));
}

QString SyncPresentation::conflictKindText(const QString& kind)
{
    if (kind == QLatin1String("lease-lost"))
        return tr("Order taken over");
    if (kind == QLatin1String("events-refused"))
        return tr("Work not accepted");
    if (kind == QLatin1String("command-failed"))
        return tr("Action not applied");
    if (kind == QLatin1String("claim-lost"))
        return tr("Claim lost");
    if (kind == QLatin1String("inbound-rejected"))
        return tr("Order rejected");
    if (kind == QLatin1String("asset-conflict"))
        return tr("Asset change not accepted");
    return kind;
}

QString SyncPresentation::runsOnText(const QString& runsOn)
{
    return runsOn.isEmpty() ? tr("This workstation") : runsOn;
}

void CatchUpProgress::update(const SyncStatus& status)
{
    if (!status.online || !status.catchingUp) {
        m_startPulled = -1;
        m_done = m_total = 0;
        return;
    }
    if (m_startPulled < 0)
        m_startPulled = status.pulledEvents;
    m_done = std::max<qint64>(0, status.pulledEvents - m_startPulled);
    m_total = m_done + std::max<qint64>(0, status.backlog);
}

} // namespace fw
