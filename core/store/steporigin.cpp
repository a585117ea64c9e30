// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "steporigin.h"

#include "queryerror.h"

namespace fw {

Result<std::optional<StepOrigin>> readStepOrigin(const QSqlDatabase& database, const QString& orderId, const QString& stepId)
{
    const QString what = QStringLiteral("read the definition of order %1 step %2").arg(orderId, stepId);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT o.catalog_id, s.plan_definition, s.step_key FROM steps s JOIN orders o ON o.id = s.order_id "
                                      "WHERE s.order_id = ? AND s.id = ?")))
        return queryError(query, what);
    query.addBindValue(orderId);
    query.addBindValue(stepId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<StepOrigin>();
    return std::optional<StepOrigin>(StepOrigin { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
}

} // namespace fw
