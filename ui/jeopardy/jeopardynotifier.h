// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/jeopardy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <QSystemTrayIcon>

namespace fw {

// Tells a user when their work gets into jeopardy: given successive reports, it notifies for the
// findings that newly reached a level or went from warning to critical since the previous report,
// when the user holds the step's task or watches the order. The first report after start only
// sets the baseline. Several at once make one summary ("4 of your orders entered jeopardy"), not
// a flood. Emits notify() always; shows it in the system tray when there is one.
class JeopardyNotifier : public QObject {
    Q_OBJECT

public:
    explicit JeopardyNotifier(QObject* parent = nullptr);

    void setUser(const QString& user);
    void setWatchedOrders(const QSet<QString>& orderIds);
    // The tray icon to show messages on (the application's); none: one of its own when the
    // platform has a system tray.
    void setTrayIcon(QSystemTrayIcon* tray);

    void update(const JeopardyReport& report);
    void reset(); // forget the baseline: the next report only sets it again

Q_SIGNALS:
    // `level`: the highest JeopardyLevel among the findings the message is about.
    void notify(const QString& title, const QString& message, int level);

private:
    bool concerns(const JeopardyFinding& finding) const;
    void show(const QString& title, const QString& message, JeopardyLevel level);

    QString m_user;
    QSet<QString> m_watched;
    QHash<QString, JeopardyLevel> m_levels; // per order and step: the level in the previous report
    bool m_primed = false;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_ownTray = false;
};

} // namespace fw
