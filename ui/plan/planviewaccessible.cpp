// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planviewaccessible.h"

#include "plankeyboard.h"
#include "planscene.h"
#include "planview.h"

#include <QWindow>

#include <algorithm>

namespace fw {

namespace {
    // One card: no QObject of its own, so its parent (the view's interface) keeps it in m_cards.
    class PlanCardAccessible : public QAccessibleInterface {
    public:
        PlanCardAccessible(PlanView* view, const PlanCard& card)
            : m_view(view)
            , m_card(card)
        {
        }

        bool isValid() const override { return m_view && isPlanCardShown(*m_view->planScene(), m_card); }
        QObject* object() const override { return nullptr; }
        QWindow* window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
        QAccessibleInterface* parent() const override { return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr; }
        QAccessibleInterface* child(int) const override { return nullptr; }
        int childCount() const override { return 0; }
        int indexOfChild(const QAccessibleInterface*) const override { return -1; }
        QAccessibleInterface* childAt(int, int) const override { return nullptr; }
        QAccessibleInterface* focusChild() const override { return nullptr; }
        QAccessible::Role role() const override { return QAccessible::ListItem; }
        void setText(QAccessible::Text, const QString&) override { }

        QString text(QAccessible::Text kind) const override
        {
            if (!m_view)
                return {};
            if (kind == QAccessible::Name)
                return planCardName(*m_view->planScene(), m_card);
            if (kind == QAccessible::Description)
                return planCardDescription(*m_view->planScene(), m_card);
            return {};
        }

        QRect rect() const override
        {
            if (!m_view)
                return {};
            const QRect inView = m_view->mapFromScene(planCardRect(*m_view->planScene(), m_card)).boundingRect();
            return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
        }

        QAccessible::State state() const override
        {
            QAccessible::State state;
            if (!isValid()) {
                state.invalid = true;
                return state;
            }
            state.focusable = true;
            state.selectable = true;
            const PlanScene& scene = *m_view->planScene();
            state.focused = m_view->hasFocus() && m_view->keyboard()->current() == m_card;
            state.selected = m_card.step >= 0 && scene.graph().nodeIndex(scene.selectedStep()) == m_card.step;
            state.expandable = m_card.group >= 0;
            state.collapsed = m_card.group >= 0;
            state.offscreen = !m_view->viewport()->rect().intersects(m_view->mapFromScene(planCardRect(scene, m_card)).boundingRect());
            return state;
        }

    private:
        QPointer<PlanView> m_view;
        PlanCard m_card;
    };

    QAccessibleInterface* planViewFactory(const QString&, QObject* object)
    {
        if (auto* view = qobject_cast<PlanView*>(object))
            return new PlanViewAccessible(view);
        return nullptr;
    }
} // namespace

PlanViewAccessible::PlanViewAccessible(PlanView* view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

PlanViewAccessible::~PlanViewAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_cards))
        QAccessible::deleteAccessibleInterface(id);
}

PlanView* PlanViewAccessible::view() const
{
    return static_cast<PlanView*>(widget());
}

QAccessibleInterface* PlanViewAccessible::card(const PlanCard& card) const
{
    const QPair<int, int> key(card.step, card.group);
    if (const auto found = m_cards.constFind(key); found != m_cards.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto* iface = new PlanCardAccessible(view(), card);
    m_cards.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int PlanViewAccessible::childCount() const
{
    return static_cast<int>(view()->keyboard()->order().size());
}

QAccessibleInterface* PlanViewAccessible::child(int index) const
{
    const std::vector<PlanCard>& cards = view()->keyboard()->order();
    return index >= 0 && static_cast<std::size_t>(index) < cards.size() ? card(cards[static_cast<std::size_t>(index)]) : nullptr;
}

int PlanViewAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const std::vector<PlanCard>& cards = view()->keyboard()->order();
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const auto found = m_cards.constFind(qMakePair(cards[i].step, cards[i].group));
        if (found != m_cards.constEnd() && QAccessible::accessibleInterface(*found) == child)
            return static_cast<int>(i);
    }
    return -1;
}

QAccessibleInterface* PlanViewAccessible::focusChild() const
{
    const PlanCard current = view()->keyboard()->current();
    return view()->hasFocus() && !current.isNull() ? card(current) : nullptr;
}

QAccessibleInterface* PlanViewAccessible::childAt(int x, int y) const
{
    const QPoint inViewport = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QPointF scenePos = view()->mapToScene(inViewport);
    for (const PlanCard& each : view()->keyboard()->order()) {
        if (planCardRect(*view()->planScene(), each).contains(scenePos))
            return card(each);
    }
    return nullptr;
}

void installPlanViewAccessible()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(planViewFactory);
        installed = true;
    }
}

std::unique_ptr<QAccessibleEvent> planCardFocusEvent(PlanView* view, const PlanCard& card)
{
    auto* viewIface = dynamic_cast<PlanViewAccessible*>(QAccessible::queryAccessibleInterface(view));
    if (!viewIface || card.isNull())
        return nullptr;
    return std::make_unique<QAccessibleEvent>(viewIface->card(card), QAccessible::Focus);
}

void announcePlanCard(PlanView* view, const PlanCard& card)
{
    if (!QAccessible::isActive())
        return;
    if (const auto event = planCardFocusEvent(view, card))
        QAccessible::updateAccessibility(event.get());
}

} // namespace fw
