// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalog.h"

namespace fw {

const Product* Catalog::product(const QString& id) const
{
    const auto it = m_productIndex.constFind(id);
    return it == m_productIndex.cend() ? nullptr : &products[static_cast<std::size_t>(*it)];
}

const PlanDefinition* Catalog::planDefinition(const QString& id) const
{
    const auto it = m_planIndex.constFind(id);
    return it == m_planIndex.cend() ? nullptr : &planDefinitions[static_cast<std::size_t>(*it)];
}

const std::vector<const DecompositionRule*>& Catalog::rulesFor(const QString& sourceProduct) const
{
    static const std::vector<const DecompositionRule*> none;
    const auto it = m_rulesBySource.constFind(sourceProduct);
    return it == m_rulesBySource.cend() ? none : *it;
}

const std::vector<const FulfillmentScenario*>& Catalog::scenariosFor(const QString& product) const
{
    static const std::vector<const FulfillmentScenario*> none;
    const auto it = m_scenariosByProduct.constFind(product);
    return it == m_scenariosByProduct.cend() ? none : *it;
}

const Credential* Catalog::credential(const QString& id) const
{
    for (const Credential& c : credentials) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int Catalog::laneIndex(const QString& laneId) const
{
    return m_laneIndex.value(laneId, -1);
}

void Catalog::buildIndex()
{
    m_productIndex.clear();
    m_planIndex.clear();
    m_laneIndex.clear();
    m_rulesBySource.clear();
    m_scenariosByProduct.clear();
    // The first definition wins; duplicates are reported by the validator.
    for (std::size_t i = 0; i < products.size(); ++i)
        m_productIndex.insert(products[i].id, static_cast<int>(i));
    for (std::size_t i = 0; i < planDefinitions.size(); ++i)
        m_planIndex.insert(planDefinitions[i].id, static_cast<int>(i));
    for (std::size_t i = 0; i < lanes.size(); ++i)
        m_laneIndex.insert(lanes[i].id, static_cast<int>(i));
    for (const auto& rule : rules)
        m_rulesBySource[rule.source].push_back(&rule);
    for (const auto& scenario : scenarios)
        m_scenariosByProduct[scenario.product].push_back(&scenario);
}

} // namespace fw
