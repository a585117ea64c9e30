// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ImportCommands: catalog and order import through StoreImporter, a new order handed to the run loop.

#include "importcommands.h"

#include "engine/executioncontext.h"

namespace fw {

ImportCommands::ImportCommands(Database& database, const Clock& clock, ExecutionContext* context)
    : m_database(database)
    , m_clock(clock)
    , m_context(context)
{
}

ImportResult ImportCommands::importCatalog(const QString& path, const QString& actor)
{
    return StoreImporter(m_database, m_clock).importCatalog(path, actor);
}

ImportResult ImportCommands::importOrder(const QString& path, const QString& actor, const QString& catalogId)
{
    ImportResult result = StoreImporter(m_database, m_clock).importOrder(path, actor, catalogId);
    if (result.ok() && m_context) {
        if (const Status adopted = m_context->adoptOrder(result.id); !adopted)
            result.notRun = adopted.message();
    }
    return result;
}

BulkImportReport ImportCommands::importOrders(OrderInputs& inputs, const QString& actor, const QString& catalogId,
                                              const BulkImportControl& control, int groupSize)
{
    QStringList notRun;
    BulkImportControl withAdoption = control;
    withAdoption.committed = [&](const std::vector<QString>& ids) {
        if (m_context && !ids.empty()) {
            // The whole committed group with one read-back loader and one flush.
            std::vector<std::pair<QString, QString>> failed;
            const Status adopted = m_context->adoptOrders(ids, failed);
            for (const auto& [id, why] : failed)
                notRun << QStringLiteral("order %1 is stored, but the engine could not take it up: %2").arg(id, why);
            if (!adopted)
                notRun << QStringLiteral("%1 orders from %2 on are stored, but the engine could not take them up: %3")
                              .arg(QString::number(ids.size()), ids.front(), adopted.message());
        }
        if (control.committed)
            control.committed(ids);
    };
    BulkImportReport report = BulkImporter(m_database, m_clock, actor, catalogId, groupSize).run(inputs, withAdoption);
    report.notes << notRun;
    return report;
}

ImportResult ImportCommands::importFile(const QString& kind, const QString& path, const QString& actor, const QString& catalogId)
{
    if (kind == QStringLiteral("catalog"))
        return importCatalog(path, actor);
    if (kind == QStringLiteral("order"))
        return importOrder(path, actor, catalogId);
    ImportResult unknown;
    unknown.problems = { Problem { path, {}, QStringLiteral("expected 'catalog' or 'order', got '%1'").arg(kind) } };
    return unknown;
}

} // namespace fw
