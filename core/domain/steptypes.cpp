// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "steptypes.h"

#include <QStringList>

#include <array>
#include <utility>

namespace fw {
namespace {

    template <typename Enum, std::size_t N> using NameTable = std::array<std::pair<Enum, const char*>, N>;

    constexpr NameTable<StepType, 5> stepTypes { {
        { StepType::AutoTask, "autoTask" },
        { StepType::Callout, "callout" },
        { StepType::ManualTask, "manualTask" },
        { StepType::Milestone, "milestone" },
        { StepType::Pause, "pause" },
    } };
    constexpr NameTable<StepScope, 3> stepScopes { {
        { StepScope::Plan, "plan" },
        { StepScope::Bundle, "bundle" },
        { StepScope::LineItem, "lineItem" },
    } };
    constexpr NameTable<DecompositionScope, 4> decompositionScopes { {
        { DecompositionScope::LineItem, "lineItem" },
        { DecompositionScope::Order, "order" },
        { DecompositionScope::Bundle, "bundle" },
        { DecompositionScope::Account, "account" },
    } };
    constexpr NameTable<CrossPlanMatch, 3> crossPlanMatches { {
        { CrossPlanMatch::Order, "order" },
        { CrossPlanMatch::Bundle, "bundle" },
        { CrossPlanMatch::SourceItem, "sourceItem" },
    } };

    template <typename Enum, std::size_t N> QString nameOf(const NameTable<Enum, N>& table, Enum value)
    {
        for (const auto& [e, name] : table) {
            if (e == value)
                return QString::fromLatin1(name);
        }
        return {};
    }

    template <typename Enum, std::size_t N> std::optional<Enum> valueOf(const NameTable<Enum, N>& table, const QString& text)
    {
        for (const auto& [e, name] : table) {
            if (text == QLatin1String(name))
                return e;
        }
        return std::nullopt;
    }

    template <typename Enum, std::size_t N> QString namesOf(const NameTable<Enum, N>& table)
    {
        QStringList names;
        for (const auto& entry : table)
            names << QString::fromLatin1(entry.second);
        return names.join(QStringLiteral(", "));
    }

} // namespace

QString toString(StepType type)
{
    return nameOf(stepTypes, type);
}
QString toString(StepScope scope)
{
    return nameOf(stepScopes, scope);
}
QString toString(DecompositionScope scope)
{
    return nameOf(decompositionScopes, scope);
}
QString toString(CrossPlanMatch match)
{
    return nameOf(crossPlanMatches, match);
}

std::optional<StepType> stepTypeFromString(const QString& text)
{
    return valueOf(stepTypes, text);
}
std::optional<StepScope> stepScopeFromString(const QString& text)
{
    return valueOf(stepScopes, text);
}
std::optional<DecompositionScope> decompositionScopeFromString(const QString& text)
{
    return valueOf(decompositionScopes, text);
}
std::optional<CrossPlanMatch> crossPlanMatchFromString(const QString& text)
{
    return valueOf(crossPlanMatches, text);
}

QString stepTypeNames()
{
    return namesOf(stepTypes);
}
QString stepScopeNames()
{
    return namesOf(stepScopes);
}
QString decompositionScopeNames()
{
    return namesOf(decompositionScopes);
}
QString crossPlanMatchNames()
{
    return namesOf(crossPlanMatches);
}

} // namespace fw
