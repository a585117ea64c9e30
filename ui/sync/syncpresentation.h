// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sync/syncagent.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace fw {

// How the sync with a remote store reads and looks (docs/sync.md): the status bar's indicator, its
// tooltip, conflict kinds in words and who runs an order. Plain text and colours, no widgets, so the
// words are tested headless. The colour only repeats what the text says.
class SyncPresentation {
    Q_DECLARE_TR_FUNCTIONS(fw::SyncPresentation)

public:
    // Refused: the remote store refused this workstation (its id belongs to another database role).
    enum class Tone { Connecting, Online, Syncing, Offline, OfflinePastLease, Refused };

    // Offline for longer than the lease time: other workstations may take this one's orders over.
    static Tone toneOf(const SyncStatus& status, const QDateTime& now, int leaseTtlSeconds);
    static QColor colorOf(Tone tone);
    // "Online · synced 10:42:05", "Syncing · 1,234 to pull",
    // "Offline since 10:40 · 312 events queued · 2 commands queued".
    static QString statusText(const SyncStatus& status);
    static QString conflictsText(int openConflicts); // "3 conflicts"
    static QString toolTip(const SyncStatus& status, Tone tone);
    // "Order taken over", "Action not applied" ... for SyncConflict::kind.
    static QString conflictKindText(const QString& kind);
    // The "Runs on" column: the owner's workstation id, or "This workstation".
    static QString runsOnText(const QString& runsOn);
};

// The catch-up progress bar: pulled since catching up began / (that + what is left to pull).
class CatchUpProgress {
public:
    void update(const SyncStatus& status);
    bool isActive() const { return m_startPulled >= 0; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    int percent() const { return m_total > 0 ? int(m_done * 100 / m_total) : 0; }

private:
    qint64 m_startPulled = -1; // pulledEvents when catching up began; -1: not catching up
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace fw
