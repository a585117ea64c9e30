// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commanddispatcher.h"

#include "commandrunner.h"
#include "common/clock.h"
#include "common/jsonparse.h"
#include "common/jsonvariant.h"
#include "common/logging.h"
#include "executioncontext.h"
#include "failureclassifier.h"
#include "orderruntime.h"
#include "retryschedule.h"
#include "stepfallout.h"
#include "store/enginewriter.h"
#include "templates.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    constexpr int exitTemporaryFailure = 75; // EX_TEMPFAIL (sysexits.h): try again later

    nlohmann::json lineJson(const FulfillmentLine& line)
    {
        return { { "id", utf8(line.id) },
                 { "product", utf8(line.product) },
                 { "quantity", line.quantity },
                 { "action", utf8(line.action) },
                 { "deliveryGroup", utf8(line.deliveryGroup) },
                 { "sourceItems", toJsonArray(line.sourceItems) },
                 { "attributes", variantToJson(line.attributes) },
                 { "fields", variantToJson(line.fields) } };
    }

    // What the command reads on stdin (docs/handlers.md).
    QString contextJson(const OrderRuntime& order, const StepRuntime& s, const QString& key, const QVariant& params)
    {
        nlohmann::json lines = nlohmann::json::array();
        for (int line : s.lines)
            lines.push_back(lineJson(order.lines[std::size_t(line)]));
        const Order& o = order.order;
        nlohmann::json document { { "command", utf8(s.definition->autoTask.command) },
                                  { "orderId", utf8(order.orderId) },
                                  { "stepId", utf8(s.id) },
                                  { "stepKey", utf8(s.definition->key) },
                                  { "attempt", s.attempts },
                                  { "idempotencyKey", utf8(key) },
                                  { "params", variantToJson(params) },
                                  { "order",
                                    { { "id", utf8(o.id) },
                                      { "type", utf8(o.type) },
                                      { "account", { { "id", utf8(o.account.id) }, { "name", utf8(o.account.name) } } },
                                      { "fields", variantToJson(o.fields) } } },
                                  { "line", lines.empty() ? nlohmann::json() : lines.front() },
                                  { "lines", lines } };
        return QString::fromStdString(document.dump());
    }

    const RetryPolicy* retryPolicyOf(const Catalog& catalog, const QString& id)
    {
        for (const auto& policy : catalog.retryPolicies) {
            if (policy.id == id)
                return &policy;
        }
        return nullptr;
    }

    // Refuses a program that is missing, not executable or that others may replace.
    QString programProblem(const AllowedCommand& command)
    {
        const QFileInfo program(command.program);
        if (!program.exists())
            return QStringLiteral("command '%1': %2 does not exist").arg(command.name, command.program);
        if (!program.isFile() || !program.isExecutable())
            return QStringLiteral("command '%1': %2 is not an executable file").arg(command.name, command.program);
        if (program.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther))
            return QStringLiteral("command '%1': others may write %2 (chmod go-w)").arg(command.name, command.program);
        return {};
    }

    // The last non-empty line of stderr, for the error text (the whole start of it is in the attempt).
    QString lastLineOf(const QByteArray& err)
    {
        const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last().trimmed().left(300);
    }

    // {"fields": {...}} on stdout (nothing at all: no fields); the fields or why not.
    Result<QVariantMap> fieldsOf(const QByteArray& out)
    {
        if (out.trimmed().isEmpty())
            return QVariantMap();
        const JsonParseResult parsed = parseJsonBounded(out);
        if (!parsed.ok())
            return failure(QStringLiteral("stdout is not JSON: ") + parsed.message);
        if (!parsed.value->is_object())
            return failure(QStringLiteral("stdout must be a JSON object, found %1").arg(jsonTypeName(*parsed.value)));
        const auto fields = parsed.value->find("fields");
        if (fields == parsed.value->end())
            return QVariantMap();
        if (!fields->is_object())
            return failure(QStringLiteral("stdout: 'fields' must be an object of line field names to values"));
        const QVariantMap map = jsonToVariant(*fields).toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it.key().isEmpty() || it.key().contains(QLatin1Char('.')))
                return failure(QStringLiteral("stdout: '%1' is not a line field name").arg(it.key()));
        }
        return map;
    }

    QString codeOf(const QByteArray& out)
    {
        const JsonParseResult parsed = parseJsonBounded(out);
        if (!parsed.ok() || !parsed.value->is_object())
            return {};
        const auto code = parsed.value->find("code");
        return code != parsed.value->end() && code->is_string() ? toQString(code->get<std::string>()) : QString();
    }

} // namespace

CommandDispatcher::CommandDispatcher(ExecutionContext& context)
    : m_context(context)
    , m_runner(std::make_unique<CommandRunner>())
{
}

CommandDispatcher::~CommandDispatcher() = default;

void CommandDispatcher::start(OrderRuntime& order, int step)
{
    StepRuntime& s = order.steps[std::size_t(step)];
    const QString name = s.definition->autoTask.command;
    const bool resend = order.execution->state(step) == StepState::Running; // after a restart: the same attempt
    const QString key = QStringLiteral("%1/%2/%3").arg(order.orderId, s.id).arg(s.attemptSeries);
    if (!resend) {
        s.attempts += 1;
        if (!s.firstAttemptAt.isValid())
            s.firstAttemptAt = m_context.clock().now();
        s.nextAttemptAt = QDateTime();
        m_context.move(order, step, StepState::Running, ExecutionContext::engineActor,
                       QString::fromStdString(nlohmann::json { { "attempt", s.attempts }, { "command", utf8(name) } }.dump()));
    }
    const RenderedTemplate params = renderTemplate(s.definition->autoTask.params, fieldContextOf(order, s));
    const QString input = contextJson(order, s, key, params.value);
    if (!params.problems.isEmpty()) {
        openFallout(m_context, order, step,
                    { QStringLiteral("parameters: ") + params.problems.join(QStringLiteral("; ")), QStringLiteral("fatal"), input });
        return;
    }
    const Result<AllowedCommand> command = m_allowList.find(name);
    const QString problem = command ? programProblem(*command) : command.message();
    if (!problem.isEmpty()) {
        openFallout(m_context, order, step, { problem, QStringLiteral("fatal"), input });
        return;
    }
    m_context.writer().attemptStarted(order.orderId, s.id, s.attemptSeries, s.attempts, key, input, m_context.clock().now());
    if (!m_context.writer().flush())
        return; // not recorded, not run: the failure stops the run loop (storeStatus())
    s.inFlight = true;
    ++m_inFlight;
    qCDebug(lcEngine, "order %s step %s: command %s (%s) attempt %d", qPrintable(order.orderId), qPrintable(s.id), qPrintable(name),
            qPrintable(command->program), s.attempts);
    m_runner->run(*command, input.toUtf8(),
                  [this, alive = std::weak_ptr<int>(m_alive), orderId = order.orderId, stepId = s.id, attempt = s.attempts,
                   input](const ProcessOutcome& result) {
                      if (alive.expired())
                          return;
                      --m_inFlight;
                      ++m_replies;
                      finished(orderId, stepId, attempt, input, result);
                      if (m_replyHook)
                          m_replyHook();
                  });
}

void CommandDispatcher::finished(const QString& orderId, const QString& stepId, int attempt, const QString& request,
                                 const ProcessOutcome& result)
{
    OrderRuntime* order = m_context.findOrder(orderId);
    const int step = order ? order->stepIndex(stepId) : -1;
    if (step < 0)
        return;
    StepRuntime& s = order->steps[std::size_t(step)];
    s.inFlight = false;
    const QDateTime now = m_context.clock().now();
    const QString name = s.definition->autoTask.command;
    const QString response = QString::fromStdString(nlohmann::json {
        { "exitCode", result.exitCode },
        { "stdout", utf8(QString::fromUtf8(result.out)) },
        { "stderr", utf8(QString::fromUtf8(result.err)) },
        { "stderrTruncated", result.errTruncated } }.dump());
    if (order->execution->state(step) != StepState::Running || s.attempts != attempt) {
        m_context.writer().attemptFinished(orderId, stepId, s.attemptSeries, attempt, 0, QStringLiteral("ignored"), response,
                                           QStringLiteral("the step moved on before the command ended"), now);
        (void)m_context.writer().flush();
        return;
    }
    QString error;
    bool retriable = false;
    CallFailure failure; // for the catalog's fallout rules: no endpoint, no HTTP status, the code of stdout
    switch (result.end) {
    case ProcessOutcome::End::Exited:
        if (result.exitCode == 0) {
            const Result<QVariantMap> fields = fieldsOf(result.out);
            if (fields) {
                for (int line : s.lines) {
                    for (auto it = fields->cbegin(); it != fields->cend(); ++it)
                        order->lines[std::size_t(line)].fields.insert(it.key(), it.value());
                    if (!fields->isEmpty())
                        m_context.writer().lineFieldsChanged(*order, line, now);
                }
                s.lastError.clear();
                m_context.writer().attemptFinished(orderId, stepId, s.attemptSeries, attempt, 0, QStringLiteral("success"), response, {},
                                                   now);
                m_context.move(*order, step, StepState::Completed, ExecutionContext::engineActor,
                               QString::fromStdString(nlohmann::json { { "exitCode", 0 }, { "fields", variantToJson(*fields) } }.dump()));
                m_context.rollUp(*order);
                (void)m_context.writer().flush();
                return;
            }
            error = QStringLiteral("command '%1' exited 0 but %2").arg(name, fields.message());
            failure.errorCode = QStringLiteral("SCHEMA_MISMATCH");
        } else {
            failure.errorCode = codeOf(result.out);
            retriable = result.exitCode == exitTemporaryFailure;
            error = QStringLiteral("command '%1' exited %2").arg(name).arg(result.exitCode);
            if (!failure.errorCode.isEmpty())
                error += QLatin1Char(' ') + failure.errorCode;
        }
        break;
    case ProcessOutcome::End::TimedOut:
        failure.transport = CallFailure::Transport::Timeout;
        retriable = true;
        error = QStringLiteral("command '%1' timed out after %2 s and was killed").arg(name).arg(result.timeoutMs / 1000.0);
        break;
    case ProcessOutcome::End::Crashed:
        error = QStringLiteral("command '%1' crashed").arg(name);
        break;
    case ProcessOutcome::End::NotStarted:
        error = QStringLiteral("command '%1' could not start: %2").arg(name, result.startError);
        break;
    case ProcessOutcome::End::OutputTooLarge:
        error = QStringLiteral("command '%1' wrote more than %2 bytes to stdout and was killed").arg(name).arg(CommandRunner::maxOutput);
        break;
    }
    if (const QString last = lastLineOf(result.err); !last.isEmpty())
        error += QStringLiteral(": ") + last;
    QString queue = s.definition->falloutQueue.isEmpty() ? QStringLiteral("fallout") : s.definition->falloutQueue;
    QString rule;
    const FailureClass byRule = classifyFailure(*order->catalog, failure, s.definition->falloutQueue);
    if (!byRule.rule.isEmpty()) { // a fallout rule decides, as for callouts
        retriable = byRule.retriable;
        rule = byRule.rule;
        queue = byRule.queue;
        error += QStringLiteral(" (%1 by fallout rule '%2')").arg(retriable ? QStringLiteral("retriable") : QStringLiteral("fatal"), rule);
    } else {
        error += QStringLiteral(" (%1 by default)").arg(retriable ? QStringLiteral("retriable") : QStringLiteral("fatal"));
    }
    s.lastError = error;
    m_context.writer().attemptFinished(orderId, stepId, s.attemptSeries, attempt, 0,
                                       retriable ? QStringLiteral("retriable") : QStringLiteral("fatal"), response, error, now);
    const RetryDecision retry = retriable
        ? nextRetry(retryPolicyOf(*order->catalog, s.definition->retryPolicy), s.attempts, s.firstAttemptAt, now)
        : RetryDecision {};
    if (retry.retry) {
        s.nextAttemptAt = now.addMSecs(retry.delayMs);
        m_context.move(*order, step, StepState::FailedRetrying, ExecutionContext::engineActor,
                       QString::fromStdString(
                           nlohmann::json { { "error", utf8(error) }, { "nextAttemptAt", utf8(toStoreTime(s.nextAttemptAt)) } }.dump()));
    } else if (retriable) {
        openFallout(m_context, *order, step,
                    { error + QStringLiteral("; retries exhausted: ") + retry.reason, QStringLiteral("retriable"), request, response, rule,
                      queue });
    } else {
        openFallout(m_context, *order, step, { error, QStringLiteral("fatal"), request, response, rule, queue });
    }
    m_context.rollUp(*order);
    (void)m_context.writer().flush();
}

} // namespace fw
