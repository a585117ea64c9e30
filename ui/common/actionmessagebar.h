// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>
#include <QStringList>

class QTimer;

namespace fw {

class StoreSession;

// A page's own line for the outcome of its operator actions: "Could not claim task 7: claimed by
// olga on ws-b at 2026-11-25 10:42:05" stays (in the error colour) until the next outcome;
// confirmations ("claim task 7: sent to ws-b, the workstation that runs order SO-1", "...: applied
// by ws-b") go after a while. Only actions whose text starts with one of `actionPrefixes` show.
class ActionMessageBar final : public QLabel {
    Q_OBJECT

public:
    ActionMessageBar(StoreSession* session, QStringList actionPrefixes, QWidget* parent = nullptr);

    void showOutcome(const QString& action, bool ok, const QString& message);

private:
    QStringList m_prefixes;
    QTimer* m_fade;
};

} // namespace fw
