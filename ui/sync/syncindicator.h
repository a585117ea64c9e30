// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "syncpresentation.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace fw {

// The status bar's sync indicator: a coloured dot and what the sync is doing ("Online · synced
// 10:42:05", "Syncing · 1,234 to pull" with a progress bar, "Offline since 10:40 · 312 events
// queued"), a badge while conflicts are open, and the details in its tooltip. Clicking it (or
// Space/Enter when it has focus) emits clicked(). Hidden until a status arrives.
class SyncIndicator final : public QWidget {
    Q_OBJECT

public:
    explicit SyncIndicator(QWidget* parent = nullptr);

    void setLeaseTtl(int seconds) { m_leaseTtlSeconds = seconds; }
    void setStatus(const SyncStatus& status);
    void clear(); // no remote store: hidden

    SyncPresentation::Tone tone() const { return m_tone; }
    QString text() const;
    QString conflictsText() const; // empty without open conflicts
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override; // its name in a new language

private:
    QWidget* m_dot;
    QLabel* m_text;
    QProgressBar* m_progress;
    QLabel* m_badge;
    CatchUpProgress m_catchUp;
    SyncPresentation::Tone m_tone = SyncPresentation::Tone::Connecting;
    int m_leaseTtlSeconds = 60;
};

} // namespace fw
