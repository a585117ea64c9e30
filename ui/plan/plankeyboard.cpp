// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plankeyboard.h"

#include "planoverview.h"
#include "planscene.h"
#include "planview.h"
#include "planviewaccessible.h"

#include <QAction>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace fw {

PlanKeyboard::PlanKeyboard(PlanView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("planKeyboard"));
    const auto onView = [this](auto run) {
        return [this, run] {
            if (m_view)
                run(m_view);
        };
    };
    addKey(tr("Zoom in"), { QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) }, onView([](PlanView* v) { v->zoomIn(); }));
    addKey(tr("Zoom out"), { QKeySequence(Qt::Key_Minus) }, onView([](PlanView* v) { v->zoomOut(); }));
    addKey(tr("Fit the whole plan"), { QKeySequence(Qt::Key_0) }, onView([](PlanView* v) { v->fitAll(); }));
    addKey(tr("Next step"), { QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Tab) }, [this] { move(1); });
    addKey(tr("Previous step"), { QKeySequence(Qt::Key_Left), QKeySequence(Qt::SHIFT | Qt::Key_Tab) }, [this] { move(-1); });
    addKey(tr("Leave the plan graph"), { QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6) }, [this] { leave(true); });
    addKey(tr("First step of the next lane"), { QKeySequence(Qt::Key_Down) }, [this] { moveLane(1); });
    addKey(tr("First step of the previous lane"), { QKeySequence(Qt::Key_Up) }, [this] { moveLane(-1); });
    addKey(tr("First step"), { QKeySequence(Qt::Key_Home) }, [this] {
        if (!order().empty())
            setCurrent(order().front());
    });
    addKey(tr("Last step"), { QKeySequence(Qt::Key_End) }, [this] {
        if (!order().empty())
            setCurrent(order().back());
    });
    addKey(tr("Open the step in the inspector, or show a group's steps"), { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) },
           [this] {
               if (!current().isNull())
                   Q_EMIT activated(current());
           });
    addKey(tr("Select the step"), { QKeySequence(Qt::Key_Space) }, onView([this](PlanView* v) {
               if (current().step >= 0)
                   v->selectStep(v->planScene()->graph().nodes[static_cast<std::size_t>(current().step)].id);
           }));
    addKey(tr("Collapse the selected step's group"), { QKeySequence(Qt::Key_Backspace) }, onView([this](PlanView* v) {
               const PlanScene& scene = *v->planScene();
               const int group = scene.groups().groupOf(scene.graph().nodeIndex(scene.selectedStep()));
               if (group < 0)
                   return;
               v->setGroupCollapsed(group, true);
               setCurrent({ -1, group });
           }));
    addKey(tr("Clear the selection"), { QKeySequence(Qt::Key_Escape) }, onView([](PlanView* v) { v->selectStep(QString()); }));
    if (m_view)
        m_view->installEventFilter(this);
}

QAction* PlanKeyboard::addKey(const QString& text, const QList<QKeySequence>& keys, const std::function<void()>& run)
{
    // Not added to a widget: the view's key presses trigger it (eventFilter), so that it works only
    // while the graph has the focus and Help > Keyboard Shortcuts lists it under "Plan graph".
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setProperty("fwShortcutArea", tr("Plan graph"));
    connect(action, &QAction::triggered, this, run);
    m_actions << action;
    return action;
}

bool PlanKeyboard::triggerKey(const QKeyCombination& key)
{
    // "+" is Shift+= on many keyboards: a shifted symbol matches the symbol's action too.
    const Qt::KeyboardModifiers modifiers = key.keyboardModifiers() & ~Qt::KeypadModifier;
    QList<QKeySequence> pressed { QKeySequence(QKeyCombination(modifiers, key.key())) };
    if (modifiers & Qt::ShiftModifier)
        pressed << QKeySequence(QKeyCombination(modifiers & ~Qt::ShiftModifier, key.key()));
    for (QAction* action : std::as_const(m_actions)) {
        for (const QKeySequence& sequence : pressed) {
            if (action->shortcuts().contains(sequence)) {
                action->trigger();
                return true;
            }
        }
    }
    return false;
}

void PlanKeyboard::leave(bool forward)
{
    if (!m_view)
        return;
    // A plain Tab or Shift+Tab the filter lets through: the widget's focus chain takes it from there.
    QKeyEvent tab(QEvent::KeyPress, forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier);
    m_leaving = true;
    QCoreApplication::sendEvent(m_view, &tab);
    m_leaving = false;
}

const std::vector<PlanCard>& PlanKeyboard::order() const
{
    if (!m_view) {
        m_order.clear();
        return m_order;
    }
    // What decides the order: the graph, the lanes and groups collapsed, and the laid out bounds.
    const PlanScene& scene = *m_view->planScene();
    const QRectF bounds = scene.layoutResult().bounds;
    std::vector<qreal> signature { qreal(scene.graph().nodes.size()),
                                   bounds.x(),
                                   bounds.y(),
                                   bounds.width(),
                                   bounds.height(),
                                   qreal(reinterpret_cast<quintptr>(scene.graph().nodes.data()) % 1000003) };
    for (const bool lane : scene.layoutResult().collapsed)
        signature.push_back(lane ? 1 : 0);
    for (int g = 0; g < static_cast<int>(scene.groups().groups().size()); ++g) {
        if (scene.groups().isCollapsed(g))
            signature.push_back(-g - 1);
    }
    if (signature != m_orderSignature) {
        m_order = planCardOrder(scene);
        m_orderSignature = std::move(signature);
    }
    return m_order;
}

PlanCard PlanKeyboard::current() const
{
    return m_view && isPlanCardShown(*m_view->planScene(), m_current) ? m_current : PlanCard {};
}

void PlanKeyboard::setCurrent(const PlanCard& card)
{
    focusCard(card, true);
}

void PlanKeyboard::focusCard(const PlanCard& card, bool scroll)
{
    if (!m_view)
        return;
    const bool changed = card != m_current;
    m_current = card;
    m_view->viewport()->update();
    const QRectF rect = planCardRect(*m_view->planScene(), card);
    if (scroll && !rect.isEmpty())
        m_view->ensureVisible(rect, 40, 40);
    m_view->overview()->keepClearOf(rect); // the minimap moves out of its way
    if (m_view->hasFocus() && !card.isNull())
        announcePlanCard(m_view, card);
    if (changed)
        Q_EMIT currentChanged(card);
}

void PlanKeyboard::setCurrentStep(const QString& stepId)
{
    if (!m_view)
        return;
    const int index = m_view->planScene()->graph().nodeIndex(stepId);
    if (index >= 0 && m_current.step != index)
        focusCard({ index, -1 }, false); // where the selection put the view stays
}

bool PlanKeyboard::move(int delta)
{
    const std::vector<PlanCard>& cards = order();
    if (cards.empty())
        return false;
    const auto at = std::find(cards.begin(), cards.end(), current());
    if (at == cards.end()) {
        setCurrent(delta > 0 ? cards.front() : cards.back());
        return true;
    }
    const auto index = (at - cards.begin()) + delta;
    if (index < 0 || index >= static_cast<qsizetype>(cards.size()))
        return false;
    setCurrent(cards[static_cast<std::size_t>(index)]);
    return true;
}

bool PlanKeyboard::moveLane(int delta)
{
    const std::vector<PlanCard>& cards = order();
    if (cards.empty())
        return false;
    const PlanScene& scene = *m_view->planScene();
    const auto bandOf = [&scene](const PlanCard& card) {
        const int node = card.step >= 0 ? card.step : scene.groups().groups()[static_cast<std::size_t>(card.group)].members.front();
        return scene.layoutResult().lane[static_cast<std::size_t>(node)];
    };
    const auto at = std::find(cards.begin(), cards.end(), current());
    if (at == cards.end())
        return move(delta);
    const int band = bandOf(*at);
    if (delta > 0) {
        const auto next = std::find_if(at, cards.end(), [&](const PlanCard& card) { return bandOf(card) != band; });
        if (next == cards.end())
            return false;
        setCurrent(*next);
        return true;
    }
    // The previous band's first card: walk back past this band, then to the start of that one.
    auto previous = std::find_if(std::make_reverse_iterator(at), cards.rend(), [&](const PlanCard& card) { return bandOf(card) != band; });
    if (previous == cards.rend())
        return false;
    const int previousBand = bandOf(*previous);
    while (std::next(previous) != cards.rend() && bandOf(*std::next(previous)) == previousBand)
        ++previous;
    setCurrent(*previous);
    return true;
}

void PlanKeyboard::paintFocus(QPainter* painter) const
{
    if (!m_view || !m_view->hasFocus())
        return;
    const QRectF rect = planCardRect(*m_view->planScene(), current());
    if (rect.isEmpty())
        return;
    painter->save();
    QPen pen(m_view->palette().color(QPalette::Highlight), 3, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 8, 8);
    painter->restore();
}

bool PlanKeyboard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (m_leaving)
            return false; // leave(): the view's own Tab handling moves the focus on
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return move(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier) ? 1 : -1); // past the last card: on
        if (key->key() == Qt::Key_F6) { // F6, Shift+F6: on to the next or previous pane at once
            leave(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        return triggerKey(key->keyCombination());
    }
    case QEvent::FocusIn: {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if (current().isNull() || reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) {
            const std::vector<PlanCard>& cards = order();
            const int selected = m_view->planScene()->graph().nodeIndex(m_view->planScene()->selectedStep());
            if (current().isNull() && selected >= 0 && isPlanCardShown(*m_view->planScene(), { selected, -1 }))
                setCurrent({ selected, -1 });
            else if (current().isNull() && !cards.empty())
                setCurrent(reason == Qt::BacktabFocusReason ? cards.back() : cards.front());
            else
                setCurrent(current());
        }
        m_view->viewport()->update();
        return false;
    }
    case QEvent::FocusOut:
        m_view->viewport()->update();
        return false;
    default:
        return false;
    }
}

} // namespace fw
