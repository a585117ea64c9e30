#include "enginetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

namespace fw {

namespace {
    // The catalogue. lupdate reads this file (translations/CMakeLists.txt); a text added to the
    // engine that a GUI shows belongs here, with its German in translations/fulfillment-workbench_de.ts.
    constexpr std::array kTemplates {
        // Jeopardy reasons (core/sla/jeopardyrules.cpp ruleReason, core/sla/jeopardyevaluator.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "%1, %2% of its %3 estimate (%4)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "warning at %1, critical at %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "warning at %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "critical at %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1, over its %2 critical threshold"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1, over its %2 warning threshold"),
        QT_TRANSLATE_NOOP("fw::EngineText", "running %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "waiting %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "retrying %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "in fallout %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "pending %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "open %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "working time %1 in %2 hours"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1, longer than 90% of the last %2 runs (p90 %3, median %4)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "due %1 and not complete (overdue %2)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "projected to complete %1, %2 after its due date %3; critical path: %4"),
        // What the SLA monitor did and why a finding cleared (core/sla/jeopardymonitor.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "back within its thresholds"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the order finished"),
        QT_TRANSLATE_NOOP("fw::EngineText", "priority raised to %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task reassigned to %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalated to %1 (escalation %2)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "not done: %1"),
        // Supervisor actions refused (core/sla/jeopardyactions.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1 is already escalated (escalation %2 in queue %3)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "step %1 of order %2 is already escalated (escalation %3 in queue %4)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1 is already escalated (escalation %2 in queue %3): write a note to add to it"),
        QT_TRANSLATE_NOOP("fw::EngineText",
                          "step %1 of order %2 is already escalated (escalation %3 in queue %4): write a note to add to it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1: '%2' is not a task queue of catalog %3 (task queues: %4)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1: step %2 has no open task to reassign"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1: the task of step %2 is already in queue %3"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown escalation %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalation %1 is already claimed by you"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalation %1 is claimed by %2; only they can resolve it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalation %1 is claimed by %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalation %1 is already resolved"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalation %1: say what was done to resolve it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown order '%1'"),
        // Callout failures and their classification (core/engine/calloutdispatcher.cpp,
        // failureclassifier.cpp, callouttransport.cpp, retryschedule.cpp, templates.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 (%2: %3 by fallout rule '%4')"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 (%2: %3 by default)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1: %2 by fallout rule '%3'"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1: %2 by default"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1; retries exhausted: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "retriable"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fatal"),
        QT_TRANSLATE_NOOP("fw::EngineText", "timed out"),
        QT_TRANSLATE_NOOP("fw::EngineText", "connection refused"),
        QT_TRANSLATE_NOOP("fw::EngineText", "network error"),
        QT_TRANSLATE_NOOP("fw::EngineText", "no answer within %1 ms"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the remote host closed the connection"),
        QT_TRANSLATE_NOOP("fw::EngineText", "host %1 not found"),
        QT_TRANSLATE_NOOP("fw::EngineText", "network error %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the response has no %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "payload: %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1: '%2' has no value"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 of %2 attempts made"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the %1 retry window would be exceeded"),
        QT_TRANSLATE_NOOP("fw::EngineText", "no retry policy"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the step moved on before the response arrived"),
        // The order summary's consolidated billing (core/change/ordersummaryreader.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "released: %1 delivery path delivered"),
        QT_TRANSLATE_NOOP("fw::EngineText", "released: %1 delivery paths delivered"),
        QT_TRANSLATE_NOOP("fw::EngineText", "waiting: %1 of %2 delivery path delivered"),
        QT_TRANSLATE_NOOP("fw::EngineText", "waiting: %1 of %2 delivery paths delivered"),
        // Fallout actions refused, and how a case was resolved (core/engine/handlers/falloutcommands.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown fallout case %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fallout case %1 is already resolved"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fallout case %1: step %2 is not in fallout"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fallout case %1: step %2 is not a callout; an edited payload applies to callouts only"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fallout case %1: the edited payload must be a JSON object"),
        QT_TRANSLATE_NOOP("fw::EngineText", "skipping fallout case %1 needs a reason"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fallout case %1: step %2 cannot be skipped now"),
        QT_TRANSLATE_NOOP("fw::EngineText", "cancelling the order of fallout case %1 needs a reason"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fallout case %1: order %2 is not active"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1 is %2; nothing to resume"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1 still has %2 step(s) in fallout (first: %3); retry or skip them first"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1 is not on hold; nothing to resume"),
        QT_TRANSLATE_NOOP("fw::EngineText", "retried by %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "skipped by %1: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order cancelled by %1: %2"),
        // An order that cannot run (core/store/unrunnableorders.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "catalog '%1' version '%2' is not in the store"),
        // What the workbench asked the engine to do, as its answers name it (core/engine/engineservice.cpp,
        // escalationactions.cpp): "Could not claim task 12: ..."
        QT_TRANSLATE_NOOP("fw::EngineText", "claim task %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "release task %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "complete task %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "complete task"),
        QT_TRANSLATE_NOOP("fw::EngineText", "signal %1 to %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "retry fallout case %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "skip fallout case %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "cancel the order of fallout case %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "resume %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "change %1 of %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "reassign %1 to %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalate %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "take escalation %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "resolve escalation %1"),
        // Automatic tasks (core/engine/autotaskhandlers.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "parameter 'field' is missing"),
        QT_TRANSLATE_NOOP("fw::EngineText", "parameter 'field' must name a line field (line.fields.NAME), not '%1'"),
        QT_TRANSLATE_NOOP("fw::EngineText", "parameter 'value' is missing"),
        QT_TRANSLATE_NOOP("fw::EngineText", "step '%1' has not completed, so '%2' has no date"),
        QT_TRANSLATE_NOOP("fw::EngineText", "parameter 'from' is '%1': expected now, completion:STEP or an ISO date"),
        QT_TRANSLATE_NOOP("fw::EngineText", "addDays, addMonths and addYears must be whole numbers"),
        QT_TRANSLATE_NOOP("fw::EngineText", "parameter 'event' is missing"),
        // Task forms (core/engine/formvalidation.cpp), after the field's label
        QT_TRANSLATE_NOOP("fw::EngineText", "must be text"),
        QT_TRANSLATE_NOOP("fw::EngineText", "must be a whole number"),
        QT_TRANSLATE_NOOP("fw::EngineText", "must be a number"),
        QT_TRANSLATE_NOOP("fw::EngineText", "must be true or false"),
        QT_TRANSLATE_NOOP("fw::EngineText", "must be a date (YYYY-MM-DD)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "must be a date and time (YYYY-MM-DDThh:mm:ssZ)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "must be one of %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "is required: answer yes or no"),
        QT_TRANSLATE_NOOP("fw::EngineText", "is required"),
        QT_TRANSLATE_NOOP("fw::EngineText", "'%1' is not a field of this form"),
        // Task actions refused (core/engine/handlers/taskcommands.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown task %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task %1 is claimed by %2; only they can release it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task %1 is claimed by %2; only the claimant can complete it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task %1 is claimed by %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task %1 is not claimed; claim it before completing it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task %1 is not claimed"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task %1: order %2 is not active"),
        QT_TRANSLATE_NOOP("fw::EngineText", "task %1: step %2 cannot complete now"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown or inactive order '%1'"),
        // Permissions (core/commands/permissions.cpp): refusals, requirements, and what each permits
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 may not %2 (%3): it needs %4, and %1 %5"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 may not %2 (%3) of queue '%4': %1 %5 (the supervisor role works every queue)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 may not %2: the user is deactivated"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 may not %2: '%1' is not a user of this store (an admin adds users with 'fwctl users add')"),
        QT_TRANSLATE_NOOP("fw::EngineText", "Needs %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the %1 or %2 role"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the %1 role"),
        QT_TRANSLATE_NOOP("fw::EngineText", "holds no role"),
        QT_TRANSLATE_NOOP("fw::EngineText", "holds %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "works no queue"),
        QT_TRANSLATE_NOOP("fw::EngineText", "works %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "claim a task"),
        QT_TRANSLATE_NOOP("fw::EngineText", "release a task"),
        QT_TRANSLATE_NOOP("fw::EngineText", "release a task another user holds"),
        QT_TRANSLATE_NOOP("fw::EngineText", "complete a task"),
        QT_TRANSLATE_NOOP("fw::EngineText", "give an order a signal"),
        QT_TRANSLATE_NOOP("fw::EngineText", "set a line field"),
        QT_TRANSLATE_NOOP("fw::EngineText", "retry a fallout case"),
        QT_TRANSLATE_NOOP("fw::EngineText", "skip a fallout case"),
        QT_TRANSLATE_NOOP("fw::EngineText", "cancel an order in fallout"),
        QT_TRANSLATE_NOOP("fw::EngineText", "resume an order on hold"),
        QT_TRANSLATE_NOOP("fw::EngineText", "retry fallout cases in bulk"),
        QT_TRANSLATE_NOOP("fw::EngineText", "skip fallout cases in bulk"),
        QT_TRANSLATE_NOOP("fw::EngineText", "reassign a task to another queue"),
        QT_TRANSLATE_NOOP("fw::EngineText", "escalate a step or an order"),
        QT_TRANSLATE_NOOP("fw::EngineText", "change an order's priority"),
        QT_TRANSLATE_NOOP("fw::EngineText", "claim an escalation"),
        QT_TRANSLATE_NOOP("fw::EngineText", "resolve an escalation"),
        QT_TRANSLATE_NOOP("fw::EngineText", "preview a change order"),
        QT_TRANSLATE_NOOP("fw::EngineText", "submit a change order or cancellation"),
        QT_TRANSLATE_NOOP("fw::EngineText", "import an order"),
        QT_TRANSLATE_NOOP("fw::EngineText", "import a catalog"),
        QT_TRANSLATE_NOOP("fw::EngineText", "add a user"),
        QT_TRANSLATE_NOOP("fw::EngineText", "change a user's roles, queues or name"),
        QT_TRANSLATE_NOOP("fw::EngineText", "deactivate a user"),
        QT_TRANSLATE_NOOP("fw::EngineText", "change the remote store's settings"),
        QT_TRANSLATE_NOOP("fw::EngineText", "archive finished orders"),
        QT_TRANSLATE_NOOP("fw::EngineText", "acknowledge a sync conflict"),
    };

    constexpr std::array kUnits {
        //: a duration in days ("3d"; "1d 4h" is made of the day and hour forms)
        QT_TRANSLATE_NOOP("fw::EngineText", "%1d"),
        //: a duration in hours
        QT_TRANSLATE_NOOP("fw::EngineText", "%1h"),
        //: a duration in minutes
        QT_TRANSLATE_NOOP("fw::EngineText", "%1m"),
        //: a duration in seconds
        QT_TRANSLATE_NOOP("fw::EngineText", "%1s"),
        //: a percentage ("150%": a jeopardy threshold, a share of an estimate)
        QT_TRANSLATE_NOOP("fw::EngineText", "%1%"),
    };

    struct CompiledTemplate {
        const char* source = nullptr;
        QString head; // the literal text before the first placeholder: a quick test before the expression
        QString tail; // and after the last
        QRegularExpression expression;
        std::vector<int> groupOfArgument; // %1 -> its capturing group (0: does not occur)
        qsizetype literalLength = 0;
    };

    CompiledTemplate compileTemplate(const char* source)
    {
        CompiledTemplate compiled;
        compiled.source = source;
        const QString text = QString::fromUtf8(source);
        QString pattern = QStringLiteral("^");
        QString literal;
        bool placeholderSeen = false;
        int groups = 0;
        const auto flush = [&] {
            pattern += QRegularExpression::escape(literal);
            compiled.literalLength += literal.size();
            if (!placeholderSeen)
                compiled.head = literal;
            compiled.tail = literal;
            literal.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] != QLatin1Char('%') || i + 1 >= text.size() || !text[i + 1].isDigit()) {
                literal += text[i];
                continue;
            }
            qsizetype end = i + 1;
            while (end < text.size() && text[end].isDigit())
                ++end;
            const int argument = text.mid(i + 1, end - i - 1).toInt();
            flush();
            placeholderSeen = true;
            if (compiled.groupOfArgument.size() < std::size_t(argument))
                compiled.groupOfArgument.resize(std::size_t(argument), 0);
            int& group = compiled.groupOfArgument[std::size_t(argument - 1)];
            if (group) {
                pattern += QStringLiteral("\\g{%1}").arg(group); // the same name again
            } else {
                group = ++groups;
                pattern += QStringLiteral("(.+?)");
            }
            i = end - 1;
        }
        flush();
        if (!placeholderSeen)
            compiled.head = compiled.tail = text;
        compiled.expression = QRegularExpression(pattern + u'$', QRegularExpression::DotMatchesEverythingOption);
        return compiled;
    }

    const std::vector<CompiledTemplate>& compiledTemplates()
    {
        static const std::vector<CompiledTemplate> compiled = [] {
            std::vector<CompiledTemplate> all;
            all.reserve(kTemplates.size());
            for (const char* source : kTemplates)
                all.push_back(compileTemplate(source));
            std::stable_sort(all.begin(), all.end(),
                             [](const CompiledTemplate& a, const CompiledTemplate& b) { return a.literalLength > b.literalLength; });
            return all;
        }();
        return compiled;
    }
} // namespace

std::span<const char* const> engineTextTemplates()
{
    return kTemplates;
}

std::span<const char* const> engineTextUnits()
{
    return kUnits;
}

const char* engineTextInstantFormat()
{
    //: an instant in UTC as QDateTime::toString() takes it ("26 Nov 14:20 UTC")
    return QT_TRANSLATE_NOOP("fw::EngineText", "d MMM HH:mm 'UTC'");
}

std::optional<EngineTextMatch> matchEngineText(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const CompiledTemplate& candidate : compiledTemplates()) {
        if (!text.startsWith(candidate.head) || !text.endsWith(candidate.tail))
            continue;
        const QRegularExpressionMatch match = candidate.expression.match(text);
        if (!match.hasMatch())
            continue;
        EngineTextMatch result;
        result.source = candidate.source;
        for (const int group : candidate.groupOfArgument)
            result.arguments << (group ? match.captured(group) : QString());
        return result;
    }
    return std::nullopt;
}

} // namespace fw
