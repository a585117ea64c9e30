// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plancards.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPair>
#include <QPointer>

#include <memory>

namespace fw {

class PlanView;

// What a screen reader sees of the plan graph: a list (the view, named "Plan graph") whose children
// are the cards shown, in the keyboard's reading order (PlanKeyboard), each named "Step, lane, state"
// (planCardName) and described by its type and scope; the focused card is the focus child, and
// PlanKeyboard announces it as it moves. Installed for every PlanView by installPlanViewAccessible().
class PlanViewAccessible : public QAccessibleWidget {
public:
    explicit PlanViewAccessible(PlanView* view);
    ~PlanViewAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;

    // The card's interface (made once per card and kept until the view goes).
    QAccessibleInterface* card(const PlanCard& card) const;
    PlanView* view() const;

private:
    mutable QHash<QPair<int, int>, QAccessible::Id> m_cards;
};

// Registers the factory that gives PlanViews their PlanViewAccessible (once; later calls do nothing).
void installPlanViewAccessible();
// The event that tells screen readers the focus is on this card now (null: the view has no
// PlanViewAccessible), and sending it; Qt drops it at once while no screen reader is active.
std::unique_ptr<QAccessibleEvent> planCardFocusEvent(PlanView* view, const PlanCard& card);
void announcePlanCard(PlanView* view, const PlanCard& card);

} // namespace fw
