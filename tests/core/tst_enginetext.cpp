// The engine text catalogue (core/common/enginetext.h) knows the shape of what the engine forms:
// texts made by the engine's own functions (jeopardy reasons, fallout classifications, retry
// outcomes, form problems, permission refusals) match the expected template with the expected
// arguments, so a GUI can translate them; unknown text matches nothing.
#include "commands/permissions.h"
#include "common/enginetext.h"
#include "domain/catalog.h"
#include "engine/failureclassifier.h"
#include "engine/formvalidation.h"
#include "engine/retryschedule.h"
#include "identity/user.h"
#include "sla/jeopardyrules.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace fw;

class TestEngineText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formedTextMatches_data();
    void formedTextMatches();
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

void TestEngineText::unknownTextMatchesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("a rule text from a catalog") << QStringLiteral("Router shipment must leave the warehouse within a day");
    QTest::addRow("a template's words inside other text") << QStringLiteral("the line was not retriable at all");
    QTest::addRow("an operator's note") << QStringLiteral("customer called, wants it Friday");
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
            sample.replace(QStringLiteral("%%1").arg(n), QStringLiteral("X%1").arg(n));
        const auto match = matchEngineText(sample);
        QVERIFY2(match, source);
        QCOMPARE(QString::fromUtf8(match->source), text);
    }
}

QTEST_GUILESS_MAIN(TestEngineText)
#include "tst_enginetext.moc"
