// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine text catalogue (core/common/enginetext.h) knows the shape of what the engine forms:
// texts made by the engine's own functions (jeopardy reasons, fallout classifications, retry
// outcomes, form problems, permission refusals) match the expected template with the expected
// arguments, so a GUI can translate them; unknown text matches nothing.
#include "change/changepreviewjson.h"
#include "change/orderamendment.h"
#include "changesamples.h"
#include "commands/permissions.h"
#include "common/enginetext.h"
#include "decomposition/conditiontext.h"
#include "domain/catalog.h"
#include "engine/failureclassifier.h"
#include "engine/formvalidation.h"
#include "engine/retryschedule.h"
#include "identity/user.h"
#include "sla/jeopardyrules.h"
#include "sync/claimsettler.h"
#include "sync/remotecommands.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QTest>

#include <set>

using namespace fw;

class TestEngineText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formedTextMatches_data();
    void formedTextMatches();
    void itemChangeMatches_data();
    void itemChangeMatches();
    void changeOutcomeMatches();
    void claimMessageMatches();
    void unknownTextMatchesNothing_data();
    void unknownTextMatchesNothing();
    void catalogueIsWellFormed();
};

namespace {
QString classified(CallFailure failure, bool withRule)
{
    Catalog catalog;
    if (withRule) {
        FalloutRule rule;
        rule.id = QStringLiteral("stock-out");
        rule.classification = FalloutRule::Classification::Fatal;
        catalog.falloutRules.push_back(rule);
    }
    return classifyFailure(catalog, failure, {}).reason;
}

JeopardyRule ruleWith(qint64 warningSeconds, qint64 criticalSeconds)
{
    JeopardyRule rule;
    rule.id = QStringLiteral("r1");
    rule.warning.seconds = warningSeconds;
    rule.critical.seconds = criticalSeconds;
    return rule;
}
} // namespace

void TestEngineText::formedTextMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("arguments");

    RuleEvaluation estimate;
    estimate.level = JeopardyLevel::Warning;
    estimate.elapsedSeconds = 5 * 3600 + 600;
    estimate.estimateSeconds = 4 * 3600;
    estimate.warningSeconds = 4 * 3600;
    estimate.criticalSeconds = 6 * 3600;
    QTest::addRow("jeopardy reason against an estimate")
        << ruleReason(QStringLiteral("running 5h 10m"), ruleWith(4 * 3600, 6 * 3600), estimate)
        << QStringLiteral("%1, %2% of its %3 estimate (%4)")
        << QStringList { QStringLiteral("running 5h 10m"), QStringLiteral("129"), QStringLiteral("4h"),
                         QStringLiteral("warning at 4h, critical at 6h") };
    RuleEvaluation threshold;
    threshold.level = JeopardyLevel::Critical;
    QTest::addRow("jeopardy reason over a threshold")
        << ruleReason(QStringLiteral("pending 3h 02m"), ruleWith(3600, 2 * 3600), threshold)
        << QStringLiteral("%1, over its %2 critical threshold") << QStringList { QStringLiteral("pending 3h 02m"), QStringLiteral("2h") };

    CallFailure timeout;
    timeout.transport = CallFailure::Transport::Timeout;
    QTest::addRow("timeout by default") << classified(timeout, false) << QStringLiteral("%1: %2 by default")
                                        << QStringList { QStringLiteral("timed out"), QStringLiteral("retriable") };
    CallFailure stockOut;
    stockOut.httpStatus = 409;
    stockOut.errorCode = QStringLiteral("OUT_OF_STOCK");
    QTest::addRow("fatal by a rule") << classified(stockOut, true) << QStringLiteral("%1: %2 by fallout rule '%3'")
                                     << QStringList { QStringLiteral("HTTP 409 OUT_OF_STOCK"), QStringLiteral("fatal"),
                                                      QStringLiteral("stock-out") };
    // calloutdispatcher.cpp: the transport's message, the classification in brackets, the retry outcome.
    RetryPolicy policy;
    policy.maxAttempts = 3;
    const QString exhausted = nextRetry(&policy, 3, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()).reason;
    QTest::addRow("retries exhausted") << QStringLiteral("no answer within 5000 ms (") + classified(timeout, false)
            + QStringLiteral("); retries exhausted: ") + exhausted
                                       << QStringLiteral("%1; retries exhausted: %2")
                                       << QStringList { QStringLiteral("no answer within 5000 ms (timed out: retriable by default)"),
                                                        QStringLiteral("3 of 3 attempts made") };
    QTest::addRow("message with its classification")
        << QStringLiteral("no answer within 5000 ms (") + classified(timeout, false) + QLatin1Char(')')
        << QStringLiteral("%1 (%2: %3 by default)")
        << QStringList { QStringLiteral("no answer within 5000 ms"), QStringLiteral("timed out"), QStringLiteral("retriable") };
    policy.windowSeconds = 86400;
    policy.maxAttempts = 99;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QTest::addRow("retry window") << nextRetry(&policy, 2, start, start.addSecs(86401)).reason
                                  << QStringLiteral("the %1 retry window would be exceeded") << QStringList { QStringLiteral("1d") };

    // stepcondition.cpp: a step skipped by its condition (the journal's reason).
    Condition survey;
    survey.kind = Condition::Kind::Compare;
    survey.field = QStringLiteral("line.attributes.needsSurvey");
    survey.value = true;
    QTest::addRow("step condition false") << QStringLiteral("condition false: ") + conditionText(survey)
                                          << QStringLiteral("condition false: %1")
                                          << QStringList { QStringLiteral("line.attributes.needsSurvey eq true") };

    FormField count { QStringLiteral("count"), QStringLiteral("Count"), FormField::Type::Integer, true, {} };
    QTest::addRow("form: whole number") << validateFormField(count, QVariant(QStringLiteral("x")))
                                        << QStringLiteral("must be a whole number") << QStringList {};
    FormField passed { QStringLiteral("passed"), QStringLiteral("Passed"), FormField::Type::Boolean, true, {} };
    QTest::addRow("form: required yes/no") << validateFormField(passed, QVariant()) << QStringLiteral("is required: answer yes or no")
                                           << QStringList {};

    User operatorUser;
    operatorUser.id = QStringLiteral("olga");
    operatorUser.roles = RoleSet { Role::Operator };
    QTest::addRow("permission refused") << Permissions::check(operatorUser.id, operatorUser, QStringLiteral("fallout.retry"), {}).message()
                                        << QStringLiteral("%1 may not %2 (%3): it needs %4, and %1 %5")
                                        << QStringList { QStringLiteral("olga"), QStringLiteral("retry a fallout case"),
                                                         QStringLiteral("fallout.retry"), QStringLiteral("the resolver role"),
                                                         QStringLiteral("holds operator") };
    QTest::addRow("permission requirement") << Permissions::requirement(QStringLiteral("escalation.claim")) << QStringLiteral("Needs %1")
                                            << QStringList { QStringLiteral("the supervisor role") };
}

void TestEngineText::formedTextMatches()
{
    QFETCH(QString, text);
    QFETCH(QString, source);
    QFETCH(QStringList, arguments);
    const auto match = matchEngineText(text);
    QVERIFY2(match, qPrintable(QStringLiteral("no template fits \"%1\"").arg(text)));
    QCOMPARE(QString::fromUtf8(match->source), source);
    QCOMPARE(match->arguments, arguments);
}

// What a change order does to an item (core/change/orderamender*.cpp), shown in the change preview.
void TestEngineText::itemChangeMatches_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("actions");
    QTest::addColumn<QStringList>("started");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("arguments");
    const QString saas = QStringLiteral("SO-20417");
    const QString telecom = QStringLiteral("SO-10002");
    QTest::addRow("quantity") << saas << QStringLiteral(R"([ { "action": "quantity", "item": "S1-U", "quantity": 300 } ])") << QStringList()
                              << QStringLiteral("quantity %1 -> %2") << QStringList { QStringLiteral("250"), QStringLiteral("300") };
    QTest::addRow("quantity with a supplement")
        << saas << QStringLiteral(R"([ { "action": "quantity", "item": "S1-U", "quantity": 300 } ])")
        << QStringList { QStringLiteral("S1-U") } << QStringLiteral("quantity %1 -> %2 (+%3 as supplement %4)")
        << QStringList { QStringLiteral("250"), QStringLiteral("300"), QStringLiteral("50"), QStringLiteral("S1-U+CHG-T") };
    QTest::addRow("attributes") << saas
                                << QStringLiteral(
                                       R"([ { "action": "attributes", "item": "S1-U", "attributes": { "edition": "read-only" } } ])")
                                << QStringList() << QStringLiteral("attributes %1")
                                << QStringList { QStringLiteral("edition: full (default) -> read-only") };
    QTest::addRow("removed with children") << telecom << QStringLiteral(R"([ { "action": "remove", "item": "A" } ])") << QStringList()
                                           << QStringLiteral("removed (with %1)") << QStringList { QStringLiteral("3 child items") };
    QTest::addRow("added to a bundle")
        << telecom
        << QStringLiteral(
               R"([ { "action": "add", "item": { "id": "A.4", "product": "STATIC_IP_ADDON", "parentItem": "A", "quantity": 1 } } ])")
        << QStringList() << QStringLiteral("added %1 x%2 to bundle item %3")
        << QStringList { QStringLiteral("STATIC_IP_ADDON"), QStringLiteral("1"), QStringLiteral("A") };
    QTest::addRow("delivery date") << telecom
                                   << QStringLiteral(
                                          R"([ { "action": "deliveryGroup", "group": "ROTTERDAM", "requestedDate": "2026-12-20" } ])")
                                   << QStringList() << QStringLiteral("delivery group %1: %2")
                                   << QStringList { QStringLiteral("ROTTERDAM"), QStringLiteral("requested date 2026-12-20") };
    QTest::addRow("refused: unknown item") << telecom << QStringLiteral(R"([ { "action": "remove", "item": "Z" } ])") << QStringList()
                                           << QStringLiteral("unknown item '%1' in order %2 (items: %3)")
                                           << QStringList { QStringLiteral("Z"), QStringLiteral("SO-10002"),
                                                            QStringLiteral("A, A.1, A.2, A.3, B, B.1, B.2") };
    QTest::addRow("refused: unknown product")
        << telecom << QStringLiteral(R"([ { "action": "add", "item": { "id": "A.9", "product": "NOPE", "parentItem": "A" } } ])")
        << QStringList() << QStringLiteral("unknown product '%1' (not in catalog '%2')")
        << QStringList { QStringLiteral("NOPE"), QStringLiteral("telecom-business-fiber") };
}

void TestEngineText::itemChangeMatches()
{
    QFETCH(QString, order);
    QFETCH(QString, actions);
    QFETCH(QStringList, started);
    QFETCH(QString, source);
    QFETCH(QStringList, arguments);
    static const QHash<QString, test::ChangeSample> samples = test::loadChangeSamples();
    const ChangeOrderLoad change = test::readTestChangeOrder(order, actions);
    QVERIFY2(change.ok(), qPrintable(test::toStrings(change.problems).join(u'\n')));
    const AmendedOrder amended = amendOrder(samples[order].document, *change.changeOrder, *samples[order].catalog,
                                            [started](const QString& item) { return started.contains(item); });
    // What the action did, or why the order cannot take it.
    QCOMPARE(amended.changes.size() + amended.problems.size(), std::size_t(1));
    const QString text = amended.problems.empty() ? amended.changes.front().detail : amended.problems.front().message;
    const auto match = matchEngineText(text);
    QVERIFY2(match, qPrintable(QStringLiteral("no template fits \"%1\"").arg(text)));
    QCOMPARE(QString::fromUtf8(match->source), source);
    QCOMPARE(match->arguments, arguments);
}

// The outcome column of the summary's change orders ("10 kept, 1 added"): each part a template.
void TestEngineText::changeOutcomeMatches()
{
    ChangePreview preview;
    for (StepChangeKind kind : { StepChangeKind::Kept, StepChangeKind::Kept, StepChangeKind::Added, StepChangeKind::Compensation }) {
        StepChange step;
        step.kind = kind;
        preview.steps.push_back(step);
    }
    const QString outcome = changeOutcome(preview);
    QCOMPARE(outcome, QStringLiteral("2 kept, 1 added, 1 compensation"));
    const QStringList expected { QStringLiteral("%1 kept"), QStringLiteral("%1 added"), QStringLiteral("%1 compensation") };
    const QStringList parts = outcome.split(QStringLiteral(", "));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto match = matchEngineText(parts[i]);
        QVERIFY2(match, qPrintable(parts[i]));
        QCOMPARE(QString::fromUtf8(match->source), expected[i]);
    }
    preview.refusals.push_back(
        { QStringLiteral("s1"), QStringLiteral("Ship"), QStringLiteral("L1"), QStringLiteral("A"), QStringLiteral("callout started") });
    const auto refused = matchEngineText(changeOutcome(preview));
    QVERIFY(refused);
    QCOMPARE(QString::fromUtf8(refused->source), QStringLiteral("refused: %1"));
}

// A claim the remote store decided otherwise (core/sync/claimsettler.cpp), in a sync conflict.
void TestEngineText::claimMessageMatches()
{
    ClaimOutcome claim;
    claim.holder = QStringLiteral("bob");
    claim.claimedAt = QDateTime(QDate(2026, 11, 26), QTime(14, 20), QTimeZone::utc());
    claim.holderWorkstation = QStringLiteral("ws-2");
    const auto match = matchEngineText(ClaimSettler::claimedMessage(claim));
    QVERIFY(match);
    QCOMPARE(QString::fromUtf8(match->source), QStringLiteral("claimed by %1 at %2 (on %3)"));
    QCOMPARE(match->arguments.value(2), QStringLiteral("ws-2"));
}

void TestEngineText::unknownTextMatchesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("a rule text from a catalog") << QStringLiteral("Router shipment must leave the warehouse within a day");
    QTest::addRow("a template's words inside other text") << QStringLiteral("the line was not retriable at all");
    QTest::addRow("an operator's note") << QStringLiteral("customer called, wants it Friday");
    QTest::addRow("a note ending like a step count") << QStringLiteral("router added");
}

void TestEngineText::unknownTextMatchesNothing()
{
    QFETCH(QString, text);
    const auto match = matchEngineText(text);
    QVERIFY2(!match, match ? match->source : "");
}

void TestEngineText::catalogueIsWellFormed()
{
    // Each template once, and its placeholders numbered from %1 without gaps (a gap would leave an
    // argument empty and its translation with a hole).
    std::set<QString> seen;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
    for (const char* source : engineTextTemplates()) {
        const QString text = QString::fromUtf8(source);
        QVERIFY2(seen.insert(text).second, source);
        int highest = 0;
        std::set<int> numbers;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const int n = it.next().captured(1).toInt();
            numbers.insert(n);
            highest = std::max(highest, n);
        }
        QVERIFY2(int(numbers.size()) == highest, source);
        // A text of exactly the template's own shape matches it (no more specific template takes it).
        QString sample = text;
        for (int n = highest; n >= 1; --n)
            sample.replace(QStringLiteral("%%1").arg(n), QStringLiteral("1%1").arg(n)); // a figure fits every placeholder
        const auto match = matchEngineText(sample);
        QVERIFY2(match, source);
        QCOMPARE(QString::fromUtf8(match->source), text);
    }
}

QTEST_GUILESS_MAIN(TestEngineText)
#include "tst_enginetext.moc"
