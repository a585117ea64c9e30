// In-flight change on the engine's thread: previews and order summaries for the workbench.
#include "engineworker.h"

#include "change/ordersummaryreader.h"
#include "commands/commandprocessor.h"
#include "executor.h"
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
        preview = m_executor->previewChange(json, label);
    Q_EMIT changePreviewReady(preview);
}

void EngineWorker::readOrderSummary(const QString& orderId)
{
    if (!m_database)
        return;
    QString error;
    if (auto report = readOrderSummaryReport(m_database->connection(), orderId, error))
        Q_EMIT orderSummaryReady(*report);
    else
        Q_EMIT actionFailed(QStringLiteral("summary of %1").arg(orderId), error);
}

} // namespace fw
