// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "permission.h"

#include "users/sessionuser.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace fw {

namespace {
    constexpr char ownToolTipProperty[] = "fwOwnToolTip";

    template <typename Control> void apply(Control* control, bool available, const QString& refusal)
    {
        QVariant own = control->property(ownToolTipProperty);
        if (!own.isValid()) {
            own = control->toolTip();
            control->setProperty(ownToolTipProperty, own);
        }
        control->setEnabled(available && refusal.isEmpty());
        control->setToolTip(refusal.isEmpty() ? own.toString() : refusal);
    }
} // namespace

void setPermitted(QWidget* control, bool available, const QString& refusal)
{
    apply(control, available, refusal);
}

void setPermitted(QAction* control, bool available, const QString& refusal)
{
    apply(control, available, refusal);
}

void permit(QWidget* control, const SessionUser& user, const QString& action, bool available)
{
    apply(control, available, user.refusal(action));
}

void permit(QAction* control, const SessionUser& user, const QString& action, bool available)
{
    apply(control, available, user.refusal(action));
}

void setOwnToolTip(QWidget* control, const QString& toolTip)
{
    control->setProperty(ownToolTipProperty, toolTip);
    control->setToolTip(toolTip);
}

} // namespace fw
