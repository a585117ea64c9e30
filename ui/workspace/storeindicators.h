// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storeopenoptions.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;
class QToolButton;

namespace fw {

class StoreWorkspace;
class SyncIndicator;

// The open store in the main window's status bar: the signed-in user (click to switch), the remote
// store's state (click for the conflicts), the order and task counts, the engine's state and the
// orders it cannot run (one line however many; click for the list). It
// also reports the engine's and the operator actions' outcomes for the status line, and when the
// store is ready (its first snapshot is shown) or could not start.
class StoreIndicators final : public QObject {
    Q_OBJECT

public:
    explicit StoreIndicators(QStatusBar* statusBar); // adds its widgets as permanent ones
    void setWorkspace(StoreWorkspace* workspace); // nullptr: no store is open
    void retranslate(); // after a language change: every indicator's text again

    QToolButton* userButton() const { return m_userButton; }
    SyncIndicator* syncIndicator() const { return m_syncIndicator; }

Q_SIGNALS:
    void statusMessage(const QString& text, fw::StatusTone tone);
    void storeReady(bool ok);
    void switchUserRequested();
    void conflictsRequested();

private:
    void onEngineState();
    void onStartProgress(const QString& stage, int done, int total);
    void onSnapshot();
    void onActionFinished(const QString& action, bool ok, const QString& message);
    void onSyncStatus();
    void onUserChanged();
    void onUnrunnable();
    void showUnrunnable();

    QPointer<StoreWorkspace> m_workspace;
    QToolButton* m_userButton;
    SyncIndicator* m_syncIndicator;
    QLabel* m_countsLabel;
    QLabel* m_engineLabel;
    QToolButton* m_unrunnableButton; // "N orders cannot run": one line for any number, the list on click
    bool m_readyReported = false;
};

} // namespace fw
