// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/enginesnapshot.h"

#include <QObject>

#include <vector>

class QLabel;

namespace fw {

class StoreSession;

// Follows a retried fallout case to what actually happened and says so on the page's outcome line:
// the retry was refused (the engine's reason), the step failed again (a new case on the same step:
// its error and a link that opens it), or the step ran and the order went on. A retry is only "sent"
// until one of those is seen in the engine's snapshots.
class FalloutRetryWatcher final : public QObject {
    Q_OBJECT

public:
    FalloutRetryWatcher(StoreSession* session, QLabel* outcome, QObject* parent = nullptr);

    void watch(const FalloutSummary& retried); // call when the retry is submitted
    QString outcomeText() const; // the outcome line, as plain text

Q_SIGNALS:
    void openCaseRequested(qint64 caseId); // the link to the new case
    void failedAgain(qint64 retriedCase, qint64 newCase);

private:
    struct Watched {
        FalloutSummary retried;
        int completedBefore = -1; // the order's completed steps when first seen after the retry
        bool resolved = false; // the retried case has left the open cases
    };
    void onActionFinished(const QString& action, bool ok, const QString& message);
    void onSnapshot();
    void show(const QString& html, bool bad);

    StoreSession* m_session;
    QLabel* m_outcome;
    std::vector<Watched> m_watched;
};

} // namespace fw
