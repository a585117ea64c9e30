// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plancards.h"

#include <QList>
#include <QObject>

#include <vector>

class QAction;
class QPainter;

namespace fw {

class PlanView;

// The plan graph by keyboard: a focus that moves between the cards (steps and collapsed groups) in
// reading order (planCardOrder), drawn as a ring around the focused card, which is scrolled into
// view and announced to screen readers (PlanViewAccessible). The view's keys are actions (listed
// by Help > Keyboard Shortcuts, named "Plan graph"): the view's key presses trigger them while it
// has the focus. Tab and Shift+Tab move between the cards and leave the view after the last one;
// F6 and Shift+F6 leave it at once (a big plan has hundreds of cards; Ctrl+Tab stays the order
// page's next tab).
class PlanKeyboard : public QObject {
    Q_OBJECT

public:
    // `view` null: only the actions, for the shortcuts list.
    explicit PlanKeyboard(PlanView* view, QObject* parent = nullptr);

    PlanCard current() const; // null when the focused card is no longer shown
    void setCurrent(const PlanCard& card); // and scrolls it into view
    void setCurrentStep(const QString& stepId); // a click or the selection moved the focus; no scrolling
    // Next (+1) or previous (-1) card in reading order; the first or last lane's card at either
    // end when nothing is focused. False at the ends.
    bool move(int delta);
    bool moveLane(int delta); // the first card of the next (+1) or previous (-1) lane band
    // The cards in reading order, computed again only after the layout changed.
    const std::vector<PlanCard>& order() const;
    const QList<QAction*>& keyActions() const { return m_actions; }
    void paintFocus(QPainter* painter) const; // the ring, in scene coordinates

Q_SIGNALS:
    void currentChanged(const PlanCard& card);
    void activated(const PlanCard& card); // Enter: a step opens, a group shows its steps

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* addKey(const QString& text, const QList<QKeySequence>& keys, const std::function<void()>& run);
    bool triggerKey(const QKeyCombination& key);
    void focusCard(const PlanCard& card, bool scroll);
    void leave(bool forward); // F6: on to the next control at once

    PlanView* m_view;
    QList<QAction*> m_actions;
    PlanCard m_current;
    bool m_leaving = false;
    mutable std::vector<PlanCard> m_order;
    mutable std::vector<qreal> m_orderSignature;
};

} // namespace fw
