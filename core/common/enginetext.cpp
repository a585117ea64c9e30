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
        // State ids inside other texts ("order %1 is %2; nothing to resume"): order and step states
        // (core/engine/stepstate.cpp) and change order states (core/change/storedchange.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "pending"),
        QT_TRANSLATE_NOOP("fw::EngineText", "ready"),
        QT_TRANSLATE_NOOP("fw::EngineText", "running"),
        QT_TRANSLATE_NOOP("fw::EngineText", "waiting"),
        QT_TRANSLATE_NOOP("fw::EngineText", "completed"),
        QT_TRANSLATE_NOOP("fw::EngineText", "retrying"),
        QT_TRANSLATE_NOOP("fw::EngineText", "fallout"),
        QT_TRANSLATE_NOOP("fw::EngineText", "skipped"),
        QT_TRANSLATE_NOOP("fw::EngineText", "cancelled"),
        QT_TRANSLATE_NOOP("fw::EngineText", "in-progress"),
        QT_TRANSLATE_NOOP("fw::EngineText", "applied"),
        QT_TRANSLATE_NOOP("fw::EngineText", "refused"),
        QT_TRANSLATE_NOOP("fw::EngineText", "being cancelled"),
        // Change orders: what becomes of an item (core/change/orderamender*.cpp), joined by "; " or ", "
        QT_TRANSLATE_NOOP("fw::EngineText", "quantity %1 -> %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "quantity %1 -> %2 (supplement removed: %3)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "quantity %1 -> %2 (supplements removed: %3)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "quantity %1 -> %2 (+%3 as supplement %4)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "attributes %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "delivery group %1 -> %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "(inherited)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "removed"),
        QT_TRANSLATE_NOOP("fw::EngineText", "removed (with %1)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "removed (with %1 and %2)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 child item"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 child items"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 supplement"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 supplements"),
        QT_TRANSLATE_NOOP("fw::EngineText", "added %1 x%2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "added %1 x%2 to bundle item %3"),
        QT_TRANSLATE_NOOP("fw::EngineText", "added %1 x%2 in group %3"),
        QT_TRANSLATE_NOOP("fw::EngineText", "added %1 x%2 to bundle item %3 in group %4"),
        QT_TRANSLATE_NOOP("fw::EngineText", "new delivery group %1: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "delivery group %1: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "address set"),
        QT_TRANSLATE_NOOP("fw::EngineText", "address changed"),
        QT_TRANSLATE_NOOP("fw::EngineText", "requested date %1"),
        // Change orders: what becomes of a fulfillment line (core/change/linediff.cpp), a step's reason
        QT_TRANSLATE_NOOP("fw::EngineText", "removed by %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "line %1 removed"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order cancelled"),
        QT_TRANSLATE_NOOP("fw::EngineText", "line %1: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "line %1 added (%2 x%3)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "delivery address of %1 %2 -> %3"),
        QT_TRANSLATE_NOOP("fw::EngineText", "requested date of %1 %2 -> %3"),
        QT_TRANSLATE_NOOP("fw::EngineText", "(none)"),
        // Change orders: actions the order cannot take (core/change/orderamender*.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "the quantity of item '%1' is already %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "supplement item '%1' already exists: change order %2 was applied already"),
        QT_TRANSLATE_NOOP("fw::EngineText", "changes nothing: item '%1' already has these values"),
        QT_TRANSLATE_NOOP("fw::EngineText", "changes nothing: delivery group '%1' already has this address and date"),
        QT_TRANSLATE_NOOP("fw::EngineText", "item '%1' is a supplement of item '%2'; name '%2'"),
        QT_TRANSLATE_NOOP("fw::EngineText", "parent item '%1' is a supplement of item '%2'; name '%2'"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown item '%1' in order %2 (items: %3)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown item '%1' in order %2 (the order has no items)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown parent item '%1' in order %2 (items: %3)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown parent item '%1' in order %2 (the order has no items)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown delivery group '%1' in order %2 (delivery groups: %3)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown delivery group '%1' in order %2 (the order has no delivery groups)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1; to create it, add \"new\": true"),
        QT_TRANSLATE_NOOP("fw::EngineText", "unknown product '%1' (not in catalog '%2')"),
        QT_TRANSLATE_NOOP("fw::EngineText", "'%1' is a fulfillment product; orders contain commercial products"),
        QT_TRANSLATE_NOOP("fw::EngineText", "delivery group '%1' already exists in order %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "a new delivery group needs an address"),
        QT_TRANSLATE_NOOP("fw::EngineText", "change order %1 is for order '%2', not for order '%3'"),
        QT_TRANSLATE_NOOP("fw::EngineText", "change order %1 applied, but order %2 could not be reloaded: %3"),
        // Change orders: why a step is kept, changed or refused (core/change/planreconciler.cpp, reconcilersteps.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "step '%1' (%2) on line %3 passed its point of no return (%4), so the change is refused: %5"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the order cannot be cancelled any more"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the change to its lines"),
        QT_TRANSLATE_NOOP("fw::EngineText", "past its point of no return (%1)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "completed %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "callout started"),
        QT_TRANSLATE_NOOP("fw::EngineText", "lines added: %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "it follows '%1', which is done again"),
        QT_TRANSLATE_NOOP("fw::EngineText", "skipped by an operator; left as it is (%1)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "a callout is out now: the change waits for its reply"),
        QT_TRANSLATE_NOOP("fw::EngineText", "completed; an added instance covers the new lines"),
        QT_TRANSLATE_NOOP("fw::EngineText", "completed; compensated (%1)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "completed; done again (%1)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "completed; the catalog defines no compensation, its effect stands (%1)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "undoes '%1': %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "new in the amended plan"),
        QT_TRANSLATE_NOOP("fw::EngineText", "done again after its compensation: %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "done again: %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "covers the added lines %1"),
        // Change orders: outcomes (core/change/changepreviewjson.cpp changeOutcome,
        // core/engine/handlers/changecommands.cpp) and refusals (core/change/storedchange.cpp, changepreparation.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 kept"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 amended"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 added"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 discarded"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 compensation"),
        QT_TRANSLATE_NOOP("fw::EngineText", "applied: %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "not applied: %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "refused: %1"),
        QT_TRANSLATE_NOOP("fw::EngineText", "waiting for the replies of %1; applied when they are in"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1 is %2; a change order cannot change it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "order %1 runs on workstation %2; submit the change there"),
        QT_TRANSLATE_NOOP("fw::EngineText", "change order %1 of order %2 is already %3"),
        QT_TRANSLATE_NOOP("fw::EngineText", "the change order is for order '%1', not '%2'"),
        // Sync with a remote store: conflicts (core/sync/claimsettler.cpp, commandrelay.cpp,
        // journalpusher.cpp, leasekeeper.cpp) and why the link is down (remotestore.cpp,
        // pgconnection*.cpp, remoteschema.cpp, remoteusers.cpp)
        QT_TRANSLATE_NOOP("fw::EngineText", "%1's claim on order %2 (made while the remote store did not answer) was lost: %3"),
        QT_TRANSLATE_NOOP("fw::EngineText",
                          "task.claim by %1 (made while the remote store did not answer) was not granted by the remote store: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "%1 by %2 was not applied by %3: %4"),
        QT_TRANSLATE_NOOP("fw::EngineText", "a command"),
        QT_TRANSLATE_NOOP("fw::EngineText",
                          "%1 change(s) to order %2 made here (%3) were not accepted: %4; "
                          "the order's state now comes from the workstation that holds it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "this workstation no longer holds its lease"),
        QT_TRANSLATE_NOOP("fw::EngineText",
                          "order %1 was taken over by %2 after this workstation's lease expired; this workstation no longer runs it"),
        QT_TRANSLATE_NOOP("fw::EngineText", "nobody"),
        QT_TRANSLATE_NOOP("fw::EngineText", "inbound order %1 cannot run here: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "claimed by %1 at %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "claimed by %1 at %2 (on %3)"),
        QT_TRANSLATE_NOOP("fw::EngineText",
                          "workstation %1 is registered to database role %2, but this connection is role %3: "
                          "connect as %2, or give this store a workstation id of its own (--workstation)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "remote store %1: cannot connect: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText", "no answer within %1 s (connect_timeout)"),
        QT_TRANSLATE_NOOP("fw::EngineText", "remote store schema version %1 is newer than this build supports (%2); use a newer build"),
        QT_TRANSLATE_NOOP("fw::EngineText", "remote migration %1 failed: %2"),
        QT_TRANSLATE_NOOP("fw::EngineText",
                          "database role %1 may not change the shared users (fw.users); connect as a role in "
                          "fw_user_admin ('fwctl sync-admin roles' prints the GRANTs)"),
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
        // "%1 kept", "%1 child items": a count and words. Its %1 takes a number only, so that a note
        // that ends in such a word ("router added") is no engine text.
        static const QRegularExpression countShape(QStringLiteral("^%1 [a-z ]+$"));
        const bool count = countShape.match(text).hasMatch();
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
                pattern += count ? QStringLiteral("(\\d+)") : QStringLiteral("(.+?)");
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
