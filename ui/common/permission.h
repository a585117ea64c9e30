// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QAction;
class QWidget;

namespace fw {

class SessionUser;

// A control for an action the signed-in user may or may not take. Enabled when `available` (the
// page's own condition: something selected, the order on hold...) and `refusal` is empty; when the
// user's roles refuse it, it is disabled and its tooltip says why (the role it needs) in place of
// its own tooltip, which comes back once allowed. Its own tooltip is the one it had on the first
// call, or the last one given to setOwnToolTip().
void setPermitted(QWidget* control, bool available, const QString& refusal);
void setPermitted(QAction* control, bool available, const QString& refusal);
// Shorthands for SessionUser::refusal(action).
void permit(QWidget* control, const SessionUser& user, const QString& action, bool available = true);
void permit(QAction* control, const SessionUser& user, const QString& action, bool available = true);
// A control whose tooltip changes with the page (a count in it): its own tooltip from now on.
void setOwnToolTip(QWidget* control, const QString& toolTip);

} // namespace fw
