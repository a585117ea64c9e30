// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the client reads on the engine's thread: order details, change previews, order summaries; and imports.
#include "engineworker.h"

#include "change/ordersummaryreader.h"
#include "commands/commandprocessor.h"
#include "engine/executor.h"
#include "engine/handlers/changecommands.h"
#include "store/operationsreader.h"
#include "store/runtimeloader.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

namespace fw {

void EngineWorker::previewChange(const QString& document, const QString& label, const QString& user)
{
    ChangePreview preview;
    const auto json = nlohmann::json::parse(document.toStdString(), nullptr, false);
    const QString orderId = json.is_object() && json.contains("order") && json["order"].is_string()
        ? QString::fromStdString(json["order"].get<std::string>())
        : QString();
    const auto refused = m_processor
        ? m_processor->admit(Command::make(user, QStringLiteral("change.preview"), { { QStringLiteral("order"), orderId } },
                                           { {}, CommandOrigin::Channel::Gui }))
        : std::nullopt;
    if (refused)
        preview.problems = { { label, {}, refused->message } };
    else if (json.is_discarded())
        preview.problems = { { label, {}, QStringLiteral("not valid JSON") } };
    else if (!m_executor)
        preview.problems = { { label, {}, QStringLiteral("the engine is not running") } };
    else
        preview = m_executor->changes().preview(json, label);
    Q_EMIT changePreviewReady(preview);
}

void EngineWorker::readOrderSummary(const QString& orderId)
{
    if (!m_database)
        return;
    const OrderRuntime* order = m_executor ? m_executor->order(orderId) : nullptr; // its catalog is at hand
    if (auto report = readOrderSummaryReport(m_database->connection(), orderId, order ? order->catalog.get() : nullptr))
        Q_EMIT orderSummaryReady(*report);
    else
        Q_EMIT actionFailed(QStringLiteral("summary of %1").arg(orderId), report.message());
}

void EngineWorker::readOrderDetail(const QString& orderId)
{
    if (!m_database)
        return;
    auto read = OperationsReader(m_database->connection()).orderDetail(orderId);
    if (!read) {
        Q_EMIT actionFailed(QStringLiteral("open order %1").arg(orderId), read.message());
        return;
    }
    if (auto& detail = *read) {
        // Lane names and order from the order's catalog: the executor's for an order it runs, else
        // the stored one (a completed or cancelled order is not run: its lanes showed their ids).
        std::shared_ptr<const Catalog> catalog;
        if (const OrderRuntime* order = m_executor ? m_executor->order(orderId) : nullptr)
            catalog = order->catalog;
        else if (!detail->catalogId.isEmpty()) {
            CatalogCache cache = m_executor ? m_executor->catalogs() : CatalogCache();
            auto stored = RuntimeLoader::catalog(m_database->connection(), detail->catalogId, detail->catalogVersion, cache);
            if (stored)
                catalog = *stored; // else the ids stay: the detail still opens
        }
        if (catalog) {
            std::vector<std::pair<QString, QString>> lanes; // the catalog's names and order
            for (const Lane& lane : catalog->lanes) {
                const bool used
                    = std::any_of(detail->lanes.begin(), detail->lanes.end(), [&](const auto& l) { return l.first == lane.id; });
                if (used)
                    lanes.emplace_back(lane.id, lane.name);
            }
            if (lanes.size() == detail->lanes.size())
                detail->lanes = std::move(lanes);
        }
        Q_EMIT orderDetailReady(*detail);
    } else
        Q_EMIT actionFailed(QStringLiteral("open order %1").arg(orderId), QStringLiteral("order '%1' is not in the store").arg(orderId));
}

void EngineWorker::importFile(const QString& kind, const QString& path, const QString& user)
{
    const QString action = kind == QStringLiteral("catalog") ? QStringLiteral("catalog.import") : QStringLiteral("order.import");
    perform(QStringLiteral("import %1 %2").arg(kind, path),
            Command::make(user, action, { { QStringLiteral("path"), path } }, { {}, CommandOrigin::Channel::Gui }));
}

} // namespace fw
