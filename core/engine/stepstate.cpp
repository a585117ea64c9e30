// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepstate.h"

#include <array>
#include <utility>

namespace fw {

namespace {
    constexpr std::array<std::pair<StepState, const char*>, 9> stepNames { {
        { StepState::Pending, "pending" },
        { StepState::Ready, "ready" },
        { StepState::Running, "running" },
        { StepState::Waiting, "waiting" },
        { StepState::Completed, "completed" },
        { StepState::FailedRetrying, "retrying" },
        { StepState::Fallout, "fallout" },
        { StepState::Skipped, "skipped" },
        { StepState::Cancelled, "cancelled" },
    } };
    constexpr std::array<std::pair<OrderState, const char*>, 5> orderNames { {
        { OrderState::Pending, "pending" },
        { OrderState::InProgress, "in-progress" },
        { OrderState::Fallout, "fallout" },
        { OrderState::Completed, "completed" },
        { OrderState::Cancelled, "cancelled" },
    } };

    template <typename Table, typename Enum> QString nameIn(const Table& table, Enum value)
    {
        for (const auto& [e, name] : table) {
            if (e == value)
                return QString::fromLatin1(name);
        }
        return {};
    }

    template <typename Enum, typename Table> std::optional<Enum> valueIn(const Table& table, const QString& text)
    {
        for (const auto& [e, name] : table) {
            if (text == QLatin1String(name))
                return e;
        }
        return std::nullopt;
    }
} // namespace

QString toString(StepState state)
{
    return nameIn(stepNames, state);
}
QString toString(OrderState state)
{
    return nameIn(orderNames, state);
}
std::optional<StepState> stepStateFromString(const QString& text)
{
    return valueIn<StepState>(stepNames, text);
}
std::optional<OrderState> orderStateFromString(const QString& text)
{
    return valueIn<OrderState>(orderNames, text);
}

bool isTerminal(StepState state)
{
    return state == StepState::Completed || state == StepState::Skipped || state == StepState::Cancelled;
}

bool releasesDependents(StepState state)
{
    return state == StepState::Completed || state == StepState::Skipped;
}

bool isAllowedTransition(StepState from, StepState to)
{
    using S = StepState;
    if (isTerminal(from))
        return false;
    if (to == S::Cancelled)
        return true; // any live step can be cancelled (order cancel, change order)
    switch (from) {
    case S::Pending:
        return to == S::Ready;
    case S::Ready:
        return to == S::Running || to == S::Waiting || to == S::Completed || to == S::Skipped;
    case S::Running:
        return to == S::Waiting || to == S::Completed || to == S::FailedRetrying || to == S::Fallout;
    case S::Waiting:
        return to == S::Running || to == S::Completed || to == S::FailedRetrying || to == S::Fallout;
    case S::FailedRetrying:
        return to == S::Running || to == S::Fallout;
    case S::Fallout:
        return to == S::Ready || to == S::Skipped; // operator retry or skip
    case S::Completed:
    case S::Skipped:
    case S::Cancelled:
        break;
    }
    return false;
}

} // namespace fw
